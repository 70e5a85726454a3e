"""engine/message.py: what parsing extracts, and the limits that keep it cheap."""

from __future__ import annotations

from mailverdict.engine import message
from mailverdict.engine.message import parse


def test_headers_decoded_and_addresses_read() -> None:
    msg = parse(
        b"From: =?utf-8?Q?Jos=C3=A9?= <jose@example.org>\r\nTo: a@example.net, B <b@example.net>\r\n"
        b"Reply-To: r@example.com\r\nSubject: =?utf-8?B?w4ljaGFuZ2U=?=\r\n"
        b"Date: Tue, 3 Mar 2026 09:15:00 +0100\r\n\r\nhi\r\n"
    )
    assert msg.from_name == "José" and msg.from_address == "jose@example.org"
    assert msg.subject == "Échange" and msg.reply_to == "r@example.com"
    assert msg.sent_at == "2026-03-03T09:15:00+01:00"


def test_links_from_html_and_text() -> None:
    msg = parse(
        b'From: a@b.example\r\nContent-Type: multipart/alternative; boundary="x"\r\n\r\n--x\r\n'
        b"Content-Type: text/plain\r\n\r\nsee www.example.org/a.\r\n--x\r\nContent-Type: text/html\r\n\r\n"
        b'<a href="https://example.com/b">Example <b>site</b></a>\r\n--x--\r\n'
    )
    found = {(link.href, link.text) for link in msg.links}
    assert ("https://example.com/b", "Example site") in found
    assert ("http://www.example.org/a", None) in found


def test_plain_part_that_is_html_is_read_as_html() -> None:
    msg = parse(
        b"From: a@b.example\r\n\r\n<html><body><p>Hello <a href='http://x.example/'>there</a></p></body></html>\r\n"
    )
    assert msg.text.strip() == "Hello there"
    assert msg.links[0].href == "http://x.example/"


def test_attachment_facts() -> None:
    msg = parse(
        b'From: a@b.example\r\nContent-Type: multipart/mixed; boundary="m"\r\n\r\n--m\r\n'
        b'Content-Type: application/pdf; name="x.pdf"\r\nContent-Transfer-Encoding: base64\r\n\r\nTVqQAA==\r\n--m--\r\n'
    )
    (attachment,) = msg.attachments
    assert attachment.filename == "x.pdf" and attachment.facts.sniffed == "exe" and attachment.facts.size == 4


def test_limits_are_recorded_as_defects(monkeypatch: object) -> None:
    parts = b"".join(b"--p\r\nContent-Type: text/plain\r\n\r\nx\r\n" for _ in range(message.MAX_PARTS + 5))
    msg = parse(b'From: a@b.example\r\nContent-Type: multipart/mixed; boundary="p"\r\n\r\n' + parts + b"--p--\r\n")
    assert len(msg.parts) == message.MAX_PARTS
    assert msg.malformed and any("MIME parts" in d for d in msg.defects)


def test_nothing_raises_on_empty_or_binary() -> None:
    for raw in (b"", b"\x00" * 10, b"\r\n\r\n", b"Content-Type: multipart/mixed\r\n\r\n"):
        parse(raw)


def test_a_calendar_invite_is_read_as_its_reader_sees_it() -> None:
    msg = parse(
        b'From: a@b.example\r\nContent-Type: multipart/mixed; boundary="x"\r\n\r\n--x\r\n'
        b"Content-Type: text/calendar; method=REQUEST; charset=utf-8\r\n\r\n"
        b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nSUMMARY:Payroll: confirm your details\r\n"
        b"DESCRIPTION;LANGUAGE=en-US:Confirm your bank details before Friday\\, or your sal\r\n"
        b" ary is delayed.\\nhttps://payroll.example.net/confirm\r\n"
        b"LOCATION:Online\r\nDTSTART:20260303T090000Z\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n--x--\r\n"
    )
    assert "Confirm your bank details before Friday, or your salary is delayed." in msg.text
    assert "Payroll: confirm your details" in msg.text
    assert "DTSTART" not in msg.text
    assert [link.href for link in msg.links] == ["https://payroll.example.net/confirm"]
