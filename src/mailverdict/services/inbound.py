"""Mail arriving over SMTP: scan it, store it, and hold or pass it on per its domain's policy.

Everything one SMTP transaction brings is written in ONE database transaction, which commits
before the receiver answers 250: the messages (one per receiving domain), the quarantine
decision and, for inline mail that is not held, a relay job that delivers it onward. Nothing
accepted is lost, and a failed commit stores nothing, so the sender's retry makes no duplicate.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from email.parser import BytesHeaderParser
from email.policy import compat32

from sqlalchemy.orm import Session

from mailverdict.engine import Verdict, analyze
from mailverdict.engine.context import Envelope
from mailverdict.jobs import queue
from mailverdict.services.context import scan_context
from mailverdict.services.eml import require_rfc5322
from mailverdict.services.messages import Delivery, apply_verdict, new_message
from mailverdict.services.routing import DIRECT, DomainPolicy
from mailverdict.services.trace import INBOUND, OUTBOUND, record
from mailverdict.store.db import Database
from mailverdict.store.models import Message
from mailverdict.store.types import utcnow

RELAY = "relay_message"
# The worker's backoff doubles up to 5 minutes: 20 attempts keep a message trying for about an
# hour and a quarter before it bounces, where a 5-attempt job would give up within seconds.
RELAY_MAX_ATTEMPTS = 20
_BRACKETED_IP = re.compile(r"\[(?:IPv6:)?([0-9A-Fa-f:.]+)\]")


@dataclass(frozen=True, slots=True)
class Arrival:
    """One SMTP transaction's message, as the receiver saw it."""

    raw: bytes
    mail_from: str | None
    rcpt_to: tuple[str, ...]
    helo: str | None
    peer_ip: str | None


def previous_hop(raw: bytes, peer_ip: str | None, lookback_hops: int) -> str | None:
    """The IP ``lookback_hops`` hops back: 1 is the peer, 2 the host the peer got it from, ...

    A domain behind a gateway sets lookback_hops above 1 so that the real sender, not its own
    gateway, is recorded. Each Received header (newest first) names the client of that hop.
    """
    if lookback_hops <= 1:
        return peer_ip
    headers = BytesHeaderParser(policy=compat32).parsebytes(raw.split(b"\r\n\r\n", 1)[0][:256 * 1024])
    received = headers.get_all("Received") or []
    for value in received[lookback_hops - 2:lookback_hops - 1]:
        from_clause = str(value).split(" by ", 1)[0]
        found = _BRACKETED_IP.search(from_clause)
        if found:
            return found.group(1)
    return peer_ip


def accept(db: Database, arrival: Arrival, groups: Mapping[DomainPolicy, Sequence[str]]) -> list[Message]:
    """Scan and store the arrival for each receiving domain; raises InvalidInput for non-RFC 5322 data.

    The engine runs once per account, before any write lock is taken.
    """
    require_rfc5322(arrival.raw, field="DATA")
    by_account: dict[str, list[str]] = {}
    for policy, rcpts in groups.items():
        by_account.setdefault(policy.account_id, []).extend(rcpts)
    verdicts: dict[str, Verdict] = {}
    for account_id, rcpts in by_account.items():
        envelope = _envelope(arrival, rcpts)
        with db.read() as session:
            context = scan_context(session, account_id, envelope=envelope)
        verdicts[account_id] = analyze(arrival.raw, context)
    now = utcnow()
    stored: list[Message] = []
    with db.write() as session:
        for policy, rcpts in groups.items():
            delivery = Delivery(source="smtp", delivery_mode=policy.delivery_mode, envelope=_envelope(arrival, rcpts))
            message = new_message(session, policy.account_id, arrival.raw, delivery, received_at=now)
            apply_verdict(message, verdicts[policy.account_id], scanned_at=now)
            message.smtp_previous_hop_ip = previous_hop(arrival.raw, arrival.peer_ip, policy.lookback_hops)
            _trace_arrival(session, message, arrival, verdicts[policy.account_id], policy)
            _dispose(session, message, policy, list(rcpts))
            stored.append(message)
    return stored


def _trace_arrival(session: Session, message: Message, arrival: Arrival, verdict: Verdict,
                   policy: DomainPolicy) -> None:
    record(session, message, INBOUND,
           f"received by smtp ({policy.delivery_mode}) from {arrival.helo or 'unknown'} "
           f"[{arrival.peer_ip or 'unknown'}]: <{arrival.mail_from or ''}> to {', '.join(message.envelope_to)}, "
           f"message-id {message.message_id}")
    reasons = "; ".join(verdict.detection_reasons[:3]) or "no detections"
    record(session, message, INBOUND, f"verdict {verdict.disposition.value} (score {verdict.score:.2f}): {reasons}")


def _dispose(session: Session, message: Message, policy: DomainPolicy, rcpts: list[str]) -> None:
    if policy.delivery_mode != DIRECT:
        # A BCC or journal copy: the original already reached the mailbox through the provider.
        message.delivery_status = ["delivered"]
        record(session, message, INBOUND, f"{policy.delivery_mode} copy: stored, not delivered onward")
    elif policy.quarantines(message.final_disposition):
        message.is_quarantined = True
        message.delivery_status = ["quarantined"]
        record(session, message, INBOUND,
               f"quarantined: {message.final_disposition} is in {policy.domain}'s drop_dispositions")
    else:
        message.delivery_status = ["queued"]
        session.flush()
        queue.enqueue(session, RELAY, {"message_id": message.id, "recipients": rcpts},
                      max_attempts=RELAY_MAX_ATTEMPTS, dedupe_key=f"relay:{message.id}")
        record(session, message, OUTBOUND, f"queued for delivery to {policy.transport or 'no next hop'}")


def _envelope(arrival: Arrival, rcpts: Sequence[str]) -> Envelope:
    return Envelope(mail_from=arrival.mail_from or None, rcpt_to=tuple(rcpts), helo=arrival.helo,
                    client_ip=arrival.peer_ip)
