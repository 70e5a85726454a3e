"""Reclassification requests: taking them (in one transaction with their job) and listing them."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any, Required, TypedDict, Unpack

from sqlalchemy import Select, asc, desc, func, or_, select
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
from mailverdict.store.rows import Raw
from mailverdict.store.types import aware, utcnow

REANALYZE = "reanalyze_submission"
EARLIEST = datetime.min.replace(tzinfo=UTC)


class ReclassifyRequest(TypedDict, total=False):
    account_id: Required[str]
    investigate_id: Required[str]
    expected_disposition: Required[Disposition]
    eml: bytes | None
    escalated_submission_id: str | None


def reclassify(db: Database, settings: Settings, principal: Principal,
               **asked: Unpack[ReclassifyRequest]) -> Submission:
    """Record a submission and its reanalysis job atomically; the job does the rest."""
    request = _Request.new(settings, principal, asked)
    if request.plain:
        db.write_batched(_record, request)
    else:
        db.write_grouped(request.write_with_extras)
    return Submission(**request.row)


async def reclassify_async(db: Database, settings: Settings, principal: Principal,
                           **asked: Unpack[ReclassifyRequest]) -> str:
    """``reclassify`` for the API's event loop, its hot path: a plain request (no upload, no
    escalation) waits for its batch's COMMIT without taking a thread. Returns the submission id."""
    request = _Request.new(settings, principal, asked)
    if request.plain:
        await db.write_batched_async(_record, request)
    else:
        await asyncio.to_thread(db.write_grouped, request.write_with_extras)
    return str(request.row["id"])


@dataclass(frozen=True, slots=True)
class _Request:
    """One reclassify request on its way to the database.

    Every request commits under group commit (concurrent requests share one COMMIT); the plain
    ones are written together by ``_record``, one statement per table for the whole batch.
    """

    row: dict[str, Any]  # the submission's columns; _record fills in what it reads of the original
    investigate_id: str
    max_attempts: int
    eml: bytes | None
    escalated_submission_id: str | None

    @classmethod
    def new(cls, settings: Settings, principal: Principal, asked: ReclassifyRequest) -> _Request:
        row = dict.fromkeys(SUBMISSION_COLUMNS) | {
            "id": ids.new_submission_id(),
            "account_id": asked["account_id"],
            "type": "Team",
            "requested_by": principal.label,
            "requested_at": utcnow(),
            "requested_disposition": asked["expected_disposition"].value,
            "status": SUBMITTED,
            "escalated_from_user": False,
            "reanalysis": {},
        }
        return cls(row, asked["investigate_id"], settings.job_max_attempts, asked.get("eml"),
                   asked.get("escalated_submission_id"))

    @property
    def plain(self) -> bool:
        return self.eml is None and self.escalated_submission_id is None

    def write_with_extras(self, session: Session) -> None:
        """Write a request that uploads an EML or escalates another submission."""
        row = self.row
        escalated = _escalated_from(session, row["account_id"], self.escalated_submission_id)
        if escalated is not None:
            row["escalated_submission_id"] = escalated.id
            row["escalated_from_user"] = escalated.type == "User"
        if self.eml is not None:
            uploaded = new_message(session, row["account_id"], self.eml,
                                   Delivery(source="submission", delivery_mode="REVIEW_SUBMISSION"),
                                   received_at=row["requested_at"])
            uploaded.is_phish_submission = True
            row["uploaded_message_id"] = uploaded.id
        (outcome,) = _record(Raw.of(session), [self])
        if outcome is not None:
            raise outcome
        if escalated is not None:
            escalated.customer_status = "escalated"
            escalated.escalated_as = row["requested_disposition"]
            escalated.escalated_at = row["requested_at"]
            escalated.escalated_by = row["requested_by"]
            escalated.escalated_submission_id = row["id"]


SUBMISSION_COLUMNS = tuple(column.key for column in Submission.__table__.columns)
ORIGINAL_COLUMNS = ("id", "account_id", "investigate_id", "subject", "postfix_id", "edf_hash", "scan_disposition",
                    "post_delivery_operations")


def _record(raw: Raw, requests: list[_Request]) -> list[NotFound | None]:
    """Insert the submissions, their action log entries and jobs for a batch of requests.

    Each request's original message is looked up here, in the writing transaction, so it cannot
    vanish between the check and the insert. A request whose message is not in its account gets
    NotFound and writes nothing.
    """
    originals = {(found[1], found[2]): found for found in
                 raw.select_in(Message, ORIGINAL_COLUMNS, "investigate_id",
                               sorted({r.investigate_id for r in requests}))}
    outcomes: list[NotFound | None] = []
    rows: list[dict[str, Any]] = []
    marked: dict[int, list[str]] = {}
    for request in requests:
        row = request.row
        original = originals.get((row["account_id"], request.investigate_id))
        if original is None:
            outcomes.append(NotFound(f"no message with investigate_id '{request.investigate_id}' in this account"))
            continue
        outcomes.append(None)
        rows.append(row)
        message_id, _, _, subject, postfix_id, edf_hash, disposition, operations = original
        row |= {"message_id": message_id, "subject": subject, "original_postfix_id": postfix_id,
                "original_edf_hash": edf_hash, "original_disposition": disposition}
        ops = list(operations or [])
        if "SUBMISSION" not in ops:
            marked[message_id] = [*ops, "SUBMISSION"]
    if not rows:
        return outcomes
    raw.insert(Submission, rows)
    raw.update(Message, "id", [{"post_delivery_operations": ops, "id": mid} for mid, ops in marked.items()])
    raw.insert(ActionLog, [
        {"message_id": row["message_id"], "operation": "SUBMISSION", "status": "pending", "success": True,
         "started_at": row["requested_at"], "completed_at": None,
         "properties": {"requested_by": row["requested_by"], "submission_id": row["id"],
                        "requested_disposition": row["requested_disposition"]}}
        for row in rows
    ])
    by_id = {request.row["id"]: request.max_attempts for request in requests}
    queue.enqueue_unseen(raw, REANALYZE, [
        queue.NewJob({"submission_id": row["id"]}, max_attempts=by_id[row["id"]], dedupe_key=f"submission:{row['id']}")
        for row in rows
    ])
    return outcomes


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

