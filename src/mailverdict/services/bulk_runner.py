"""The worker side of bulk jobs: discover the messages a search finds, then act on them in batches.

Each step is one queue job (kind ``bulk_job_step``) and enqueues the next one in its own
transaction, so a crash repeats at most one step and a job's counters never drift: a row moves
from pending to exactly one other count in the same commit that changes its status.

* Discovery reads one keyset page of the search per step and writes a row per (message,
  recipient). Phish submissions, messages a RELEASE cannot release (not quarantined) and messages
  a MOVE cannot move (quarantined) are SKIPPED.
* Processing takes the pending rows of up to ``BATCH`` messages per step. Deliveries for RELEASE happen in
  ``prepare``, outside any transaction; ``apply`` records them and rows cancelled meanwhile are
  left alone.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from mailverdict.jobs import queue
from mailverdict.services import search
from mailverdict.services.bulk import BULK_STEP, TERMINAL, cancel_pending, search_params_from
from mailverdict.services.delivery import DeliveryAgent, Outcome, Parcel, deliver_safely
from mailverdict.services.mailbox import Folder, Mailbox
from mailverdict.services.messages import raw_bytes
from mailverdict.services.remediation import move_one, recipients, record_release
from mailverdict.store.db import Database
from mailverdict.store.models import BulkJob, BulkJobMessage, Message
from mailverdict.store.types import utcnow

BATCH = 200
DISCOVER_PAGE = 500


@dataclass
class Prepared:
    row_ids: list[str] = field(default_factory=list)
    outcomes: dict[int, dict[str, Outcome]] = field(default_factory=dict)


class BulkJobHandler:
    def __init__(self, mailbox: Mailbox, agent: DeliveryAgent, *, max_attempts: int = 5) -> None:
        self.mailbox = mailbox
        self.agent = agent
        self.max_attempts = max_attempts

    def prepare(self, db: Database, payload: dict[str, Any]) -> Prepared | None:
        with db.read() as session:
            job = session.get(BulkJob, payload["job_id"])
            if job is None or job.status != "PROCESSING":
                return None
            # Whole messages per step: a release delivers to all of a message's recipients at once.
            pending = (BulkJobMessage.job_id == job.id) & (BulkJobMessage.status == "PENDING")
            message_ids = session.scalars(select(BulkJobMessage.message_id).where(pending)
                                          .group_by(BulkJobMessage.message_id)
                                          .order_by(func.min(BulkJobMessage.created_at)).limit(BATCH)).all()
            rows = session.scalars(select(BulkJobMessage).where(pending,
                                                                BulkJobMessage.message_id.in_(message_ids))).all()
            prepared = Prepared([r.id for r in rows])
            if job.action_type != "RELEASE":
                return prepared
            wanted: dict[int, list[str]] = defaultdict(list)
            for row in rows:
                wanted[row.message_id].append(row.client_recipient)
            parcels = []
            for message_id, rcpts in wanted.items():
                message = session.get(Message, message_id)
                if message is not None and message.is_quarantined:
                    parcels.append((message_id, Parcel(message.investigate_id, message.postfix_id,
                                                       message.envelope_from, raw_bytes(session, message)), rcpts))
        prepared.outcomes = {mid: deliver_safely(self.agent, parcel, rcpts) for mid, parcel, rcpts in parcels}
        return prepared

    def apply(self, session: Session, payload: dict[str, Any], prepared: Prepared | None) -> None:
        job = session.scalars(select(BulkJob).where(BulkJob.id == payload["job_id"]).with_for_update()).first()
        if job is None or job.status in TERMINAL:
            return
        step = int(payload.get("step", 0)) + 1
        if job.status in ("PENDING", "DISCOVERING"):
            self._discover(session, job, payload.get("cursor"), step)
        elif prepared is not None:
            self._process(session, job, prepared, step)
        else:  # prepared before discovery finished: just look again
            self._next(session, job, step, None)

    def on_dead(self, session: Session, payload: dict[str, Any], error: str) -> None:
        job = session.get(BulkJob, payload["job_id"])
        if job is None or job.status in TERMINAL:
            return
        last = error.strip().splitlines()[-1] if error.strip() else "unknown error"
        cancel_pending(session, job, "FAILED", f"job failed: {last}")
        job.status, job.status_message, job.completed_at = "FAILED", f"processing failed: {last}", utcnow()

    def _next(self, session: Session, job: BulkJob, step: int, cursor: str | None) -> None:
        payload: dict[str, Any] = {"job_id": job.id, "step": step}
        if cursor:
            payload["cursor"] = cursor
        queue.enqueue(session, BULK_STEP, payload, max_attempts=self.max_attempts, dedupe_key=f"bulk:{job.id}:{step}")

    def _discover(self, session: Session, job: BulkJob, cursor: str | None, step: int) -> None:
        if job.status == "PENDING":
            job.status, job.started_at = "DISCOVERING", utcnow()
        params = search_params_from(job.search_params)
        page = search.search(session, job.account_id, params, per_page=DISCOVER_PAGE, cursor=cursor)
        for message in page.rows:
            reason = _skip_reason(job.action_type, message)
            for recipient in recipients(message) or [""]:
                status = "SKIPPED" if reason or not recipient else "PENDING"
                session.add(BulkJobMessage(
                    id=_uuid(), job_id=job.id, message_id=message.id, postfix_id=message.postfix_id,
                    alert_id=_alert_id(message), email_message_id=message.message_id, client_recipient=recipient,
                    status=status, status_message=reason or (None if recipient else "the message has no recipients"),
                    created_at=utcnow()))
                job.total_messages_discovered += 1
                if status == "PENDING":
                    job.messages_pending += 1
                else:
                    job.messages_skipped += 1
        if page.next is not None:
            self._next(session, job, step, page.next)
        elif job.messages_pending:
            job.status = "PROCESSING"
            self._next(session, job, step, None)
        else:
            job.status, job.completed_at = "COMPLETED", utcnow()

    def _process(self, session: Session, job: BulkJob, prepared: Prepared, step: int) -> None:
        rows = session.scalars(select(BulkJobMessage).where(BulkJobMessage.id.in_(prepared.row_ids),
                                                            BulkJobMessage.status == "PENDING")
                               .with_for_update()).all() if prepared.row_ids else []
        by_message: dict[int, list[BulkJobMessage]] = defaultdict(list)
        for row in rows:
            by_message[row.message_id].append(row)
        for message_id, group in by_message.items():
            message = session.get(Message, message_id, with_for_update=True)
            assert message is not None, "rows cascade away with their message"
            results = self._act(session, job, message, group, prepared)
            for row in group:
                status, note = results.get(row.client_recipient, ("SKIPPED", "no longer actionable"))
                self._close(job, row, status, note)
        remaining = session.scalar(select(BulkJobMessage.id).where(BulkJobMessage.job_id == job.id,
                                                                   BulkJobMessage.status == "PENDING").limit(1))
        if remaining is None:
            job.status, job.completed_at = "COMPLETED", utcnow()
        else:
            self._next(session, job, step, None)

    def _act(self, session: Session, job: BulkJob, message: Message, group: list[BulkJobMessage],
             prepared: Prepared) -> dict[str, tuple[str, str | None]]:
        wanted = [row.client_recipient for row in group]
        if job.action_type == "MOVE":
            folder = Folder(job.action_params["destination"])
            moved = move_one(session, self.mailbox, message, folder, job.requested_by, only=wanted)
            return {m.result.recipient: ("COMPLETED" if m.result.success else "FAILED",
                                         None if m.result.success else m.result.status) for m in moved}
        outcome = prepared.outcomes.get(message.id)
        if outcome is None or not message.is_quarantined:
            return {r: ("SKIPPED", "not quarantined any more") for r in wanted}
        record_release(session, self.mailbox, message, outcome, job.requested_by)
        return {r: ("COMPLETED", None) if o is Outcome.DELIVERED else ("FAILED", f"delivery {o.value}")
                for r, o in outcome.items()}

    @staticmethod
    def _close(job: BulkJob, row: BulkJobMessage, status: str, note: str | None) -> None:
        row.status, row.status_message, row.processed_at = status, note, utcnow()
        job.messages_pending -= 1
        if status == "COMPLETED":
            job.messages_successful += 1
        elif status == "FAILED":
            job.messages_failed += 1
        else:
            job.messages_skipped += 1


def _skip_reason(action: str, message: Message) -> str | None:
    if message.is_phish_submission:
        return "phish submissions cannot be actioned"
    if action == "RELEASE" and not message.is_quarantined:
        return "not quarantined"
    if action == "MOVE" and message.is_quarantined:
        return "quarantined: release it before moving it"
    return None


def _alert_id(message: Message) -> str | None:
    if message.final_disposition in (None, "NONE") or message.scanned_at is None:
        return None
    return f"{message.postfix_id}-{message.scanned_at.strftime('%Y-%m-%dT%H:%M:%S')}"


def _uuid() -> str:
    return str(uuid.uuid4())
