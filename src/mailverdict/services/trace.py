"""A message's mail trace: dated lines of what happened to it, inbound and outbound.

Anything that moves a message along (ingestion, scanning, quarantine, delivery, release, moves,
reclassification) calls ``record`` in the same transaction as the change it describes, so the
trace never claims something that was rolled back.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from mailverdict.store.models import Message, TraceEvent
from mailverdict.store.types import utcnow

INBOUND = "inbound"
OUTBOUND = "outbound"
DIRECTIONS = (INBOUND, OUTBOUND)


def record(session: Session, message: Message, direction: str, text: str) -> TraceEvent:
    """Append one line to the message's trace (flushes the message first if it is new)."""
    if direction not in DIRECTIONS:
        raise ValueError(f"trace direction must be one of {DIRECTIONS}, got {direction!r}")
    if message.id is None:
        session.flush()
    event = TraceEvent(message_id=message.id, direction=direction, text=text, logged_at=utcnow())
    session.add(event)
    return event


@dataclass(frozen=True, slots=True)
class Trace:
    inbound: list[TraceEvent]
    outbound: list[TraceEvent]


def read(session: Session, message: Message) -> Trace:
    events = session.scalars(
        select(TraceEvent).where(TraceEvent.message_id == message.id).order_by(TraceEvent.id)
    ).all()
    return Trace([e for e in events if e.direction == INBOUND], [e for e in events if e.direction == OUTBOUND])
