"""Group commit: concurrent writers share COMMITs; each one's error stays its own."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable

import pytest
from sqlalchemy import event, func, insert, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from mailverdict.errors import NotFound
from mailverdict.store.db import Database
from mailverdict.store.models import Account
from mailverdict.store.rows import Raw
from mailverdict.store.types import utcnow


def _add(account_id: str) -> Callable[[Session], str]:
    def write(session: Session) -> str:
        session.execute(insert(Account).values(id=account_id, name="g"))
        return account_id

    return write


def _count(db: Database) -> int:
    with db.read() as session:
        return int(session.scalar(select(func.count()).select_from(Account)) or 0)


def test_concurrent_writers_share_commits(db: Database) -> None:
    commits: list[int] = []

    def count_commit(conn: object) -> None:
        commits.append(1)

    event.listen(db.writer, "commit", count_commit)
    try:
        results: list[object] = []
        threads = [threading.Thread(target=lambda n=n: results.append(db.write_grouped(_add(f"{n:032x}"))))  # type: ignore[misc]
                   for n in range(64)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    finally:
        event.remove(db.writer, "commit", count_commit)
    assert sorted(results) == sorted(f"{n:032x}" for n in range(64))  # type: ignore[type-var]
    assert _count(db) == 64
    if db.dialect == "sqlite":  # PostgreSQL commits each caller's transaction itself
        assert 1 <= len(commits) < 64


def test_a_failing_piece_rolls_back_alone(db: Database) -> None:
    def bad(session: Session) -> None:
        session.execute(insert(Account).values(id="b" * 32, name="doomed"))
        raise NotFound("nothing here")

    errors: list[BaseException] = []

    def run_bad() -> None:
        try:
            db.write_grouped(bad)
        except NotFound as exc:
            errors.append(exc)

    threads = [threading.Thread(target=run_bad)] + [
        threading.Thread(target=db.write_grouped, args=(_add(f"{n:032x}"),)) for n in range(8)
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert [e.message for e in errors] == ["nothing here"]  # type: ignore[attr-defined]
    assert _count(db) == 8


def test_a_constraint_violation_is_raised_to_its_caller(db: Database) -> None:
    db.write_grouped(_add("c" * 32))
    with pytest.raises(Exception, match=r"UNIQUE|unique|duplicate"):
        db.write_grouped(_add("c" * 32))
    assert _count(db) == 1


def _add_many(raw: Raw, account_ids: list[str]) -> list[object]:
    """A batch function: refuses ids starting with 'e' (as a value), breaks on ids starting with 'f'."""
    outcomes: list[object] = []
    for account_id in account_ids:
        if account_id.startswith("e"):
            outcomes.append(NotFound(f"refused {account_id}"))
            continue
        raw.insert(Account, [{"id": account_id, "name": "g", "created_at": utcnow()}])
        if account_id.startswith("f"):
            raise RuntimeError("broken batch")
        outcomes.append(account_id)
    return outcomes


def _run_concurrently(calls: list[Callable[[], object]]) -> list[object]:
    results: list[object] = [None] * len(calls)

    def run(i: int) -> None:
        try:
            results[i] = calls[i]()
        except Exception as exc:
            results[i] = exc

    threads = [threading.Thread(target=run, args=(i,)) for i in range(len(calls))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return results


def test_batched_items_are_written_together_and_each_gets_its_own_outcome(db: Database) -> None:
    ids = [f"a{n:031x}" for n in range(40)] + ["e" * 32]
    results = _run_concurrently([lambda i=i: db.write_batched(_add_many, i) for i in ids])  # type: ignore[misc]
    assert results[:40] == ids[:40]
    refused = results[40]
    assert isinstance(refused, NotFound) and refused.message == f"refused {'e' * 32}"
    assert _count(db) == 40


def test_an_item_that_breaks_its_batch_fails_alone(db: Database) -> None:
    ids = [f"b{n:031x}" for n in range(20)] + ["f" * 32]
    calls: list[Callable[[], object]] = [lambda i=i: db.write_batched(_add_many, i) for i in ids]  # type: ignore[misc]
    calls.append(lambda: db.write_grouped(_add("c" * 32)))  # a single piece in the same batches
    results = _run_concurrently(calls)
    assert results[:20] == ids[:20]
    assert isinstance(results[20], RuntimeError)
    assert results[21] == "c" * 32
    with db.read() as session:
        stored = set(session.scalars(select(Account.id)))
    assert stored == {*ids[:20], "c" * 32}  # the broken item's own insert was rolled back


def test_coroutines_wait_for_the_commit_of_their_batch(db: Database) -> None:
    async def main() -> list[object]:
        return list(await asyncio.gather(*(db.write_batched_async(_add_many, f"d{n:031x}") for n in range(50)),
                                         db.write_batched_async(_add_many, "e" * 32), return_exceptions=True))

    results = asyncio.run(main())
    assert results[:50] == [f"d{n:031x}" for n in range(50)]
    assert isinstance(results[50], NotFound)
    assert _count(db) == 50


def test_a_batch_that_fails_to_write_fails_its_callers_and_the_next_one_goes_through(db: Database) -> None:
    db.write_batched(_add_many, "a" * 32)
    with pytest.raises(IntegrityError):
        db.write_batched(_add_many, "a" * 32)
    assert db.write_batched(_add_many, "b" * 32) == "b" * 32
    assert _count(db) == 2


def test_an_item_the_database_refuses_fails_alone(db: Database) -> None:
    # The duplicate is refused by the database, not by the batch function: on PostgreSQL the error
    # first shows at the batch's COMMIT, and the batch is written again piece by piece.
    db.write_batched(_add_many, "a" * 32)

    async def main() -> list[object]:
        return list(await asyncio.gather(*(db.write_batched_async(_add_many, f"b{n:031x}") for n in range(10)),
                                         db.write_batched_async(_add_many, "a" * 32), return_exceptions=True))

    results = asyncio.run(main())
    assert results[:10] == [f"b{n:031x}" for n in range(10)]
    assert isinstance(results[10], IntegrityError)
    assert _count(db) == 11
    assert db.write_batched(_add_many, "c" * 32) == "c" * 32  # the committer's connection still works
