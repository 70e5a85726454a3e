"""SPF, DKIM, DMARC and ARC: what receiving servers recorded, and our own DKIM verification.

Verification runs only when the caller supplies DNS answers (``ctx.dns_txt``); the engine never
queries DNS itself. Absence of authentication headers is not a finding: old or internal mail often
has none, and keying on their absence would key on the era or the path, not the sender.
"""

from __future__ import annotations

import logging

import dkim

from mailverdict.engine import authresults, urls
from mailverdict.engine.context import ScanContext, TxtResolver
from mailverdict.engine.message import Message
from mailverdict.engine.verdict import Finding

NAMES = (
    "SPF_FAIL",
    "SPF_SOFTFAIL",
    "DKIM_FAIL",
    "DKIM_VERIFIED",
    "DKIM_VERIFY_FAIL",
    "DMARC_FAIL",
    "DMARC_PASS",
    "ARC_FAIL",
    "AUTH_NONE",
    "COMPAUTH_FAIL",
    "DMARC_NONE",
)

# dkimpy logs every failed signature at error level; a bad signature is a finding, not a log event.
_QUIET = logging.getLogger("mailverdict.engine.dkim")
_QUIET.addHandler(logging.NullHandler())
_QUIET.propagate = False


def _dns_adapter(resolver: TxtResolver) -> object:
    """dkimpy calls ``dnsfunc(name: bytes, timeout=...)`` and wants the TXT record as bytes."""

    def lookup(name: bytes, timeout: float = 5) -> bytes | None:
        records = resolver(name.decode("ascii", "replace").rstrip("."))
        if not records:
            return None
        keyed = [r for r in records if "p=" in r]
        return (keyed or records)[0].encode("utf-8", "replace")

    return lookup


def _verify(msg: Message, resolver: TxtResolver) -> Finding | None:
    signature = msg.header("DKIM-Signature")
    if signature is None:
        return None
    try:
        ok = bool(dkim.verify(msg.raw, logger=_QUIET, dnsfunc=_dns_adapter(resolver)))
    except Exception as exc:
        return Finding("DKIM_VERIFY_FAIL", 1.0, (f"verification error: {type(exc).__name__}",))
    evidence = (signature[:160],)
    return Finding("DKIM_VERIFIED", 1.0, evidence) if ok else Finding("DKIM_VERIFY_FAIL", 1.0, evidence)


def check(msg: Message, ctx: ScanContext) -> list[Finding]:
    auth = authresults.read(msg)
    findings: list[Finding] = []
    where = auth.sources[:1]
    spf = auth.results.get("spf")
    if spf in ("fail", "hardfail"):
        findings.append(Finding("SPF_FAIL", 1.0, (f"spf={spf}", *where)))
    elif spf == "softfail":
        findings.append(Finding("SPF_SOFTFAIL", 1.0, (f"spf={spf}", *where)))
    if auth.results.get("dkim") == "fail":
        findings.append(Finding("DKIM_FAIL", 1.0, ("dkim=fail", *where)))
    dmarc = auth.results.get("dmarc")
    if dmarc == "fail":
        evidence = (f"dmarc=fail header.from={auth.header_from or msg.from_domain or '?'}", *where)
        findings.append(Finding("DMARC_FAIL", 1.0, evidence))
    elif dmarc == "pass":
        # DMARC pass proves the From domain, not its honesty: it only offsets spoofing evidence.
        findings.append(Finding("DMARC_PASS", 1.0, (f"dmarc=pass header.from={auth.header_from or '?'}",)))
    if auth.results.get("arc") == "fail":
        findings.append(Finding("ARC_FAIL", 1.0, ("arc=fail", *where)))
    if auth.results.get("compauth") == "fail":
        findings.append(Finding("COMPAUTH_FAIL", 1.0, ("compauth=fail", *where)))
    if auth.sources and all(auth.results.get(m) in (None, "none") for m in ("spf", "dkim", "dmarc")):
        sender = urls.registrable_domain(msg.from_domain) if msg.from_domain else "?"
        findings.append(Finding("AUTH_NONE", 1.0, (f"no SPF, DKIM or DMARC for {sender}", *where)))
    elif dmarc == "none":
        # Large senders must publish DMARC; a domain without it proves nothing about who wrote the From.
        evidence = (f"dmarc=none header.from={auth.header_from or msg.from_domain or '?'}", *where)
        findings.append(Finding("DMARC_NONE", 1.0, evidence))
    if ctx.dns_txt is not None:
        verified = _verify(msg, ctx.dns_txt)
        if verified is not None:
            findings.append(verified)
    return findings
