"""The cached scan context sees every change to what it holds, whoever makes it, on both databases.

Each test reads the context once first, so that a change is seen only if the cache notices it.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

import pytest
from sqlalchemy import delete, insert, text, update
from sqlalchemy.exc import IntegrityError

from mailverdict.engine import Disposition, ScanContext
from mailverdict.services import accounts, context
from mailverdict.services.context import scan_context
from mailverdict.services.settings import (
    allow_policies,
    block_senders,
    content_policies,
    crud,
    domains,
    impersonation_registry,
    trusted_domains,
    url_ignore_patterns,
)
from mailverdict.settings import Settings
from mailverdict.store.db import Database
from mailverdict.store.models import Account, Base, LearnedSignature, SettingRow, Submission
from tests.factories import stored, tenant
from tests.services.test_reanalysis import run_batch, submit

DOMAIN = {"allowed_delivery_modes": ["DIRECT"], "regions": ["GLOBAL"]}

# resource, values to create, a change, what the context shows of a row
CASES: list[tuple[crud.Resource[Any], dict[str, Any], dict[str, Any], Callable[[ScanContext], list[Any]]]] = [
    (allow_policies.RESOURCE, {"pattern": "a.example", "pattern_type": "DOMAIN", "is_trusted_sender": True},
     {"pattern": "b.example"}, lambda c: [p.pattern for p in c.allow_patterns]),
    (block_senders.RESOURCE, {"pattern": "x@a.example", "pattern_type": "EMAIL"}, {"pattern": "y@a.example"},
     lambda c: [p.pattern for p in c.block_patterns]),
    (trusted_domains.RESOURCE, {"pattern": "a.example"}, {"pattern": "b.example"}, lambda c: list(c.trusted_domains)),
    (impersonation_registry.RESOURCE, {"name": "Ada", "email": "ada@a.example"}, {"email": "ada@b.example"},
     lambda c: [e.email for e in c.impersonation_registry]),
    (url_ignore_patterns.RESOURCE, {"pattern": r"https://a\.example/"}, {"pattern": r"https://b\.example/"},
     lambda c: list(c.url_ignore_patterns)),
    (content_policies.RESOURCE, {"name": "p", "pattern": "invoice", "targets": ["SUBJECT"]}, {"pattern": "lottery"},
     lambda c: [p.pattern for p in c.content_policies]),
    (domains.RESOURCE, {"domain": "a.example", **DOMAIN}, {"domain": "b.example"},
     lambda c: list(c.account_domains)),
]


def scan(db: Database, account_id: str) -> ScanContext:
    with db.read() as session:
        return scan_context(session, account_id)


@pytest.mark.parametrize("resource, values, change, shown", CASES, ids=[c[0].label for c in CASES])
def test_every_settings_write_is_seen_by_the_next_scan(db: Database, resource: crud.Resource[Any],
                                                       values: dict[str, Any], change: dict[str, Any],
                                                       shown: Callable[[ScanContext], list[Any]]) -> None:
    account = accounts.create_account(db).id
    assert shown(scan(db, account)) == []
    assert scan(db, account) is scan(db, account)  # cached: nothing changed
    row = crud.create(db, resource, account, values)
    before = shown(scan(db, account))
    assert len(before) == 1
    crud.update(db, resource, account, row.id, change)
    after = shown(scan(db, account))
    assert len(after) == 1 and after != before
    added = crud.batch(db, resource, account, deletes=[row.id], patches=[], puts=[], posts=[values]).posts[0]
    assert shown(scan(db, account)) == before
    crud.update(db, resource, account, added.id, {**values, **change}, replace=True)
    assert shown(scan(db, account)) == after
    crud.delete(db, resource, account, [added.id])
    assert shown(scan(db, account)) == []


def test_every_settings_table_and_the_lessons_have_their_triggers(db: Database) -> None:
    # A settings table without them would be cached forever by every process that read it.
    settings_tables = {m.class_.__tablename__ for m in Base.registry.mappers if issubclass(m.class_, SettingRow)}
    assert len(settings_tables) >= 8
    with db.read() as session:
        if db.dialect == "sqlite":
            found = session.execute(text("SELECT tbl_name, name FROM sqlite_master WHERE type = 'trigger' "
                                         "AND name LIKE '%\\_context\\_%' ESCAPE '\\'")).all()
        else:
            found = session.execute(text("SELECT event_object_table, trigger_name FROM information_schema.triggers "
                                         "WHERE trigger_name LIKE '%\\_context%'")).all()
    tables = {table for table, _ in found}
    assert settings_tables | {"learned_signatures"} <= tables


def test_a_change_made_by_another_writer_in_plain_sql_is_seen(db: Database) -> None:
    # Another process, another machine, an operator: no code of ours in the writing path.
    account = accounts.create_account(db).id
    row = crud.create(db, trusted_domains.RESOURCE, account, {"pattern": "a.example"})
    assert scan(db, account).trusted_domains == ("a.example",)
    other = Database(db.url)
    try:
        with other.write() as session:
            session.execute(update(type(row)).where(type(row).id == row.id).values(pattern="b.example"))
    finally:
        other.dispose()
    assert scan(db, account).trusted_domains == ("b.example",)


def test_a_batch_of_lessons_is_seen_by_the_next_batch_without_reading_the_rest_again(
        db: Database, settings: Settings) -> None:
    t = tenant(db)
    first = scan(db, t.account_id)
    assert dict(first.learned) == {}
    message = stored(db, t.account_id)
    run_batch(db, [submit(db, settings, t, message, Disposition.NONE)])
    with db.read() as session:
        lessons = {v: Disposition(d) for v, d in session.execute(
            text("SELECT value, disposition FROM learned_signatures WHERE account_id = :a"), {"a": t.account_id})}
    assert lessons  # an accepted submission teaches its fingerprints
    second = scan(db, t.account_id)
    assert dict(second.learned) == lessons
    assert second is first  # caught up in place: only the new lessons were read
    with db.read() as session:
        (submission_id,) = session.scalars(text("SELECT id FROM submissions")).all()
        taught: dict[str, set[str]] = {submission_id: set()}
        scan_context(session, t.account_id, taught=taught)
    assert taught[submission_id] == set(lessons)


def test_lessons_removed_by_a_cascade_or_rewritten_without_a_version_are_seen(
        db: Database, settings: Settings) -> None:
    t = tenant(db)
    run_batch(db, [submit(db, settings, t, stored(db, t.account_id), Disposition.NONE)])
    learned = dict(scan(db, t.account_id).learned)
    assert learned and set(learned.values()) == {Disposition.NONE}
    with db.write() as session:
        session.execute(update(LearnedSignature).values(disposition="SPAM"))
    assert set(scan(db, t.account_id).learned.values()) == {Disposition.SPAM}
    with db.write() as session:
        session.execute(delete(Submission))  # its lessons go with it (ON DELETE CASCADE)
    assert dict(scan(db, t.account_id).learned) == {}


def test_a_lesson_cannot_be_written_without_a_version(db: Database, settings: Settings) -> None:
    t = tenant(db)
    message = stored(db, t.account_id)
    submission_id = submit(db, settings, t, message, Disposition.NONE)["submission_id"]
    with pytest.raises(IntegrityError), db.write() as session:
        session.execute(insert(LearnedSignature).values(account_id=t.account_id, kind="edf", value="x" * 64,
                                                        disposition="NONE", submission_id=submission_id))


def test_an_account_made_again_with_the_same_id_is_not_taken_for_the_old_one(db: Database) -> None:
    account = accounts.create_account(db).id
    crud.create(db, trusted_domains.RESOURCE, account, {"pattern": "a.example"})
    assert scan(db, account).trusted_domains == ("a.example",)
    with db.write() as session:
        session.execute(delete(Account).where(Account.id == account))
    accounts.create_account(db, account_id=account)
    assert scan(db, account).trusted_domains == ()



def test_concurrent_settings_batches_of_one_account_do_not_deadlock(db: Database) -> None:
    # Each write's trigger takes the account's row: without the batch taking it first, two batches
    # holding a settings row each then wait on each other (PostgreSQL; SQLite has one writer).
    account = accounts.create_account(db).id
    ids = [crud.create(db, trusted_domains.RESOURCE, account, {"pattern": f"{n}.example"}).id for n in "ab"]
    errors: list[Exception] = []

    def patch(order: list[str]) -> None:
        for i in range(20):
            try:
                crud.batch(db, trusted_domains.RESOURCE, account, deletes=[], puts=[], posts=[],
                           patches=[(row_id, {"comments": str(i)}) for row_id in order])
            except Exception as exc:
                errors.append(exc)

    threads = [threading.Thread(target=patch, args=(order,)) for order in (ids, ids[::-1])]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []


def test_the_cache_keeps_the_most_recently_used_accounts(db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(context, "MAX_CACHED_ACCOUNTS", 3)
    first, second, third, fourth = [accounts.create_account(db).id for _ in range(4)]
    kept = {account: scan(db, account) for account in (first, second, third)}
    assert scan(db, first) is kept[first]  # used again: now the most recently used
    scan(db, fourth)  # one too many: evicts second, the least recently used
    assert len(context._cache) == 3
    assert scan(db, first) is kept[first] and scan(db, third) is kept[third]
    again = scan(db, second)
    assert again is not kept[second] and again == kept[second]  # read whole again, the same settings
