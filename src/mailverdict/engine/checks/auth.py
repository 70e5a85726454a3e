"""SPF, DKIM, DMARC and ARC: what receiving servers recorded, and our own DKIM verification.

Verification runs only when the caller supplies DNS answers (``ctx.dns_txt``); the engine never
queries DNS itself. Absence of authentication headers is not a finding: old or internal mail often
has none, and keying on their absence would key on the era or the path, not the sender.
"""

from __future__ import annotations

import ipaddress
import logging
import re

import dkim

from mailverdict.engine import authresults, urls
from mailverdict.engine.checks.sender import recipient_domains
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
    "DMARC_UNALIGNED",
    "AUTH_ALIGNED",
)
# A discussion list re-sends a member's post under its own envelope and signature, so its mail is
# unaligned by design (RFC 7960); that says nothing about the poster.
_LIST_HEADERS = ("List-Id", "List-Post", "Mailing-List", "X-Mailman-Version")
_SIGNER_D_RE = re.compile(r"(?:^|;)\s*d\s*=\s*([^\s;]+)", re.IGNORECASE)

# Addresses that never reach the internet: a message whose every Received hop names only these
# went from one office machine to another (a copier's scan, a server's bounce) and had nothing to
# authenticate against. Documentation ranges are not here: examples use them for public hosts.
_PRIVATE_NETWORKS = tuple(
    ipaddress.ip_network(net)
    for net in (
        "10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "127.0.0.0/8", "169.254.0.0/16", "100.64.0.0/10",
        "fc00::/7", "fe80::/10", "::1/128",
    )
)
_RECEIVED_IP_RE = re.compile(r"[\[(](?:IPv6:)?([0-9a-fA-F:.]{3,45})[\])]")
MAX_RECEIVED = 20

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


def _spf_domain(msg: Message, auth: authresults.AuthResults) -> str | None:
    """The envelope domain SPF was checked for; without smtp.mailfrom, Return-Path is the envelope
    sender the receiving server recorded."""
    return auth.spf_domain or urls.address_domain(urls.parse_address(msg.header("Return-Path"))[1])


def _signer(msg: Message) -> str | None:
    """The d= of the first DKIM signature, the one dkimpy verifies."""
    signature = msg.header("DKIM-Signature") or ""
    found = _SIGNER_D_RE.search(signature)
    return found.group(1).lower() if found else None


def _aligned(msg: Message, auth: authresults.AuthResults, verified: Finding | None) -> str | None:
    """Evidence when DMARC did not pass but SPF or DKIM passed for the From's own registrable domain
    (relaxed alignment): what DMARC would count, had the domain published a policy. Our own DKIM
    verification counts as the receiver's dkim=pass does.
    """
    from_domain = msg.from_domain
    spf_domain = _spf_domain(msg, auth) if auth.validation("spf") == "pass" else None
    signer = _signer(msg) if verified is not None and verified.name == "DKIM_VERIFIED" else None
    if auth.results.get("dmarc") == "pass" or not from_domain or not (spf_domain or auth.dkim_domains or signer):
        return None
    own = urls.registrable_domain(from_domain)
    if spf_domain and urls.registrable_domain(spf_domain) == own:
        return f"spf=pass for {spf_domain}, the From's domain {from_domain}"
    for domain in auth.dkim_domains:
        if urls.registrable_domain(domain) == own:
            return f"dkim=pass for {domain}, the From's domain {from_domain}"
    if signer and urls.registrable_domain(signer) == own:
        return f"DKIM signature of {signer} verified, the From's domain {from_domain}"
    return None


def _unaligned(msg: Message, auth: authresults.AuthResults) -> str | None:
    """Evidence when no DMARC result was recorded and SPF and DKIM both passed, each only for a
    domain other than the From's (relaxed alignment: the same registrable domain): a pass that
    DMARC would not count, so nothing ties the From address to the sender.

    Both must be unaligned: mail sent through a provider often passes SPF for the provider's bounce
    domain while its DKIM signature is the From domain's, and that is aligned.
    """
    if "dmarc" in auth.results or auth.validation("spf") != "pass" or auth.validation("dkim") != "pass":
        return None
    from_domain = msg.from_domain
    spf_domain = _spf_domain(msg, auth)
    if not from_domain or not spf_domain or not auth.dkim_domains:
        return None
    if any(msg.has_header(name) for name in _LIST_HEADERS):
        return None
    own = urls.registrable_domain(from_domain)
    if urls.registrable_domain(spf_domain) == own or any(urls.registrable_domain(d) == own for d in auth.dkim_domains):
        return None
    signers = ", ".join(auth.dkim_domains[:2])
    return f"From {from_domain}; spf=pass for {spf_domain}, dkim=pass for {signers}; no dmarc= result"


def _delivery_report(msg: Message) -> bool:
    content_type = (msg.header("Content-Type") or "").lower()
    return (
        (msg.header("Return-Path") or "").strip() == "<>"
        and "multipart/report" in content_type
        and "delivery-status" in content_type
    )


def _internal(msg: Message, ctx: ScanContext, auth: authresults.AuthResults) -> bool:
    """Whether the message stayed inside one organisation's network: Exchange marked it internal
    (a header it strips from mail arriving from outside); the receiving server recorded no SPF at all,
    as Exchange Online does for mail submitted inside the tenant, for a message from the recipients'
    own domain (mail from outside is always given an SPF result); or every address its Received
    lines name is private. A delivery report (null return path, a delivery-status report) from the
    recipients' own domain is their mail system writing to its user, which no one authenticates."""
    if (msg.header("X-MS-Exchange-Organization-AuthAs") or "").strip().lower() == "internal":
        return True
    if msg.from_domain and ("spf" not in auth.results or _delivery_report(msg)):
        own = urls.registrable_domain(msg.from_domain)
        recipients = recipient_domains(msg, ctx)
        if recipients and all(domain == own for domain in recipients):
            return True
    addresses = []
    for value in msg.header_all("Received")[:MAX_RECEIVED]:
        for text in _RECEIVED_IP_RE.findall(value):
            try:
                addresses.append(ipaddress.ip_address(text))
            except ValueError:
                continue
    return bool(addresses) and all(any(a in net for net in _PRIVATE_NETWORKS) for a in addresses)


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
    unauthenticated = all(auth.results.get(m) in (None, "none") for m in ("spf", "dkim", "dmarc"))
    if auth.sources and unauthenticated and not _internal(msg, ctx, auth):
        sender = urls.registrable_domain(msg.from_domain) if msg.from_domain else "?"
        findings.append(Finding("AUTH_NONE", 1.0, (f"no SPF, DKIM or DMARC for {sender}", *where)))
    elif dmarc == "none":
        # Large senders must publish DMARC; a domain without it proves nothing about who wrote the From.
        evidence = (f"dmarc=none header.from={auth.header_from or msg.from_domain or '?'}", *where)
        findings.append(Finding("DMARC_NONE", 1.0, evidence))
    unaligned = _unaligned(msg, auth)
    if unaligned:
        findings.append(Finding("DMARC_UNALIGNED", 1.0, (unaligned, *where)))
    verified = _verify(msg, ctx.dns_txt) if ctx.dns_txt is not None else None
    if verified is not None:
        findings.append(verified)
    aligned = _aligned(msg, auth, verified)
    if aligned:
        # Scoreless: it only keeps CAMPAIGN_UNAUTHENTICATED off mail whose From some pass does tie.
        findings.append(Finding("AUTH_ALIGNED", 1.0, (aligned, *where)))
    return findings
