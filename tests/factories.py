"""Test data: accounts with credentials, and small messages written here (never from a corpus)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid

from mailverdict.services import accounts
from mailverdict.services.imports import import_one
from mailverdict.store.db import Database
from mailverdict.store.models import Message


@dataclass(frozen=True)
class Tenant:
    account_id: str
    token: str
    read_token: str
    token_id: str
    email: str
    api_key: str


def tenant(db: Database, *, name: str = "Acme") -> Tenant:
    account = accounts.create_account(db, name=name)
    write = accounts.create_token(db, account_ids=[account.id], name="writer")
    read = accounts.create_token(db, account_ids=[account.id], read_only=True, name="reader")
    email = f"analyst-{account.id[:6]}@example.com"
    _, key = accounts.create_user(db, email=email, account_ids=[account.id])
    return Tenant(account.id, write.value, read.value, write.id, email, key)


def eml(
    *,
    subject: str = "Quarterly report",
    sender: str = "Alice Example <alice@example.com>",
    to: str = "bob@example.org",
    body: str = "Hi Bob,\n\nThe report is attached as discussed at the meeting.\n\nAlice\n",
    html: str | None = None,
    headers: dict[str, str] | None = None,
) -> bytes:
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = to
    msg["Subject"] = subject
    msg["Date"] = format_datetime(datetime(2026, 11, 20, 9, 30, tzinfo=UTC))
    msg["Message-ID"] = make_msgid(domain="example.com")
    for name, value in (headers or {}).items():
        msg[name] = value
    msg.set_content(body)
    if html is not None:
        msg.add_alternative(html, subtype="html")
    return bytes(msg)


def phish() -> bytes:
    return eml(
        subject="Urgent: verify your account password now",
        sender='"PayPal Security" <security@paypa1-verify.top>',
        body="Your account has been suspended. Verify your password immediately at http://192.0.2.7/login",
        html='<p>Your account has been suspended.</p><a href="http://192.0.2.7/login">https://www.paypal.com/</a>'
             '<form action="http://192.0.2.7/steal"><input type="password" name="pw"></form>',
        headers={"Authentication-Results": "mx.example.org; spf=fail smtp.mailfrom=paypa1-verify.top; "
                                           "dkim=none; dmarc=fail header.from=paypa1-verify.top",
                 "Reply-To": "collect@another-domain.example"},
    )


def stored(db: Database, account_id: str, raw: bytes | None = None) -> Message:
    return import_one(db, account_id, raw or eml())
