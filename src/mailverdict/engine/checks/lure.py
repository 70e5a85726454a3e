"""The language of a lure: pressure to act now on an account, a payment or a secret.

Phrases only count in combination, because each alone is ordinary: "password" appears in
helpdesk mail and "urgent" in any office. A credential lure needs account/credential language
*and* pressure; a payment (BEC) lure needs a money request *and* pressure or secrecy. Evidence
lists the phrases matched, so an analyst can see exactly what was read.
"""

from __future__ import annotations

import re

from mailverdict.engine import lexicon
from mailverdict.engine.context import ScanContext
from mailverdict.engine.message import Message
from mailverdict.engine.verdict import Finding

NAMES = ("CREDENTIAL_LURE", "ACCOUNT_THREAT_LURE", "PAYMENT_LURE", "ADVANCE_FEE_LURE", "EXTORTION_LURE")

MAX_SCAN = 8_000  # characters of subject + body read; lures sit up front


_META = set("\\()[]?*+{}|.^$")


def _top_level_split(phrase: str) -> list[str]:
    """``a|b(?:c|d)`` -> ``["a", "b(?:c|d)"]``: alternatives outside any group."""
    parts, depth, start, escaped = [], 0, 0, False
    for i, ch in enumerate(phrase):
        if escaped:
            escaped = False
        elif ch == "\\":
            escaped = True
        elif ch in "([":
            depth += 1
        elif ch in ")]":
            depth -= 1
        elif ch == "|" and depth == 0:
            parts.append(phrase[start:i])
            start = i + 1
    return [*parts, phrase[start:]]


def _literal_prefix(phrase: str) -> str:
    """The literal text every match of ``phrase`` starts with ("" when there is none)."""
    prefix: list[str] = []
    for ch in phrase:
        if ch in _META:
            if ch in "?*{" and prefix:
                prefix.pop()  # the character before a quantifier is optional
            break
        prefix.append(ch)
    return "".join(prefix).lower()


class _Role:
    """A role's phrases, each tried only when its literal start occurs in the text.

    One alternation of ~150 phrases costs milliseconds per message in Python's regex engine; a
    substring test per phrase rules most of them out in microseconds.
    """

    def __init__(self, phrases: tuple[str, ...]) -> None:
        alternatives = [alt for phrase in phrases for alt in _top_level_split(phrase)]
        self.entries = [(_literal_prefix(a), re.compile(rf"\b(?:{a})", re.IGNORECASE)) for a in alternatives]

    def found(self, text: str, lowered: str) -> list[str]:
        out: dict[str, None] = {}
        for prefix, pattern in self.entries:
            if prefix and prefix not in lowered:
                continue
            for match in pattern.finditer(text):
                out[match.group(0).lower()] = None
                if len(out) >= 5:
                    return list(out)
        return list(out)


_PRESSURE = _Role(lexicon.PRESSURE)
_CREDENTIAL = _Role(lexicon.CREDENTIAL)
_ACCOUNT = _Role(lexicon.ACCOUNT)
_SECRETS = _Role(lexicon.SECRETS)
_ACCOUNT_THREAT = re.compile(lexicon.ACCOUNT_THREATS, re.IGNORECASE)
_MONEY_REQUEST = _Role(lexicon.MONEY_REQUEST)
_SECRECY = _Role(lexicon.SECRECY)
_ADVANCE_FEE = _Role(lexicon.ADVANCE_FEE)
_EXTORTION = _Role(lexicon.EXTORTION)


def check(msg: Message, ctx: ScanContext) -> list[Finding]:
    text = f"{msg.subject}\n{msg.text[:MAX_SCAN]}"
    lowered = text.lower()

    def _found(role: _Role) -> list[str]:
        return role.found(text, lowered)

    pressure = _found(_PRESSURE)
    findings: list[Finding] = []
    credential = _found(_CREDENTIAL)
    account = _found(_ACCOUNT)
    if account:
        # A secret named next to the reader's account ("your account ... password") asks for it.
        credential += [w for w in _found(_SECRETS) if w not in credential]
    if credential and pressure:
        strength = min(1.0, 0.25 * (len(credential) + len(pressure)))
        findings.append(Finding("CREDENTIAL_LURE", strength, (*credential[:3], *pressure[:3])))
    threats = [p for p in pressure if _ACCOUNT_THREAT.search(p)]
    if account and threats:
        findings.append(
            Finding("ACCOUNT_THREAT_LURE", min(1.0, 0.5 + 0.25 * len(threats)), (*account[:2], *threats[:3]))
        )
    money = _found(_MONEY_REQUEST)
    secrecy = _found(_SECRECY)
    if money and (pressure or secrecy):
        strength = min(1.0, 0.25 * (len(money) + len(pressure) + len(secrecy)))
        findings.append(Finding("PAYMENT_LURE", strength, (*money[:3], *secrecy[:2], *pressure[:2])))
    advance = _found(_ADVANCE_FEE)
    if len(advance) >= 2:
        findings.append(Finding("ADVANCE_FEE_LURE", min(1.0, 0.34 * len(advance)), tuple(advance[:5])))
    extortion = _found(_EXTORTION)
    if len(extortion) >= 2:
        findings.append(Finding("EXTORTION_LURE", min(1.0, 0.34 * len(extortion)), tuple(extortion[:5])))
    return findings
