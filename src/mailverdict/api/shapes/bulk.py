"""Bulk jobs: the create body (BulkActionRequest) and BulkJobDetail / BulkActionMessageDetail out."""

from __future__ import annotations

from datetime import datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict

from mailverdict.api.schemas import iso
from mailverdict.api.shapes.investigate import DeliveryStatus, Disposition, DispositionLabel, MessageAction, _utc
from mailverdict.services.bulk import BulkRequest
from mailverdict.services.mailbox import Folder
from mailverdict.services.search import SearchParams
from mailverdict.store.models import BulkJob, BulkJobMessage

Action = Literal["MOVE", "RELEASE"]
Status = Literal["PENDING", "DISCOVERING", "PROCESSING", "COMPLETED", "FAILED", "CANCELLED", "SKIPPED"]


class BulkSearchBody(BaseModel):
    model_config = ConfigDict(extra="ignore")
    start: datetime | None = None
    end: datetime | None = None
    query: str | None = None
    detections_only: bool = True
    final_disposition: Disposition | DispositionLabel | None = None
    message_action: MessageAction | None = None
    delivery_status: DeliveryStatus | None = None
    sender: str | None = None
    recipient: str | None = None
    domain: str | None = None
    subject: str | None = None
    exact_subject: str | None = None
    alert_id: str | None = None
    message_id: str | None = None
    metric: str | None = None
    submissions: bool = False
    action_log: bool = False  # deprecated; accepted and ignored


class BulkActionBody(BaseModel):
    action: Action
    search_params: BulkSearchBody
    destination: Folder | None = None
    expected_disposition: DispositionLabel | None = None
    comment: str | None = None

    def request(self) -> BulkRequest:
        s = self.search_params
        search = SearchParams(**{**s.model_dump(exclude={"action_log"}), "start": _utc(s.start), "end": _utc(s.end)})
        return BulkRequest(self.action, search, self.destination.value if self.destination else None,
                           self.expected_disposition, self.comment)


def job(j: BulkJob) -> dict[str, Any]:
    search = {k: v for k, v in j.search_params.items() if k != "submissions" or v}
    return {
        "job_id": j.id,
        "action_type": j.action_type,
        "action_params": j.action_params,
        "search_params": search,
        "comment": j.comment,
        "status": j.status,
        "status_message": j.status_message,
        "total_messages_discovered": j.total_messages_discovered,
        "messages_pending": j.messages_pending,
        "messages_successful": j.messages_successful,
        "messages_failed": j.messages_failed,
        "messages_skipped": j.messages_skipped,
        "messages_cancelled": j.messages_cancelled,
        "created_at": iso(j.created_at),
        "started_at": iso(j.started_at),
        "completed_at": iso(j.completed_at),
    }


def job_message(m: BulkJobMessage, j: BulkJob) -> dict[str, Any]:
    params: dict[str, Any] = {**j.action_params, "client_recipient": m.client_recipient}
    return {
        "message_id": m.id,
        "postfix_id": m.postfix_id,
        "alert_id": m.alert_id,
        "email_message_id": m.email_message_id,
        "action_type": j.action_type,
        "action_params": params,
        "status": m.status,
        "status_message": m.status_message,
        "retry_count": m.retry_count,
        "retry_after": iso(m.retry_after),
        "processed_at": iso(m.processed_at),
        "created_at": iso(m.created_at),
    }
