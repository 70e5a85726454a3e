"""store.rows: many rows in one statement, stored exactly as the ORM would store them."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta, timezone

import pytest
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from mailverdict.store.db import Database
from mailverdict.store.models import Account, Job, JobEvent, JobStatus, RawMessage
from mailverdict.store.rows import MAX_PARAMETERS, Raw, Read


def _job(n: int, when: datetime) -> dict[str, object]:
    return {"kind": "k", "payload": {"n": n, "nested": [1, "two"]}, "status": JobStatus.TODO,
            "dedupe_key": f"key-{n}", "attempts": 0, "max_attempts": 3, "run_after": when, "created_at": when}


def test_rows_read_back_through_the_orm_as_written(db: Database) -> None:
    when = datetime(2026, 11, 24, 12, 30, tzinfo=UTC) + timedelta(microseconds=123)
    with db.write() as session:
        ids = Raw.of(session).insert(Job, [_job(n, when) for n in range(3)], returning="id")
    assert len(set(ids)) == 3
    with db.read() as session:
        jobs = session.scalars(select(Job).where(Job.id.in_(ids)).order_by(Job.dedupe_key)).all()
    assert [j.payload for j in jobs] == [{"n": n, "nested": [1, "two"]} for n in range(3)]
    assert {j.status for j in jobs} == {JobStatus.TODO}
    assert {j.run_after for j in jobs} == {when}
    assert [j.dedupe_key for j in jobs] == ["key-0", "key-1", "key-2"]


def test_more_rows_than_one_statement_takes(db: Database) -> None:
    when = datetime.now(UTC)
    count = MAX_PARAMETERS // len(_job(0, when)) + 5
    with db.write() as session:
        ids = Raw.of(session).insert(Job, [_job(n, when) for n in range(count)], returning="id")
    assert len(set(ids)) == count


def test_linked_rows_name_their_parents_keys(db: Database) -> None:
    when = datetime(2026, 11, 24, 12, 30, tzinfo=UTC) + timedelta(microseconds=7)
    count = MAX_PARAMETERS // len(_job(0, when)) + 5  # two statements on PostgreSQL
    with db.write() as session:
        Raw.of(session).insert_linked(Job, [_job(n, when) for n in range(count)], "id", JobEvent, "job_id",
                                      {"transition": "enqueued", "at": when})
    with db.read() as session:
        jobs = set(session.scalars(select(Job.id)))
        events = session.execute(select(JobEvent.job_id, JobEvent.transition, JobEvent.at)).all()
    assert len(jobs) == count
    assert sorted(events) == sorted((job_id, "enqueued", when) for job_id in jobs)


def test_constraint_violations_are_sqlalchemy_errors(db: Database) -> None:
    when = datetime.now(UTC)
    with pytest.raises(IntegrityError), db.write() as session:  # the open-job dedupe index
        Raw.of(session).insert(Job, [_job(1, when), _job(1, when)], returning="id")
    with db.read() as session:
        assert session.scalars(select(Job)).all() == []


def test_an_upsert_updates_the_rows_whose_keys_exist_and_inserts_the_others(db: Database) -> None:
    when = datetime(2026, 11, 24, 12, 30, tzinfo=UTC)
    later = when + timedelta(hours=1)
    upsert = (("id",), ("name", "created_at"))
    with db.write() as session:
        Raw.of(session).insert(Account, [{"id": "a", "name": "first", "created_at": when}], upsert=upsert)
    with db.write() as session:
        raw = Raw.of(session)
        with raw.pipelined():
            raw.insert(Account, [{"id": "a", "name": "changed", "created_at": later},
                                 {"id": "b", "name": "new", "created_at": later}], upsert=upsert)
            raw.sync()
    with db.read() as session:
        assert session.execute(select(Account.id, Account.name, Account.created_at).order_by(Account.id)).all() == [
            ("a", "changed", later), ("b", "new", later)]


def test_selected_and_updated_values_are_the_orms(db: Database) -> None:
    when = datetime(2026, 11, 24, 12, 30, tzinfo=UTC) + timedelta(microseconds=7)
    with db.write() as session:
        raw = Raw.of(session)
        ids = raw.insert(Job, [_job(n, when) for n in range(3)], returning="id")
        first, second = sorted(ids)[:2]
        raw.update(Job, "id", [{"payload": {"changed": True}, "attempts": 1, "id": first},
                               {"payload": [], "attempts": 2, "id": second}])
        found = raw.select_in(Job, ("id", "payload", "run_after", "attempts"), "id", [*ids, -1])
    with db.read() as session:
        stored = [(j.id, j.payload, j.run_after, j.attempts) for j in session.scalars(select(Job))]
    assert sorted(found, key=str) == sorted(stored, key=str)  # JSON decoded, datetimes aware, as the ORM reads
    changed = sorted((row[0], row[1], row[3]) for row in found if row[0] in (first, second))
    assert changed == [(first, {"changed": True}, 1), (second, [], 2)]
    assert {row[2] for row in found} == {when}


def test_more_rows_updated_than_one_statement_takes_each_value_as_the_orm_binds_it(db: Database) -> None:
    when = datetime(2026, 11, 24, 12, 30, tzinfo=UTC)
    later = when + timedelta(microseconds=5)
    changes = {"payload": {"done": [1]}, "status": JobStatus.DONE, "lease_token": None, "last_error": "it's 100%",
               "finished_at": later}
    count = MAX_PARAMETERS // (len(changes) + 1) + 5
    with db.write() as session:
        raw = Raw.of(session)
        ids = raw.insert(Job, [_job(n, when) for n in range(count + 1)], returning="id")
        kept, *changed = sorted(ids)
        with raw.pipelined():
            raw.update(Job, "id", [{**changes, "id": i} for i in changed])
            raw.sync()
    with db.read() as session:
        rows = session.execute(select(Job.id, Job.payload, Job.status, Job.lease_token, Job.last_error,
                                      Job.finished_at)).all()
    assert sorted(rows) == sorted([(kept, {"n": 0, "nested": [1, "two"]}, JobStatus.TODO, None, None, None)]
                                  + [(i, *changes.values()) for i in changed])


def test_a_binary_read_gives_what_a_text_read_does(db: Database) -> None:
    when = datetime(2026, 11, 24, 12, 30, tzinfo=UTC) + timedelta(microseconds=9)
    content = bytes(range(256)) * 100
    with db.write() as session:
        raw = Raw.of(session)
        job_ids = tuple(raw.insert(Job, [_job(n, when) for n in range(3)], returning="id"))
        raw_ids = tuple(raw.insert(RawMessage, [{"sha256": "0" * 64, "size": len(content), "content": content}],
                                   returning="id"))
    with db.read() as session:
        reads = [Read(Job, ("id", "payload", "status", "run_after", "dedupe_key"), "id", job_ids),
                 Read(RawMessage, ("id", "content"), "id", raw_ids)]
        text = Raw.of(session).select_all(reads)
        binary = Raw.of(session).select_all([replace(read, binary=True) for read in reads])
    assert [sorted(rows) for rows in binary] == [sorted(rows) for rows in text]
    assert binary[1] == [(raw_ids[0], content)] and {row[3] for row in binary[0]} == {when}


@pytest.mark.parametrize("dialect_name", ["sqlite", "postgresql"])
def test_timestamps_are_bound_as_the_column_type_binds_them(dialect_name: str) -> None:
    from sqlalchemy.dialects import postgresql, sqlite

    from mailverdict.store.rows import _bind_processors

    dialect = (sqlite.dialect if dialect_name == "sqlite" else postgresql.psycopg.dialect)()
    table = Job.__table__
    (fast,) = _bind_processors(table, ("run_after",), dialect)  # type: ignore[arg-type]
    general = table.c.run_after.type._cached_bind_processor(dialect)
    assert fast is not None and general is not None
    paris = timezone(timedelta(hours=1))
    for value in [datetime(2026, 11, 24, 12, 30, 5, 123456, tzinfo=UTC), datetime(2026, 1, 1, tzinfo=UTC),
                  datetime(1, 1, 1, 1, tzinfo=paris), datetime(999, 12, 31, 23, 59, 59, 1, tzinfo=UTC),
                  datetime(2026, 6, 1, 8, tzinfo=paris), None]:
        assert fast(value) == general(value)
    with pytest.raises(ValueError, match="naive"):
        fast(datetime(2026, 1, 1))


def test_reads_sent_together_come_back_each_in_its_order_as_the_orm_reads_them(db: Database) -> None:
    when = datetime(2026, 11, 24, 12, 30, tzinfo=UTC)
    with db.write() as session:
        raw = Raw.of(session)
        ids = raw.insert(Job, [_job(n, when - timedelta(minutes=n)) for n in range(3)], returning="id")
        newest_last, payloads, none = raw.select_all([
            Read(Job, ("dedupe_key",), "kind", ("k",), order_by="run_after"),
            Read(Job, ("id", "payload"), "id", tuple(sorted(ids)[:2])),
            Read(Job, ("id",), "id", ()),
        ])
    assert newest_last == [("key-2",), ("key-1",), ("key-0",)]
    first, second = sorted(ids)[:2]
    assert sorted(payloads) == [(first, {"n": 0, "nested": [1, "two"]}), (second, {"n": 1, "nested": [1, "two"]})]
    assert none == []


def test_a_read_inside_a_pipeline_leaves_its_errors_to_the_pipelines_sync(db: Database) -> None:
    when = datetime.now(UTC)
    with pytest.raises(IntegrityError), db.write() as session:
        raw = Raw.of(session)
        with raw.pipelined():
            raw.select_in(Job, ("id",), "kind", ["k"])
            raw.insert(Job, [_job(1, when), _job(1, when)])
            raw.sync()
