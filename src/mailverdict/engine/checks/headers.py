"""Header and structure oddities typical of mass-sent unsolicited mail.

Each is weak alone (legitimate software gets headers wrong too); they feed the spam score, not the
threat score. Nothing here looks at mailer names, dates or relay details, which describe an era
or a path rather than the sender's intent.
"""

from __future__ import annotations

import re

from mailverdict.engine import urls
from mailverdict.engine.context import ScanContext
from mailverdict.engine.message import Message
from mailverdict.engine.verdict import Finding

NAMES = (
    "MISSING_MESSAGE_ID",
    "MISSING_DATE",
    "RECIPIENTS_HIDDEN",
    "FROM_IS_RECIPIENT",
    "MANY_RECIPIENTS",
    "SUBJECT_ALL_CAPS",
    "SUBJECT_SHOUTING",
    "HTML_ONLY",
    "MIME_MALFORMED",
    "SUBJECT_TRAILING_JUNK",
    "RECIPIENT_ADDRESS_IN_TEXT",
)
# A subject padded out and ended with a code unique to each copy ("Offer inside      YMF",
# "... 126432211"): per-copy tokens defeat duplicate detection and mean nothing to a reader.
_TRAILING_JUNK_RE = re.compile(
    r"(?:\s{4,}[\w-]{1,15}|\s[a-z]{2,5}\d{3,}|\s\d{6,}|\s[A-Za-z0-9]{3,10}-[A-Za-z0-9]{3,10})\s*$"
)

_SHOUT_RE = re.compile(r"!{2,}|\${2,}|\?{3,}|\*{3,}|\b(?:free|win|winner|cash|guaranteed)\b.*!", re.IGNORECASE)
_LETTERS_RE = re.compile(r"[^\W\d_]")


def _recipients(msg: Message) -> list[str]:
    return [a for field in ("To", "Cc") for _, a in urls.parse_addresses(msg.header(field), 200)]


def check(msg: Message, ctx: ScanContext) -> list[Finding]:
    findings: list[Finding] = []
    if not msg.header("Message-ID"):
        findings.append(Finding("MISSING_MESSAGE_ID", 1.0, ("no Message-ID header",)))
    if not msg.header("Date"):
        findings.append(Finding("MISSING_DATE", 1.0, ("no Date header",)))
    recipients = _recipients(msg)
    to_value = (msg.header("To") or "").strip()
    if not recipients and not ctx.envelope.rcpt_to:
        findings.append(Finding("RECIPIENTS_HIDDEN", 1.0, (f"To: {to_value[:80] or '(missing)'}",)))
    elif len(recipients) > 15:
        findings.append(
            Finding("MANY_RECIPIENTS", min(1.0, len(recipients) / 50), (f"{len(recipients)} visible recipients",))
        )
    if msg.from_address and len(recipients) == 1 and recipients[0] == msg.from_address:
        findings.append(Finding("FROM_IS_RECIPIENT", 1.0, (f"From and To are both {msg.from_address}",)))

    subject = msg.subject
    letters = _LETTERS_RE.findall(subject)
    if len(letters) >= 10 and sum(c.isupper() for c in letters) / len(letters) > 0.8:
        findings.append(Finding("SUBJECT_ALL_CAPS", 1.0, (subject[:100],)))
    if _SHOUT_RE.search(subject):
        findings.append(Finding("SUBJECT_SHOUTING", 1.0, (subject[:100],)))

    if _TRAILING_JUNK_RE.search(subject):
        findings.append(Finding("SUBJECT_TRAILING_JUNK", 1.0, (subject[-40:],)))
    # People greet by name; mass mailers fill in the address they bought.
    head = f"{subject}\n{msg.text[:300]}".lower()
    for address in recipients[:5] or list(ctx.envelope.rcpt_to[:5]):
        if len(address) > 5 and address in head:
            findings.append(
                Finding("RECIPIENT_ADDRESS_IN_TEXT", 1.0, (f"{address} written in the subject or greeting",))
            )
            break

    if msg.html_source.strip() and not msg.plain.strip():
        findings.append(Finding("HTML_ONLY", 1.0, ("HTML body with no text alternative",)))
    if msg.defects:
        findings.append(Finding("MIME_MALFORMED", min(1.0, 0.34 * len(msg.defects)), tuple(msg.defects[:3])))
    return findings
