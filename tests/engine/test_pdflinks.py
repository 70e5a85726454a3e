"""Links in PDF attachments: read offline from URI actions, plain or in compressed streams, bounded in cost."""

from __future__ import annotations

import io
import struct
import time
import zlib

import pytest
import zxingcpp
from PIL import Image

from mailverdict.engine import Disposition, analyze, pdflinks, qrcodes
from mailverdict.engine.files import DocumentLink
from mailverdict.engine.message import parse
from tests.engine.mail import authenticated


def _pdf(*objects: bytes) -> bytes:
    """A PDF with the given objects numbered from 1 (no valid xref: readers and we do not need it)."""
    body = b"".join(b"%d 0 obj\n%s\nendobj\n" % (n, o) for n, o in enumerate(objects, 1))
    return b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n" + body + b"trailer\n<< /Root 1 0 R >>\n%%EOF\n"


def _stream(data: bytes, compress: bool = True) -> bytes:
    packed = zlib.compress(data) if compress else data
    flate = b" /Filter /FlateDecode" if compress else b""
    return b"<< /Length %d%s >>\nstream\n%s\nendstream" % (len(packed), flate, packed)


def _button(uri: bytes) -> bytes:
    return b"<< /Type /Annot /Subtype /Link /Rect [100 500 300 540] /A << /S /URI /URI %s >> >>" % uri


def _lure_pdf(url: str) -> bytes:
    # The annotation packed into a compressed object stream, as modern writers do.
    packed = b"4 0 " + _button(b"(" + url.encode() + b")")
    return _pdf(
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /Annots [4 0 R] /Contents 6 0 R >>",
        b"<< /Type /ObjStm /N 1 /First 4 >>\n" + _stream(packed)[2:],
        b"",
        _stream(b"BT /F1 24 Tf 100 520 Td (VIEW DOCUMENT) Tj ET"),
    )


def _message(sender: str, subject: str, text: str, pdf: bytes | None, html: str | None = None) -> bytes:
    msg = authenticated(sender, subject, text)
    if html:
        msg.add_alternative(html, subtype="html")
    if pdf is not None:
        msg.add_attachment(pdf, maintype="application", subtype="pdf", filename="Document.pdf")
    return msg.as_bytes()


DOCUMENT_LURE = (
    "Hello, a secure document has been shared with you for review and signature. "
    "Open the attached file and click View Document to access the shared file before it expires."
)


@pytest.mark.parametrize(
    ("uri", "expected"),
    [
        (b"(https://a.example/x)", "https://a.example/x"),
        (b"(https://a.example/\\(p\\)\\061)", "https://a.example/(p)1"),
        (b"(https://a.example/(nested)q)", "https://a.example/(nested)q"),
        (b"(https://a.example/long\\\n/path)", "https://a.example/long/path"),
        (b"<68747470733A2F2F612E6578616D706C652F68>", "https://a.example/h"),
        (b"<68 74 74 70 3a 2f 2f 62 2e 65 78 61 6d 70 6c 65 2f 31>", "http://b.example/1"),
        (b"(\xfe\xff\x00h\x00t\x00t\x00p\x00s\x00:\x00/\x00/\x00u\x00.\x00e\x00x\x00a\x00m\x00p\x00l\x00e\x00/)",
         "https://u.example/"),
    ],
    ids=["literal", "escapes", "nested-parens", "line-continuation", "hex", "spaced-hex", "utf16"],
)
def test_uri_strings_are_read_in_every_spelling(uri: bytes, expected: str) -> None:
    assert pdflinks.read(_pdf(_button(uri))) == [expected]


def test_uris_in_compressed_object_streams_are_read() -> None:
    assert pdflinks.read(_lure_pdf("https://view-doc.pages.dev/?id=7")) == ["https://view-doc.pages.dev/?id=7"]


def test_an_escaped_key_name_and_a_form_target_are_read() -> None:
    pdf = _pdf(
        b"<< /A << /S /U#52I /U#52I (https://k.example/a) >> >>",
        b"<< /S /SubmitForm /F << /FS /URL /F (https://collect.example/post) >> >>",
    )
    assert pdflinks.read(pdf) == ["https://k.example/a", "https://collect.example/post"]


def test_pages_document_javascript_opens_are_read() -> None:
    pdf = _pdf(
        b"<< /S /JavaScript /JS (app.launchURL\\(\"https://js-open.example/a\", true\\);) >>",
        _stream(b"this.submitForm({cURL: 'https://js-post.example/c', cSubmitAs: 'HTML'});"),
    )
    assert pdflinks.read(pdf) == ["https://js-open.example/a", "https://js-post.example/c"]


def test_other_schemes_and_plain_text_are_not_links() -> None:
    pdf = _pdf(_button(b"(mailto:bob@corp.example)"), _stream(b"(https://text.example/ only drawn) Tj", False))
    assert pdflinks.read(pdf) == []


def test_a_pdf_with_many_links_is_a_document_not_a_carrier() -> None:
    refs = [_button(b"(https://ref%d.example/paper)" % n) for n in range(pdflinks.MAX_DOCUMENT_LINKS + 1)]
    raw = _message("Alice <alice@uni.example>", "Paper", "Draft attached.", _pdf(*refs))
    assert pdflinks.links(parse(raw)) == ()


def test_pdf_phishing_with_a_document_lure_is_at_least_suspicious() -> None:
    pdf = _lure_pdf("https://secure-share-portal.example/view?d=4411")
    raw = _message("Document Center <docs@share-notify.example>", "Document shared with you", DOCUMENT_LURE, pdf)
    verdict = analyze(raw)
    names = {f.name for f in verdict.findings}
    assert {"PDF_LINK", "PDF_ONLY_LINK", "DOCUMENT_LURE", "PDF_LINK_LURE"} <= names
    assert verdict.disposition.severity >= Disposition.SUSPICIOUS.severity
    # The same words with a PDF that links nowhere are not: the PDF's link is what tips it.
    inert = _message(
        "Document Center <docs@share-notify.example>", "Document shared with you", DOCUMENT_LURE, _pdf(b"<< >>")
    )
    assert analyze(inert).disposition.severity < verdict.disposition.severity


def test_a_pdf_button_to_free_hosting_raises_the_link_checks() -> None:
    raw = _message("Payroll <hr@payroll-mail.example>", "Salary statement", "See attached.", _lure_pdf(
        "https://salary-review.web.app/login"))
    names = {f.name for f in analyze(raw).findings}
    assert {"LINK_FREE_HOSTING", "PDF_LINK", "PDF_ONLY_LINK", "LINK_SOLE_FOREIGN"} <= names


def test_an_invoice_linking_to_the_senders_own_site_and_profiles_stays_clean() -> None:
    pdf = _pdf(
        _button(b"(https://www.smallshop.example/orders/1182)"),
        _button(b"(https://www.facebook.com/smallshop)"),
        _button(b"(https://printer-partner.example/)"),
    )
    text = (
        "Hi Bob, thanks for your order. The invoice for October is attached; payment is due within 30 days "
        "by bank transfer. Kind regards, Accounts"
    )
    verdict = analyze(_message("Accounts <accounts@smallshop.example>", "October invoice", text, pdf))
    names = {f.name for f in verdict.findings}
    assert not names & {"PDF_LINK", "PDF_LINK_LURE"}
    assert verdict.disposition in (Disposition.NONE, Disposition.BULK)


def test_a_pdf_link_where_the_body_links_too_is_not_the_only_carrier() -> None:
    html = '<p>Your statement is ready. <a href="https://bank.example/statements">Open it online</a></p>'
    raw = _message("Bank <news@bank.example>", "Statement", "Your statement is ready.", _lure_pdf(
        "https://partner-offers.example/card"), html)
    names = {f.name for f in analyze(raw).findings}
    assert "PDF_LINK" in names
    assert not names & {"PDF_ONLY_LINK", "PDF_LINK_LURE"}


def test_links_are_read_once_per_message() -> None:
    msg = parse(_message("a <a@b.example>", "s", "t", _lure_pdf("https://c.example/p")))
    assert pdflinks.links(msg) == (DocumentLink("https://c.example/p", "Document.pdf"),)
    msg.memo["pdflinks"] = ()
    assert pdflinks.links(msg) == ()


def test_encrypted_pdfs_are_left_to_the_attachment_checks() -> None:
    pdf = _pdf(_button(b"(https://c.example/p)"), b"<< /Encrypt 9 0 R >>")
    assert pdflinks.links(parse(_message("a <a@b.example>", "s", "t", pdf))) == ()


def _bomb() -> bytes:
    # 64 MB of zeros in one small stream, many times over.
    squeezed = zlib.compress(b"\0" * (64 * 1024 * 1024), 9)
    return _pdf(*[b"<< /Filter /FlateDecode >>\nstream\n" + squeezed + b"\nendstream" for _ in range(20)])


@pytest.mark.parametrize(
    "pdf",
    [
        _bomb(),
        b"%PDF-1.4\n" + b"stream\nx\x9c" * 20_000,
        b"%PDF-1.4\n/URI (" + b"(" * 100_000,
        b"%PDF-1.4\n/URI <" + b"41" * 100_000,
        _lure_pdf("https://x.example/")[:300],
    ],
    ids=["decompression-bomb", "many-broken-streams", "unclosed-literal", "unclosed-hex", "truncated"],
)
def test_hostile_pdfs_cost_little_and_never_raise(pdf: bytes) -> None:
    started = time.thread_time()
    pdflinks.read(pdf)
    verdict = analyze(_message("a <a@b.example>", "s", "t", pdf))
    assert time.thread_time() - started < 0.5
    assert "check_errors" not in verdict.extra


def test_mail_without_pdfs_reads_nothing() -> None:
    msg = parse(_message("a <a@b.example>", "s", "see https://c.example/", None))
    assert pdflinks.links(msg) == ()


def _code(url: str) -> Image.Image:
    return Image.fromarray(zxingcpp.create_barcode(url, zxingcpp.BarcodeFormat.QRCode).to_image(scale=6)).convert("L")


def _image_object(picture: Image.Image, how: str) -> bytes:
    width, height = picture.size
    size = b"/Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceGray" % (width, height)
    if how == "jpeg":
        out = io.BytesIO()
        picture.save(out, "JPEG")
        body, extra = out.getvalue(), b" /BitsPerComponent 8 /Filter /DCTDecode"
    elif how == "png-predictor":
        out = io.BytesIO()
        picture.save(out, "PNG")
        png = out.getvalue()
        # The PNG's IDAT data is what a PDF writer stores with /Predictor 15.
        body, at = b"", 8
        while at < len(png):
            (length,) = struct.unpack(">I", png[at : at + 4])
            if png[at + 4 : at + 8] == b"IDAT":
                body += png[at + 8 : at + 8 + length]
            at += 12 + length
        parms = b"/DecodeParms << /Predictor 15 /Colors 1 /Columns %d >>" % width
        extra = b" /BitsPerComponent 8 /Filter /FlateDecode " + parms
    elif how == "gray":
        body, extra = zlib.compress(picture.tobytes()), b" /BitsPerComponent 8 /Filter /FlateDecode"
    else:  # one bit a pixel, 0 black as PDF gray has it
        bits = picture.point(lambda v: 255 if v > 127 else 0).convert("1")
        body, extra = zlib.compress(bits.tobytes()), b" /BitsPerComponent 1 /Filter /FlateDecode"
    return b"<< %s%s /Length %d >>\nstream\n%s\nendstream" % (size, extra, len(body), body)


@pytest.mark.parametrize("how", ["jpeg", "png-predictor", "gray", "one-bit"])
def test_qr_codes_drawn_into_a_pdf_are_read(how: str) -> None:
    pdf = _pdf(b"<< /Type /Catalog >>", _image_object(_code("https://mfa-reset.pages.dev/u"), how))
    msg = parse(_message("IT <it@corp-notices.example>", "MFA", "Scan the code in the attached notice.", pdf))
    assert [q.url for q in qrcodes.links(msg)] == ["https://mfa-reset.pages.dev/u"]
    assert qrcodes.links(msg)[0].source == "a picture in Document.pdf"


def test_quishing_in_a_pdf_with_a_mailbox_lure_is_at_least_suspicious() -> None:
    pdf = _pdf(b"<< /Type /Catalog >>", _image_object(_code("https://mfa-reset.pages.dev/u"), "png-predictor"))
    text = (
        "Your password expires today and multi-factor authentication must be re-enabled. Scan the QR code "
        "in the attached notice with your phone to verify your account and keep access to your mailbox."
    )
    verdict = analyze(_message("IT Service Desk <it@corp-notices.example>", "Action required: MFA", text, pdf))
    assert {"QR_CODE_LINK", "LINK_FREE_HOSTING", "QR_CODE_LURE"} <= {f.name for f in verdict.findings}
    assert verdict.disposition.severity >= Disposition.SUSPICIOUS.severity


@pytest.mark.parametrize(
    "dictionary",
    [
        b"/Subtype /Image /Width 4000 /Height 4000 /BitsPerComponent 8 /Filter /FlateDecode",
        b"/Subtype /Image /Width 50 /Height 50 /BitsPerComponent 8 /Filter [/FlateDecode /DCTDecode]",
        b"/Subtype /Image /Width 0 /Height 50 /BitsPerComponent 8 /Filter /FlateDecode",
        b"/Subtype /Image /Width 50 /Height 50 /BitsPerComponent 8 /Filter /JBIG2Decode",
    ],
    ids=["bomb", "filter-chain", "no-width", "jbig2"],
)
def test_hostile_or_unreadable_pictures_are_skipped_cheaply(dictionary: bytes) -> None:
    squeezed = zlib.compress(b"\0" * (64 * 1024 * 1024), 9)
    pdf = _pdf(b"<< %s >>\nstream\n%s\nendstream" % (dictionary, squeezed))
    started = time.thread_time()
    assert pdflinks.embedded_pictures(pdf) == []
    assert time.thread_time() - started < 0.2
