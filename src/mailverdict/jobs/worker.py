"""The worker loop: claim a batch, prepare each job outside any transaction, apply in one.

Handlers come in two halves so that the slow part (re-analysing a message) never holds the
database's write lock: ``prepare`` may read and compute, ``apply`` writes inside the worker's
transaction, in a SAVEPOINT per job, together with the job's completion. A job whose ``apply``
commits is done exactly once in effect; one that dies before commit is reclaimed when its lease
expires and runs again.
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
    failed: int = 0
    dead: int = 0
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

    def run_once(self) -> int:
        """Process one batch; returns how many jobs were claimed."""
        with self.db.write() as session:
            jobs = queue.claim(session, worker=self.name, limit=self.batch_size, lease_seconds=self.lease_seconds)
        if not jobs:
            return 0
        prepared: dict[int, Any] = {}
        errors: dict[int, str] = {}
        for job in jobs:
            handler = self.handlers.get(job.kind)
            if handler is None:
                errors[job.id] = f"no handler for job kind {job.kind!r}"
                continue
            try:
                prepared[job.id] = handler.prepare(self.db, job.payload)
            except Exception:
                errors[job.id] = traceback.format_exc(limit=5)
        with self.db.write() as session:
            for job in jobs:
                error = errors.get(job.id)
                if error is None:
                    try:
                        with session.begin_nested():
                            self.handlers[job.kind].apply(session, job.payload, prepared[job.id])
                            if not queue.complete(session, job, worker=self.name):
                                raise LostLease(job.id)
                        self.stats.completed += 1
                        continue
                    except LostLease:
                        log.warning("job %s: lease lost before completion; its new owner will finish it", job.id)
                        continue
                    except Exception:
                        error = traceback.format_exc(limit=5)
                self._record_failure(session, job, error)
        self.stats.batches += 1
        return len(jobs)

    def _record_failure(self, session: Session, job: queue.ClaimedJob, error: str) -> None:
        status = queue.fail(session, job, worker=self.name, error=error, policy=self.policy)
        self.stats.failed += 1
        log.warning("job %s (%s) attempt %s failed: %s", job.id, job.kind, job.attempts, error.strip()[-300:])
        if status is JobStatus.DEAD:
            self.stats.dead += 1
            handler = self.handlers.get(job.kind)
            if handler is not None:
                with session.begin_nested():
                    handler.on_dead(session, job.payload, error)

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
