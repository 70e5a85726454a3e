"""checks/sender.py: envelope, Reply-To, display names, brands and lookalike sender domains."""

from __future__ import annotations

from pathlib import Path

import pytest

from mailverdict.engine import ScanContext, analyze
from mailverdict.engine.checks import sender
from mailverdict.engine.context import ImpersonationEntry
from mailverdict.engine.message import parse
from tests.engine.checks.symbols import FIXTURES, cases, check_fixture, emitted

ACCOUNT = ScanContext(
    account_domains=("contoso.example",),
    impersonation_registry=(ImpersonationEntry("Maria Chen", "maria.chen@contoso.example"),),
)


@pytest.mark.parametrize(("name", "path", "hit"), cases(sender.NAMES))
def test_fixture(name: str, path: Path, hit: bool) -> None:
    check_fixture(name, path, hit, ACCOUNT)


def test_envelope_from_context_wins_over_return_path() -> None:
    path = FIXTURES / "FROM_ENVELOPE_MISMATCH" / "miss-1.eml"
    ctx = ScanContext(envelope=ScanContext().envelope.__class__(mail_from="x@elsewhere.example"))
    assert "FROM_ENVELOPE_MISMATCH" in emitted("FROM_ENVELOPE_MISMATCH", path, ctx)


def test_trusted_domain_is_not_a_lookalike() -> None:
    path = FIXTURES / "LOOKALIKE_SENDER_DOMAIN" / "hit-1.eml"
    ctx = ScanContext(account_domains=("contoso.example",), trusted_domains=("c0ntoso.example",))
    assert "LOOKALIKE_SENDER_DOMAIN" not in emitted("LOOKALIKE_SENDER_DOMAIN", path, ctx)


def test_registry_regex_addresses_match() -> None:
    path = FIXTURES / "DISPLAY_NAME_IMPERSONATION" / "hit-1.eml"
    entry = ImpersonationEntry("Maria Chen", r"maria\.chen.*@gmail\.com", is_email_regex=True)
    assert "DISPLAY_NAME_IMPERSONATION" not in emitted(
        "DISPLAY_NAME_IMPERSONATION", path, ScanContext(impersonation_registry=(entry,))
    )


def test_evidence_names_the_addresses() -> None:
    msg = parse((FIXTURES / "REPLY_TO_DIVERGENT" / "hit-1.eml").read_bytes())
    found = {f.name: f for f in sender.check(msg, ScanContext())}
    assert "dana.reyes@fabrikam.example" in found["REPLY_TO_DIVERGENT"].evidence[0]


def test_recipient_domain_without_a_dot_names_no_organisation() -> None:
    raw = (FIXTURES / "RECIPIENT_DOMAIN_POSING" / "hit-2.eml").read_bytes()
    raw = raw.replace(b"To: sam@contoso.example", b"To: sam@pot").replace(b"contoso.example:", b"Your spot:")
    ctx = ScanContext(enabled_checks=frozenset({"RECIPIENT_DOMAIN_POSING"}))
    assert "RECIPIENT_DOMAIN_POSING" not in {f.name for f in analyze(raw, ctx).findings}


def test_a_brand_spelled_in_disguise_in_the_display_name_is_a_claim() -> None:
    from mailverdict.engine import brands

    assert brands.brands_disguised("Amaz0n Prime") == ["amazon"]
    assert brands.brands_disguised("N e t f l i x Billing") == ["netflix"]
    assert brands.brands_disguised("PayPaI Service") == ["paypal"]
    # An accent the brand never carries disguises it; a brand's own accents and German's umlauts do not.
    assert brands.brands_disguised("Amaz\u00f3n Pedidos") == ["amazon"]
    assert brands.brands_disguised("Ita\u00fa Unibanco") == []
    assert brands.brands_disguised("Kathrin Roth (\u00fcber SharePoint)") == []
    # Plain spellings are brands_named's business; ordinary names spell nothing.
    assert brands.brands_disguised("Netflix") == []
    assert brands.brands_disguised("IT Support") == brands.brands_disguised("B2B Team") == []
    raw = (
        b"From: M c A f e e <renewals@shop-notice.example>\r\nTo: sam@contoso.example\r\nSubject: Renewal\r\n"
        b"Date: Tue, 3 Mar 2026 09:15:00 +0000\r\nMessage-ID: <4@shop-notice.example>\r\n\r\nHello\r\n"
    )
    found = [f for f in sender.check(parse(raw), ScanContext()) if f.name == "BRAND_IMPERSONATION"]
    assert found and found[0].strength == 1.0 and "in disguise" in found[0].evidence[0]


def _relayed(link: str) -> bytes:
    return (
        b'From: "news@digest.example" <relay-4417@forwarder.example>\r\nTo: sam@contoso.example\r\n'
        b"Subject: This week's digest\r\nDate: Tue, 3 Mar 2026 09:15:00 +0000\r\nMessage-ID: <7@forwarder.example>\r\n"
        b"MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
        b"This week: three articles.\r\nRead them at " + link.encode() + b"\r\n"
    )


def test_a_display_address_whose_domain_every_link_goes_to_is_a_relay_not_a_disguise() -> None:
    ctx = ScanContext(enabled_checks=frozenset({"DISPLAY_NAME_ADDRESS_MISMATCH"}))
    own = analyze(_relayed("https://lists.digest.example/week/12"), ctx)
    assert "DISPLAY_NAME_ADDRESS_MISMATCH" not in {f.name for f in own.findings}
    elsewhere = analyze(_relayed("https://digest-login.example/week/12"), ctx)
    assert "DISPLAY_NAME_ADDRESS_MISMATCH" in {f.name for f in elsewhere.findings}


def test_a_trade_qualifier_weighs_less_than_a_pretext() -> None:
    def strength(from_header: str) -> float:
        msg = parse(f"From: {from_header}\r\nTo: sam@contoso.example\r\nSubject: x\r\n\r\nHello\r\n".encode())
        found = [f for f in sender.check(msg, ScanContext()) if f.name == "SENDER_NAME_COMBO_DOMAIN"]
        return found[0].strength if found else 0.0

    assert strength("Mueller <info@mueller-bau.example>") == 0.4
    assert strength("Mueller <info@mueller-kundenservice.example>") == 1.0


def test_a_products_own_domain_speaks_for_its_maker() -> None:
    def impersonates(from_header: str) -> bool:
        msg = parse(f"From: {from_header}\r\nTo: sam@contoso.example\r\nSubject: x\r\n\r\nHello\r\n".encode())
        return any(f.name == "BRAND_IMPERSONATION" for f in sender.check(msg, ScanContext()))

    assert not impersonates("Microsoft OneDrive <onedrive@email.onedrive.com>")
    assert impersonates("Microsoft OneDrive <onedrive@onedrive-storage.example>")
    assert impersonates("Microsoft PayPal <service@onedrive.com>")
