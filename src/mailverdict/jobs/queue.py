"""The job queue: a table in the application's own database.

Every status change goes through this module and writes a ``job_events`` row:

    enqueue            -> todo      "enqueued"
    claim              todo -> doing     "started"  (or "reclaimed" when a lease had expired)
    complete           doing -> done     "completed"
    fail               doing -> todo     "retried"  (run_after = now + backoff)
                       doing -> dead     "dead"     (attempts exhausted)

``enqueue`` takes the caller's session, so the job commits or rolls back with the work that
asked for it. A claimed job is owned through its ``lease_token``: complete/fail only act while
the token still matches, so a worker whose lease expired cannot overwrite its successor.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from sqlalchemy import or_, select, update
from sqlalchemy.orm import Session

from mailverdict.jobs.retry import RetryPolicy
from mailverdict.store.dialect import skip_locked
from mailverdict.store.models import Job, JobEvent, JobStatus
from mailverdict.store.types import utcnow


@dataclass(frozen=True, slots=True)
class ClaimedJob:
    id: int
    kind: str
    payload: dict[str, Any]
    attempts: int
    max_attempts: int
    lease_token: str


def enqueue(
    session: Session, kind: str, payload: dict[str, Any], *, max_attempts: int = 5, dedupe_key: str | None = None
) -> Job:
    job = Job(kind=kind, payload=payload, max_attempts=max_attempts, dedupe_key=dedupe_key)
    session.add(job)
    session.flush()
    session.add(JobEvent(job_id=job.id, transition="enqueued"))
    return job


def claim(session: Session, *, worker: str, limit: int, lease_seconds: float) -> list[ClaimedJob]:
    """Take up to ``limit`` runnable jobs: due ``todo`` jobs and ``doing`` jobs whose lease expired.

    Expired leases are reclaimed here rather than by a separate sweeper, so a job held by a
    killed worker runs again as soon as any worker looks for work.
    """
    now = utcnow()
    runnable = or_(
        (Job.status == JobStatus.TODO) & (Job.run_after <= now),
        (Job.status == JobStatus.DOING) & (Job.lease_expires_at < now),
    )
    bind = session.get_bind()
    rows = session.execute(
        select(Job.id, Job.status, Job.attempts, Job.max_attempts, Job.kind, Job.payload)
        .where(runnable)
        .order_by(Job.run_after, Job.id)
        .limit(limit)
        .with_for_update(**skip_locked(bind.engine if hasattr(bind, "engine") else bind))  # type: ignore[arg-type]
    ).all()
    claimed: list[ClaimedJob] = []
    expires = now + timedelta(seconds=lease_seconds)
    for job_id, status, attempts, max_attempts, kind, payload in rows:
        if status == JobStatus.DOING and attempts >= max_attempts:
            # Its last attempt died mid-run (the lease ran out): dead-letter it, visibly.
            _set(session, job_id, JobStatus.DEAD, "dead", worker, "lease expired on the final attempt",
                 lease_token=None, finished_at=now)
            continue
        token = secrets.token_hex(16)
        session.execute(
            update(Job)
            .where(Job.id == job_id)
            .values(status=JobStatus.DOING, attempts=attempts + 1, lease_token=token,
                    lease_expires_at=expires, locked_by=worker)
        )
        transition = "reclaimed" if status == JobStatus.DOING else "started"
        session.add(JobEvent(job_id=job_id, transition=transition, worker=worker))
        claimed.append(ClaimedJob(job_id, kind, dict(payload), attempts + 1, max_attempts, token))
    return claimed


def heartbeat(session: Session, job: ClaimedJob, *, lease_seconds: float) -> bool:
    """Extend the lease; False when the job is no longer ours."""
    result = session.execute(
        update(Job)
        .where(Job.id == job.id, Job.lease_token == job.lease_token, Job.status == JobStatus.DOING)
        .values(lease_expires_at=utcnow() + timedelta(seconds=lease_seconds))
    )
    return bool(result.rowcount)  # type: ignore[attr-defined]


def complete(session: Session, job: ClaimedJob, *, worker: str) -> bool:
    """Mark done in the caller's transaction (the same one as the job's effect)."""
    return _transition(session, job, JobStatus.DONE, "completed", worker, None, finished_at=utcnow())


def fail(session: Session, job: ClaimedJob, *, worker: str, error: str, policy: RetryPolicy) -> JobStatus | None:
    """Record a failed attempt: back to todo with backoff, or dead when attempts are spent."""
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
    )
    if not result.rowcount:  # type: ignore[attr-defined]
        return False
    session.add(JobEvent(job_id=job.id, transition=event, worker=worker, detail=detail))
    return True


def _set(session: Session, job_id: int, status: JobStatus, event: str, worker: str, detail: str,
         **values: Any) -> None:
    session.execute(update(Job).where(Job.id == job_id).values(status=status, last_error=detail, **values))
    session.add(JobEvent(job_id=job_id, transition=event, worker=worker, detail=detail))


def counts(session: Session) -> dict[str, int]:
    from sqlalchemy import func

    rows = session.execute(select(Job.status, func.count()).group_by(Job.status)).all()
    return {str(status.value if isinstance(status, JobStatus) else status): n for status, n in rows}
