"""Authentication-Results as receiving servers really write them, read into results per method."""

from __future__ import annotations

from mailverdict.engine import authresults
from mailverdict.engine.message import parse


def _read(*headers: str) -> authresults.AuthResults:
    lines = "".join(f"Authentication-Results: {h}\r\n" for h in headers)
    return authresults.read(parse(f"{lines}From: a@b.example\r\nSubject: s\r\n\r\nbody\r\n".encode()))


def test_gmail_style_header_with_comments_holding_separators() -> None:
    found = _read(
        "mx.google.com;\r\n dkim=pass header.i=@shop.example header.s=s1 header.b=Ab;\r\n"
        " spf=pass (google.com: domain of b@shop.example designates 192.0.2.1; as permitted sender)"
        " smtp.mailfrom=b@shop.example;\r\n dmarc=pass (p=REJECT sp=REJECT dis=NONE) header.from=shop.example"
    )
    assert found.results == {"dkim": "pass", "spf": "pass", "dmarc": "pass"}
    assert found.header_from == "shop.example"
    assert found.dkim_domains == ("shop.example",)
    assert found.spf_domain == "shop.example"


def test_exchange_header_without_authserv_id_and_with_bare_keys() -> None:
    found = _read(
        "spf=softfail (sender IP is 192.0.2.7) smtp.mailfrom=bank.example; dkim=none (message not signed)"
        " header.d=none;dmarc=fail action=quarantine header.from=bank.example;compauth=fail reason=001"
    )
    assert found.results == {"spf": "softfail", "dkim": "none", "dmarc": "fail", "compauth": "fail"}
    assert found.header_from == "bank.example"
    assert found.validation("spf") == "fail"
    assert found.spf_domain == "bank.example"  # smtp.mailfrom may be a bare domain


def test_each_signature_keeps_its_own_domain() -> None:
    found = _read("mx.example; dkim=fail (bad (nested) sig) header.d=first.example;"
                  " dkim=pass header.d=second.example header.b=\"a;b\"")
    assert found.results["dkim"] == "fail"  # the first result per method is the one that counts
    assert found.dkim_domains == ("second.example",)


def test_version_and_no_results() -> None:
    found = _read("mx.example 1; none")
    assert found.results == {}
    assert found.sources == ()


def test_a_header_that_breaks_the_grammar_is_still_read_for_its_pairs() -> None:
    found = _read("mx.example; spf=pass (unclosed comment smtp.mailfrom=x.example; dmarc=fail header.from=x.example")
    assert found.results == {"spf": "pass", "dmarc": "fail"}
    assert found.header_from == "x.example"


def test_the_nearest_server_wins() -> None:
    found = _read("near.example; spf=fail smtp.mailfrom=x.example", "far.example; spf=pass smtp.mailfrom=x.example")
    assert found.results["spf"] == "fail"


def _received_spf(value: str) -> authresults.AuthResults:
    raw = f"Received-SPF: {value}\r\nFrom: a@b.example\r\nSubject: s\r\n\r\nbody\r\n"
    return authresults.read(parse(raw.encode()))


def test_received_spf_names_the_envelope_sender() -> None:
    stated = _received_spf("pass client-ip=192.0.2.7; envelope-from=\"b@relay.example\"; helo=mx.relay.example;")
    assert stated.spf_domain == "relay.example"
    commented = _received_spf("pass (mx.example: domain of bounce@Send.Relay.example designates 192.0.2.7 as"
                              " permitted sender) client-ip=192.0.2.7;")
    assert commented.spf_domain == "send.relay.example"
    assert _received_spf("none (mx.example: no envelope sender)").spf_domain is None
