"""The job queue: a table in the application's own database.

Every status change goes through this module and writes a ``job_events`` row:

    enqueue            -> todo           "enqueued"
    claim              todo -> doing     "started"
    complete           doing -> done     "completed"
    fail               doing -> todo     "retried"   (run_after = now + backoff)
                       doing -> dead     "dead"      (attempts exhausted)
    reclaim_expired    doing -> todo     "reclaimed" (its lease ran out: the worker died or stalled)
                       doing -> dead     "dead"      (the lease of its final attempt ran out)

``enqueue`` takes the caller's session, so the job commits or rolls back with the work that
asked for it. A claimed job is owned through its ``lease_token``: heartbeat/complete/fail only
act while the token still matches, so a worker whose lease expired cannot overwrite its
successor. One claim gives one token to its whole batch: a token names one claim, which is all
the ownership check needs, and it lets the batch be taken with a single UPDATE.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Engine, func, select, update
from sqlalchemy.orm import Session

from mailverdict.jobs.retry import RetryPolicy
from mailverdict.store.dialect import skip_locked
from mailverdict.store.models import Job, JobEvent, JobStatus
from mailverdict.store.rows import Raw
from mailverdict.store.types import utcnow

LEASE_EXPIRED_ON_FINAL_ATTEMPT = "lease expired on the final attempt"


@dataclass(frozen=True, slots=True)
class ClaimedJob:
    id: int
    kind: str
    payload: dict[str, Any]
    attempts: int  # including the one this claim starts
    max_attempts: int
    lease_token: str


@dataclass(frozen=True, slots=True)
class DeadJob:
    """A job dead-lettered by ``reclaim_expired``; its handler's ``on_dead`` still has to run."""

    id: int
    kind: str
    payload: dict[str, Any]
    error: str


@dataclass(slots=True)
class Reclaimed:
    requeued: int = 0
    dead: list[DeadJob] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class NewJob:
    payload: dict[str, Any]
    max_attempts: int = 5
    dedupe_key: str | None = None
    run_after: datetime | None = None


def enqueue(
    session: Session,
    kind: str,
    payload: dict[str, Any],
    *,
    max_attempts: int = 5,
    dedupe_key: str | None = None,
    run_after: datetime | None = None,
) -> int:
    """Add a job in the caller's transaction and return its id. A second open job with the same
    dedupe_key is refused by the partial unique index (IntegrityError)."""
    (job_id,) = enqueue_many(session, kind, [NewJob(payload, max_attempts, dedupe_key, run_after)])
    return job_id


def enqueue_many(transaction: Session | Raw, kind: str, jobs: list[NewJob]) -> list[int]:
    """Add jobs of one kind in the caller's transaction (a session's, or a group-commit batch's
    connection); their ids, in no particular order.

    One INSERT per table however many jobs: reclassify requests are enqueued a whole group-commit
    batch at a time.
    """
    now = utcnow()
    raw = transaction if isinstance(transaction, Raw) else Raw.of(transaction)
    job_ids: list[int] = raw.insert(Job, _job_rows(kind, jobs, now), returning="id")
    raw.insert(JobEvent, [{"job_id": i, "transition": "enqueued", "at": now} for i in job_ids])
    return job_ids


def enqueue_unseen(raw: Raw, kind: str, jobs: list[NewJob]) -> None:
    """``enqueue_many`` for a caller that needs no ids: on PostgreSQL the jobs and their events are one
    statement, so a group-commit batch's pipeline waits for nothing before its COMMIT."""
    now = utcnow()
    raw.insert_linked(Job, _job_rows(kind, jobs, now), "id", JobEvent, "job_id", {"transition": "enqueued", "at": now})


def _job_rows(kind: str, jobs: list[NewJob], now: datetime) -> list[dict[str, Any]]:
    return [{"kind": kind, "payload": job.payload, "status": JobStatus.TODO, "dedupe_key": job.dedupe_key,
             "attempts": 0, "max_attempts": job.max_attempts, "run_after": job.run_after or now, "created_at": now}
            for job in jobs]


def claim(session: Session, *, worker: str, limit: int, lease_seconds: float) -> list[ClaimedJob]:
    """Take up to ``limit`` due ``todo`` jobs, oldest first, under one new lease."""
    now = utcnow()
    connection = session.connection()  # plain statements, none of the ORM's bookkeeping
    rows = connection.execute(
        select(Job.id, Job.attempts, Job.max_attempts, Job.kind, Job.payload)
        .where(Job.status == JobStatus.TODO, Job.run_after <= now)
        .order_by(Job.run_after, Job.id)
        .limit(limit)
        .with_for_update(skip_locked=_skip_locked(session))
    ).all()
    if not rows:
        return []
    token = secrets.token_hex(16)
    ids = [row.id for row in rows]
    connection.execute(
        update(Job)
        .where(Job.id.in_(ids))
        .values(status=JobStatus.DOING, attempts=Job.attempts + 1, lease_token=token,
                lease_expires_at=now + timedelta(seconds=lease_seconds), locked_by=worker)
    )
    _events(session, [{"job_id": i, "transition": "started", "worker": worker, "at": now} for i in ids])
    return [ClaimedJob(r.id, r.kind, dict(r.payload), r.attempts + 1, r.max_attempts, token) for r in rows]


def reclaim_expired(session: Session, *, worker: str, limit: int = 500) -> Reclaimed:
    """Put jobs whose lease ran out back in the queue, or dead-letter them on their last attempt.

    Workers call this on their own every few seconds, so after a worker is killed its jobs run
    again without anyone having to schedule a sweeper.
    """
    now = utcnow()
    rows = session.execute(
        select(Job.id, Job.attempts, Job.max_attempts, Job.kind, Job.payload)
        .where(Job.status == JobStatus.DOING, Job.lease_expires_at < now)
        .order_by(Job.id)
        .limit(limit)
        .with_for_update(skip_locked=_skip_locked(session))
    ).all()
    result = Reclaimed()
    requeue = [r.id for r in rows if r.attempts < r.max_attempts]
    dead = [r for r in rows if r.attempts >= r.max_attempts]
    cleared = {"lease_token": None, "lease_expires_at": None}
    if requeue:
        session.execute(
            update(Job).where(Job.id.in_(requeue))
            .values(status=JobStatus.TODO, run_after=now, last_error="lease expired", **cleared)
            .execution_options(synchronize_session=False)
        )
        result.requeued = len(requeue)
    if dead:
        session.execute(
            update(Job).where(Job.id.in_([r.id for r in dead]))
            .values(status=JobStatus.DEAD, finished_at=now, last_error=LEASE_EXPIRED_ON_FINAL_ATTEMPT, **cleared)
            .execution_options(synchronize_session=False)
        )
        result.dead = [DeadJob(r.id, r.kind, dict(r.payload), LEASE_EXPIRED_ON_FINAL_ATTEMPT) for r in dead]
    _events(session, [{"job_id": i, "transition": "reclaimed", "worker": worker, "at": now} for i in requeue]
            + [{"job_id": r.id, "transition": "dead", "worker": worker, "at": now,
                "detail": LEASE_EXPIRED_ON_FINAL_ATTEMPT} for r in dead])
    return result


def heartbeat(session: Session, jobs: list[ClaimedJob], *, lease_seconds: float) -> set[int]:
    """Extend the leases; returns the ids still ours."""
    expires = utcnow() + timedelta(seconds=lease_seconds)
    owned: set[int] = set()
    for token, ids in _by_claim(jobs).items():
        owned.update(session.scalars(
            update(Job)
            .where(Job.id.in_(ids), Job.lease_token == token, Job.status == JobStatus.DOING)
            .values(lease_expires_at=expires)
            .returning(Job.id)
            .execution_options(synchronize_session=False)
        ))
    return owned


def complete(session: Session, jobs: list[ClaimedJob], *, worker: str) -> set[int]:
    """Mark done in the caller's transaction (the same one as the jobs' effects); returns the ids
    that were still ours, the only ones whose effects the caller may write.

    One UPDATE per claim (in practice one per batch) rather than one per job. On PostgreSQL it
    also locks the rows until commit, so no other worker can reclaim them in the meantime.
    """
    now = utcnow()
    done: set[int] = set()
    for token, ids in _by_claim(jobs).items():
        # On the session's connection: a plain statement, none of the ORM's bulk-update bookkeeping.
        done.update(session.connection().execute(
            update(Job)
            .where(Job.id.in_(ids), Job.lease_token == token, Job.status == JobStatus.DOING)
            .values(status=JobStatus.DONE, lease_token=None, lease_expires_at=None, last_error=None, finished_at=now)
            .returning(Job.id)
        ).scalars())
    # In the batch's order, once per job (a job may be listed under an old claim and its new one).
    ordered = dict.fromkeys(job.id for job in jobs if job.id in done)
    _events(session, [{"job_id": i, "transition": "completed", "worker": worker, "at": now} for i in ordered])
    return done


def _by_claim(jobs: list[ClaimedJob]) -> dict[str, list[int]]:
    """Job ids by lease token: a token is checked against its own claim's jobs only."""
    claims: dict[str, list[int]] = {}
    for job in jobs:
        claims.setdefault(job.lease_token, []).append(job.id)
    return claims


def fail(session: Session, job: ClaimedJob, *, worker: str, error: str, policy: RetryPolicy) -> JobStatus | None:
    """Record a failed attempt: back to todo with backoff, or dead when attempts are spent.

    Returns the new status, or None when the lease was no longer ours (nothing changed).
    """
    now = utcnow()
    decision = policy.decide(attempts=job.attempts, max_attempts=job.max_attempts, now=now)
    if decision.retry:
        ok = _transition(session, job, JobStatus.TODO, "retried", worker, error, run_after=decision.run_after)
        return JobStatus.TODO if ok else None
    ok = _transition(session, job, JobStatus.DEAD, "dead", worker, error, finished_at=now)
    return JobStatus.DEAD if ok else None


def _transition(
    session: Session, job: ClaimedJob, status: JobStatus, event: str, worker: str, detail: str | None,
    **values: Any,
) -> bool:
    result = session.execute(
        update(Job)
        .where(Job.id == job.id, Job.lease_token == job.lease_token, Job.status == JobStatus.DOING)
        .values(status=status, lease_token=None, lease_expires_at=None, last_error=detail, **values)
        .execution_options(synchronize_session=False)
    )
    if not result.rowcount:  # type: ignore[attr-defined]
        return False
    _events(session, [{"job_id": job.id, "transition": event, "worker": worker, "detail": detail, "at": utcnow()}])
    return True


def _events(session: Session, rows: list[dict[str, Any]]) -> None:
    # Through Raw, not ORM objects: a batch of N jobs costs one statement and little per row.
    if rows:
        Raw.of(session).insert(JobEvent, [{"detail": None, **row} for row in rows])


def _skip_locked(session: Session) -> bool:
    """PostgreSQL skips rows other claimers hold; SQLite's IMMEDIATE transactions already serialize."""
    bind = session.get_bind()
    return bool(skip_locked(bind if isinstance(bind, Engine) else bind.engine))


def counts(session: Session) -> dict[str, int]:
    """Jobs per status, for ``mailverdict`` status output and the tests."""
    rows = session.execute(select(Job.status, func.count()).group_by(Job.status)).all()
    return {JobStatus(status).value: n for status, n in rows}
