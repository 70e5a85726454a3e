"""QR codes in pictures: decoded offline, read as links, and bounded in cost whatever the picture."""

from __future__ import annotations

import base64
import io
import time
from email.message import EmailMessage

import pytest
import zxingcpp
from PIL import Image

from mailverdict.engine import Disposition, analyze, qrcodes
from mailverdict.engine.message import parse
from tests.engine.mail import authenticated


def _qr(text: str, fmt: str = "PNG", scale: int = 4) -> bytes:
    picture = Image.fromarray(zxingcpp.create_barcode(text, zxingcpp.BarcodeFormat.QRCode).to_image(scale=scale))
    out = io.BytesIO()
    picture.convert("RGB").save(out, fmt)
    return out.getvalue()


def _message(sender: str, subject: str, text: str, picture: bytes, subtype: str = "png") -> bytes:
    msg = authenticated(sender, subject, text)
    msg.add_attachment(picture, maintype="image", subtype=subtype, filename=f"code.{subtype}")
    return msg.as_bytes()


LURE = (
    "Your password expires today and multi-factor authentication must be re-enabled. "
    "Scan the QR code with your phone to verify your account and keep access to your mailbox."
)


@pytest.mark.parametrize("fmt", ["PNG", "JPEG", "GIF", "BMP", "WEBP"])
def test_decodes_each_picture_format(fmt: str) -> None:
    assert qrcodes.decode(_qr("https://pay.example.net/i/42", fmt)) == ["https://pay.example.net/i/42"]


def test_quishing_with_a_credential_lure_is_at_least_suspicious() -> None:
    qr = _qr("https://secure-login-portal.pages.dev/?u=bob@corp.example")
    raw = _message("IT Service Desk <servicedesk@corp-it-notices.example>", "Action required: MFA", LURE, qr)
    verdict = analyze(raw)
    names = {f.name for f in verdict.findings}
    assert {"QR_CODE_LINK", "LINK_FREE_HOSTING", "QR_CODE_LURE", "PHISH_LINK_LURE"} <= names
    assert verdict.disposition.severity >= Disposition.SUSPICIOUS.severity
    # The code is evidence of its own: the same words without it carry less threat.
    plain = _message("IT Service Desk <servicedesk@corp-it-notices.example>", "Action required: MFA", LURE, b"")
    assert analyze(plain).axis_scores["threat"] < verdict.axis_scores["threat"]


def test_a_bare_picture_of_a_code_to_a_shortener_is_evidence() -> None:
    raw = _message("HR <hr@payroll-docs.example>", "Q4 bonus statement", "Scan to view.", _qr("https://bit.ly/3abcd"))
    names = {f.name for f in analyze(raw).findings}
    assert {"QR_CODE_LINK", "QR_CODE_BODY", "URL_SHORTENER", "QR_CODE_LURE"} <= names


def test_a_ticket_with_a_code_to_the_senders_own_domain_stays_clean() -> None:
    text = (
        "Hi Bob, thanks for your order. Your ticket for Saturday's concert is attached: show the QR code "
        "at the entrance. Doors open at 19:00. See you there!"
    )
    raw = _message(
        "Arena Tickets <tickets@arena-hall.example>", "Your ticket", text, _qr("https://arena-hall.example/t/8812")
    )
    verdict = analyze(raw)
    assert verdict.disposition in (Disposition.NONE, Disposition.BULK)
    assert not {f.name for f in verdict.findings} & {"QR_CODE_LINK", "QR_CODE_LURE"}


def test_a_code_to_an_ordinary_foreign_site_alone_stays_far_below_any_threshold() -> None:
    text = "Hi Bob, the invoice for October is attached. The code on it opens the payment page of our bank."
    raw = _message("Accounts <accounts@smallshop.example>", "October invoice", text, _qr("https://pay.bank.example/x"))
    verdict = analyze(raw)
    qr = [f for f in verdict.findings if f.name == "QR_CODE_LINK"]
    assert qr and qr[0].strength < 1.0
    assert verdict.disposition in (Disposition.NONE, Disposition.BULK)


def test_codes_are_decoded_once_per_message() -> None:
    msg = parse(_message("a <a@b.example>", "s", "t", _qr("https://c.example/")))
    assert qrcodes.links(msg) == (qrcodes.QrLink("https://c.example/", "code.png"),)
    msg.memo["qrcodes"] = ()
    assert qrcodes.links(msg) == ()


def _bomb() -> bytes:
    # A tiny PNG whose header claims 30000 x 30000 pixels: never decoded.
    out = io.BytesIO()
    Image.new("1", (30000, 30000)).save(out, "PNG")
    return out.getvalue()


@pytest.mark.parametrize(
    "picture",
    [
        b"\x89PNG\r\n\x1a\n" + b"\x00" * 50,
        _qr("https://x.example/")[:200],
        b"\xff\xd8\xff\xe0" + b"junk" * 100,
        b"GIF89a\xff\xff\xff\xff" + b"\x00" * 20,
        b"not a picture at all",
    ],
    ids=["png-header-only", "truncated-png", "broken-jpeg", "huge-gif-header", "junk"],
)
def test_broken_pictures_cost_little_and_never_raise(picture: bytes) -> None:
    started = time.thread_time()
    assert qrcodes.decode(picture) == []
    verdict = analyze(_message("a <a@b.example>", "s", "t", picture))
    assert time.thread_time() - started < 0.5
    assert "check_errors" not in verdict.extra


def test_huge_pictures_are_skipped_before_decoding() -> None:
    bomb = _bomb()
    started = time.thread_time()
    assert qrcodes.decode(bomb) == []
    assert time.thread_time() - started < 0.2


def test_large_pictures_are_scaled_down_and_still_read() -> None:
    code = Image.open(io.BytesIO(_qr("https://big.example/q", scale=20)))
    canvas = Image.new("RGB", (3000, 2000), "white")
    canvas.paste(code, (100, 100))
    out = io.BytesIO()
    canvas.save(out, "JPEG")
    started = time.thread_time()
    assert qrcodes.decode(out.getvalue()) == ["https://big.example/q"]
    assert time.thread_time() - started < 0.5


def test_only_a_few_pictures_are_read() -> None:
    msg = EmailMessage()
    msg["From"] = "a <a@b.example>"
    msg.set_content("t")
    for n in range(qrcodes.MAX_IMAGES + 3):
        msg.add_attachment(_qr(f"https://c{n}.example/"), maintype="image", subtype="png", filename=f"{n}.png")
    found = qrcodes.links(parse(msg.as_bytes()))
    assert [q.url for q in found] == [f"https://c{n}.example/" for n in range(qrcodes.MAX_IMAGES)]


def test_codes_in_html_data_uris_are_read() -> None:
    encoded = base64.b64encode(_qr("https://bit.ly/4qrz")).decode()
    msg = EmailMessage()
    msg["From"] = "a <a@b.example>"
    msg.set_content(
        f'<html><body><p>Scan me</p><img src="data:image/png;base64,{encoded}"></body></html>', subtype="html"
    )
    assert [q.url for q in qrcodes.links(parse(msg.as_bytes()))] == ["https://bit.ly/4qrz"]


def test_transparent_pictures_are_read_on_a_white_page() -> None:
    code = Image.open(io.BytesIO(_qr("https://t.example/a"))).convert("L")
    # Dark modules on a transparent background, as a mail client would draw them on white.
    clear = Image.new("LA", code.size, (0, 0))
    clear.putalpha(code.point(lambda v: 255 - v))
    out = io.BytesIO()
    clear.save(out, "PNG")
    assert qrcodes.decode(out.getvalue()) == ["https://t.example/a"]


def test_many_bogus_data_uris_cost_little() -> None:
    junk = "".join(f'<img src="data:image/png;base64,{"A" * 201}{n}">' for n in range(3000))
    msg = EmailMessage()
    msg["From"] = "a <a@b.example>"
    msg.set_content(f"<html><body>{junk}</body></html>", subtype="html")
    raw = msg.as_bytes()
    started = time.thread_time()
    verdict = analyze(raw)
    assert time.thread_time() - started < 1.0
    assert "check_errors" not in verdict.extra


def test_large_pictures_other_than_jpeg_are_skipped_unread() -> None:
    # Only JPEG decodes at a reduced scale; a large PNG would cost its every pixel first.
    code = Image.open(io.BytesIO(_qr("https://big.example/p", scale=20)))
    canvas = Image.new("L", (2500, 2000), "white")
    canvas.paste(code, (100, 100))
    out = io.BytesIO()
    canvas.save(out, "PNG")
    assert qrcodes.decode(out.getvalue()) == []
