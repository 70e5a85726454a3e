"""checks/auth.py: receiver-recorded SPF/DKIM/DMARC/ARC and our own DKIM verification."""

from __future__ import annotations

from pathlib import Path

import pytest

from mailverdict.engine import Disposition, ScanContext, analyze
from mailverdict.engine.checks import auth
from tests.engine.checks.symbols import FIXTURES, cases, check_fixture, emitted

# Public half of the key that signed the DKIM fixtures (selector fx2026, d=northwind.example).
PUBLIC_KEY = (
    "MIGfMA0GCSqGSIb3DQEBAQUAA4GNADCBiQKBgQDb7jJGbMkDumakisNDJCSHEIOku9DHvolqb5BO7cLadBXzawWef914Pc7Knvg49mv8VC7DBU"
    "C1dXs0Wzxy+PgD4lptrbL8yLr5WURNTqzTji9Eh6NwKdyIuDVDzwi6Hu+H452R9zgwK2CaggNlQs1n+Ahu4/4fyGAB84vZ8ZRzmQIDAQAB"
)
LOOKUPS: list[str] = []


def resolver(name: str) -> list[str] | None:
    LOOKUPS.append(name)
    if name == "fx2026._domainkey.northwind.example":
        return [f"v=DKIM1; k=rsa; p={PUBLIC_KEY}"]
    return None


DNS = ScanContext(dns_txt=resolver)


@pytest.mark.parametrize(("name", "path", "hit"), cases(auth.NAMES))
def test_fixture(name: str, path: Path, hit: bool) -> None:
    check_fixture(name, path, hit, DNS)


def test_no_verification_without_dns_answers() -> None:
    signed = FIXTURES / "DKIM_VERIFIED" / "hit-1.eml"
    assert "DKIM_VERIFIED" not in emitted("DKIM_VERIFIED", signed, ScanContext())


def test_verification_asks_the_injected_resolver_for_the_selector() -> None:
    LOOKUPS.clear()
    emitted("DKIM_VERIFIED", FIXTURES / "DKIM_VERIFIED" / "hit-1.eml", DNS)
    assert LOOKUPS == ["fx2026._domainkey.northwind.example"]


def test_missing_key_is_a_verify_failure() -> None:
    found = emitted("DKIM_VERIFY_FAIL", FIXTURES / "DKIM_VERIFIED" / "hit-1.eml", ScanContext(dns_txt=lambda _: None))
    assert "DKIM_VERIFY_FAIL" in found


def test_an_unaligned_pass_alone_stays_far_below_spoof() -> None:
    verdict = analyze((FIXTURES / "DMARC_UNALIGNED" / "hit-1.eml").read_bytes())
    assert "DMARC_UNALIGNED" in {f.name for f in verdict.findings}
    assert verdict.disposition in (Disposition.NONE, Disposition.BULK)


def test_an_unaligned_pass_corroborates_a_brand_display_name() -> None:
    raw = (FIXTURES / "DMARC_UNALIGNED" / "hit-1.eml").read_bytes()
    posing = raw.replace(b"From: Northwind Billing", b"From: PayPal Billing")
    assert "SPOOFED_BRAND" in {f.name for f in analyze(posing).findings}
    aligned = (FIXTURES / "DMARC_UNALIGNED" / "miss-1.eml").read_bytes().replace(b"From: Northwind", b"From: PayPal")
    assert "DMARC_UNALIGNED" not in {f.name for f in analyze(aligned).findings}
