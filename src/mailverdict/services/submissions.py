"""Reclassification requests: taking them (in one transaction with their job) and listing them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import Select, asc, desc, func, insert, or_, select, update
from sqlalchemy.orm import Session

from mailverdict import ids
from mailverdict.engine import Disposition
from mailverdict.errors import InvalidInput, NotFound
from mailverdict.jobs import queue
from mailverdict.services.accounts import Principal
from mailverdict.services.messages import Delivery, new_message
from mailverdict.services.outcome import SUBMITTED
from mailverdict.settings import Settings
from mailverdict.store.db import Database
from mailverdict.store.models import ActionLog, Message, Submission
from mailverdict.store.types import aware, utcnow

REANALYZE = "reanalyze_submission"
EARLIEST = datetime.min.replace(tzinfo=UTC)


def reclassify(
    db: Database,
    settings: Settings,
    principal: Principal,
    *,
    account_id: str,
    investigate_id: str,
    expected_disposition: Disposition,
    eml: bytes | None = None,
    escalated_submission_id: str | None = None,
) -> Submission:
    """Record a submission and its reanalysis job atomically; the job does the rest.

    This is the API's hot path: it runs under group commit (concurrent requests share one
    COMMIT) and writes with a handful of plain statements rather than ORM flushes.
    """
    now = utcnow()
    submission = Submission(
        id=ids.new_submission_id(),
        account_id=account_id,
        type="Team",
        requested_by=principal.label,
        requested_at=now,
        requested_disposition=expected_disposition.value,
        status=SUBMITTED,
        escalated_from_user=False,
    )

    def write(session: Session) -> None:
        original = session.execute(
            select(Message.id, Message.subject, Message.postfix_id, Message.edf_hash, Message.scan_disposition,
                   Message.post_delivery_operations)
            .where(Message.account_id == account_id, Message.investigate_id == investigate_id)
        ).first()
        if original is None:
            raise NotFound(f"no message with investigate_id '{investigate_id}' in this account")
        submission.message_id = original.id
        submission.subject = original.subject
        submission.original_postfix_id = original.postfix_id
        submission.original_edf_hash = original.edf_hash
        submission.original_disposition = original.scan_disposition
        escalated = _escalated_from(session, account_id, escalated_submission_id)
        if escalated is not None:
            submission.escalated_submission_id = escalated.id
            submission.escalated_from_user = escalated.type == "User"
        if eml is not None:
            uploaded = new_message(session, account_id, eml,
                                   Delivery(source="submission", delivery_mode="REVIEW_SUBMISSION"), received_at=now)
            uploaded.is_phish_submission = True
            submission.uploaded_message_id = uploaded.id
        session.execute(insert(Submission).values(_columns(submission)))
        if escalated is not None:
            escalated.customer_status = "escalated"
            escalated.escalated_as = expected_disposition.value
            escalated.escalated_at = now
            escalated.escalated_by = principal.label
            escalated.escalated_submission_id = submission.id
        ops = list(original.post_delivery_operations or [])
        if "SUBMISSION" not in ops:
            session.execute(update(Message).where(Message.id == original.id)
                            .values(post_delivery_operations=[*ops, "SUBMISSION"]))
        session.execute(insert(ActionLog).values(
            message_id=original.id, operation="SUBMISSION", status="pending", success=True, started_at=now,
            completed_at=None, properties={"requested_by": principal.label, "submission_id": submission.id,
                                           "requested_disposition": expected_disposition.value},
        ))
        queue.enqueue(session, REANALYZE, {"submission_id": submission.id},
                      max_attempts=settings.job_max_attempts, dedupe_key=f"submission:{submission.id}")

    db.write_grouped(write)
    return submission


def _columns(row: Submission) -> dict[str, Any]:
    return {c.key: getattr(row, c.key) for c in Submission.__table__.columns if getattr(row, c.key) is not None}


def _escalated_from(session: Session, account_id: str, submission_id: str | None) -> Submission | None:
    if submission_id is None:
        return None
    found = session.get(Submission, submission_id)
    if found is None or found.account_id != account_id:
        raise InvalidInput(f"escalated_submission_id '{submission_id}' names no submission of this account")
    return found


@dataclass(frozen=True, slots=True)
class SubmissionFilter:
    start: datetime | None = None
    end: datetime | None = None
    type: str | None = None  # TEAM | USER
    submission_id: str | None = None
    original_disposition: str | None = None
    requested_disposition: str | None = None
    outcome_disposition: str | None = None
    status: str | None = None
    query: str | None = None
    escalated_from_user: bool | None = None
    order: str = "requested_at"
    direction: str = "desc"
    page: int = 1
    per_page: int = 20


ORDERABLE: dict[str, Any] = {
    "submission_id": Submission.id,
    "subject": Submission.subject,
    "original_disposition": Submission.original_disposition,
    "requested_disposition": Submission.requested_disposition,
    "outcome_disposition": Submission.outcome_disposition,
    "requested_at": Submission.requested_at,
}


def list_submissions(db: Database, account_id: str, f: SubmissionFilter) -> tuple[list[Submission], int]:
    end = aware(f.end) or utcnow()
    # Thirty days before ``end``, or the earliest time there is when ``end`` is nearer than that.
    start = aware(f.start) or (end - timedelta(days=30) if end - EARLIEST > timedelta(days=30) else EARLIEST)
    if start > end:
        raise InvalidInput("start must not be after end")
    query: Select[Submission] = select(Submission).where(
        Submission.account_id == account_id, Submission.requested_at >= start, Submission.requested_at <= end
    )
    if f.type:
        query = query.where(Submission.type == f.type.title())
    if f.submission_id:
        query = query.where(Submission.id == f.submission_id)
    for column, value in (
        (Submission.original_disposition, f.original_disposition),
        (Submission.requested_disposition, f.requested_disposition),
        (Submission.outcome_disposition, f.outcome_disposition),
    ):
        if value:
            query = query.where(column == value)
    if f.status:
        query = query.where(func.lower(Submission.status) == f.status.lower())
    if f.escalated_from_user is not None:
        query = query.where(Submission.escalated_from_user.is_(f.escalated_from_user))
    for term in (f.query or "").split():
        like = f"%{term.lower()}%"
        query = query.where(
            or_(
                func.lower(Submission.subject).like(like),
                func.lower(Submission.requested_by).like(like),
                Submission.id == term,
                Submission.original_postfix_id == term,
                func.lower(Submission.outcome).like(like),
            )
        )
    column = ORDERABLE[f.order]
    ordering = desc if f.direction == "desc" else asc
    with db.read() as session:
        total = session.scalar(select(func.count()).select_from(query.subquery())) or 0
        rows = session.scalars(
            query.order_by(ordering(column), ordering(Submission.id))
            .offset((f.page - 1) * f.per_page)
            .limit(f.per_page)
        ).all()
    return list(rows), total

