"""``analyze``: parse once, run the enabled checks, score, and explain the result."""

from __future__ import annotations

from mailverdict.engine import authresults, checks, fingerprint, scoring
from mailverdict.engine.context import ScanContext
from mailverdict.engine.message import Message, parse
from mailverdict.engine.scoretable import load
from mailverdict.engine.urls import parse_addresses
from mailverdict.engine.verdict import (
    Attachment,
    Disposition,
    Finding,
    MessageSummary,
    Validation,
    Verdict,
)

MAX_REASONS = 5
MAX_SUMMARY_HEADERS = 200
_DISPOSITION_CATEGORY = {Disposition.SPOOF: "Spoof", Disposition.SPAM: "Spam", Disposition.BULK: "Bulk"}


def _run_checks(msg: Message, ctx: ScanContext) -> tuple[list[Finding], list[str]]:
    findings: list[Finding] = []
    errors: list[str] = []
    for check, keep in checks.selected(ctx.enabled_checks):
        try:
            emitted = check.run(msg, ctx)
        except Exception as exc:
            errors.append(f"{check.name}: {type(exc).__name__}: {exc}"[:300])
            continue
        findings.extend(f for f in emitted if keep is None or f.name in keep)
    return findings, errors


def _reasons(findings: tuple[Finding, ...], forced_by: str | None) -> tuple[str, ...]:
    reasons: list[str] = []
    if forced_by:
        forced = next(f for f in findings if f.name == forced_by)
        reasons.append(f"{forced.description}: {', '.join(forced.evidence[:2])}")
    for finding in findings:
        if finding.score <= 0 or len(reasons) >= MAX_REASONS:
            continue
        evidence = f" ({finding.evidence[0]})" if finding.evidence and finding.evidence[0] else ""
        reasons.append(f"{finding.description}{evidence}")
    return tuple(reasons)


def _categories(findings: tuple[Finding, ...], disposition: Disposition) -> tuple[str, ...]:
    table = load()
    names: list[str] = []
    by_name = {c.rule.name: c.rule for c in table.composites}
    for finding in findings:
        rule = table.rule(finding.name) or by_name.get(finding.name)
        forced = rule is not None and (rule.force or rule.floor)
        if rule and rule.category and (finding.score > 0 or forced):
            names.append(rule.category)
    if disposition in _DISPOSITION_CATEGORY:
        names.append(_DISPOSITION_CATEGORY[disposition])
    if disposition == Disposition.NONE:
        return ()
    return tuple(dict.fromkeys(names))


def _summary(msg: Message) -> MessageSummary:
    to = parse_addresses(msg.header("To"))
    cc = parse_addresses(msg.header("Cc"))
    attachments = tuple(
        Attachment(
            filename=a.filename,
            content_type=a.content_type,
            size=a.facts.size,
            md5=a.facts.md5,
            sha1=a.facts.sha1,
            sha256=a.facts.sha256,
            encrypted=a.facts.encrypted,
        )
        for a in msg.attachments
    )
    return MessageSummary(
        message_id=(msg.header("Message-ID") or "").strip() or None,
        subject=msg.subject or None,
        from_address=msg.from_address,
        from_name=msg.from_name,
        to=tuple(addr for _, addr in to),
        to_name=tuple(name for name, _ in to),
        cc=tuple(addr for _, addr in cc),
        reply_to=msg.reply_to,
        sent_at=msg.sent_at,
        x_originating_ip=(msg.header("X-Originating-IP") or "").strip(" []") or None,
        headers=tuple((k, v[:2000]) for k, v in msg.headers[:MAX_SUMMARY_HEADERS]),
        links=tuple(msg.links),
        attachments=attachments,
        malformed=msg.malformed,
        defects=tuple(msg.defects[:50]),
    )


def analyze(raw: bytes, context: ScanContext | None = None) -> Verdict:
    """Scan one raw RFC 5322 message. Never raises on message content; bounded in time."""
    ctx = context or ScanContext()
    msg = parse(bytes(raw))
    findings, errors = _run_checks(msg, ctx)
    outcome = scoring.score(findings)
    auth = authresults.read(msg)
    validation = Validation(
        spf=auth.validation("spf"),
        dkim=auth.validation("dkim"),
        dmarc=auth.validation("dmarc"),
        comment="; ".join(auth.sources[:2]) or None,
    )
    extra = {"check_errors": " | ".join(errors)} if errors else {}
    return Verdict(
        disposition=outcome.disposition,
        score=outcome.total,
        thresholds=outcome.thresholds,
        findings=outcome.findings,
        detection_reasons=_reasons(outcome.findings, outcome.forced_by),
        threat_categories=_categories(outcome.findings, outcome.disposition),
        validation=validation,
        edf_hash=fingerprint.edf_hash(msg),
        fuzzy_hash=fingerprint.fuzzy_hash(msg),
        summary=_summary(msg),
        forced_by=outcome.forced_by,
        extra=extra,
        axis_scores=outcome.axes,
    )
