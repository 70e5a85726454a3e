"""Building the engine's ScanContext from what an account has configured and learned.

Every scan and every worker batch builds one, so its reads go through store/rows.Raw: only the
columns the engine reads, no ORM objects, and all of them in one round trip on PostgreSQL.
"""

from __future__ import annotations

from functools import partial
from typing import Any

from sqlalchemy.orm import Session

from mailverdict.engine import Disposition, ScanContext
from mailverdict.engine.context import ContentPolicy, Envelope, ImpersonationEntry, ListPattern
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
from mailverdict.store.rows import Raw, Read

# Each allow-policy flag becomes its own ListPattern kind, so a policy with two flags is two patterns.
ALLOW_KINDS = (("is_trusted_sender", "trusted_sender"), ("is_acceptable_sender", "acceptable_sender"),
               ("is_exempt_recipient", "exempt_recipient"))
DISPOSITIONS = {d.value: d for d in Disposition}


def _settings(model: Any, *columns: str) -> Any:
    """The account's rows of a settings table, oldest first, as the API lists them."""
    return partial(Read, model, columns, "account_id", order_by="created_at")


DOMAINS = _settings(Domain, "domain")
IMPERSONATION = _settings(ImpersonationRegistryEntry, "name", "email", "is_email_regex")
TRUSTED = _settings(TrustedDomain, "pattern", "is_regex")
ALLOW = _settings(AllowPolicy, "pattern", "pattern_type", "is_regex", *(flag for flag, _ in ALLOW_KINDS))
BLOCK = _settings(BlockedSender, "pattern", "pattern_type", "is_regex")
URL_IGNORE = _settings(UrlIgnorePattern, "pattern")
CONTENT = _settings(models.ContentPolicy, "name", "pattern", "targets", "enabled")
LEARNED = partial(Read, LearnedSignature, ("value", "disposition", "submission_id"), "account_id")


def scan_context(session: Session, account_id: str, *, envelope: Envelope | None = None,
                 taught: dict[str, set[str]] | None = None) -> ScanContext:
    """The account's scan context. ``taught``: each of its keys that is the id of a submission
    gets the values of the lessons that submission taught (read with the others, not apart: the
    lessons have no index by submission)."""
    # One round trip on PostgreSQL for all eight reads; the lessons, which grow with every accepted
    # submission, come back as plain tuples rather than SQLAlchemy rows.
    account = (account_id,)
    domains, impersonation, trusted, allow, block, url_ignore, content, learned = Raw.of(session).select_all(
        [read(account) for read in (DOMAINS, IMPERSONATION, TRUSTED, ALLOW, BLOCK, URL_IGNORE, CONTENT, LEARNED)])
    if taught:
        for value, _, submission_id in learned:
            if submission_id in taught:
                taught[submission_id].add(value)
    return ScanContext(
        envelope=envelope or Envelope(),
        account_domains=tuple(domain for (domain,) in domains),
        impersonation_registry=tuple(ImpersonationEntry(*row) for row in impersonation),
        # The engine matches trusted domains literally; regex entries are kept for the API only.
        trusted_domains=tuple(pattern for pattern, is_regex in trusted if not is_regex),
        allow_patterns=tuple(ListPattern(pattern, pattern_type, is_regex, kind)
                             for pattern, pattern_type, is_regex, *flags in allow
                             for flag, (_, kind) in zip(flags, ALLOW_KINDS, strict=True) if flag),
        block_patterns=tuple(ListPattern(pattern, pattern_type, is_regex, "blocked")
                             for pattern, pattern_type, is_regex in block),
        url_ignore_patterns=tuple(pattern for (pattern,) in url_ignore),
        # A disabled policy is kept for the API but means nothing to a scan.
        content_policies=tuple(ContentPolicy(name, pattern, tuple(targets))
                               for name, pattern, targets, enabled in content if enabled),
        learned={value: DISPOSITIONS[disposition] for value, disposition, _ in learned},
    )
