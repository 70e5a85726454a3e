"""Building the engine's ScanContext from what an account has configured and learned.

Every scan and every worker batch needs one, so a process keeps each account's and checks it
against the account's versions (store.models.Account, migration 0007) rather than reading every
setting and every lesson each time: the lessons grow with every accepted submission. Its reads go
through store/rows.Raw: only the columns the engine reads, no ORM objects, one round trip on
PostgreSQL.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from dataclasses import dataclass, replace
from functools import partial
from typing import Any

from sqlalchemy import URL
from sqlalchemy.orm import Session

from mailverdict.engine import Disposition, ScanContext
from mailverdict.engine.context import ContentPolicy, Envelope, ImpersonationEntry, ListPattern
from mailverdict.store import models
from mailverdict.store.models import (
    Account,
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
LEARNED = partial(Read, LearnedSignature, ("value", "disposition"), "account_id")
TAUGHT = partial(Read, LearnedSignature, ("submission_id", "value"), "submission_id")
VERSIONS = partial(Read, Account, ("context_epoch", "lessons_version"), "id")
SETTINGS = (DOMAINS, IMPERSONATION, TRUSTED, ALLOW, BLOCK, URL_IGNORE, CONTENT)


@dataclass
class _Cached:
    """An account's context as this process last read it, and the account's versions it was read at:
    everything written at or below them is in it (and maybe some of what was written since)."""

    epoch: int | None  # None: no such account, and nothing to cache
    lessons_version: int
    context: ScanContext  # its ``learned`` is ``learned`` below, which grows in place
    learned: dict[str, Disposition]

    def learn(self, lessons: list[tuple[Any, ...]]) -> None:
        self.learned.update({value: DISPOSITIONS[disposition] for value, disposition in lessons})


# (database, account id) -> its context, least recently used first. A process serving many
# accounts keeps the busiest: each entry holds all of its account's lessons, so an unbounded cache
# would grow with the number of accounts ever scanned; an evicted account is read whole again.
MAX_CACHED_ACCOUNTS = 256
_cache: OrderedDict[tuple[URL, str], _Cached] = OrderedDict()
_lock = threading.Lock()  # guards the cache's order and an entry's lessons as they grow


def scan_context(session: Session, account_id: str, *, envelope: Envelope | None = None,
                 taught: dict[str, set[str]] | None = None) -> ScanContext:
    """The account's scan context. ``taught``: each of its keys that is the id of a submission
    gets the values of the lessons that submission taught (read in the same round trip).

    Every scan and every worker batch asks, so the context is cached per process and checked
    against the account's versions with one small read (with, in the same round trip on
    PostgreSQL, the lessons written since the cached ones, usually none). Other processes and
    machines over the same database move those versions in the transactions that change what the
    context holds, so a cached context is never older than what was committed before the check.
    The versions are read before the rows, so a change committed in between shows as a difference
    at the next check, never as a version the rows do not have.
    """
    raw = Raw.of(session)
    account = (account_id,)
    key = (session.connection().engine.url, account_id)
    own = [TAUGHT(tuple(taught))] if taught else []
    with _lock:
        cached = _cache.get(key)
        if cached is not None:
            _cache.move_to_end(key)
    found: list[list[tuple[Any, ...]]] = []
    if cached is not None:
        versions, lessons, *found = raw.select_all(
            [VERSIONS(account), LEARNED(account, above=("version", cached.lessons_version)), *own])
        if versions and versions[0][0] == cached.epoch:
            _catch_up(cached, versions[0][1], lessons)
        else:
            cached = None
    if cached is None:
        cached, found = _read(raw, account, own)
        if cached.epoch is not None:
            _remember(key, cached)
    if taught:
        for submission_id, value in found[0]:
            taught[submission_id].add(value)
    return cached.context if envelope is None else replace(cached.context, envelope=envelope)


def _remember(key: tuple[URL, str], cached: _Cached) -> None:
    with _lock:
        _cache[key] = cached
        _cache.move_to_end(key)
        while len(_cache) > MAX_CACHED_ACCOUNTS:
            _cache.popitem(last=False)


def _catch_up(cached: _Cached, lessons_version: int, lessons: list[tuple[Any, ...]]) -> None:
    """Add the lessons read above the cached version. Another thread may have added a later read's
    meanwhile: then these may be older than what it added, and are dropped."""
    with _lock:
        if lessons_version > cached.lessons_version:
            cached.learn(lessons)
            cached.lessons_version = lessons_version


def _read(raw: Raw, account: tuple[str], more: list[Read]) -> tuple[_Cached, list[list[tuple[Any, ...]]]]:
    """Everything, and the rows of ``more``, in one round trip on PostgreSQL; the versions first
    (see scan_context)."""
    versions, domains, impersonation, trusted, allow, block, url_ignore, content, lessons, *found = raw.select_all(
        [VERSIONS(account), *(read(account) for read in SETTINGS), LEARNED(account), *more])
    epoch, lessons_version = versions[0] if versions else (None, 0)
    cached = _Cached(epoch, lessons_version, ScanContext(), {})
    cached.learn(lessons)
    cached.context = ScanContext(
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
        learned=cached.learned,
    )
    return cached, found
