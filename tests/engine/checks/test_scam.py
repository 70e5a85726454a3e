"""checks/scam.py: prize, crypto, delivery, billing, document-share and mailbox lure families."""

from __future__ import annotations

from pathlib import Path

import pytest

from mailverdict.engine import ScanContext, analyze, scamwords
from mailverdict.engine.checks import scam
from mailverdict.engine.phrases import PhraseSet
from tests.engine.checks.symbols import FIXTURES, cases, check_fixture


@pytest.mark.parametrize(("name", "path", "hit"), cases(scam.NAMES))
def test_fixture(name: str, path: Path, hit: bool) -> None:
    check_fixture(name, path, hit)


def test_story_without_a_way_to_act_is_not_a_lure() -> None:
    # miss-2 tells the same story as hit-1 but gives no link, attachment, reply address or number.
    verdict = analyze((FIXTURES / "PRIZE_LURE" / "miss-2.eml").read_bytes())
    assert "PRIZE_LURE" not in {f.name for f in verdict.findings}


def test_phone_number_counts_as_a_way_to_act() -> None:
    assert scam._phone("call +1 (808) 555-0142 now") == "+1 (808) 555-0142"
    assert scam._phone("order 2024-03-01 of 12 items") is None


def test_disguised_sender_composite_raises_a_scam_to_suspicious() -> None:
    raw = (FIXTURES / "DELIVERY_LURE" / "hit-1.eml").read_bytes()
    raw = raw.replace(
        b"From: Parcel Service <noreply@parcel-notice.example>", b"From: DHL Express <noreply@parcel-notice.example>"
    )
    verdict = analyze(raw)
    names = {f.name for f in verdict.findings}
    assert {"DELIVERY_LURE", "BRAND_IMPERSONATION", "SCAM_DISGUISED_SENDER"} <= names
    assert verdict.disposition.value in ("SUSPICIOUS", "MALICIOUS")


def test_lure_addressed_to_a_role_is_corroborated() -> None:
    raw = (
        b"From: Mail Team <team@quota-notice.example>\r\nTo: sam@contoso.example\r\nSubject: Mailbox full\r\n"
        b"Date: Tue, 3 Mar 2026 09:15:00 +0000\r\nMessage-ID: <1@quota-notice.example>\r\n\r\n"
        b"Dear user,\r\n\r\nYour mailbox is full and incoming messages are on hold. Upgrade at "
        b"https://quota-notice.example/upgrade\r\n"
    )
    names = {f.name for f in analyze(raw).findings}
    assert {"GENERIC_GREETING", "MAILBOX_LURE", "LURE_TO_NOBODY"} <= names


def _congratulations(second: bytes) -> bytes:
    return (
        b"From: Club Desk <desk@club.example>\r\nTo: sam@contoso.example\r\nSubject: Club news\r\n"
        b"Date: Tue, 3 Mar 2026 09:15:00 +0000\r\nMessage-ID: <9@club.example>\r\n"
        b"MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
        b"Congratulations to our members! " + second + b"\r\nMore at https://club.example/news\r\n"
    )


def test_congratulations_in_two_languages_is_one_phrase() -> None:
    ctx = ScanContext(enabled_checks=frozenset({"PRIZE_LURE"}))
    bilingual = analyze(_congratulations(b"Felicitations a nos membres!"), ctx)
    assert "PRIZE_LURE" not in {f.name for f in bilingual.findings}
    story = analyze(_congratulations(b"You have been selected to receive a reward."), ctx)
    assert "PRIZE_LURE" in {f.name for f in story.findings}


def _callback(sender: str, extra: str = "") -> bytes:
    return (
        f"From: {sender}\r\nTo: sam@contoso.example\r\nSubject: Order confirmation\r\n"
        "Date: Tue, 3 Mar 2026 09:15:00 +0000\r\nMessage-ID: <1@mail.example>\r\n\r\n"
        "Hello Sam, your McAfee subscription has been renewed and your card has been charged 429.99 USD. "
        f"If you did not authorize this payment, call +1 (808) 555-0143 today to cancel the renewal.{extra}\r\n"
    ).encode()


def test_a_callback_notice_for_a_brand_from_elsewhere_is_suspicious() -> None:
    verdict = analyze(_callback("Service Desk <service.desk@orders-center.example>"))
    assert {"CALLBACK_BRAND", "CALLBACK_LURE", "BILLING_LURE"} <= {f.name for f in verdict.findings}
    assert verdict.disposition.name in ("SUSPICIOUS", "MALICIOUS")


def test_the_brands_own_notice_or_one_with_a_link_is_no_callback() -> None:
    own = {f.name for f in analyze(_callback("McAfee <billing@mcafee.com>")).findings}
    linked = analyze(_callback("Desk <desk@orders-center.example>", " Details: https://orders-center.example/o/1"))
    assert "CALLBACK_BRAND" not in own
    assert "CALLBACK_BRAND" not in {f.name for f in linked.findings}


@pytest.mark.parametrize(
    "text",
    [
        "Das Dokument ist geschützt. Bitte öffnen Sie die Online-Version. Dokument öffnen",
        "Comprovante protegido: disponível só na versão online. Visualizar comprovante",
        "Le détail est dans le document sécurisé. Consulter l'avis de virement",
    ],
)
def test_a_protected_document_to_open_online_is_a_document_story(text: str) -> None:
    assert len(PhraseSet(scamwords.DOCUMENT).found(text, text.lower())) >= 2
