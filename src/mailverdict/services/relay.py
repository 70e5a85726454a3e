"""The relay job: deliver a clean inline message onward and record how it went.

``prepare`` talks SMTP outside any transaction (the next hop may be slow); ``apply`` records the
outcome with the job's completion. A next hop that is down fails the attempt, and the queue
retries it with backoff; a recipient refused permanently bounces at once. When only some
recipients got through, the rest continue in a new job, so nobody receives the message twice.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from sqlalchemy.orm import Session

from mailverdict.jobs import queue
from mailverdict.services.delivery import Outcome, Parcel
from mailverdict.services.delivery_smtp import Attempt, SmtpDelivery
from mailverdict.services.inbound import RELAY, RELAY_MAX_ATTEMPTS
from mailverdict.services.messages import raw_bytes
from mailverdict.services.trace import OUTBOUND, record
from mailverdict.store.db import Database
from mailverdict.store.models import Message
from mailverdict.store.types import utcnow

# Recipients a partly successful delivery left behind wait this long before their own attempt.
RETRY_REST_AFTER = 60


class DeliveryDeferred(Exception):
    """No recipient could be reached this time; the job is retried later."""


class RelayHandler:
    def __init__(self, *, timeout: float = 30.0) -> None:
        self.timeout = timeout

    def prepare(self, db: Database, payload: dict[str, Any]) -> dict[str, Attempt] | None:
        with db.read() as session:
            message = session.get(Message, payload["message_id"])
            if message is None or message.is_quarantined:
                return None  # deleted, or quarantined since: a release delivers it, not us
            parcel = Parcel(message.investigate_id, message.postfix_id, message.envelope_from,
                            raw_bytes(session, message))
        attempts = SmtpDelivery(db, timeout=self.timeout).attempt(parcel, payload["recipients"])
        if all(a.outcome is Outcome.UNDELIVERED for a in attempts.values()):
            reasons = "; ".join(f"{r}: {a.reply}" for r, a in attempts.items())
            with db.write() as session:
                row = session.get(Message, payload["message_id"])
                if row is not None:
                    row.delivery_status = ["deferred"]
                    record(session, row, OUTBOUND, f"deferred: {reasons}")
            raise DeliveryDeferred(reasons)
        return attempts

    def apply(self, session: Session, payload: dict[str, Any], prepared: dict[str, Attempt] | None) -> None:
        if prepared is None:
            return
        message = session.get(Message, payload["message_id"], with_for_update=True)
        if message is None:
            return
        statuses: set[str] = set()
        deferred: list[str] = []
        for rcpt, attempt in prepared.items():
            if attempt.outcome is Outcome.DELIVERED:
                record(session, message, OUTBOUND, f"delivered to {rcpt}: {attempt.reply}")
                statuses.add("delivered")
            elif attempt.outcome is Outcome.FAILED:
                record(session, message, OUTBOUND, f"bounced {rcpt}: {attempt.reply}")
                statuses.add("bounced")
            else:
                record(session, message, OUTBOUND, f"deferred {rcpt}: {attempt.reply}")
                deferred.append(rcpt)
        if deferred:
            statuses.add("deferred")
            queue.enqueue(session, RELAY, {"message_id": message.id, "recipients": deferred},
                          max_attempts=RELAY_MAX_ATTEMPTS, run_after=utcnow() + timedelta(seconds=RETRY_REST_AFTER))
        message.delivery_status = sorted(statuses)

    def on_dead(self, session: Session, payload: dict[str, Any], error: str) -> None:
        message = session.get(Message, payload["message_id"])
        if message is None:
            return
        message.delivery_status = ["bounced"]
        last = error.strip().splitlines()[-1] if error.strip() else "unknown error"
        record(session, message, OUTBOUND,
               f"bounced {', '.join(payload['recipients'])}: gave up after repeated failures ({last[:300]})")
