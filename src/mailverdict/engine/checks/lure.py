"""The language of a lure: pressure to act now on an account, a payment or a secret.

Phrases only count in combination, because each alone is ordinary: "password" appears in
helpdesk mail and "urgent" in any office. A credential lure needs account/credential language
*and* pressure; a payment (BEC) lure needs a money request *and* pressure or secrecy. Evidence
lists the phrases matched, so an analyst can see exactly what was read.
"""

from __future__ import annotations

import re

from mailverdict.engine.context import ScanContext
from mailverdict.engine.message import Message
from mailverdict.engine.verdict import Finding

NAMES = ("CREDENTIAL_LURE", "ACCOUNT_THREAT_LURE", "PAYMENT_LURE", "ADVANCE_FEE_LURE", "EXTORTION_LURE")

MAX_SCAN = 20_000  # characters of subject + body read; lures sit up front


def _terms(*phrases: str) -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(phrases) + r")", re.IGNORECASE)


_PRESSURE = _terms(
    r"urgent(?:ly)?",
    r"immediate(?:ly)?",
    r"within (?:24|48|72|twenty[- ]four|forty[- ]eight) hours?",
    r"as soon as possible",
    r"act now",
    r"final (?:notice|warning|reminder)",
    r"last (?:warning|notice|chance)",
    r"(?:will|has been|have been|be) (?:permanently )?"
    r"(?:suspend|deactivat|terminat|disabl|clos|lock|delet|restrict)\w*",
    r"expir(?:e|es|ed|ing|ation)",
    r"failure to",
    r"unusual (?:sign-?in )?activity",
    r"unauthori[sz]ed",
    r"suspicious (?:activity|login|sign-?in)",
    r"limited access",
    r"action required",
    r"respond promptly",
    r"time[- ]sensitive",
    r"today only",
    r"pending (?:deletion|suspension|messages)",
    r"verify now",
)
_CREDENTIAL = _terms(
    r"verify your (?:account|identity|email|information|details|mailbox)",
    r"confirm your (?:account|identity|"
    r"password|details|information|email|billing)",
    r"update your (?:account|billing|payment|information|details)",
    r"(?:re-?)?enter your (?:password|credentials|details)",
    r"log ?in to (?:your|restore|verify)",
    r"sign ?in to (?:your|restore|verify)",
    r"password",
    r"credentials",
    r"mailbox (?:quota|storage|is full)",
    r"storage (?:quota|is full|limit)",
    r"social security number",
    r"card number",
    r"billing information",
    r"security (?:check|verification|update)",
    r"account (?:verification|validation|update|information)",
    r"validate your",
    r"reactivate",
    r"restore (?:your )?(?:account|access)",
)
_ACCOUNT = _terms(
    r"your account", r"your mailbox", r"your (?:e-?mail|apple|microsoft|paypal|bank) account", r"access to your"
)
_MONEY_REQUEST = _terms(
    r"gift ?cards?",
    r"wire (?:transfer|the (?:funds|payment))",
    r"bank (?:details|account) (?:has|have) changed",
    r"new bank (?:details|account)",
    r"change (?:of|in) (?:bank|payment|banking) details",
    r"direct deposit",
    r"payroll",
    r"outstanding (?:invoice|payment|balance)",
    r"overdue (?:invoice|payment)",
    r"remittance",
    r"payment (?:confirmation|details|advice)",
    r"process (?:a|the) payment",
    r"bitcoin|btc wallet|crypto ?wallet",
)
_SECRECY = _terms(
    r"are you (?:available|at your desk|free)",
    r"quick (?:favou?r|task|request)",
    r"keep (?:this|it) "
    r"(?:confidential|between us|private)",
    r"i(?:'m| am) (?:in a meeting|busy|travell?ing)",
    r"confidential",
    r"discreet",
)
_ADVANCE_FEE = _terms(
    r"next of kin",
    r"beneficiary",
    r"(?:million|m) (?:united states |us |u\.s\. )?(?:dollars|usd|euros|pounds)",
    r"consignment",
    r"diplomat(?:ic)?",
    r"inheritance",
    r"lottery",
    r"winning (?:notification|number)",
    r"claims? (?:agent|officer)",
    r"barrister",
    r"compensation fund",
    r"late (?:client|customer)",
    r"transfer (?:of|the) (?:fund|sum)",
    r"(?:deceased|dormant) (?:account|client)",
    r"your (?:assistance|partnership)",
)
_EXTORTION = _terms(
    r"recorded you",
    r"(?:web)?cam(?:era)? (?:recording|video)",
    r"hacked your (?:device|computer|account)",
    r"(?:adult|porn)\w*",
    r"your contacts",
    r"bitcoin (?:address|wallet)",
    r"\d+ hours? to pay",
    r"malware on (?:your|the)",
)


def _found(pattern: re.Pattern[str], text: str) -> list[str]:
    return list(dict.fromkeys(m.group(0).lower() for m in pattern.finditer(text)))[:5]


def check(msg: Message, ctx: ScanContext) -> list[Finding]:
    text = f"{msg.subject}\n{msg.text[:MAX_SCAN]}"
    pressure = _found(_PRESSURE, text)
    findings: list[Finding] = []
    credential = _found(_CREDENTIAL, text)
    if credential and pressure:
        strength = min(1.0, 0.25 * (len(credential) + len(pressure)))
        findings.append(Finding("CREDENTIAL_LURE", strength, (*credential[:3], *pressure[:3])))
    account = _found(_ACCOUNT, text)
    threats = [
        p for p in pressure if re.search(r"suspend|deactivat|terminat|disabl|clos|lock|delet|restrict|limited", p)
    ]
    if account and threats:
        findings.append(
            Finding("ACCOUNT_THREAT_LURE", min(1.0, 0.5 + 0.25 * len(threats)), (*account[:2], *threats[:3]))
        )
    money = _found(_MONEY_REQUEST, text)
    secrecy = _found(_SECRECY, text)
    if money and (pressure or secrecy):
        strength = min(1.0, 0.25 * (len(money) + len(pressure) + len(secrecy)))
        findings.append(Finding("PAYMENT_LURE", strength, (*money[:3], *secrecy[:2], *pressure[:2])))
    advance = _found(_ADVANCE_FEE, text)
    if len(advance) >= 2:
        findings.append(Finding("ADVANCE_FEE_LURE", min(1.0, 0.25 * len(advance)), tuple(advance[:5])))
    extortion = _found(_EXTORTION, text)
    if len(extortion) >= 3:
        findings.append(Finding("EXTORTION_LURE", min(1.0, 0.25 * len(extortion)), tuple(extortion[:5])))
    return findings
