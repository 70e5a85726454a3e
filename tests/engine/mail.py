"""Test messages for engine tests: a sender whose domain passes SPF, DKIM and DMARC, to Bob at corp.example."""

from __future__ import annotations

from email.message import EmailMessage

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
