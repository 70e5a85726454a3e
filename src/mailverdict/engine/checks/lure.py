"""The language of a lure: pressure to act now on an account, a payment or a secret.

Phrases only count in combination, because each alone is ordinary: "password" appears in
helpdesk mail and "urgent" in any office. A credential lure needs account/credential language
*and* pressure; a payment (BEC) lure needs a money request *and* pressure or secrecy, or a change of
the bank account to pay into beside another money phrase; the reply bait before it (a favour, "send me
your cell number") needs two such moves, or one and secrecy. Evidence lists the phrases matched, so an
analyst can see exactly what was read.
"""

from __future__ import annotations

import re

from mailverdict.engine import hanzi, lexicon
from mailverdict.engine.checks import hiding
from mailverdict.engine.context import ScanContext
from mailverdict.engine.message import Message
from mailverdict.engine.phrases import PhraseSet
from mailverdict.engine.textnorm import readable
from mailverdict.engine.verdict import Finding

NAMES = (
    "CREDENTIAL_LURE",
    "ACCOUNT_THREAT_LURE",
    "PAYMENT_LURE",
    "REPLY_BAIT_LURE",
    "ADVANCE_FEE_LURE",
    "EXTORTION_LURE",
)

MAX_SCAN = 8_000  # characters of subject + body read; lures sit up front
MAX_BAIT = 2_000  # characters of subject + body beyond which a message is no reply bait


_PRESSURE = PhraseSet(lexicon.PRESSURE)
_CREDENTIAL = PhraseSet(lexicon.CREDENTIAL)
_ACCOUNT = PhraseSet(lexicon.ACCOUNT)
_SECRETS = PhraseSet(lexicon.SECRETS)
_ACCOUNT_THREAT = re.compile(lexicon.ACCOUNT_THREATS, re.IGNORECASE)
_MONEY_REQUEST = PhraseSet(lexicon.MONEY_REQUEST)
_SECRECY = PhraseSet(lexicon.SECRECY)
_REPLY_BAIT = PhraseSet(lexicon.REPLY_BAIT)
_BANK_CHANGE = PhraseSet(lexicon.BANK_CHANGE)
_ADVANCE_FEE = PhraseSet(lexicon.ADVANCE_FEE)
_EXTORTION = PhraseSet(lexicon.EXTORTION)
_CJK_RE = re.compile("[\u3040-\u30ff\u4e00-\u9fff]")


def check(msg: Message, ctx: ScanContext) -> list[Finding]:
    # Styled letters, joiners inside words and look-alike letters defeat plain matching.
    read = f"{msg.subject}\n{hiding.searchable_text(msg, MAX_SCAN)}\n{hiding.document_text(msg)}"
    text = readable(read)
    lowered = text.lower()

    # Chinese runs its words together, so its phrases are substrings (lexicon.CJK), read only in its script,
    # and in Simplified characters as well as written (Taiwan's 帳戶 is the mainland's 帐户).
    cjk = not text.isascii() and _CJK_RE.search(text) is not None
    folded = hanzi.simplified(text) if cjk else text

    def _found(role: PhraseSet, name: str) -> list[str]:
        found = role.found(text, lowered)
        if cjk:
            found += [p for p in lexicon.CJK.get(name, ()) if (p in text or p in folded) and p not in found]
        return found

    findings: list[Finding] = []
    credential = _found(_CREDENTIAL, "CREDENTIAL")
    account = _found(_ACCOUNT, "ACCOUNT")
    if account:
        # A secret named next to the reader's account ("your account ... password") asks for it.
        credential += [w for w in _found(_SECRETS, "SECRETS") if w not in credential]
    money = _found(_MONEY_REQUEST, "MONEY_REQUEST")
    # A new account to pay into, beside anything else about money, needs no pressure word.
    change = _found(_BANK_CHANGE, "BANK_CHANGE")
    money += [w for w in change if w not in money]
    # Pressure and secrecy count only beside what they press for: not read when that is absent.
    pressure = _found(_PRESSURE, "PRESSURE") if credential or account or money else []
    if credential and pressure:
        strength = min(1.0, 0.25 * (len(credential) + len(pressure)))
        findings.append(Finding("CREDENTIAL_LURE", strength, (*credential[:3], *pressure[:3])))
    threats = [p for p in pressure if _ACCOUNT_THREAT.search(p)]
    if account and threats:
        findings.append(
            Finding("ACCOUNT_THREAT_LURE", min(1.0, 0.5 + 0.25 * len(threats)), (*account[:2], *threats[:3]))
        )
    secrecy = _found(_SECRECY, "SECRECY") if money else []
    if money and (pressure or secrecy or (change and len(money) > len(change))):
        strength = min(1.0, 0.25 * (len(money) + len(pressure) + len(secrecy)))
        findings.append(Finding("PAYMENT_LURE", strength, (*money[:3], *secrecy[:2], *pressure[:2])))
    # Before any money: a move to another channel or a favour, beside another such move or secrecy.
    # The bait is a short note; in a long text those phrases belong to a thread or a newsletter, and
    # not reading them there keeps long mail as cheap as it was.
    bait = _found(_REPLY_BAIT, "REPLY_BAIT") if not money and len(text) <= MAX_BAIT else []
    if bait:
        hushed = [w for w in _found(_SECRECY, "SECRECY") if w not in bait]
        if len(bait) >= 2 or hushed:
            strength = min(1.0, 0.75 + 0.25 * (len(bait) + len(hushed) - 2))
            findings.append(Finding("REPLY_BAIT_LURE", strength, (*bait[:3], *hushed[:2])))
    advance = _found(_ADVANCE_FEE, "ADVANCE_FEE")
    if len(advance) >= 2:
        findings.append(Finding("ADVANCE_FEE_LURE", min(1.0, 0.34 * len(advance)), tuple(advance[:5])))
    extortion = _found(_EXTORTION, "EXTORTION")
    if len(extortion) >= 2:
        findings.append(Finding("EXTORTION_LURE", min(1.0, 0.34 * len(extortion)), tuple(extortion[:5])))
    return findings
