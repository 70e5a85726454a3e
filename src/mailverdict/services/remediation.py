"""Acting on delivered or quarantined mail: moving it between folders and releasing it.

Both are recorded three ways, in the transaction that makes the change: the action log (what an
analyst did), post_delivery_operations (the MessageDetails summary) and the mail trace.
A release delivers outside any transaction (a next hop can be slow), then records the outcome.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy.orm import Session

from mailverdict.errors import Conflict, InvalidInput
from mailverdict.services import trace
from mailverdict.services.delivery import DeliveryAgent, Outcome, Parcel, deliver_safely
from mailverdict.services.investigate import by_postfix_id
from mailverdict.services.mailbox import Folder, Mailbox, MoveResult
from mailverdict.services.messages import get_message, log_action, raw_bytes
from mailverdict.store.db import Database
from mailverdict.store.models import Message
from mailverdict.store.types import utcnow

MAX_BATCH = 1000


@dataclass(frozen=True, slots=True)
class Moved:
    message: Message
    result: MoveResult
    completed_at: datetime


@dataclass
class Released:
    investigate_id: str
    postfix_id: str
    delivered: list[str] = field(default_factory=list)
    undelivered: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)


def recipients(message: Message) -> list[str]:
    return list(message.client_recipients or message.envelope_to or message.to or [])


def _add_operation(message: Message, operation: str) -> None:
    ops = list(message.post_delivery_operations or [])
    if operation not in ops:
        message.post_delivery_operations = [*ops, operation]


def _check_batch(ids: list[str], what: str) -> None:
    if not ids:
        raise InvalidInput(f"{what}: give at least one id")
    if len(ids) > MAX_BATCH:
        raise InvalidInput(f"{what}: at most {MAX_BATCH} ids per request, got {len(ids)}")


def resolve(session: Session, account_id: str, ids: list[str], *, postfix: bool = False,
            lock: bool = False) -> list[Message]:
    """Messages by investigate_id (or, deprecated, by postfix_id); unknown ids are a 404."""
    if postfix:
        return [by_postfix_id(session, account_id, i) for i in dict.fromkeys(ids)]
    return [get_message(session, account_id, i, for_update=lock) for i in dict.fromkeys(ids)]


def move_one(session: Session, mailbox: Mailbox, message: Message, destination: Folder,
             requested_by: str | None, only: list[str] | None = None) -> list[Moved]:
    """Move every recipient's copy (or just ``only``) in the caller's transaction."""
    results = [mailbox.move(session, message, r, destination) for r in (only or recipients(message))]
    now = utcnow()
    if not results:
        results = [MoveResult("", False, "Failed: the message has no recipients", None)]
    ok = all(r.success for r in results)
    statuses = set(message.delivery_status or []) - {"moved", "move_failed"}
    if any(r.success for r in results):
        statuses.add("moved")
    if not ok:
        statuses.add("move_failed")
    message.delivery_status = sorted(statuses)
    _add_operation(message, "MOVE")
    log_action(session, message, "MOVE", "completed" if ok else "failed", success=ok, folder=destination.value,
               requested_by=requested_by, recipients=[r.recipient for r in results])
    for r in results:
        trace.record(session, message, trace.INBOUND,
                     f"moved to {destination.value} for {r.recipient}" if r.success
                     else f"move to {destination.value} for {r.recipient or 'no recipient'} failed: {r.status}")
    return [Moved(message, r, now) for r in results]


def move(db: Database, mailbox: Mailbox, account_id: str, ids: list[str], destination: Folder, *,
         requested_by: str | None = None, postfix: bool = False) -> list[Moved]:
    _check_batch(ids, "ids")
    with db.write() as session:
        messages = resolve(session, account_id, ids, postfix=postfix, lock=True)
        return [moved for m in messages for moved in move_one(session, mailbox, m, destination, requested_by)]


def release(db: Database, agent: DeliveryAgent, mailbox: Mailbox, account_id: str, ids: list[str], *,
            requested_by: str | None = None) -> list[Released]:
    """Deliver quarantined messages to their recipients; a message not in quarantine is a 409."""
    _check_batch(ids, "ids")
    with db.read() as session:
        messages = resolve(session, account_id, ids)
        waiting = [m for m in messages if not m.is_quarantined]
        if waiting:
            names = ", ".join(m.investigate_id for m in waiting[:5])
            raise Conflict(f"not quarantined, nothing to release: {names}")
        parcels = [(m.id, Parcel(m.investigate_id, m.postfix_id, m.envelope_from, raw_bytes(session, m)),
                    recipients(m)) for m in messages]
    outcomes = {mid: deliver_safely(agent, parcel, rcpts) for mid, parcel, rcpts in parcels}
    with db.write() as session:
        return [record_release(session, mailbox, session.get(Message, mid, with_for_update=True), outcomes[mid],
                               requested_by) for mid, _, _ in parcels]


def record_release(session: Session, mailbox: Mailbox, message: Message | None, outcome: dict[str, Outcome],
                   requested_by: str | None) -> Released:
    """Write a delivery's outcome; a message someone else released meanwhile is left alone."""
    assert message is not None, "messages are not deleted while being released"
    done = Released(message.investigate_id, message.postfix_id)
    if not message.is_quarantined:
        return done
    for recipient, result in outcome.items():
        getattr(done, result.value).append(recipient)
        trace.record(session, message, trace.OUTBOUND, f"release delivery to {recipient}: {result.value}")
        if result is Outcome.DELIVERED:
            mailbox.file(session, message, recipient, Folder.INBOX)
    statuses = set(message.delivery_status or []) - {"quarantined"}
    if done.delivered:
        message.is_quarantined = False
        statuses.add("delivered")
        _add_operation(message, "QUARANTINE_RELEASE")
    if done.undelivered:
        statuses.add("deferred")
    if done.failed:
        statuses.add("bounced")
    if message.is_quarantined:
        statuses.add("quarantined")
    message.delivery_status = sorted(statuses)
    ok = bool(done.delivered) and not done.failed and not done.undelivered
    log_action(session, message, "QUARANTINE_RELEASE", "completed" if ok else ("partial" if done.delivered
                                                                                 else "failed"),
               success=ok, folder=Folder.INBOX.value, requested_by=requested_by,
               delivered=done.delivered, undelivered=done.undelivered, failed=done.failed)
    trace.record(session, message, trace.INBOUND, f"released from quarantine by {requested_by or 'unknown'}: "
                 f"{len(done.delivered)} delivered, {len(done.undelivered)} undelivered, {len(done.failed)} failed")
    return done
