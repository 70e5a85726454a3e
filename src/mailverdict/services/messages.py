"""Storing scanned messages and reading them back for investigation."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from mailverdict import ids
from mailverdict.engine import Verdict, analyze
from mailverdict.engine.context import Envelope
from mailverdict.errors import NotFound
from mailverdict.services import trace
from mailverdict.services.context import scan_context
from mailverdict.store.db import Database
from mailverdict.store.models import ActionLog, Message, RawMessage
from mailverdict.store.types import utcnow


@dataclass(frozen=True, slots=True)
class Delivery:
    """How a message reached us, as the spec's MessageDetails names it."""

    source: str = "import"
    delivery_mode: str | None = None
    envelope: Envelope = field(default_factory=Envelope)
    delivery_status: tuple[str, ...] = ()


def verdict_record(verdict: Verdict) -> dict[str, Any]:
    """The parts of a verdict kept with the message, for /detections and for reasons."""
    s = verdict.summary
    return {
        "score": verdict.score,
        "thresholds": verdict.thresholds,
        "forced_by": verdict.forced_by,
        "findings": [
            {"name": f.name, "score": f.score, "group": f.group, "description": f.description,
             "evidence": list(f.evidence), "strength": f.strength}
            for f in verdict.findings
        ],
        "headers": [list(h) for h in s.headers],
        "links": [{"href": link.href, "text": link.text} for link in s.links],
        "attachments": [
            {"filename": a.filename, "content_type": a.content_type, "size": a.size, "md5": a.md5,
             "sha1": a.sha1, "sha256": a.sha256, "encrypted": a.encrypted,
             "detection": a.detection.value if a.detection else None}
            for a in s.attachments
        ],
        "cc": list(s.cc),
        "defects": list(s.defects),
    }


def apply_verdict(message: Message, verdict: Verdict, *, scanned_at: datetime) -> None:
    """Fill a message row from a verdict: header metadata, disposition and reasons."""
    for column, value in verdict_columns(verdict, scanned_at=scanned_at).items():
        setattr(message, column, value)


def verdict_columns(verdict: Verdict, *, scanned_at: datetime) -> dict[str, Any]:
    """The message columns a verdict sets, for an UPDATE without loading the row."""
    s = verdict.summary
    v = verdict.validation
    columns: dict[str, Any] = {
        "scanned_at": scanned_at,
        "message_id": s.message_id,
        "subject": s.subject,
        "from_address": s.from_address,
        "from_name": s.from_name,
        "replyto": s.reply_to,
        "to": list(s.to),
        "to_name": list(s.to_name),
        "sent_at": _parse_iso(s.sent_at),
        "x_originating_ip": s.x_originating_ip,
        "edf_hash": verdict.edf_hash,
        "fuzzy_hash": verdict.fuzzy_hash,
        "scan_disposition": verdict.disposition.value,
        "final_disposition": verdict.disposition.value,
        "detection_reasons": list(verdict.detection_reasons),
        "threat_categories": list(verdict.threat_categories),
        "validation": {"spf": v.spf, "dkim": v.dkim, "dmarc": v.dmarc, "comment": v.comment},
        "verdict": verdict_record(verdict),
        "malformed": s.malformed,
    }
    if verdict.forced_by and verdict.forced_by.startswith("allow:"):
        columns["properties"] = {"allowlisted_pattern": verdict.forced_by.split(":", 2)[-1],
                                 "allowlisted_pattern_type": "allowed_sender"}
    return columns


def _parse_iso(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        return None
    return parsed if parsed.tzinfo else None


def new_message(session: Session, account_id: str, raw: bytes, delivery: Delivery, *, received_at: datetime) -> Message:
    """Add the raw bytes and an unscanned message row (scanned later, or right after, by the caller)."""
    blob = RawMessage(sha256=hashlib.sha256(raw).hexdigest(), size=len(raw), content=raw)
    session.add(blob)
    session.flush()
    postfix_id = ids.new_postfix_id()
    recipients = list(delivery.envelope.rcpt_to)
    message = Message(
        account_id=account_id,
        investigate_id=ids.new_investigate_id(postfix_id, received_at),
        postfix_id=postfix_id,
        raw_id=blob.id,
        source=delivery.source,
        delivery_mode=delivery.delivery_mode,
        delivery_status=list(delivery.delivery_status),
        envelope_from=delivery.envelope.mail_from,
        envelope_to=recipients,
        client_recipients=recipients,
        smtp_helo_server_ip=delivery.envelope.client_ip,
        smtp_previous_hop_ip=delivery.envelope.client_ip,
        created_at=received_at,
    )
    session.add(message)
    session.flush()
    return message


def ingest(db: Database, account_id: str, raw: bytes, delivery: Delivery | None = None) -> Message:
    """Scan a message with the account's context and store it with its verdict."""
    delivery = delivery or Delivery()
    with db.read() as session:
        context = scan_context(session, account_id, envelope=delivery.envelope)
    verdict = analyze(raw, context)
    now = utcnow()
    with db.write() as session:
        message = new_message(session, account_id, raw, delivery, received_at=now)
        apply_verdict(message, verdict, scanned_at=now)
        if not message.client_recipients:
            message.client_recipients = list(verdict.summary.to)
        _trace_ingest(session, message, delivery, verdict)
    return message


def _trace_ingest(session: Session, message: Message, delivery: Delivery, verdict: Verdict) -> None:
    sender = delivery.envelope.mail_from or message.from_address or "unknown sender"
    via = f" from {delivery.envelope.client_ip}" if delivery.envelope.client_ip else ""
    rcpts = ", ".join(message.client_recipients) or "no recipients"
    trace.record(session, message, trace.INBOUND,
                 f"received by {delivery.source}{via}: <{sender}> to {rcpts}, message-id {message.message_id}")
    trace.record(session, message, trace.INBOUND, f"scanned: {len(verdict.findings)} findings, "
                 f"score {verdict.score:.2f}, edf_hash {verdict.edf_hash}")
    reasons = "; ".join(verdict.detection_reasons[:3]) or "no detections"
    trace.record(session, message, trace.INBOUND, f"verdict {verdict.disposition.value}: {reasons}")


def get_message(session: Session, account_id: str, investigate_id: str, *, for_update: bool = False) -> Message:
    query = select(Message).where(Message.account_id == account_id, Message.investigate_id == investigate_id)
    if for_update:
        query = query.with_for_update()
    message = session.scalars(query).first()
    if message is None:
        raise NotFound(f"no message with investigate_id '{investigate_id}' in this account")
    return message


def find_message(db: Database, account_id: str, investigate_id: str, *, submission: bool = False) -> Message:
    with db.read() as session:
        message = get_message(session, account_id, investigate_id)
    if submission and message.source != "submission":
        raise NotFound(f"no submitted message with investigate_id '{investigate_id}' in this account")
    return message


def raw_bytes(session: Session, message: Message) -> bytes:
    blob = session.get(RawMessage, message.raw_id)
    assert blob is not None, "raw_id is a foreign key"
    return blob.content


def raw_message(db: Database, account_id: str, investigate_id: str) -> bytes:
    with db.read() as session:
        return raw_bytes(session, get_message(session, account_id, investigate_id))


def action_log(db: Database, message: Message) -> list[ActionLog]:
    with db.read() as session:
        return list(session.scalars(select(ActionLog).where(ActionLog.message_id == message.id).order_by(ActionLog.id)))


def log_action(session: Session, message: Message, operation: str, status: str, *, success: bool = True,
               completed: bool = True, **properties: Any) -> ActionLog:
    now = utcnow()
    entry = ActionLog(message_id=message.id, operation=operation, status=status, success=success, started_at=now,
                      completed_at=now if completed else None, properties=properties)
    session.add(entry)
    return entry
