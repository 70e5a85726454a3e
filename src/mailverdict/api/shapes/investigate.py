"""Investigate: query parameters and bodies in, MessageDetails' companions out (as the spec shapes them)."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Annotated, Any, Literal

from fastapi import Query, Request
from pydantic import BaseModel, ConfigDict, Field

from mailverdict.api.schemas import iso
from mailverdict.errors import InvalidInput
from mailverdict.services import trace
from mailverdict.services.mailbox import Folder
from mailverdict.services.remediation import Moved, Released
from mailverdict.services.search import SearchParams
from mailverdict.store.models import ActionLog, Message

Disposition = Literal["MALICIOUS", "SUSPICIOUS", "SPOOF", "SPAM", "BULK", "NONE"]
DispositionLabel = Literal["MALICIOUS", "MALICIOUS-BEC", "SUSPICIOUS", "SPOOF", "SPAM", "BULK", "ENCRYPTED",
                           "EXTERNAL", "UNKNOWN", "NONE"]
DeliveryStatus = Literal["delivered", "moved", "quarantined", "rejected", "deferred", "bounced", "queued",
                         "move_failed"]
MessageAction = Literal["PREVIEW", "QUARANTINE_RELEASED", "MOVED"]
JSON_BODY_LIMIT = 1024 * 1024  # a thousand ids with room to spare


def _utc(value: datetime | None) -> datetime | None:
    return value.replace(tzinfo=UTC) if value is not None and value.tzinfo is None else value


def search_params(
    start: datetime | None = None,
    end: datetime | None = None,
    query: str | None = None,
    detections_only: bool = True,
    final_disposition: Disposition | None = None,
    metric: str | None = None,
    message_action: MessageAction | None = None,
    recipient: str | None = None,
    sender: str | None = None,
    alert_id: str | None = None,
    domain: str | None = None,
    message_id: str | None = None,
    subject: str | None = None,
    delivery_status: DeliveryStatus | None = None,
    smtp_helo_ip: str | None = None,
) -> SearchParams:
    """GET /investigate's filters (the deprecated ``action_log`` flag is accepted and ignored)."""
    return SearchParams(
        start=_utc(start), end=_utc(end), query=query, detections_only=detections_only,
        final_disposition=final_disposition, metric=metric, message_action=message_action, recipient=recipient,
        sender=sender, alert_id=alert_id, domain=domain, message_id=message_id, subject=subject,
        delivery_status=delivery_status, smtp_helo_ip=smtp_helo_ip,
    )


class Paging(BaseModel):
    cursor: str | None = None
    per_page: int = 20
    page: int | None = None


def paging(cursor: str | None = None, per_page: Annotated[int, Query(ge=1, le=1000)] = 20,
           page: Annotated[int | None, Query(ge=1)] = None) -> Paging:
    return Paging(cursor=cursor, per_page=per_page, page=page)


class MoveBody(BaseModel):
    destination: Folder
    expected_disposition: DispositionLabel | None = None  # accepted; nonfunctional, as in the later spec


class BulkMoveBody(MoveBody):
    ids: list[str] | None = Field(default=None, max_length=1000)
    postfix_ids: list[str] | None = Field(default=None, max_length=1000)  # deprecated


class PreviewBody(BaseModel):
    """c92b9b0 sends ``postfix_id``; SDK 5.9.0 sends ``id`` (an investigate id)."""

    model_config = ConfigDict(extra="ignore")
    id: str | None = None
    postfix_id: str | None = None


def cursor_info(per_page: int, count: int, next_cursor: str | None, previous: str | None) -> dict[str, Any]:
    # page and total_count are deprecated and always 0 (CursorResultInfo).
    return {"count": count, "per_page": per_page, "next": next_cursor, "previous": previous, "page": 0,
            "total_count": 0}


def action_entry(entry: ActionLog) -> dict[str, Any]:
    """An ActionEntry (GET .../action_log). Reclassifications are submissions in this enum."""
    keys = ("folder", "requested_by", "requested_disposition", "submission_id")
    properties = {k: str(entry.properties[k]) for k in keys if entry.properties.get(k) is not None}
    return {
        "operation": "SUBMISSION" if entry.operation == "RECLASSIFY" else entry.operation,
        "status": entry.status,
        "success": entry.success,
        "started_at": iso(entry.started_at),
        "completed_at": iso(entry.completed_at),
        "properties": properties,
    }


def detections(message: Message, record: dict[str, Any]) -> dict[str, Any]:
    """MessageDetectionDetails from the verdict record stored at scan time."""
    return {
        "action": "QUARANTINE" if message.is_quarantined else (
            "DELIVER" if message.final_disposition in (None, "NONE") else "FLAG"),
        "final_disposition": message.final_disposition,
        "attachments": [{**a, "name": a.get("filename")} for a in record.get("attachments", [])],
        "findings": [
            {"name": f.get("name"), "detail": f.get("description"), "value": "; ".join(f.get("evidence", [])) or None,
             "score": f.get("score"), "reason": f.get("group"), "field": None, "portion": None, "attachment": None,
             # Here detection is a DispositionLabel, never null: the verdict the findings added up to.
             "detection": message.scan_disposition or message.final_disposition or "UNKNOWN"}
            for f in record.get("findings", [])
        ],
        "headers": [{"name": str(h[0]), "value": str(h[1])} for h in record.get("headers", [])],
        "links": [{"href": link["href"], "text": link.get("text")} for link in record.get("links", [])],
        "sender_info": {"ip": message.smtp_previous_hop_ip, "as_name": None, "as_number": None, "geo": None,
                        "pld": _pld(message.envelope_from or message.from_address)},
        "threat_categories": [{"id": i + 1, "name": name, "description": None}
                              for i, name in enumerate(message.threat_categories or [])],
        "validation": message.validation or {"spf": None, "dkim": None, "dmarc": None, "comment": None},
    }


def _pld(address: str | None) -> str | None:
    """The sender's registered domain, approximated as the last two labels."""
    if not address or "@" not in address:
        return None
    labels = address.rpartition("@")[2].lower().split(".")
    return ".".join(labels[-2:])


def message_trace(found: trace.Trace) -> dict[str, Any]:
    def lines(events: list[Any]) -> list[dict[str, Any]]:
        return [{"lineno": i + 1, "logged_at": iso(e.logged_at), "ts": iso(e.logged_at), "message": e.text}
                for i, e in enumerate(events)]

    return {"inbound": {"lines": lines(found.inbound), "pending": False},
            "outbound": {"lines": lines(found.outbound), "pending": False}}


def move_item(moved: Moved) -> dict[str, Any]:
    r = moved.result
    return {
        "success": r.success,
        "status": r.status,
        "operation": "MOVE",
        "destination": r.folder,
        "recipient": r.recipient or None,
        "message_id": moved.message.message_id,
        "completed_at": iso(moved.completed_at),
        "completed_timestamp": iso(moved.completed_at),
        "item_count": 1 if r.success else 0,
    }


def release_item(released: Released) -> dict[str, Any]:
    return {"id": released.investigate_id, "postfix_id": released.postfix_id, "delivered": released.delivered,
            "undelivered": released.undelivered, "failed": released.failed}


async def read_json(request: Request, limit: int = JSON_BODY_LIMIT) -> Any:
    """Any JSON body (arrays included, which ``deps.json_body`` refuses), within ``limit`` bytes."""
    declared = request.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > limit:
        raise InvalidInput(f"request body is over the {limit}-byte limit")
    raw = await request.body()
    if len(raw) > limit:
        raise InvalidInput(f"request body is over the {limit}-byte limit")
    if not raw.strip():
        raise InvalidInput("request body is required")
    try:
        return json.loads(raw)
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise InvalidInput(f"malformed JSON in request body: {exc}") from exc


async def release_ids(request: Request) -> list[str]:
    """The release body: a raw JSON array (c92b9b0, SDK 4) or ``{"ids": [...]}`` (SDK 5.9.0)."""
    data = await read_json(request)
    ids = data.get("ids") if isinstance(data, dict) else data
    if not isinstance(ids, list) or not all(isinstance(i, str) for i in ids):
        raise InvalidInput('request body must be a JSON array of investigate ids or {"ids": [...]}')
    return ids
