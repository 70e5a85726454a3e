"""Evidence that a message went to many people at once: list, newsletter and campaign mail.

Bulk is not a threat: these findings drive the BULK disposition and nothing more. The scorer
refuses BULK when threat evidence is present (see scores.toml).
"""

from __future__ import annotations

import re

from mailverdict.engine.context import ScanContext
from mailverdict.engine.message import Message
from mailverdict.engine.phrases import Prefilter, literal_starts, top_level_split
from mailverdict.engine.regexscan import Anchored
from mailverdict.engine.verdict import Finding

NAMES = ("LIST_ID", "LIST_UNSUBSCRIBE", "PRECEDENCE_BULK", "ESP_HEADERS", "UNSUBSCRIBE_TEXT", "LIST_MANAGER")

# Headers email service providers and campaign tools stamp on what they send.
_ESP_HEADERS = (
    "X-Campaign",
    "X-CampaignID",
    "X-Campaign-Id",
    "X-Mailgun-Sid",
    "X-SES-Outgoing",
    "X-SG-EID",
    "X-SG-ID",
    "X-MC-User",
    "X-Mandrill-User",
    "X-Mailchimp-Campaign",
    "X-CSA-Complaints",
    "X-Feedback-ID",
    "Feedback-ID",
    "X-MSYS-API",
    "X-Marketo-ID",
    "X-PM-Message-Id",
    "X-Postmark-Server",
    "X-Sendinblue",
    "X-Mailin-Campaign",
    "X-Job",
    "X-Listmember",
    "X-Rpcampaign",
    "X-Emarsys",
    "X-Newsletter",
    "X-Bulkmail",
    "X-Mailer-RecptId",
    "X-Report-Abuse",
    "X-Abuse-Reports-To",
    "X-Complaints-To",
    "X-Ebay-Mailtracker",
)
LIST_MANAGER_HEADERS = (
    "Mailing-List",
    "X-Mailman-Version",
    "X-Ml-Name",
    "X-Mailing-List",
    "X-List",
    "X-Loop",
    "X-Beenthere",
    "X-Original-To-List",
    "List-Post",
    "List-Help",
    "List-Subscribe",
)
# Removal instructions, as campaigns write them, in the languages of the lure lexicon.
_UNSUBSCRIBE_RE = re.compile(
    r"unsubscri\w*|opt[- ]?out|opt[- ]?in|to be (?:removed|excluded)|excluded from (?:future|our|this)"
    r"|remov\w* (?:from|yourself|you|me|your)|removal (?:instructions|request|link)|to remove|subject:? *\"?remove"
    r"|no longer wish to receive|stop receiving|manage (?:your )?(?:email )?(?:preferences|subscriptions)"
    r"|you are receiving this|you received this (?:e-?mail|message) because|email preferences"
    r"|descadastr\w*|darse de baja|cancelar (?:la |su )?suscripci\w*|abmelden|abbestellen|désabonne\w*"
    r"|désinscri\w*|afmelden|uitschrijven|disiscriv\w*|cancellarti",
    re.IGNORECASE,
)
_UNSUBSCRIBE_WORDS = Prefilter(_UNSUBSCRIBE_RE.pattern)
# Every match opens with one of its options' literal starts: searched from where one occurs, not tried
# at every character (the case-insensitive alternation gives the regex engine nothing to search for).
_UNSUBSCRIBE = Anchored(
    _UNSUBSCRIBE_RE,
    tuple(sorted({start for option in top_level_split(_UNSUBSCRIBE_RE.pattern) for start in literal_starts(option)})),
    0,
    caseless=True,
)


def check(msg: Message, ctx: ScanContext) -> list[Finding]:
    findings: list[Finding] = []
    list_id = msg.header("List-Id")
    if list_id:
        findings.append(Finding("LIST_ID", 1.0, (list_id[:120],)))
    unsubscribe = msg.header("List-Unsubscribe")
    if unsubscribe:
        one_click = msg.header("List-Unsubscribe-Post") is not None
        findings.append(Finding("LIST_UNSUBSCRIBE", 1.0, (unsubscribe[:120], "one-click" if one_click else "")))
    precedence = (msg.header("Precedence") or "").strip().lower()
    if precedence in ("bulk", "list", "junk"):
        findings.append(Finding("PRECEDENCE_BULK", 1.0, (f"Precedence: {precedence}",)))
    esp = [h for h in _ESP_HEADERS if msg.has_header(h)]
    if esp:
        findings.append(Finding("ESP_HEADERS", min(1.0, 0.5 + 0.25 * len(esp)), tuple(esp[:3])))
    managers = [h for h in LIST_MANAGER_HEADERS if msg.has_header(h)]
    if managers:
        findings.append(Finding("LIST_MANAGER", 1.0, tuple(managers[:3])))
    # Footers sit at the end; looking at the tail keeps long messages cheap and quotes out.
    text = msg.text
    tail = text[-3000:]
    found = [m.group(0) for m in _UNSUBSCRIBE.finditer(tail)] if _UNSUBSCRIBE_WORDS.may_match(tail) else []
    if found:
        findings.append(Finding("UNSUBSCRIBE_TEXT", 1.0, tuple(dict.fromkeys(found))[:3]))
    return findings
