"""The worker on real databases, with a handler whose effect is a row, so "exactly once" can be counted."""

from __future__ import annotations

import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from mailverdict.jobs import queue
from mailverdict.jobs.retry import RetryPolicy
from mailverdict.jobs.worker import Worker
from mailverdict.settings import Settings
from mailverdict.store.db import Database
from mailverdict.store.models import Account, Job, JobEvent, JobStatus, Submission
from mailverdict.store.types import utcnow

NO_WAIT = RetryPolicy(base_seconds=0, max_seconds=0)


class Recorder:
    """Each apply adds an account named after the job, so committed effects can be counted.

    Payload flags make it fail: ``fail`` in prepare, ``fail_apply`` after apply wrote its row.
    """

    def __init__(self, before_prepare: Callable[[dict[str, Any]], None] | None = None, delay: float = 0) -> None:
        self.before_prepare = before_prepare
        self.delay = delay
        self.prepared: list[int] = []

    def prepare(self, db: Database, payload: dict[str, Any]) -> str:
        time.sleep(self.delay)
        if self.before_prepare:
            self.before_prepare(payload)
        self.prepared.append(payload["n"])
        if payload.get("fail"):
            raise ValueError(f"cannot prepare {payload['n']}")
        return f"effect:{payload['n']}"

    def apply(self, session: Session, payload: dict[str, Any], prepared: str) -> None:
        session.add(Account(id=uuid.uuid4().hex, name=prepared))
        session.flush()
        if payload.get("fail_apply"):
            raise RuntimeError("apply failed after writing")

    def on_dead(self, session: Session, payload: dict[str, Any], error: str) -> None:
        session.add(Account(id=uuid.uuid4().hex, name=f"dead:{payload['n']}:{error.strip().splitlines()[-1]}"))


def enqueue(db: Database, *payloads: dict[str, Any], max_attempts: int = 3) -> list[int]:
    with db.write() as s:
        return [queue.enqueue(s, "record", p, max_attempts=max_attempts) for p in payloads]


def effects(db: Database) -> dict[str, int]:
    with db.read() as s:
        return dict(s.execute(select(Account.name, func.count()).group_by(Account.name)).all())


def history(db: Database, job_id: int) -> list[str]:
    with db.read() as s:
        return list(s.scalars(select(JobEvent.transition).where(JobEvent.job_id == job_id).order_by(JobEvent.id)))


def worker(db: Database, handler: Recorder, **kwargs: Any) -> Worker:
    kwargs.setdefault("policy", NO_WAIT)
    return Worker(db, {"record": handler}, poll_seconds=0.01, **kwargs)


def ghost_claim(db: Database) -> None:
    """A worker that claims and then dies: its leases are already expired."""
    with db.write() as s:
        queue.claim(s, worker="ghost", limit=100, lease_seconds=30)
        s.execute(update(Job).where(Job.status == JobStatus.DOING)
                  .values(lease_expires_at=utcnow() - timedelta(seconds=1)))


def test_each_job_runs_once(db: Database) -> None:
    ids = enqueue(db, *({"n": n} for n in range(40)))
    stats = worker(db, Recorder(), batch_size=8).run(stop_when_idle=True)
    assert (stats.completed, stats.failed, stats.batches) == (40, 0, 5)
    assert effects(db) == {f"effect:{n}": 1 for n in range(40)}
    assert all(history(db, i) == ["enqueued", "started", "completed"] for i in ids)


def test_the_next_batch_is_claimed_with_a_batchs_effects_and_run_before_the_worker_stops(db: Database) -> None:
    ids = enqueue(db, *({"n": n} for n in range(5)))
    w = worker(db, Recorder(), batch_size=2)
    assert w.run_once() == 2
    assert [history(db, i) for i in ids[1:4]] == [["enqueued", "started", "completed"],
                                                  ["enqueued", "started"], ["enqueued", "started"]]
    w.stop()
    stats = w.run()
    assert (stats.completed, stats.batches) == (4, 2), "what it had claimed ran; it claimed nothing more"
    assert effects(db) == {f"effect:{n}": 1 for n in range(4)}
    assert history(db, ids[4]) == ["enqueued"]


def test_a_failing_handler_is_retried_then_dead_and_on_dead_runs(db: Database) -> None:
    [job_id] = enqueue(db, {"n": 7, "fail": True}, max_attempts=3)
    stats = worker(db, Recorder()).run(stop_when_idle=True)
    assert (stats.completed, stats.failed, stats.dead) == (0, 3, 1)
    assert history(db, job_id) == ["enqueued", "started", "retried", "started", "retried", "started", "dead"]
    assert effects(db) == {"dead:7:ValueError: cannot prepare 7": 1}
    with db.read() as s:
        job = s.get(Job, job_id)
        assert job is not None and job.status is JobStatus.DEAD and "cannot prepare 7" in (job.last_error or "")


def test_an_apply_error_rolls_back_only_that_jobs_effect(db: Database) -> None:
    ids = enqueue(db, *({"n": n, "fail_apply": n == 2} for n in range(5)), max_attempts=2)
    stats = worker(db, Recorder()).run(stop_when_idle=True)
    assert (stats.completed, stats.dead) == (4, 1)
    dead = "dead:2:RuntimeError: apply failed after writing"
    assert effects(db) == {**{f"effect:{n}": 1 for n in (0, 1, 3, 4)}, dead: 1}
    assert history(db, ids[2])[-1] == "dead"


def test_a_job_without_a_handler_is_dead_not_lost(db: Database) -> None:
    with db.write() as s:
        job_id = queue.enqueue(s, "unknown", {}, max_attempts=1)
    stats = worker(db, Recorder()).run(stop_when_idle=True)
    assert stats.dead == 1
    assert history(db, job_id) == ["enqueued", "started", "dead"]


def test_a_dead_workers_jobs_are_reclaimed_and_counted(db: Database) -> None:
    ids = enqueue(db, {"n": 1}, {"n": 2})
    ghost_claim(db)
    stats = worker(db, Recorder()).run(stop_when_idle=True)
    assert (stats.reclaimed, stats.completed) == (2, 2)
    assert effects(db) == {"effect:1": 1, "effect:2": 1}
    assert history(db, ids[0]) == ["enqueued", "started", "reclaimed", "started", "completed"]


def test_a_lease_expiring_on_the_final_attempt_dead_letters_and_runs_on_dead(db: Database) -> None:
    [job_id] = enqueue(db, {"n": 3}, max_attempts=1)
    ghost_claim(db)
    stats = worker(db, Recorder()).run(stop_when_idle=True)
    assert (stats.dead, stats.completed, stats.reclaimed) == (1, 0, 0)
    assert effects(db) == {f"dead:3:{queue.LEASE_EXPIRED_ON_FINAL_ATTEMPT}": 1}
    assert history(db, job_id) == ["enqueued", "started", "dead"]


def test_a_worker_that_lost_its_lease_leaves_the_effect_to_its_successor(db: Database) -> None:
    [job_id] = enqueue(db, {"n": 5})
    successor = worker(db, Recorder(), name="successor")

    def stall(payload: dict[str, Any]) -> None:
        # While the first worker is busy, its lease runs out and another worker takes the job over.
        with db.write() as s:
            s.execute(update(Job).values(lease_expires_at=utcnow() - timedelta(seconds=1)))
        successor.run_once()

    first = worker(db, Recorder(before_prepare=stall), name="first")
    first.run_once()
    assert (first.stats.lost, first.stats.completed) == (1, 0)
    assert (successor.stats.reclaimed, successor.stats.completed) == (1, 1)
    assert effects(db) == {"effect:5": 1}
    assert history(db, job_id) == ["enqueued", "started", "reclaimed", "started", "completed"]


def test_a_slow_batch_keeps_its_leases_alive(db: Database) -> None:
    enqueue(db, *({"n": n} for n in range(3)))
    requeued: list[int] = []

    def other_worker_looks(payload: dict[str, Any]) -> None:
        if payload["n"] == 2:  # at about 1.2 s: past the original lease, within the extended one
            with db.write() as s:
                requeued.append(queue.reclaim_expired(s, worker="other").requeued)

    w = worker(db, Recorder(before_prepare=other_worker_looks, delay=0.4), lease_seconds=1.0)
    w.run_once()
    assert requeued == [0], "the heartbeat extended the leases before they ran out"
    assert (w.stats.completed, w.stats.lost) == (3, 0)
    assert effects(db) == {f"effect:{n}": 1 for n in range(3)}


def test_a_reanalysis_that_keeps_failing_marks_the_submission_failed_with_a_reason(
    db: Database, settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Imported here: the reanalysis handler pulls in the engine, which the queue-level tests above do not need.
    from mailverdict.engine import Disposition
    from mailverdict.services import reanalysis
    from mailverdict.services.accounts import authenticate
    from mailverdict.services.handlers import all_handlers
    from mailverdict.services.submissions import REANALYZE, reclassify
    from tests.factories import stored, tenant

    t = tenant(db)
    message = stored(db, t.account_id)
    principal = authenticate(db, authorization=f"Bearer {t.token}", email=None, key=None)
    submission = reclassify(db, replace(settings, job_max_attempts=2), principal, account_id=t.account_id,
                            investigate_id=message.investigate_id, expected_disposition=Disposition.SPAM)

    def broken_engine(raw: bytes, context: object) -> None:
        raise RuntimeError("engine crashed on this message")

    monkeypatch.setattr(reanalysis, "analyze", broken_engine)
    stats = Worker(db, all_handlers(settings), policy=NO_WAIT, poll_seconds=0.01).run(stop_when_idle=True)
    assert (stats.failed, stats.dead, stats.completed) == (2, 1, 0)
    with db.read() as s:
        row = s.get(Submission, submission.id)
        job = s.scalars(select(Job).where(Job.kind == REANALYZE)).one()
    assert row is not None and row.status == "failed" and row.completed_at is not None
    assert row.outcome == "processing failed after repeated attempts: RuntimeError: engine crashed on this message"
    assert job.status is JobStatus.DEAD
    assert history(db, job.id) == ["enqueued", "started", "retried", "started", "dead"]


class BatchRecorder:
    """Recorder's effects through the batch interface, counting the calls."""

    def __init__(self, before_prepare: Callable[[dict[str, Any]], None] | None = None) -> None:
        self.before_prepare = before_prepare
        self.prepared: list[list[int]] = []
        self.applied: list[list[int]] = []

    def prepare_batch(self, db: Database, payloads: list[dict[str, Any]]) -> Iterator[str | Exception]:
        self.prepared.append([p["n"] for p in payloads])
        if any(p.get("fail_batch") for p in payloads):
            raise ConnectionError("the batch's reads failed")
        for payload in payloads:
            if self.before_prepare:
                self.before_prepare(payload)
            yield ValueError(f"cannot prepare {payload['n']}") if payload.get("fail") else f"effect:{payload['n']}"

    def apply_batch(self, session: Session, items: list[tuple[dict[str, Any], str]]) -> None:
        self.applied.append([payload["n"] for payload, _ in items])
        session.add_all(Account(id=uuid.uuid4().hex, name=prepared) for _, prepared in items)
        session.flush()
        if any(payload.get("fail_apply") for payload, _ in items):
            raise RuntimeError("apply failed after writing")

    def on_dead(self, session: Session, payload: dict[str, Any], error: str) -> None:
        session.add(Account(id=uuid.uuid4().hex, name=f"dead:{payload['n']}:{error.strip().splitlines()[-1]}"))


def batch_worker(db: Database, handler: BatchRecorder, **kwargs: Any) -> Worker:
    return Worker(db, {"record": handler}, poll_seconds=0.01, policy=NO_WAIT, **kwargs)


def test_a_batch_handler_prepares_and_applies_once_per_batch(db: Database) -> None:
    ids = enqueue(db, *({"n": n, "fail": n == 2} for n in range(5)), max_attempts=2)
    handler = BatchRecorder()
    stats = batch_worker(db, handler, batch_size=8).run(stop_when_idle=True)
    assert handler.prepared == [[0, 1, 2, 3, 4], [2]], "a prepare error fails only its own job"
    assert handler.applied == [[0, 1, 3, 4]]
    assert (stats.completed, stats.failed, stats.dead) == (4, 2, 1)
    assert effects(db) == {**{f"effect:{n}": 1 for n in (0, 1, 3, 4)}, "dead:2:ValueError: cannot prepare 2": 1}
    assert history(db, ids[0]) == ["enqueued", "started", "completed"]


def test_a_failing_apply_rolls_back_the_batch_then_applies_one_at_a_time(db: Database) -> None:
    ids = enqueue(db, *({"n": n, "fail_apply": n == 1} for n in range(3)), max_attempts=1)
    handler = BatchRecorder()
    stats = batch_worker(db, handler).run(stop_when_idle=True)
    assert handler.applied == [[0, 1, 2], [0], [1], [2]]
    assert (stats.completed, stats.dead) == (2, 1)
    dead = "dead:1:RuntimeError: apply failed after writing"
    assert effects(db) == {"effect:0": 1, "effect:2": 1, dead: 1}, "the batch's first attempt left nothing behind"
    assert [history(db, i)[-1] for i in ids] == ["completed", "dead", "completed"]
    with db.read() as s:
        assert s.scalar(select(func.count()).where(JobEvent.transition == "completed")) == 2


def test_a_batch_whose_reads_fail_fails_every_job_in_it(db: Database) -> None:
    ids = enqueue(db, {"n": 0}, {"n": 1, "fail_batch": True}, max_attempts=1)
    stats = batch_worker(db, BatchRecorder()).run(stop_when_idle=True)
    assert (stats.failed, stats.dead, stats.completed) == (2, 2, 0)
    assert effects(db) == {"dead:0:ConnectionError: the batch's reads failed": 1,
                           "dead:1:ConnectionError: the batch's reads failed": 1}
    assert all(history(db, i) == ["enqueued", "started", "dead"] for i in ids)


def test_jobs_whose_lease_was_lost_mid_batch_have_no_effect_from_this_worker(db: Database) -> None:
    ids = enqueue(db, *({"n": n} for n in range(3)))

    def taken_over(payload: dict[str, Any]) -> None:
        if payload["n"] == 1:  # meanwhile another worker took job 0 over under its own lease
            with db.write() as s:
                s.execute(update(Job).where(Job.id == ids[0]).values(lease_token="someone-else"))

    handler = BatchRecorder(before_prepare=taken_over)
    w = batch_worker(db, handler)
    assert w.run_once() == 3
    assert handler.applied == [[1, 2]]
    assert (w.stats.completed, w.stats.lost) == (2, 1)
    assert effects(db) == {"effect:1": 1, "effect:2": 1}
    assert history(db, ids[0]) == ["enqueued", "started"], "still the other worker's to finish"


def test_a_handler_is_warmed_up_before_any_job_is_claimed(db: Database) -> None:
    [job_id] = enqueue(db, {"n": 0})
    seen: list[list[str]] = []

    class Warmed(BatchRecorder):
        def warm_up(self) -> None:
            seen.append(history(db, job_id))

    stats = batch_worker(db, Warmed()).run(stop_when_idle=True)
    assert seen == [["enqueued"]]
    assert stats.completed == 1
