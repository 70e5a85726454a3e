"""Looking at one message: search page, detections, raw source, trace, action log and preview.

Detections come from the verdict record stored with the message at scan time, so they explain
the disposition the message was given, not what today's engine would say.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from mailverdict.errors import InvalidInput, NotFound
from mailverdict.services import preview, search, trace
from mailverdict.services.messages import get_message, log_action, raw_bytes
from mailverdict.store.db import Database
from mailverdict.store.models import ActionLog, Message


@dataclass(frozen=True, slots=True)
class Found:
    """One search page with each message's action log (the deprecated inline field)."""

    page: search.Page
    logs: dict[int, list[ActionLog]]


def similar_counts(db: Database, account_id: str, hashes: set[str], start: datetime, end: datetime) -> dict[str, int]:
    """How many messages (all dispositions) share each edf_hash within the window, the message itself included."""
    if not hashes:
        return {}
    with db.read() as session:
        rows = session.execute(
            select(Message.edf_hash, func.count())
            .where(Message.account_id == account_id, Message.edf_hash.in_(hashes), Message.source != "submission",
                   Message.scanned_at >= start, Message.scanned_at <= end)
            .group_by(Message.edf_hash)
        ).all()
    return {str(edf_hash): int(count) for edf_hash, count in rows}


def find(db: Database, account_id: str, params: search.SearchParams, *, per_page: int, cursor: str | None,
         page: int | None) -> Found:
    with db.read() as session:
        found = search.search(session, account_id, params, per_page=per_page, cursor=cursor, page=page)
        logs: dict[int, list[ActionLog]] = {}
        if found.rows:
            # One query for the whole page, not one per message.
            ids = [m.id for m in found.rows]
            for entry in session.scalars(select(ActionLog).where(ActionLog.message_id.in_(ids)).order_by(ActionLog.id)):
                logs.setdefault(entry.message_id, []).append(entry)
    return Found(found, logs)


def detections(db: Database, account_id: str, investigate_id: str) -> tuple[Message, dict[str, Any]]:
    with db.read() as session:
        message = get_message(session, account_id, investigate_id)
    return message, dict(message.verdict or {})


def raw(db: Database, account_id: str, investigate_id: str) -> str:
    with db.read() as session:
        message = get_message(session, account_id, investigate_id)
        content = raw_bytes(session, message)
    return content.decode("utf-8", "replace")


def message_trace(db: Database, account_id: str, investigate_id: str) -> trace.Trace:
    with db.read() as session:
        return trace.read(session, get_message(session, account_id, investigate_id))


def action_log(db: Database, account_id: str, investigate_id: str) -> list[ActionLog]:
    with db.read() as session:
        message = get_message(session, account_id, investigate_id)
        return list(session.scalars(select(ActionLog).where(ActionLog.message_id == message.id)
                                    .order_by(ActionLog.id)))


def by_postfix_id(session: Session, account_id: str, postfix_id: str) -> Message:
    """The newest scan of a message named by its postfix_id (or by a full investigate_id)."""
    if not postfix_id:
        raise InvalidInput("postfix_id must not be empty")
    found = session.scalars(
        select(Message).where(Message.account_id == account_id,
                              (Message.postfix_id == postfix_id) | (Message.investigate_id == postfix_id))
        .order_by(Message.created_at.desc(), Message.id.desc()).limit(1)
    ).first()
    if found is None:
        raise NotFound(f"no message with id '{postfix_id}' in this account")
    return found


def preview_image(db: Database, account_id: str, investigate_id: str | None = None, *,
                  postfix_id: str | None = None, requested_by: str | None = None) -> str:
    """Render the message (base64 PNG) and note the preview in its action log."""
    with db.write() as session:
        if investigate_id is not None:
            message = get_message(session, account_id, investigate_id, for_update=True)
        else:
            message = by_postfix_id(session, account_id, postfix_id or "")
        content = raw_bytes(session, message)
        log_action(session, message, "PREVIEW", "completed", requested_by=requested_by)
        ops = list(message.post_delivery_operations or [])
        if "PREVIEW" not in ops:
            message.post_delivery_operations = [*ops, "PREVIEW"]
    # Render after the commit: drawing is slow and must not hold the write lock.
    return preview.screenshot(content)
