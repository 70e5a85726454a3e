"""The SMTP receiver: mail for the accounts' configured domains, over aiosmtpd.

Every refusal is an SMTP reply the sender can act on, never silence:

    RCPT   550 5.1.1  no account has the recipient's domain (we are not an open relay)
           550 5.7.1  the domain's ip_restrictions do not include the connecting address
    DATA   552        over the size limit (aiosmtpd, from data_size_limit; SIZE is advertised too)
           554 5.6.0  the data is not an RFC 5322 message
           554 5.4.6  over 50 Received headers: a mail loop
           451 4.3.0  a database (or any unexpected) error: nothing was stored, try again later
           250 2.0.0  stored and committed: quarantined, queued for relay, or kept as a BCC/journal copy

The scan and the commit run in a worker thread (the database and the engine block), and the 250
is sent only after the commit returns.
"""

from __future__ import annotations

import asyncio
import logging
import socket
from collections.abc import Callable
from types import TracebackType
from typing import Any, TypeVar

from aiosmtpd.controller import Controller
from sqlalchemy.exc import SQLAlchemyError

from mailverdict.errors import InvalidInput
from mailverdict.services.inbound import Arrival, accept
from mailverdict.services.routing import DomainPolicy, UnknownRecipient, account_for_recipient, domain_of, route
from mailverdict.store.db import Database

log = logging.getLogger(__name__)
T = TypeVar("T")

# RFC 5321 6.3: a message that has passed this many hops is looping.
MAX_HOPS = 50
TEMPORARY = "451 4.3.0 Temporary local problem, nothing was stored; please try again later"


class Receiver:
    """The aiosmtpd handler: hooks for RCPT and DATA."""

    def __init__(self, db: Database) -> None:
        self.db = db

    async def _blocking(self, fn: Callable[..., T], *args: Any) -> T:
        return await asyncio.get_running_loop().run_in_executor(None, fn, *args)

    async def handle_RCPT(self, server: Any, session: Any, envelope: Any, address: str,
                          rcpt_options: list[str]) -> str:
        try:
            found = await self._blocking(self._lookup, domain_of(address))
        except SQLAlchemyError:
            log.exception("recipient lookup failed for %s", address)
            return TEMPORARY
        if found is None:
            return f"550 5.1.1 <{address}>: recipient domain is not accepted here"
        peer = _ip(session.peer)
        if not found[1].allows_peer(peer):
            return f"550 5.7.1 <{address}>: {peer} may not send mail for {found[1].domain} (ip_restrictions)"
        envelope.rcpt_tos.append(address)
        return "250 2.1.5 OK"

    def _lookup(self, domain: str) -> tuple[str, DomainPolicy] | None:
        with self.db.read() as session:
            return account_for_recipient(session, domain)

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        arrival = Arrival(
            raw=bytes(envelope.original_content or b""),
            mail_from=envelope.mail_from or None,
            rcpt_to=tuple(envelope.rcpt_tos),
            helo=session.host_name,
            peer_ip=_ip(session.peer),
        )
        if _hops(arrival.raw) > MAX_HOPS:
            return f"554 5.4.6 more than {MAX_HOPS} Received headers: a mail loop?"
        try:
            messages = await self._blocking(self._accept, arrival)
        except InvalidInput as exc:
            return f"554 5.6.0 {exc.message}"
        except UnknownRecipient as exc:  # its domain was removed between RCPT and DATA
            return f"451 4.1.1 <{exc.args[0]}>: recipient domain no longer accepted; try again later"
        except SQLAlchemyError:
            log.exception("storing a message from %s failed", arrival.peer_ip)
            return TEMPORARY
        except Exception:
            # An engine bug must not lose mail: the sender keeps it and retries.
            log.exception("scanning a message from %s failed", arrival.peer_ip)
            return TEMPORARY
        return "250 2.0.0 OK: queued as " + " ".join(m.postfix_id for m in messages)

    def _accept(self, arrival: Arrival) -> list[Any]:
        with self.db.read() as session:
            groups = route(session, arrival.rcpt_to)
        return accept(self.db, arrival, groups)


def _hops(raw: bytes) -> int:
    head = raw.split(b"\r\n\r\n", 1)[0]
    return sum(1 for line in head.split(b"\r\n") if line[:9].lower() == b"received:")


def _ip(peer: Any) -> str | None:
    if not isinstance(peer, tuple) or not peer:
        return None
    ip = str(peer[0])
    return ip.removeprefix("::ffff:") if ip.startswith("::ffff:") and "." in ip else ip


class SmtpServer:
    """The receiver on host:port, in its own thread and event loop (beside uvicorn, or alone)."""

    def __init__(self, db: Database, *, host: str = "127.0.0.1", port: int = 2525, max_bytes: int,
                 server_name: str | None = None) -> None:
        self.host = host
        self.port = port
        self.controller = Controller(
            Receiver(db), hostname=host, port=port, data_size_limit=max_bytes,
            server_hostname=server_name or socket.gethostname(), ident="mailverdict ESMTP",
            # Non-ASCII addresses (SMTPUTF8) are accepted and stored as they came.
            enable_SMTPUTF8=True,
        )

    def start(self) -> None:
        self.controller.start()

    def stop(self) -> None:
        self.controller.stop()

    def __enter__(self) -> SmtpServer:
        self.start()
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.stop()
