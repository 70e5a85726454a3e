"""SMTP on loopback: the receiver under test, a next-hop sink that records what it gets, a worker."""

from __future__ import annotations

import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from email.parser import BytesHeaderParser
from typing import Any

import pytest
from aiosmtpd.controller import Controller

from mailverdict.ingest.smtp import SmtpServer
from mailverdict.jobs.retry import RetryPolicy
from mailverdict.jobs.worker import Worker
from mailverdict.settings import Settings
from mailverdict.store.db import Database
from mailverdict.store.models import Domain, Message
from tests.conftest import free_port, running_worker
from tests.factories import Tenant, tenant


@dataclass
class Received:
    mail_from: str
    rcpt_tos: list[str]
    data: bytes


@dataclass
class Sink:
    """The next hop: an aiosmtpd server on 127.0.0.1 that keeps every message and can refuse."""

    port: int
    received: list[Received] = field(default_factory=list)
    reply: str | None = None  # e.g. "550 5.1.1 no such user": answer DATA with this instead of 250

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        if self.reply is not None:
            return self.reply
        self.received.append(Received(envelope.mail_from, list(envelope.rcpt_tos), bytes(envelope.original_content)))
        return "250 2.0.0 OK"

    @property
    def transport(self) -> str:
        return f"127.0.0.1:{self.port}"

    def wait(self, count: int = 1, timeout: float = 20) -> list[Received]:
        wait_for(lambda: len(self.received) >= count, timeout, f"{count} message(s) at the next hop")
        return self.received


def disposition_of(data: bytes) -> str:
    """The one X-CFEmailSecurity-Disposition header of a relayed message (fails if not exactly one)."""
    headers = BytesHeaderParser().parsebytes(data)
    [value] = headers.get_all("X-CFEmailSecurity-Disposition") or []
    assert str(headers.get_all("Received")[0]).startswith("from [127.0.0.1] by "), data[:300]
    return str(value)


def wait_for(probe: Callable[[], Any], timeout: float, what: str) -> Any:
    deadline = time.monotonic() + timeout
    while True:
        value = probe()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout}s waiting for {what}")
        time.sleep(0.05)


def start_sink(port: int | None = None) -> tuple[Sink, Controller]:
    sink = Sink(port or free_port())
    controller = Controller(sink, hostname="127.0.0.1", port=sink.port)
    controller.start()
    return sink, controller


@pytest.fixture
def sink() -> Iterator[Sink]:
    found, controller = start_sink()
    yield found
    controller.stop()


@pytest.fixture
def account(db: Database) -> Tenant:
    return tenant(db)


def add_domain(db: Database, account_id: str, name: str, *, modes: list[str] | None = None,
               drop: list[str] | None = None, transport: str | None = None, lookback_hops: int = 1,
               ip_restrictions: list[str] | None = None) -> None:
    with db.write() as session:
        session.add(Domain(id=str(uuid.uuid4()), account_id=account_id, domain=name,
                           allowed_delivery_modes=modes or ["DIRECT"], drop_dispositions=drop or [],
                           regions=["GLOBAL"], transport=transport, lookback_hops=lookback_hops,
                           ip_restrictions=ip_restrictions or []))


@pytest.fixture
def receiver(db: Database) -> Iterator[SmtpServer]:
    server = SmtpServer(db, port=free_port(), max_bytes=200_000, server_name="mx.test")
    with server:
        yield server


@pytest.fixture
def worker(db: Database, settings: Settings) -> Iterator[Worker]:
    # Fast retries so that a deferred delivery is retried within the test.
    with running_worker(db, settings, policy=RetryPolicy(base_seconds=0.2, max_seconds=1)) as w:
        yield w


def stored(db: Database) -> list[Message]:
    with db.read() as session:
        from sqlalchemy import select

        return list(session.scalars(select(Message).order_by(Message.id)))
