"""The queue's transitions on real SQLite and PostgreSQL: each writes a job_events row, leases own jobs."""

from __future__ import annotations

import multiprocessing
import multiprocessing.queues
import os
import threading
import time
from datetime import timedelta

import pytest
from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError

from mailverdict.jobs import queue
from mailverdict.jobs.retry import RetryPolicy
from mailverdict.store.db import Database
from mailverdict.store.models import Job, JobEvent, JobStatus
from mailverdict.store.types import utcnow

NO_WAIT = RetryPolicy(base_seconds=0, max_seconds=0)


def events(db: Database, job_id: int) -> list[str]:
    with db.read() as s:
        return list(s.scalars(select(JobEvent.transition).where(JobEvent.job_id == job_id).order_by(JobEvent.id)))


def job_row(db: Database, job_id: int) -> Job:
    with db.read() as s:
        job = s.get(Job, job_id)
        assert job is not None
        return job


def add(db: Database, n: int = 1, *, max_attempts: int = 5, kind: str = "test") -> list[int]:
    with db.write() as s:
        return [queue.enqueue(s, kind, {"n": i}, max_attempts=max_attempts) for i in range(n)]


def claim(db: Database, limit: int = 10, lease: float = 30, worker: str = "w1") -> list[queue.ClaimedJob]:
    with db.write() as s:
        return queue.claim(s, worker=worker, limit=limit, lease_seconds=lease)


def expire(db: Database, job_id: int) -> None:
    with db.write() as s:
        s.execute(update(Job).where(Job.id == job_id).values(lease_expires_at=utcnow() - timedelta(seconds=1)))


def test_enqueue_writes_an_event_and_commits_with_the_callers_transaction(db: Database) -> None:
    [job_id] = add(db)
    assert job_row(db, job_id).status is JobStatus.TODO
    assert events(db, job_id) == ["enqueued"]
    with pytest.raises(RuntimeError), db.write() as s:
        queue.enqueue(s, "test", {})
        raise RuntimeError("the caller's work failed")
    with db.read() as s:
        assert queue.counts(s) == {"todo": 1}


def test_claim_then_complete(db: Database) -> None:
    [job_id] = add(db)
    [job] = claim(db, worker="w1")
    row = job_row(db, job_id)
    assert (row.status, row.attempts, row.locked_by, row.lease_token) == (JobStatus.DOING, 1, "w1", job.lease_token)
    assert row.lease_expires_at is not None and row.lease_expires_at > utcnow()
    assert job.attempts == 1 and job.payload == {"n": 0}
    with db.write() as s:
        assert queue.complete(s, [job], worker="w1") == {job_id}
    row = job_row(db, job_id)
    assert (row.status, row.lease_token, row.lease_expires_at) == (JobStatus.DONE, None, None)
    assert row.finished_at is not None
    assert events(db, job_id) == ["enqueued", "started", "completed"]
    assert claim(db) == []


def test_claim_takes_oldest_first_up_to_the_limit_under_one_lease(db: Database) -> None:
    ids = add(db, 5)
    first = claim(db, limit=3)
    assert [j.id for j in first] == ids[:3]
    assert len({j.lease_token for j in first}) == 1
    assert [j.id for j in claim(db, limit=3)] == ids[3:]


def test_fail_retries_after_backoff_then_dead(db: Database) -> None:
    [job_id] = add(db, max_attempts=2)
    [job] = claim(db)
    with db.write() as s:
        assert queue.fail(s, job, worker="w1", error="boom 1", policy=RetryPolicy(base_seconds=60)) is JobStatus.TODO
    row = job_row(db, job_id)
    assert row.status is JobStatus.TODO and row.last_error == "boom 1"
    assert row.run_after > utcnow() + timedelta(seconds=55)
    assert claim(db) == [], "not due before its backoff"
    with db.write() as s:
        s.execute(update(Job).values(run_after=utcnow()))
    [job] = claim(db)
    assert job.attempts == 2
    with db.write() as s:
        assert queue.fail(s, job, worker="w1", error="boom 2", policy=NO_WAIT) is JobStatus.DEAD
    row = job_row(db, job_id)
    assert (row.status, row.last_error) == (JobStatus.DEAD, "boom 2") and row.finished_at is not None
    assert events(db, job_id) == ["enqueued", "started", "retried", "started", "dead"]
    assert claim(db) == []


def test_stale_lease_token_changes_nothing(db: Database) -> None:
    [job_id] = add(db)
    [stale] = claim(db, worker="w1")
    expire(db, job_id)
    with db.write() as s:
        assert queue.reclaim_expired(s, worker="w2").requeued == 1
    [fresh] = claim(db, worker="w2")
    assert fresh.lease_token != stale.lease_token
    before = events(db, job_id)
    with db.write() as s:
        assert queue.complete(s, [stale], worker="w1") == set()
        assert queue.fail(s, stale, worker="w1", error="late", policy=NO_WAIT) is None
        assert queue.heartbeat(s, [stale], lease_seconds=30) == set()
    row = job_row(db, job_id)
    assert (row.status, row.lease_token, row.locked_by) == (JobStatus.DOING, fresh.lease_token, "w2")
    assert events(db, job_id) == before == ["enqueued", "started", "reclaimed", "started"]
    with db.write() as s:
        assert queue.complete(s, [fresh], worker="w2") == {job_id}


def test_heartbeat_extends_the_lease(db: Database) -> None:
    [job_id] = add(db)
    [job] = claim(db, lease=1)
    with db.write() as s:
        assert queue.heartbeat(s, [job], lease_seconds=600) == {job_id}
    expires = job_row(db, job_id).lease_expires_at
    assert expires is not None and expires > utcnow() + timedelta(seconds=590)


def test_complete_takes_a_batch_and_completes_only_the_jobs_still_ours(db: Database) -> None:
    ids = add(db, 3)
    batch = claim(db, worker="w1")
    expire(db, ids[1])
    with db.write() as s:
        assert queue.reclaim_expired(s, worker="w2").requeued == 1
    [taken] = claim(db, worker="w2")
    with db.write() as s:
        assert queue.complete(s, batch, worker="w1") == {ids[0], ids[2]}
    assert [job_row(db, i).status for i in ids] == [JobStatus.DONE, JobStatus.DOING, JobStatus.DONE]
    assert events(db, ids[1]) == ["enqueued", "started", "reclaimed", "started"]
    with db.write() as s:  # two claims at once: each token counts for its own jobs only
        assert queue.heartbeat(s, [*batch, taken], lease_seconds=60) == {ids[1]}
        assert queue.complete(s, [*batch, taken], worker="w2") == {ids[1]}
    assert [events(db, i).count("completed") for i in ids] == [1, 1, 1]


def test_reclaim_expired_requeues_and_counts(db: Database) -> None:
    ids = add(db, 3)
    claim(db)
    expire(db, ids[0])
    expire(db, ids[2])
    with db.write() as s:
        reclaimed = queue.reclaim_expired(s, worker="w2")
    assert (reclaimed.requeued, reclaimed.dead) == (2, [])
    assert [job_row(db, i).status for i in ids] == [JobStatus.TODO, JobStatus.DOING, JobStatus.TODO]
    assert events(db, ids[0])[-1] == "reclaimed"
    again = claim(db)
    assert [(j.id, j.attempts) for j in again] == [(ids[0], 2), (ids[2], 2)]


def test_lease_expiring_on_the_final_attempt_dead_letters_visibly(db: Database) -> None:
    [job_id] = add(db, max_attempts=1)
    claim(db)
    expire(db, job_id)
    with db.write() as s:
        reclaimed = queue.reclaim_expired(s, worker="w2")
    assert reclaimed.requeued == 0
    assert [(d.id, d.kind, d.payload) for d in reclaimed.dead] == [(job_id, "test", {"n": 0})]
    row = job_row(db, job_id)
    assert (row.status, row.last_error) == (JobStatus.DEAD, queue.LEASE_EXPIRED_ON_FINAL_ATTEMPT)
    assert events(db, job_id) == ["enqueued", "started", "dead"]
    with db.read() as s:
        assert queue.counts(s) == {"dead": 1}


def test_dedupe_refuses_a_second_open_job_with_the_same_key(db: Database) -> None:
    with db.write() as s:
        queue.enqueue(s, "test", {}, dedupe_key="submission:1")
    with pytest.raises(IntegrityError), db.write() as s:
        queue.enqueue(s, "test", {}, dedupe_key="submission:1")
    [job] = claim(db)
    with pytest.raises(IntegrityError), db.write() as s:
        queue.enqueue(s, "test", {}, dedupe_key="submission:1")  # doing is open too
    with db.write() as s:
        queue.complete(s, [job], worker="w1")
        queue.enqueue(s, "test", {}, dedupe_key="submission:1")  # once done, the key is free
        queue.enqueue(s, "test", {}, dedupe_key="submission:2")
    with db.read() as s:
        assert queue.counts(s) == {"done": 1, "todo": 2}


def test_concurrent_claimers_never_get_the_same_job(db: Database) -> None:
    ids = add(db, 200)
    taken: list[list[int]] = [[] for _ in range(4)]
    start = threading.Barrier(4)

    def claimer(n: int) -> None:
        start.wait()
        while batch := claim(db, limit=7, worker=f"w{n}"):
            taken[n].extend(j.id for j in batch)
            time.sleep(0.002)  # as if working on the batch: lets the other claimers in

    threads = [threading.Thread(target=claimer, args=(n,)) for n in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    everything = [i for t in taken for i in t]
    assert sorted(everything) == ids, "every job claimed exactly once"
    assert sum(1 for t in taken if t) >= 2, "the claimers really ran side by side"
    with db.read() as s:
        started = s.scalars(select(JobEvent.job_id).where(JobEvent.transition == "started")).all()
    assert sorted(started) == ids


def _claim_in_process(url: str, out: multiprocessing.queues.Queue[list[int]], start: float) -> None:
    db = Database(url)
    taken: list[int] = []
    while time.time() < start:
        time.sleep(0.001)
    while batch := claim(db, limit=5, worker=f"pid{os.getpid()}"):
        taken.extend(j.id for j in batch)
    db.dispose()
    out.put(taken)


@pytest.mark.slow
def test_claimers_in_separate_processes_never_get_the_same_job(db: Database) -> None:
    ids = add(db, 150)
    context = multiprocessing.get_context("spawn")
    out: multiprocessing.queues.Queue[list[int]] = context.Queue()
    start = time.time() + 2  # spawned interpreters need a moment; then all begin together
    procs = [context.Process(target=_claim_in_process, args=(db.url, out, start)) for _ in range(3)]
    for p in procs:
        p.start()
    taken = [out.get(timeout=60) for _ in procs]
    for p in procs:
        p.join(timeout=10)
        assert p.exitcode == 0
    assert sorted(i for t in taken for i in t) == ids
