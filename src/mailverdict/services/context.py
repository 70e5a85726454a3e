"""Building the engine's ScanContext from what an account has configured and learned."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from mailverdict.engine import Disposition, ScanContext
from mailverdict.engine.context import ContentPolicy, Envelope, ImpersonationEntry, ListPattern
from mailverdict.services.settings.crud import rows
from mailverdict.store import models
from mailverdict.store.models import (
    AllowPolicy,
    BlockedSender,
    Domain,
    ImpersonationRegistryEntry,
    LearnedSignature,
    TrustedDomain,
    UrlIgnorePattern,
)

# Each allow-policy flag becomes its own ListPattern kind, so a policy with two flags is two patterns.
ALLOW_KINDS = (("is_trusted_sender", "trusted_sender"), ("is_acceptable_sender", "acceptable_sender"),
               ("is_exempt_recipient", "exempt_recipient"))


def learned_signatures(
    session: Session, account_id: str, *, exclude_submission: str | None = None
) -> dict[str, Disposition]:
    query = select(LearnedSignature.value, LearnedSignature.disposition).where(
        LearnedSignature.account_id == account_id
    )
    if exclude_submission is not None:
        query = query.where(LearnedSignature.submission_id != exclude_submission)
    return {value: Disposition(disposition) for value, disposition in session.execute(query)}


def allow_patterns(session: Session, account_id: str) -> tuple[ListPattern, ...]:
    return tuple(
        ListPattern(p.pattern, p.pattern_type, p.is_regex, kind)
        for p in rows(session, AllowPolicy, account_id)
        for flag, kind in ALLOW_KINDS
        if getattr(p, flag)
    )


def block_patterns(session: Session, account_id: str) -> tuple[ListPattern, ...]:
    return tuple(ListPattern(b.pattern, b.pattern_type, b.is_regex, "blocked")
                 for b in rows(session, BlockedSender, account_id))


def content_policies(session: Session, account_id: str) -> tuple[ContentPolicy, ...]:
    # A disabled policy is kept for the API but means nothing to a scan.
    return tuple(ContentPolicy(p.name, p.pattern, tuple(p.targets))
                 for p in rows(session, models.ContentPolicy, account_id) if p.enabled)


def scan_context(
    session: Session, account_id: str, *, envelope: Envelope | None = None, exclude_submission: str | None = None
) -> ScanContext:
    return ScanContext(
        envelope=envelope or Envelope(),
        account_domains=tuple(d.domain for d in rows(session, Domain, account_id)),
        impersonation_registry=tuple(ImpersonationEntry(e.name, e.email, e.is_email_regex)
                                     for e in rows(session, ImpersonationRegistryEntry, account_id)),
        # The engine matches trusted domains literally; regex entries are kept for the API only.
        trusted_domains=tuple(t.pattern for t in rows(session, TrustedDomain, account_id) if not t.is_regex),
        allow_patterns=allow_patterns(session, account_id),
        block_patterns=block_patterns(session, account_id),
        url_ignore_patterns=tuple(u.pattern for u in rows(session, UrlIgnorePattern, account_id)),
        content_policies=content_policies(session, account_id),
        learned=learned_signatures(session, account_id, exclude_submission=exclude_submission),
    )
