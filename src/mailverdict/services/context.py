"""Building the engine's ScanContext from what an account has configured and learned.

Every scan and every worker batch builds one, so its statements are built once here with the
account as a bound parameter, select only the columns the engine reads, and run on the session's
connection (SQLAlchemy's cached compilation, no ORM objects per row).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Executable, Select, bindparam, select
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

# Each allow-policy flag becomes its own ListPattern kind, so a policy with two flags is two patterns.
ALLOW_KINDS = (("is_trusted_sender", "trusted_sender"), ("is_acceptable_sender", "acceptable_sender"),
               ("is_exempt_recipient", "exempt_recipient"))
DISPOSITIONS = {d.value: d for d in Disposition}


def _of_account(model: Any, *columns: Any) -> Select[Any]:
    """The account's rows of a settings table, oldest first, as the API lists them."""
    return select(*columns).where(model.account_id == bindparam("account")).order_by(model.created_at)


DOMAINS = _of_account(Domain, Domain.domain)
IMPERSONATION = _of_account(ImpersonationRegistryEntry, ImpersonationRegistryEntry.name,
                            ImpersonationRegistryEntry.email, ImpersonationRegistryEntry.is_email_regex)
TRUSTED = _of_account(TrustedDomain, TrustedDomain.pattern, TrustedDomain.is_regex)
ALLOW = _of_account(AllowPolicy, AllowPolicy.pattern, AllowPolicy.pattern_type, AllowPolicy.is_regex,
                    *(getattr(AllowPolicy, flag) for flag, _ in ALLOW_KINDS))
BLOCK = _of_account(BlockedSender, BlockedSender.pattern, BlockedSender.pattern_type, BlockedSender.is_regex)
URL_IGNORE = _of_account(UrlIgnorePattern, UrlIgnorePattern.pattern)
CONTENT = _of_account(models.ContentPolicy, models.ContentPolicy.name, models.ContentPolicy.pattern,
                      models.ContentPolicy.targets, models.ContentPolicy.enabled)
LEARNED = select(LearnedSignature.value, LearnedSignature.disposition).where(
    LearnedSignature.account_id == bindparam("account"))
LEARNED_BUT = LEARNED.where(LearnedSignature.submission_id != bindparam("submission"))


def scan_context(
    session: Session, account_id: str, *, envelope: Envelope | None = None, exclude_submission: str | None = None
) -> ScanContext:
    connection = session.connection()

    def read(statement: Executable, **more: Any) -> Any:
        return connection.execute(statement, {"account": account_id, **more})

    learned = (read(LEARNED) if exclude_submission is None
               else read(LEARNED_BUT, submission=exclude_submission))
    return ScanContext(
        envelope=envelope or Envelope(),
        account_domains=tuple(domain for (domain,) in read(DOMAINS)),
        impersonation_registry=tuple(ImpersonationEntry(*row) for row in read(IMPERSONATION)),
        # The engine matches trusted domains literally; regex entries are kept for the API only.
        trusted_domains=tuple(pattern for pattern, is_regex in read(TRUSTED) if not is_regex),
        allow_patterns=tuple(ListPattern(pattern, pattern_type, is_regex, kind)
                             for pattern, pattern_type, is_regex, *flags in read(ALLOW)
                             for flag, (_, kind) in zip(flags, ALLOW_KINDS, strict=True) if flag),
        block_patterns=tuple(ListPattern(pattern, pattern_type, is_regex, "blocked")
                             for pattern, pattern_type, is_regex in read(BLOCK)),
        url_ignore_patterns=tuple(pattern for (pattern,) in read(URL_IGNORE)),
        # A disabled policy is kept for the API but means nothing to a scan.
        content_policies=tuple(ContentPolicy(name, pattern, tuple(targets))
                               for name, pattern, targets, enabled in read(CONTENT) if enabled),
        learned={value: DISPOSITIONS[disposition] for value, disposition in learned},
    )
