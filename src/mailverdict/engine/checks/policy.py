"""Account policy and learned verdicts: the findings that force an outcome.

The effect of each name (force NONE, a SPAM floor, exemptions, a learned disposition) is declared
in scores.toml and applied by the scorer; this check only reports which policy matched and why.

- ``TRUSTED_SENDER`` / ``EXEMPT_RECIPIENT``: an allow pattern of that kind matched; forces NONE.
- ``ACCEPTABLE_SENDER``: exempts the message from SPAM, SPOOF and BULK, still scanned for threats.
- ``CUSTOM_BLOCK_LIST``: a block pattern matched the sender. We treat it as a SPAM *floor* (the
  customer does not want this mail, which is not itself evidence of a threat), so threat evidence
  can still raise it to SUSPICIOUS or MALICIOUS. Named after Cloudflare's header attribute.
- ``LEARNED_FINGERPRINT``: the message's edf_hash or fuzzy_hash is in ``ctx.learned``, which the
  service fills from accepted reclassifications; the first evidence string is the disposition.
"""

from __future__ import annotations

import re

from mailverdict.engine import fingerprint, urls
from mailverdict.engine.context import ListPattern, ScanContext
from mailverdict.engine.message import Message
from mailverdict.engine.verdict import Finding

NAMES = ("TRUSTED_SENDER", "EXEMPT_RECIPIENT", "ACCEPTABLE_SENDER", "CUSTOM_BLOCK_LIST", "LEARNED_FINGERPRINT")
_ALLOW_KINDS = {
    "trusted_sender": "TRUSTED_SENDER",
    "acceptable_sender": "ACCEPTABLE_SENDER",
    "exempt_recipient": "EXEMPT_RECIPIENT",
}


def _matches(pattern: ListPattern, values: list[str]) -> str | None:
    """The first value the pattern matches, or None."""
    kind = pattern.pattern_type.upper()
    wanted = pattern.pattern.strip().lower()
    for value in values:
        value = value.strip().lower()
        if not value:
            continue
        candidate = value
        if kind == "DOMAIN" and "@" in value:
            candidate = value.rsplit("@", 1)[1]
        elif (kind == "EMAIL" and "@" not in value) or (kind == "IP" and "@" in value):
            continue
        if pattern.is_regex:
            try:
                if re.fullmatch(pattern.pattern, candidate[:500], re.IGNORECASE):
                    return value
            except re.error:
                return None
        elif candidate == wanted or (kind == "DOMAIN" and candidate.endswith("." + wanted)):
            return value
    return None


def _senders(msg: Message, ctx: ScanContext) -> list[str]:
    values = [msg.from_address or "", ctx.envelope.mail_from or ""]
    if ctx.envelope.client_ip:
        values.append(ctx.envelope.client_ip)
    return [v for v in values if v]


def _recipients(msg: Message, ctx: ScanContext) -> list[str]:
    if ctx.envelope.rcpt_to:
        return list(ctx.envelope.rcpt_to)
    return [addr for _, addr in urls.parse_addresses(msg.header("To"))]


def check(msg: Message, ctx: ScanContext) -> list[Finding]:
    findings: list[Finding] = []
    senders = _senders(msg, ctx)
    for pattern in ctx.allow_patterns:
        name = _ALLOW_KINDS.get(pattern.kind)
        if name is None:
            continue
        values = _recipients(msg, ctx) if name == "EXEMPT_RECIPIENT" else senders
        hit = _matches(pattern, values)
        if hit:
            findings.append(Finding(name, 1.0, (f"{pattern.pattern_type} pattern {pattern.pattern!r}", hit)))
    for pattern in ctx.block_patterns:
        hit = _matches(pattern, senders)
        if hit:
            findings.append(Finding("CUSTOM_BLOCK_LIST", 1.0, (f"{pattern.pattern_type} {pattern.pattern!r}", hit)))
    if ctx.learned:
        for label, key in (("edf_hash", fingerprint.edf_hash(msg)), ("fuzzy_hash", fingerprint.fuzzy_hash(msg))):
            disposition = ctx.learned.get(key)
            if disposition is not None:
                findings.append(Finding("LEARNED_FINGERPRINT", 1.0, (str(disposition), f"{label}={key}")))
                break
    return findings
