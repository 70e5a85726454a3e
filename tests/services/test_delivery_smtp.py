"""The bytes a relayed message goes out with: trace line, one disposition header, CRLF."""

from __future__ import annotations

import pytest

from mailverdict.services.delivery_smtp import header_value, parse_transport, with_disposition


@pytest.mark.parametrize(("disposition", "written"), [("SPAM", "UCE"), ("MALICIOUS", "MALICIOUS"),
                                                      ("NONE", "NONE"), (None, "NONE"), ("BULK", "BULK")])
def test_spam_is_written_as_uce(disposition: str | None, written: str) -> None:
    assert header_value(disposition) == written


def test_a_disposition_header_from_outside_is_replaced_with_ours() -> None:
    raw = (b"From: a@example.com\nX-CFEmailSecurity-Disposition: NONE\n\tfolded part\n"
           b"x-cfemailsecurity-disposition:   NONE\nSubject: hi\n\nbody line\n")
    out = with_disposition(raw, "SPAM", "from [192.0.2.1] by mx.test (mailverdict) with ESMTP id X")
    assert out == (b"Received: from [192.0.2.1] by mx.test (mailverdict) with ESMTP id X\r\n"
                   b"X-CFEmailSecurity-Disposition: UCE\r\nFrom: a@example.com\r\nSubject: hi\r\n\r\nbody line\r\n")


def test_the_body_is_untouched_apart_from_line_ends() -> None:
    raw = b"Subject: s\r\n\r\nX-CFEmailSecurity-Disposition: NONE in the body stays\r\n"
    assert with_disposition(raw, "BULK").endswith(b"\r\n\r\nX-CFEmailSecurity-Disposition: NONE in the body stays\r\n")


def test_a_message_without_a_body() -> None:
    assert with_disposition(b"Subject: s\r\n", "NONE") == b"X-CFEmailSecurity-Disposition: NONE\r\nSubject: s\r\n\r\n"


@pytest.mark.parametrize(("transport", "hop"), [("127.0.0.1:2526", ("127.0.0.1", 2526)),
                                                ("mx.example.org", ("mx.example.org", 25)),
                                                ("[::1]:2525", ("::1", 2525)), ("[::1]", ("::1", 25))])
def test_transport_forms(transport: str, hop: tuple[str, int]) -> None:
    assert parse_transport(transport) == hop
