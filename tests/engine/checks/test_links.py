"""checks/links.py: deceptive link text, IP hosts, shorteners, risky TLDs and hosting, lookalikes."""

from __future__ import annotations

from pathlib import Path

import pytest

from mailverdict.engine import ScanContext, analyze, brands
from mailverdict.engine.checks import links
from mailverdict.engine.message import parse
from tests.engine.checks.symbols import FIXTURES, cases, check_fixture

ACCOUNT = ScanContext(account_domains=("contoso.example",))


@pytest.mark.parametrize(("name", "path", "hit"), cases(links.NAMES))
def test_fixture(name: str, path: Path, hit: bool) -> None:
    check_fixture(name, path, hit, ACCOUNT)


def test_text_mismatch_evidence_shows_both_domains() -> None:
    msg = parse((FIXTURES / "LINK_TEXT_MISMATCH" / "hit-1.eml").read_bytes())
    (finding,) = [f for f in links.check(msg, ScanContext()) if f.name == "LINK_TEXT_MISMATCH"]
    assert "www.contoso.example" in finding.evidence[0] and "login.fabrikam.example" in finding.evidence[0]


def test_strength_grows_with_repeated_offenders() -> None:
    one = parse(b"From: a@b.example\r\n\r\nhttp://198.51.100.1/a\r\n")
    three = parse(b"From: a@b.example\r\n\r\nhttp://198.51.100.1/a http://198.51.100.2/b http://198.51.100.3/c\r\n")
    strength = {
        n: next(f.strength for f in links.check(m, ScanContext()) if f.name == "LINK_IP_LITERAL")
        for n, m in (("one", one), ("three", three))
    }
    assert strength["one"] < strength["three"] == 1.0


def _link_findings(raw: bytes) -> set[str]:
    return {f.name for f in links.check(parse(raw), ScanContext())}


def test_recipient_address_found_encoded_at_any_alignment() -> None:
    import base64

    for prefix in (b"", b"u=", b"id=", b"xx:yy"):
        token = base64.b64encode(prefix + b"sam@contoso.example|123").decode()
        raw = (
            b"From: a@northwind.example\r\nTo: sam@contoso.example\r\n\r\n"
            + f"https://portal.fabrikam.example/go?t={token}\r\n".encode()
        )
        assert "LINK_RECIPIENT_ADDRESS" in _link_findings(raw), prefix


def test_recipient_address_in_query_is_how_newsletters_link() -> None:
    raw = b"From: a@northwind.example\r\nTo: sam@contoso.example\r\n\r\nhttps://northwind.example/read?email=sam@contoso.example\r\n"
    assert "LINK_RECIPIENT_ADDRESS" not in _link_findings(raw)


def test_sign_in_link_for_the_claimed_brand_on_its_own_domain_is_fine() -> None:
    raw = (
        b"From: PayPal <service@paypal.com>\r\nTo: sam@contoso.example\r\nContent-Type: text/html\r\n\r\n"
        b'<a href="https://www.paypal.com/signin">Log in to PayPal</a>\r\n'
    )
    assert "LINK_BRAND_MISMATCH" not in _link_findings(raw)


def test_sole_foreign_link_needs_a_sender_domain() -> None:
    raw = b"From: nobody\r\nTo: sam@contoso.example\r\n\r\nhttps://files.fabrikam.example/q1\r\n"
    assert "LINK_SOLE_FOREIGN" not in _link_findings(raw)


def test_recipient_address_found_in_url_safe_base64() -> None:
    import base64

    for prefix in (b"", b"?", b"~~"):
        token = base64.urlsafe_b64encode(prefix + b"jo>?@contoso.example").decode()
        raw = (
            b"From: a@northwind.example\r\nTo: jo>?@contoso.example\r\n\r\n"
            + f"https://portal.fabrikam.example/go?t={token}\r\n".encode()
        )
        assert "LINK_RECIPIENT_ADDRESS" in _link_findings(raw), (prefix, token)


def test_brand_claims_need_dealings_not_a_mention() -> None:
    assert brands.claimed_in("Your Netflix membership is on hold", "netflix")
    assert brands.claimed_in("Sua conta Nubank foi bloqueada", "nubank")
    assert not brands.claimed_in("Microsoft patched three flaws in Windows", "microsoft")


def test_brand_mail_whose_every_link_goes_elsewhere_is_suspicious() -> None:
    raw = (FIXTURES / "BRAND_IN_TEXT" / "hit-1.eml").read_bytes()
    raw = raw.replace(b"From: Member Services <", b"From: Netflix <")
    verdict = analyze(raw)
    names = {f.name for f in verdict.findings}
    assert {"BRAND_IMPERSONATION", "LINK_SOLE_FOREIGN", "BRAND_SOLE_FOREIGN_LINK"} <= names
    assert verdict.disposition.value in ("SUSPICIOUS", "MALICIOUS")


def test_link_text_naming_a_bank_over_an_ip_link_is_corroborated() -> None:
    raw = (
        b"From: Dana Reyes <dana@northwind.example>\r\nTo: sam@contoso.example\r\nSubject: Statement\r\n"
        b"Date: Tue, 3 Mar 2026 09:15:00 +0000\r\nMessage-ID: <2@northwind.example>\r\n"
        b"Content-Type: text/html; charset=utf-8\r\n\r\n"
        b'<p>See <a href="http://192.0.2.7/statement">www.bank.example/statement</a></p>\r\n'
    )
    names = {f.name for f in analyze(raw).findings}
    assert {"LINK_TEXT_MISMATCH", "LINK_IP_LITERAL", "MISLABELLED_LINK_CONCEALED"} <= names


def test_pages_anyone_can_publish_are_free_hosting() -> None:
    assert links._is_free_hosting("express.adobe.com", "https://express.adobe.com/page/Xy12AbCd/")
    assert links._is_free_hosting("docs.google.com", "https://docs.google.com/document/d/e/2PACX-1vQ/pub")
    assert not links._is_free_hosting("docs.google.com", "https://docs.google.com/document/d/1AbC/edit")
    cid = "QmYwAPJzv5CZsnA625s3Xf2nemtYgPpHdWEz79ojWnPbdG"
    assert links._is_free_hosting("gateway.example", f"https://gateway.example/ipfs/{cid}/index.html")
    # A project page that happens to be called ipfs is not IPFS content.
    assert not links._is_free_hosting("freshmeat.example", "http://freshmeat.example/projects/ipfs/")
