"""The worker loop: claim a batch, prepare each job outside any transaction, apply in one.

Handlers come in two halves so that the slow part (re-analysing a message) never holds the
database's write lock: ``prepare`` may read and compute, ``apply`` writes inside the worker's
transaction, in a SAVEPOINT per job, together with the job's completion. A job whose ``apply``
commits is done exactly once in effect; one that dies before commit is reclaimed when its lease
expires and runs again, so ``apply`` must be idempotent against its own earlier effect.
"""

from __future__ import annotations

import logging
import os
import socket
import threading
import time
import traceback
import uuid
from collections.abc import Mapping
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
        handlers: Mapping[str, Handler],
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

    def run_once(self) -> int:
        """Reclaim expired leases when due, then process one batch; returns how many jobs were claimed."""
        with self.db.write() as session:
            if time.monotonic() - self._last_reclaim >= self.reclaim_every:
                self._reclaim(session)
            jobs = queue.claim(session, worker=self.name, limit=self.batch_size, lease_seconds=self.lease_seconds)
        if not jobs:
            return 0
        prepared, errors, owned = self._prepare(jobs)
        with self.db.write() as session:
            for job in jobs:
                if job.id not in owned:
                    continue
                if job.id in errors:
                    self._record_failure(session, job, errors[job.id])
                else:
                    self._apply(session, job, prepared[job.id])
        self.stats.batches += 1
        return len(jobs)

    def _prepare(self, jobs: list[queue.ClaimedJob]) -> tuple[dict[int, Any], dict[int, str], set[int]]:
        """Prepare each job outside any transaction; returns results, errors and the ids still ours.

        A handler may define ``begin_batch``/``end_batch`` to share reads between the jobs of one batch.
        """
        present = {id(h): h for h in (self.handlers.get(job.kind) for job in jobs) if h is not None}
        hooked = [h for h in present.values() if hasattr(h, "begin_batch") and hasattr(h, "end_batch")]
        for handler in hooked:
            handler.begin_batch()
        try:
            return self._prepare_each(jobs)
        finally:
            for handler in hooked:
                handler.end_batch()

    def _prepare_each(self, jobs: list[queue.ClaimedJob]) -> tuple[dict[int, Any], dict[int, str], set[int]]:
        leased_at = time.monotonic()
        owned = {job.id for job in jobs}
        prepared: dict[int, Any] = {}
        errors: dict[int, str] = {}
        for job in jobs:
            if time.monotonic() - leased_at > self.lease_seconds / 2:
                # A slow batch: extend the leases before they run out and another worker steps in.
                owned, leased_at = self._extend([j for j in jobs if j.id in owned]), time.monotonic()
            if job.id not in owned:
                continue
            handler = self.handlers.get(job.kind)
            if handler is None:
                errors[job.id] = f"no handler for job kind {job.kind!r}"
                continue
            try:
                prepared[job.id] = handler.prepare(self.db, job.payload)
            except Exception:
                errors[job.id] = traceback.format_exc(limit=5)
        return prepared, errors, owned

    def _apply(self, session: Session, job: queue.ClaimedJob, prepared: Any) -> None:
        """Apply and complete in one SAVEPOINT; on a handler error roll it back and record the failure."""
        try:
            with session.begin_nested():
                self.handlers[job.kind].apply(session, job.payload, prepared)
                if not queue.complete(session, job, worker=self.name):
                    raise LostLease(job.id)
        except LostLease:
            self.stats.lost += 1
            log.warning("job %s: lease lost before completion; its new owner will finish it", job.id)
        except Exception:
            self._record_failure(session, job, traceback.format_exc(limit=5))
        else:
            self.stats.completed += 1

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
        """Loop until ``stop()``; with ``stop_when_idle``, return once no job is runnable."""
        while not self.stopping.is_set():
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


class LostLease(Exception):
    pass
