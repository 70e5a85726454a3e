"""Test messages for engine tests: an authenticated sender's note to Bob, and a notice to read lure phrases in."""

from __future__ import annotations

from email.message import EmailMessage

from mailverdict.engine.checks import lure, scam
from mailverdict.engine.context import ScanContext
from mailverdict.engine.message import parse

AUTH = "mx.example.org; spf=pass smtp.mailfrom={d}; dkim=pass header.d={d}; dmarc=pass header.from={d}"


def authenticated(sender: str, subject: str, text: str) -> EmailMessage:
    """A plain-text message from ``sender`` (``Name <a@b>`` or ``a@b``), authenticated for its own domain."""
    msg = EmailMessage()
    domain = sender.rsplit("@", 1)[1].rstrip(">")
    msg["Authentication-Results"] = AUTH.format(d=domain)
    msg["From"] = sender
    msg["To"] = "Bob Smith <bob@corp.example>"
    msg["Subject"] = subject
    msg["Date"] = "Tue, 24 Nov 2026 10:00:00 +0000"
    msg["Message-ID"] = f"<1@{domain}>"
    msg.set_content(text)
    return msg


def notice(subject: str, body: str, sender: str = "Notice <info@notice.example>") -> bytes:
    """A plain-text notice with one link: the shape the lure tests read each language's phrases in."""
    return (
        f"From: {sender}\r\nTo: sam@contoso.example\r\nSubject: {subject}\r\n"
        "Date: Tue, 3 Mar 2026 09:15:00 +0000\r\nMessage-ID: <9@notice.example>\r\n"
        "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
        f"{body}\r\nhttps://notice.example/start\r\n"
    ).encode()


def lure_findings(subject: str, body: str, sender: str = "Notice <info@notice.example>") -> set[str]:
    """What the lure and scam checks find in such a notice."""
    msg = parse(notice(subject, body, sender))
    return {f.name for f in [*lure.check(msg, ScanContext()), *scam.check(msg, ScanContext())]}
