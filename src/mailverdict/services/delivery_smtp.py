"""Delivering a message onward over SMTP, to the next hop (``transport``) of its recipients' domain.

``SmtpDelivery`` is the SMTP ``DeliveryAgent`` of the delivery seam (``services/delivery.py``):
the relay job uses it for clean inline mail, and release uses it too (``delivery_agent`` returns
it when given the database), so that released mail goes out over SMTP exactly as clean mail does.
Recipients whose domain has no transport go to the fallback agent (by default none: they stay
UNDELIVERED). The message goes out as it arrived, under our Received line and one
``X-CFEmailSecurity-Disposition`` header carrying its final disposition at the time of delivery.
"""

from __future__ import annotations

import re
import smtplib
import socket
import ssl
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import format_datetime

from sqlalchemy import select

from mailverdict.services.delivery import DeliveryAgent, Outcome, Parcel
from mailverdict.services.routing import account_for_recipient, domain_of
from mailverdict.store.db import Database
from mailverdict.store.models import Message

HEADER = b"X-CFEmailSecurity-Disposition"
_LINE_END = re.compile(rb"\r?\n")


def header_value(disposition: str | None) -> str:
    """The spec writes SPAM as UCE (unsolicited commercial email); everything else as itself."""
    if disposition is None:
        return "NONE"
    return "UCE" if disposition == "SPAM" else disposition


def with_disposition(raw: bytes, disposition: str | None, received: str | None = None) -> bytes:
    """The message with CRLF line ends, our Received line on top and exactly one disposition header, ours.

    Works on bytes so the rest of the message (and any DKIM signature over it) is untouched. A
    disposition header that came in from outside is dropped: downstream rules trust it.
    """
    text = _LINE_END.sub(b"\r\n", raw)
    head, sep, body = text.partition(b"\r\n\r\n")
    if not sep:
        head, body = text.removesuffix(b"\r\n"), b""
    kept: list[bytes] = []
    skipping = False
    for line in head.split(b"\r\n"):
        if line[:1] in (b" ", b"\t"):  # a folded continuation belongs to the header above
            if not skipping:
                kept.append(line)
            continue
        skipping = line.split(b":", 1)[0].strip().lower() == HEADER.lower()
        if not skipping:
            kept.append(line)
    ours = [HEADER + b": " + header_value(disposition).encode("ascii")]
    if received is not None:  # RFC 5321 4.4: each hop adds its trace line at the top
        ours.insert(0, b"Received: " + received.encode("utf-8", "replace"))
    return b"\r\n".join([*ours, *kept]) + b"\r\n\r\n" + body


def parse_transport(transport: str) -> tuple[str, int]:
    """``host:port``, ``[v6]:port`` or a bare host (port 25)."""
    value = transport.strip()
    if value.startswith("["):
        host, _, rest = value[1:].partition("]")
        return host, int(rest.lstrip(":") or 25)
    if value.count(":") == 1:
        host, port = value.split(":")
        return host, int(port)
    return value, 25


@dataclass(frozen=True, slots=True)
class Attempt:
    """One recipient's outcome and the reply (or error) behind it, for the trace."""

    outcome: Outcome
    reply: str


class SmtpDelivery:
    """Hands messages to each recipient domain's ``transport`` over SMTP.

    DELIVERED: the next hop said 250. FAILED: a 5xx, retrying cannot help. UNDELIVERED: a 4xx,
    a connection problem, or no next hop configured (and no fallback agent).
    """

    def __init__(self, db: Database, *, timeout: float = 30.0, local_hostname: str | None = None,
                 fallback: DeliveryAgent | None = None) -> None:
        self.db = db
        self.timeout = timeout
        self.local_hostname = local_hostname or socket.gethostname()
        self.fallback = fallback

    def deliver(self, parcel: Parcel, recipients: Sequence[str]) -> Mapping[str, Outcome]:
        return {rcpt: attempt.outcome for rcpt, attempt in self.attempt(parcel, recipients).items()}

    def attempt(self, parcel: Parcel, recipients: Sequence[str]) -> dict[str, Attempt]:
        results: dict[str, Attempt] = {}
        hops: dict[tuple[str, bool], list[str]] = {}
        local: list[str] = []
        with self.db.read() as session:
            row = session.execute(select(Message.account_id, Message.final_disposition, Message.smtp_helo_server_ip)
                                  .where(Message.investigate_id == parcel.investigate_id)).first()
            account_id, disposition, client_ip = row if row is not None else (None, None, None)
            for rcpt in recipients:
                found = account_for_recipient(session, domain_of(rcpt))
                policy = found[1] if found is not None and found[0] == account_id else None
                if policy is None or not policy.transport:
                    local.append(rcpt)
                else:
                    hops.setdefault((policy.transport, policy.require_tls_outbound), []).append(rcpt)
        if local and self.fallback is not None:
            for rcpt, outcome in self.fallback.deliver(parcel, local).items():
                results[rcpt] = Attempt(Outcome(outcome), "handed to the fallback agent (no transport)")
        elif local:
            for rcpt in local:
                results[rcpt] = Attempt(Outcome.UNDELIVERED, "no next hop (transport) configured for this domain")
        received = (f"from [{client_ip or 'unknown'}] by {self.local_hostname} (mailverdict) with ESMTP "
                    f"id {parcel.postfix_id}; {format_datetime(datetime.now(UTC))}")
        data = with_disposition(parcel.raw, disposition, received)
        for (transport, require_tls), rcpts in hops.items():
            results.update(self._send(transport, require_tls, parcel.mail_from or "", rcpts, data))
        return results

    def _send(self, transport: str, require_tls: bool, sender: str, rcpts: list[str],
              data: bytes) -> dict[str, Attempt]:
        try:
            host, port = parse_transport(transport)
            with smtplib.SMTP(host, port, timeout=self.timeout, local_hostname=self.local_hostname) as client:
                client.ehlo()
                if client.has_extn("starttls"):
                    # Opportunistic, as MTAs do between hops: next hops rarely carry public certificates.
                    context = ssl.create_default_context()
                    context.check_hostname = False
                    context.verify_mode = ssl.CERT_NONE
                    client.starttls(context=context)
                    client.ehlo()
                elif require_tls:
                    return _all(rcpts, 451, f"{transport} does not offer STARTTLS (require_tls_outbound)")
                refused = client.sendmail(sender, rcpts, data)
        except smtplib.SMTPRecipientsRefused as exc:
            return {rcpt: _attempt(code, reply) for rcpt, (code, reply) in exc.recipients.items()}
        except smtplib.SMTPResponseException as exc:
            return _all(rcpts, exc.smtp_code, exc.smtp_error)
        except (OSError, smtplib.SMTPException, ValueError) as exc:
            return _all(rcpts, 451, f"{transport}: {exc.__class__.__name__}: {exc}")
        return {rcpt: _attempt(*refused[rcpt]) if rcpt in refused else Attempt(Outcome.DELIVERED, f"250 by {transport}")
                for rcpt in rcpts}


def _attempt(code: int, reply: bytes | str) -> Attempt:
    text = reply.decode("utf-8", "replace") if isinstance(reply, bytes) else reply
    outcome = Outcome.FAILED if 500 <= code < 600 else Outcome.UNDELIVERED
    return Attempt(outcome, f"{code} {text}".strip())


def _all(rcpts: list[str], code: int, reply: bytes | str) -> dict[str, Attempt]:
    return dict.fromkeys(rcpts, _attempt(code, reply))
