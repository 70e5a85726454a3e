"""Bulk jobs: MOVE or RELEASE everything a search finds, run by the workers.

Lifecycle (status):  PENDING -> DISCOVERING -> PROCESSING -> COMPLETED
                     any non-terminal -> CANCELLED (cancel)  |  -> FAILED (its job died)

A job's counters always satisfy total = pending + successful + failed + skipped + cancelled; a
CHECK constraint holds the database to it at every commit. Creating a job enqueues its first
worker step in the same transaction (services/bulk_runner.py runs the steps).
"""

from __future__ import annotations

import uuid
from dataclasses import asdict, dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from mailverdict.errors import Conflict, InvalidInput, NotFound
from mailverdict.jobs import queue
from mailverdict.services.search import SearchParams, window
from mailverdict.settings import Settings
from mailverdict.store.db import Database
from mailverdict.store.models import BulkJob, BulkJobMessage
from mailverdict.store.types import utcnow

BULK_STEP = "bulk_job_step"
TERMINAL = frozenset({"COMPLETED", "FAILED", "CANCELLED"})
STATUSES = ("PENDING", "DISCOVERING", "PROCESSING", "COMPLETED", "FAILED", "CANCELLED", "SKIPPED")


@dataclass(frozen=True, slots=True)
class BulkRequest:
    action: str  # MOVE | RELEASE
    search: SearchParams
    destination: str | None = None
    expected_disposition: str | None = None
    comment: str | None = None


def search_params_record(params: SearchParams) -> dict[str, Any]:
    """SearchParams as JSON for the job row (and back through ``search_params_from``)."""
    record = asdict(params)
    for key in ("start", "end"):
        record[key] = record[key].isoformat() if record[key] else None
    return {k: v for k, v in record.items() if v is not None}


def search_params_from(record: dict[str, Any]) -> SearchParams:
    values = dict(record)
    for key in ("start", "end"):
        if values.get(key):
            values[key] = datetime.fromisoformat(values[key])
    return SearchParams(**values)


def create(db: Database, settings: Settings, account_id: str, request: BulkRequest, *,
           requested_by: str | None = None) -> BulkJob:
    if request.action == "MOVE" and not request.destination:
        raise InvalidInput("destination is required when action is MOVE")
    start, end = window(request.search)  # pin the window now: "now" must not drift while it runs
    search = SearchParams(**{**asdict(request.search), "start": start, "end": end})
    params: dict[str, Any] = {"type": request.action}
    if request.action == "MOVE":
        params["destination"] = request.destination
        if request.expected_disposition:
            params["expected_disposition"] = request.expected_disposition
    job = BulkJob(id=str(uuid.uuid4()), account_id=account_id, action_type=request.action, action_params=params,
                  search_params=search_params_record(search), comment=request.comment, requested_by=requested_by,
                  status="PENDING", created_at=utcnow())
    with db.write() as session:
        session.add(job)
        session.flush()
        queue.enqueue(session, BULK_STEP, {"job_id": job.id, "step": 0}, max_attempts=settings.job_max_attempts,
                      dedupe_key=f"bulk:{job.id}:0")
    return job


def _job(session: Session, account_id: str, job_id: str, *, lock: bool = False) -> BulkJob:
    query = select(BulkJob).where(BulkJob.id == job_id, BulkJob.account_id == account_id)
    found = session.scalars(query.with_for_update() if lock else query).first()
    if found is None:
        raise NotFound(f"no bulk job with id '{job_id}' in this account")
    return found


def get(db: Database, account_id: str, job_id: str) -> BulkJob:
    with db.read() as session:
        return _job(session, account_id, job_id)


def list_jobs(db: Database, account_id: str, *, action_type: str | None, status: str | None, page: int,
              per_page: int) -> tuple[list[BulkJob], int]:
    query = select(BulkJob).where(BulkJob.account_id == account_id)
    if action_type:
        query = query.where(BulkJob.action_type == action_type)
    if status:
        query = query.where(BulkJob.status == status)
    with db.read() as session:
        total = session.scalar(select(func.count()).select_from(query.subquery())) or 0
        rows = session.scalars(query.order_by(BulkJob.created_at.desc(), BulkJob.id)
                               .offset((page - 1) * per_page).limit(per_page)).all()
    return list(rows), total


def messages(db: Database, account_id: str, job_id: str, *, status: str | None, page: int,
             per_page: int) -> tuple[list[BulkJobMessage], int]:
    with db.read() as session:
        job = _job(session, account_id, job_id)
        query = select(BulkJobMessage).where(BulkJobMessage.job_id == job.id)
        if status:
            query = query.where(BulkJobMessage.status == status)
        total = session.scalar(select(func.count()).select_from(query.subquery())) or 0
        rows = session.scalars(query.order_by(BulkJobMessage.created_at, BulkJobMessage.id)
                               .offset((page - 1) * per_page).limit(per_page)).all()
    return list(rows), total


def cancel(db: Database, account_id: str, job_id: str) -> BulkJob:
    """Stop a job: its pending messages become cancelled; a finished job cannot be cancelled."""
    with db.write() as session:
        job = _job(session, account_id, job_id, lock=True)
        if job.status in TERMINAL:
            raise Conflict(f"bulk job {job_id} is already {job.status}; only a running job can be cancelled")
        cancel_pending(session, job, "CANCELLED", "cancelled by request")
        job.status = "CANCELLED"
        job.status_message = "cancelled by request"
        job.completed_at = utcnow()
    return job


def cancel_pending(session: Session, job: BulkJob, status: str, reason: str) -> None:
    """Close every pending message of a job as ``status`` and move its count along with it."""
    now = utcnow()
    moved = session.execute(
        update(BulkJobMessage).where(BulkJobMessage.job_id == job.id, BulkJobMessage.status == "PENDING")
        .values(status=status, status_message=reason, processed_at=now)
    ).rowcount  # type: ignore[attr-defined]
    job.messages_pending -= moved
    if status == "CANCELLED":
        job.messages_cancelled += moved
    else:
        job.messages_failed += moved


def delete(db: Database, account_id: str, job_id: str) -> str:
    with db.write() as session:
        job = _job(session, account_id, job_id, lock=True)
        if job.status not in TERMINAL:
            raise Conflict(f"bulk job {job_id} is {job.status}; cancel it or let it finish before deleting it")
        session.delete(job)
    return job_id
