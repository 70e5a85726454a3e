"""The worker loop: claim a batch, prepare it outside any transaction, apply it in one.

Handlers come in two halves so that the slow part (re-analysing a message) never holds the
database's write lock: ``prepare`` may read and compute, ``apply`` writes inside the worker's
transaction together with the jobs' completion. A handler may take the whole batch instead
(``prepare_batch``/``apply_batch``), so that its reads and writes cost a statement per batch
rather than per job.

A batch's effects commit in one transaction with its jobs' completion, so a job is done exactly
once in effect; the next batch is claimed in that transaction too, so a busy worker commits once
per batch. A job that dies before that commit is reclaimed when its lease expires and runs
again, so ``apply`` must be idempotent against its own earlier effect. When one job's apply
fails, the batch's SAVEPOINT is rolled back and its jobs are applied again one at a time, each
in its own, so only the failing job's effect is lost (and retried).
"""

from __future__ import annotations

import logging
import os
import socket
import threading
import time
import traceback
import uuid
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any, Protocol

from sqlalchemy.orm import Session

from mailverdict.jobs import queue
from mailverdict.jobs.retry import RetryPolicy
from mailverdict.store.db import Database
from mailverdict.store.models import JobStatus

log = logging.getLogger(__name__)


class Handler(Protocol):
    def prepare(self, db: Database, payload: dict[str, Any]) -> Any: ...

    def apply(self, session: Session, payload: dict[str, Any], prepared: Any) -> None: ...

    def on_dead(self, session: Session, payload: dict[str, Any], error: str) -> None: ...


class BatchHandler(Protocol):
    def prepare_batch(self, db: Database, payloads: list[dict[str, Any]]) -> Iterator[Any]:
        """One result per payload, in order, each computed as it is consumed (the worker extends
        its leases between them); an exception object stands for a payload that failed alone."""
        ...

    def apply_batch(self, session: Session, items: list[tuple[dict[str, Any], Any]]) -> None: ...

    def on_dead(self, session: Session, payload: dict[str, Any], error: str) -> None: ...


@dataclass(frozen=True, slots=True)
class Failed:
    """A job whose prepare failed, with the error to record."""

    error: str


@dataclass
class WorkerStats:
    completed: int = 0
    failed: int = 0  # attempts that failed, whether retried or dead
    dead: int = 0  # jobs this worker dead-lettered (failed finally, or lease expired on the last attempt)
    reclaimed: int = 0  # jobs whose expired lease this worker put back in the queue
    lost: int = 0  # jobs whose lease this worker lost before it could complete them
    batches: int = 0


class Worker:
    def __init__(
        self,
        db: Database,
        handlers: Mapping[str, Handler | BatchHandler],
        *,
        batch_size: int = 32,
        lease_seconds: float = 30.0,
        poll_seconds: float = 0.2,
        policy: RetryPolicy | None = None,
        name: str | None = None,
    ) -> None:
        self.db = db
        self.handlers = handlers
        self.batch_size = batch_size
        self.lease_seconds = lease_seconds
        self.poll_seconds = poll_seconds
        self.policy = policy or RetryPolicy()
        self.name = name or f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:6]}"
        self.stats = WorkerStats()
        self.wake = threading.Event()
        self.stopping = threading.Event()
        # Look for expired leases a few times per lease period: often enough that a killed
        # worker's jobs wait little longer than their lease, rarely enough to cost nothing.
        self.reclaim_every = min(5.0, lease_seconds / 2)
        self._last_reclaim = float("-inf")
        self._ahead: list[queue.ClaimedJob] = []  # claimed with the last batch's effects, not yet run

    def run_once(self) -> int:
        """Process one batch (claimed now, or ahead by the last batch's transaction); returns how
        many jobs it had. Reclaims expired leases whenever a claim is due to."""
        jobs, self._ahead = self._ahead, []
        if not jobs:
            with self.db.write() as session:
                jobs = self._claim(session)
        if not jobs:
            return 0
        prepared, owned = self._prepare(jobs)
        ready: list[queue.ClaimedJob] = []
        with self.db.write() as session:
            for job in (job for job in jobs if job.id in owned):
                result = prepared[job.id]
                if isinstance(result, Failed):
                    self._record_failure(session, job, result.error)
                else:
                    ready.append(job)
            for kind, group in _by_kind(ready).items():
                self._apply(session, self.handlers[kind], group, prepared)
            # The next batch is claimed in this transaction: one COMMIT (one fsync) per batch, not two.
            ahead = [] if self.stopping.is_set() else self._claim(session)
        self._ahead = ahead
        self.stats.batches += 1
        return len(jobs)

    def _claim(self, session: Session) -> list[queue.ClaimedJob]:
        if time.monotonic() - self._last_reclaim >= self.reclaim_every:
            self._reclaim(session)
        return queue.claim(session, worker=self.name, limit=self.batch_size, lease_seconds=self.lease_seconds)

    def _prepare(self, jobs: list[queue.ClaimedJob]) -> tuple[dict[int, Any], set[int]]:
        """Prepare the batch outside any transaction; returns each job's result (or Failed) and the ids still ours."""
        leased_at = time.monotonic()
        owned = {job.id for job in jobs}
        prepared: dict[int, Any] = {}
        for kind, group in _by_kind(jobs).items():
            handler = self.handlers.get(kind)
            if handler is None:
                prepared.update({job.id: Failed(f"no handler for job kind {kind!r}") for job in group})
                continue
            results = _prepare_each(handler, self.db, [job.payload for job in group])
            for job in group:
                if time.monotonic() - leased_at > self.lease_seconds / 2:
                    # A slow batch: extend the leases before they run out and another worker steps in.
                    owned, leased_at = self._extend([j for j in jobs if j.id in owned]), time.monotonic()
                prepared[job.id] = next(results)
        return prepared, owned

    def _apply(self, session: Session, handler: Any, jobs: list[queue.ClaimedJob], prepared: dict[int, Any]) -> None:
        """Complete the jobs still ours and apply their effects, in one SAVEPOINT.

        Completing first tells which jobs are still ours, so a worker whose lease ran out writes
        nothing for them: their new owner will.
        """
        try:
            with session.begin_nested():
                done = queue.complete(session, jobs, worker=self.name)
                _apply_each(handler, session, [(job.payload, prepared[job.id]) for job in jobs if job.id in done])
        except Exception:
            if len(jobs) > 1:
                for job in jobs:
                    self._apply(session, handler, [job], prepared)
            else:
                self._record_failure(session, jobs[0], traceback.format_exc(limit=5))
            return
        self.stats.completed += len(done)
        if len(done) < len(jobs):
            self.stats.lost += len(jobs) - len(done)
            log.warning("%d job(s): lease lost before completion; their new owner will finish them",
                        len(jobs) - len(done))

    def _extend(self, jobs: list[queue.ClaimedJob]) -> set[int]:
        """Heartbeat the batch; returns the ids still ours."""
        with self.db.write() as session:
            owned = queue.heartbeat(session, jobs, lease_seconds=self.lease_seconds)
        self.stats.lost += len(jobs) - len(owned)
        return owned

    def _reclaim(self, session: Session) -> None:
        reclaimed = queue.reclaim_expired(session, worker=self.name)
        self._last_reclaim = time.monotonic()
        self.stats.reclaimed += reclaimed.requeued
        for dead in reclaimed.dead:
            log.error("job %s (%s) dead: %s", dead.id, dead.kind, dead.error)
            self.stats.dead += 1
            self._on_dead(session, dead.kind, dead.payload, dead.error)
        if reclaimed.requeued:
            log.warning("reclaimed %d job(s) whose lease expired", reclaimed.requeued)

    def _record_failure(self, session: Session, job: queue.ClaimedJob, error: str) -> None:
        status = queue.fail(session, job, worker=self.name, error=error, policy=self.policy)
        if status is None:
            self.stats.lost += 1
            return
        self.stats.failed += 1
        log.warning("job %s (%s) attempt %s failed: %s", job.id, job.kind, job.attempts, error.strip()[-300:])
        if status is JobStatus.DEAD:
            self.stats.dead += 1
            self._on_dead(session, job.kind, job.payload, error)

    def _on_dead(self, session: Session, kind: str, payload: dict[str, Any], error: str) -> None:
        handler = self.handlers.get(kind)
        if handler is None:
            return
        try:
            with session.begin_nested():
                handler.on_dead(session, payload, error)
        except Exception:
            # The job stays dead either way; a failing on_dead must not undo the batch's other work.
            log.exception("on_dead for a %s job failed", kind)

    def run(self, *, stop_when_idle: bool = False) -> WorkerStats:
        """Loop until ``stop()``; with ``stop_when_idle``, return once no job is runnable.

        A handler with a ``warm_up()`` method gets it called first, before any job is claimed.
        """
        for kind, handler in self.handlers.items():
            warm_up = getattr(handler, "warm_up", None)
            try:
                if warm_up is not None:
                    warm_up()
            except Exception:
                # Only a head start: the jobs themselves will fail, be retried and dead-lettered as usual.
                log.exception("warming up the %s handler failed", kind)
        # Jobs already claimed ahead are run before stopping, rather than left to wait out their lease.
        while not self.stopping.is_set() or self._ahead:
            try:
                claimed = self.run_once()
            except Exception:
                # A database hiccup must not kill the worker: whatever it held is reclaimed later.
                log.exception("worker batch failed")
                claimed = 0
                time.sleep(self.poll_seconds)
            if claimed:
                continue
            if stop_when_idle:
                break
            self.wake.wait(self.poll_seconds)
            self.wake.clear()
        return self.stats

    def stop(self) -> None:
        self.stopping.set()
        self.wake.set()


def _by_kind(jobs: list[queue.ClaimedJob]) -> dict[str, list[queue.ClaimedJob]]:
    kinds: dict[str, list[queue.ClaimedJob]] = {}
    for job in jobs:
        kinds.setdefault(job.kind, []).append(job)
    return kinds


def _prepare_each(handler: Any, db: Database, payloads: list[dict[str, Any]]) -> Iterator[Any]:
    """One result or Failed per payload, in order, computed as they are consumed."""
    if not hasattr(handler, "prepare_batch"):
        for payload in payloads:
            try:
                yield handler.prepare(db, payload)
            except Exception:
                yield Failed(traceback.format_exc(limit=5))
        return
    given = 0
    try:
        for result in handler.prepare_batch(db, payloads):
            given += 1
            failed = isinstance(result, Exception)
            yield Failed("".join(traceback.format_exception(result, limit=5))) if failed else result
    except Exception:
        # The batch failed as a whole (its reads, say): so does every job still waiting on it.
        error = traceback.format_exc(limit=5)
        for _ in payloads[given:]:
            yield Failed(error)


def _apply_each(handler: Any, session: Session, items: list[tuple[dict[str, Any], Any]]) -> None:
    if hasattr(handler, "apply_batch"):
        handler.apply_batch(session, items)
        return
    for payload, prepared in items:
        handler.apply(session, payload, prepared)
