"""Group commit: concurrent writers share COMMITs; each one's error stays its own."""

from __future__ import annotations

import threading
from collections.abc import Callable

import pytest
from sqlalchemy import event, func, insert, select
from sqlalchemy.orm import Session

from mailverdict.errors import NotFound
from mailverdict.store.db import Database
from mailverdict.store.models import Account


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
