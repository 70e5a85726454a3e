"""Header and structure oddities typical of mass-sent unsolicited mail and of phishing.

Each is weak alone (legitimate software gets headers wrong too); they feed the spam score, not the
threat score. ``FAKE_REPLY``, ``HEADER_EXCESS_BASE64`` and ``HIGH_PRIORITY`` reach the threat score
only through composites, beside a story or a brand claim (scores.toml). Nothing here looks at mailer
names, dates or relay details, which describe an era or a path rather than the sender's intent.
"""

from __future__ import annotations

import re

from mailverdict.engine import urls
from mailverdict.engine.checks.bulk import LIST_MANAGER_HEADERS
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
    "FAKE_REPLY",
    "HEADER_EXCESS_BASE64",
    "HIGH_PRIORITY",
)
# A subject padded out and ended with a code unique to each copy ("Offer inside      YMF",
# "... 126432211"): per-copy tokens defeat duplicate detection and mean nothing to a reader.
_TRAILING_JUNK_RE = re.compile(
    r"(?:\s{4,}[\w-]{1,15}|\s[a-z]{2,5}\d{3,}|\s\d{6,}|\s[A-Za-z0-9]{3,10}-[A-Za-z0-9]{3,10})\s*$"
)

_SHOUT_RE = re.compile(r"!{2,}|\${2,}|\?{3,}|\*{3,}|\b(?:free|win|winner|cash|guaranteed)\b.*!", re.IGNORECASE)
_LETTERS_RE = re.compile(r"[^\W\d_]")

# A reply or forward marker opening the subject (after at most one tag a gateway or list puts first,
# "[EXTERNAL] RE: ..."), in the languages of the lure lexicon: Re, Aw (de), Res/Enc (pt), Rv (es),
# Sv/Vs (nordic), Antw/Doorst (nl), Rif/R/I (it), Tr (fr), Wg (de), Fw/Fwd.
_REPLY_PREFIX_RE = re.compile(
    r"^\s*(?:\[[^\]]{1,40}\]\s*)?(re|aw|res|sv|vs|antw|rif|r|odp|ynt|fw|fwd|enc|tr|wg|rv|doorst|i)"
    r"\s*(?:\[\d{1,3}\]|\(\d{1,3}\))?\s*:",
    re.IGNORECASE,
)
_FORWARD_PREFIXES = frozenset({"fw", "fwd", "enc", "tr", "wg", "rv", "doorst", "i"})
# What a real forward carries: the forwarded message's own header block or its client's separator.
_FORWARDED_BLOCK_RE = re.compile(
    r"forwarded message|original message|mensagem (?:encaminhada|original)|mensaje (?:reenviado|original)"
    r"|weitergeleitete nachricht|urspr\u00fcngliche nachricht|message transf\u00e9r\u00e9|message d'origine"
    r"|messaggio (?:inoltrato|originale)|doorgestuurd bericht|oorspronkelijk bericht"
    r"|^[ >]*(?:from|de|von|van|da|od)\s*:.*\n(?:.*\n){0,6}?[ >]*(?:subject|assunto|asunto|betreff|objet|oggetto"
    r"|onderwerp|temat)\s*:",
    re.IGNORECASE | re.MULTILINE,
)
# A discussion list re-sends what its members wrote; a reply that lost its threading there is the
# list's or the gateway's doing, not a pose (list-manager headers as checks/bulk.py reads them).
_LIST_HEADERS = ("List-Id", *LIST_MANAGER_HEADERS)
# RFC 2047 encoded words in base64: the raw header is read, since Message.headers hold them decoded.
_RAW_FIELD_RE = re.compile(rb"^(subject|from)[ \t]*:(.*(?:\r?\n[ \t].*)*)", re.IGNORECASE | re.MULTILINE)
_BASE64_WORD_RE = re.compile(r"=\?[^?\s]{1,60}\?[bB]\?([^?\s]*)\?=")
_HEAD_LIMIT = 256 * 1024  # bytes of the raw message searched for the header block's end
_X_PRIORITY_RE = re.compile(r"\s*[12]\b")


def _recipients(msg: Message) -> list[str]:
    return [a for field in ("To", "Cc") for _, a in urls.parse_addresses(msg.header(field), 200)]


def _fake_reply(msg: Message) -> Finding | None:
    """A subject opening as a reply or forward in a message that belongs to no thread.

    Replies carry In-Reply-To or References; a forward carries the forwarded message. Faking a
    conversation ("RE: invoice overdue") lends a lure the trust of an exchange the reader never had.
    """
    match = _REPLY_PREFIX_RE.match(msg.subject)
    if not match or msg.header("In-Reply-To") or msg.header("References"):
        return None
    if any(msg.has_header(name) for name in _LIST_HEADERS):
        return None
    if (msg.header("Precedence") or "").strip().lower() == "list":
        return None
    prefix = match.group(1).lower()
    if prefix in _FORWARD_PREFIXES:
        if any(part.content_type == "message/rfc822" for part in msg.parts):
            return None
        if _FORWARDED_BLOCK_RE.search(msg.text[:20000]):
            return None
        return Finding("FAKE_REPLY", 1.0, (f"forward {msg.subject[:80]!r} carries no forwarded message",))
    return Finding("FAKE_REPLY", 1.0, (f"reply {msg.subject[:80]!r} without In-Reply-To or References",))


def _excess_base64(msg: Message) -> Finding | None:
    """Subject or From written in base64 encoded words that decode to plain ASCII.

    Encoded words exist for text a header cannot carry as it is; wrapping plain English in base64
    serves only to keep its words from filters reading the raw header.
    """
    decoded = {"subject": msg.subject, "from": msg.header("From") or ""}
    if not any(value and value.isascii() and "=?" not in value for value in decoded.values()):
        return None
    raw = msg.raw
    first = raw.find(b"\n", 0, _HEAD_LIMIT)
    blank = b"\r\n\r\n" if first > 0 and raw[first - 1] == 13 else b"\n\n"  # CRLF or LF mail
    end = raw.find(blank, 0, _HEAD_LIMIT)
    end = end if end >= 0 else _HEAD_LIMIT
    if raw.find(b"=?", 0, end) < 0:
        return None
    head = raw[:end]
    seen: set[str] = set()
    for match in _RAW_FIELD_RE.finditer(head):
        field = match.group(1).decode("ascii").lower()
        if field in seen:
            continue
        seen.add(field)
        value = decoded[field]
        if not value or not value.isascii() or "=?" in value:
            continue
        written = match.group(2).decode("ascii", "surrogateescape")
        words = _BASE64_WORD_RE.findall(written)
        if words and sum(len(w) for w in words) >= 8:
            name = "Subject" if field == "subject" else "From"
            return Finding("HEADER_EXCESS_BASE64", 1.0, (f"{name} {value[:80]!r} sent base64-encoded",))
    return None


def _urgent(msg: Message) -> str | None:
    """The message flags itself urgent (X-Priority 1 or 2, Importance: high, Priority: urgent)."""
    x_priority = msg.header("X-Priority")
    if x_priority and _X_PRIORITY_RE.match(x_priority):
        return f"X-Priority: {x_priority[:30]}"
    if (msg.header("Importance") or "").strip().lower() == "high":
        return "Importance: high"
    if (msg.header("Priority") or "").strip().lower() == "urgent":
        return "Priority: urgent"
    return None


def check(msg: Message, ctx: ScanContext) -> list[Finding]:
    findings: list[Finding] = []
    fake = _fake_reply(msg)
    if fake:
        findings.append(fake)
    excess = _excess_base64(msg)
    if excess:
        findings.append(excess)
    urgent = _urgent(msg)
    if urgent:
        findings.append(Finding("HIGH_PRIORITY", 1.0, (urgent,)))
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
