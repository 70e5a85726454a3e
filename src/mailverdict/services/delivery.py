"""Handing a message on to its recipients: the seam between releasing mail and a real next hop.

A ``DeliveryAgent`` takes one message and the recipients to deliver it to and answers, for each
recipient, one ``Outcome``. It is called outside any database transaction (a next hop can be
slow), and must not raise for a recipient-level problem: report it as UNDELIVERED (temporary:
worth trying again later) or FAILED (permanent). An exception means "the agent itself is broken";
callers then count every recipient as FAILED.

``LocalDelivery`` is the default: mailverdict is the mailbox of record (see services/mailbox.py),
so delivering means the in-store mailbox files the message in each recipient's Inbox, which the
caller does in its own transaction. An SMTP next-hop agent plugs in through ``delivery_agent``.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Protocol

from mailverdict.settings import Settings
from mailverdict.store.db import Database


class Outcome(enum.StrEnum):
    DELIVERED = "delivered"  # the next hop accepted it for this recipient
    UNDELIVERED = "undelivered"  # not delivered now, may succeed later (4xx, timeout, unreachable)
    FAILED = "failed"  # refused for good (5xx, unknown mailbox)


@dataclass(frozen=True, slots=True)
class Parcel:
    """What a delivery agent needs to know about the message it hands on."""

    investigate_id: str
    postfix_id: str
    mail_from: str | None
    raw: bytes


class DeliveryAgent(Protocol):
    def deliver(self, parcel: Parcel, recipients: Sequence[str]) -> Mapping[str, Outcome]:
        """Deliver ``parcel`` to each recipient; one Outcome per recipient given."""
        ...


class LocalDelivery:
    """Delivery into mailverdict's own mailbox: always accepted."""

    def deliver(self, parcel: Parcel, recipients: Sequence[str]) -> Mapping[str, Outcome]:
        return dict.fromkeys(recipients, Outcome.DELIVERED)


def delivery_agent(settings: Settings, db: Database | None = None) -> DeliveryAgent:
    """The agent this deployment delivers released mail with.

    Given the database: over SMTP to the next hop (``transport``) of each recipient's domain, and
    into the in-store mailbox for domains without one (services/delivery_smtp.py).
    """
    if db is None:
        return LocalDelivery()
    from mailverdict.services.delivery_smtp import SmtpDelivery

    return SmtpDelivery(db, fallback=LocalDelivery())


def deliver_safely(agent: DeliveryAgent, parcel: Parcel, recipients: Sequence[str]) -> dict[str, Outcome]:
    """Call an agent, holding it to its contract: every recipient gets an outcome, errors are FAILED."""
    try:
        answered = dict(agent.deliver(parcel, recipients))
    except Exception:
        return dict.fromkeys(recipients, Outcome.FAILED)
    return {r: Outcome(answered.get(r, Outcome.FAILED)) for r in recipients}
