"""Text shown by PDF attachments: read from content streams at a bounded cost, and read by the lure
checks when the PDF is the message (a body of a few words or none)."""

from __future__ import annotations

import time
import zlib

import pytest

from mailverdict.engine import Disposition, analyze, pdflinks, pdftext
from mailverdict.engine.checks import hiding
from mailverdict.engine.message import parse
from tests.engine.mail import authenticated


def _pdf(*objects: bytes) -> bytes:
    """A PDF with the given objects numbered from 1 (no valid xref: readers and we do not need it)."""
    body = b"".join(b"%d 0 obj\n%s\nendobj\n" % (n, o) for n, o in enumerate(objects, 1))
    return b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n" + body + b"trailer\n<< /Root 1 0 R >>\n%%EOF\n"


def _stream(data: bytes, compress: bool = True, extra: bytes = b"") -> bytes:
    packed = zlib.compress(data) if compress else data
    flate = b" /Filter /FlateDecode" if compress else b""
    return b"<< /Length %d%s%s >>\nstream\n%s\nendstream" % (len(packed), flate, extra, packed)


def _page(content: bytes, compress: bool = True, link: bytes | None = None) -> bytes:
    """A one-page PDF drawing ``content`` in Helvetica (/F1), with a link button when given."""
    annots = b" /Annots [6 0 R]" if link else b""
    return _pdf(
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R%s >>" % annots,
        _stream(content, compress),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Type /Annot /Subtype /Link /Rect [72 500 300 520] /A << /S /URI /URI (%s) >> >>" % (link or b""),
    )


def _lines(*lines: str) -> bytes:
    shown = b"".join(b"(%s) '\n" % line.encode("cp1252") for line in lines)
    return b"BT /F1 12 Tf 72 720 Td 16 TL\n" + shown + b"ET"


# A font with Identity-H two-byte codes: glyph numbers 0x0010... mapped by its ToUnicode CMap, as
# modern writers (Word, Chrome, LibreOffice) embed subset fonts.
_CMAP = b"""/CIDInit /ProcSet findresource begin 12 dict begin begincmap
/CMapName /Adobe-Identity-UCS def /CMapType 2 def
1 begincodespacerange <0000> <FFFF> endcodespacerange
3 beginbfchar <0003> <0020> <0010> <0056> <0011> <0065> endbfchar
2 beginbfrange <0020> <0039> <0061> <0050> <0051> [<0021> <FB01>] endbfrange
endcmap CMapName currentdict /CMap defineresource pop end end"""


def _glyphs(text: str) -> bytes:
    """``text`` in the test font's codes: V e, a-z from 0x20, space 3, "!" 0x50, the fi ligature 0x51."""
    codes = {" ": 3, "V": 0x10, "e": 0x11, "!": 0x50}
    return b"".join((codes.get(c) or 0x20 + ord(c) - ord("a")).to_bytes(2, "big") for c in text)


def _identity_pdf(to_unicode: bool = True, packed: bool = True) -> bytes:
    content = b"BT /C2 11 Tf 50 700 Td <%s> Tj 0 -14 Td [<%s> -40 <%s>] TJ ET" % (
        _glyphs("Verify your mailbox").hex().encode(),
        _glyphs("now").hex().encode(),
        _glyphs("!").hex().encode() + b"0051",
    )
    unicode_ref = b" /ToUnicode 7 0 R" if to_unicode else b""
    font = b"<< /Type /Font /Subtype /Type0 /BaseFont /ABCDEF+Calibri /Encoding /Identity-H%s >>" % unicode_ref
    if packed:
        # The font dictionary packed in a compressed object stream, its CMap a stream of its own.
        header = b"5 0 "
        holder = b"<< /Type /ObjStm /N 1 /First %d >>\n" % len(header) + _stream(header + font)[2:]
    else:
        holder = font
    return _pdf(
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /Resources << /Font << /C2 5 0 R >> >> /Contents 4 0 R >>",
        _stream(content),
        holder if not packed else b"<< >>",
        holder if packed else b"<< >>",
        _stream(_CMAP),
    )


@pytest.mark.parametrize("compress", [True, False], ids=["flate", "plain"])
def test_shown_strings_are_read_with_escapes_and_octal(compress: bool) -> None:
    content = (
        b"BT /F1 12 Tf 72 720 Td (Your mailbox \\(quota\\) is full) Tj T* "
        b"(Caf\\351 cr\\350me\\t\\101\\102C) Tj T* <48656C6C6F 20776F726C64> Tj 0 -16 Td "
        b"(line ') ' 1 2 (and \") \" ET"
    )
    shown = "Your mailbox (quota) is full\nCafé crème ABC\nHello world\nline '\nand \""
    assert pdftext.read(_page(content, compress)) == shown


def test_tj_arrays_join_their_pieces_and_space_only_wide_gaps() -> None:
    content = b"BT /F1 12 Tf 72 720 Td [(Ver)-20(ify)-300(your)-250(acc)12(ount) 80 (now)] TJ ET"
    assert pdftext.read(_page(content)) == "Verify your accountnow"


def test_moves_along_a_line_space_words_not_glyphs() -> None:
    words = b"BT /F1 12 Tf 72 720 Td (Review) Tj 44 0 Td (document) Tj 1 0 0 1 200 720 Tm (now) Tj ET"
    glyphs = b"BT /F1 12 Tf 72 720 Td (P) Tj 7 0 Td (a) Tj 6 0 Td (y) Tj 0 -14 Td (Invoice) Tj ET"
    assert pdftext.read(_page(words)) == "Review document now"
    assert pdftext.read(_page(glyphs)) == "Pay\nInvoice"


@pytest.mark.parametrize("packed", [True, False], ids=["font-in-object-stream", "font-in-file"])
def test_identity_h_text_is_mapped_through_the_tounicode_cmap(packed: bool) -> None:
    assert pdftext.read(_identity_pdf(packed=packed)) == "Verify your mailbox\nnow!ﬁ"


def test_glyph_numbers_without_a_map_are_not_text() -> None:
    assert pdftext.read(_identity_pdf(to_unicode=False)) == ""


def test_a_simple_font_with_its_own_code_names_is_skipped() -> None:
    pdf = _pdf(
        b"<< /Type /Page /Resources << /Font << /F9 2 0 R >> >> /Contents 3 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /Encoding << /Differences [65 /g12 /g7] >> >>",
        # A font chosen between text objects holds in the next (text state outlives BT ... ET).
        _stream(b"BT /F9 10 Tf (ABBA) Tj ET /F1 10 Tf BT (shown) Tj ET"),
    )
    assert pdftext.read(pdf) == "shown"


def test_encrypted_pdfs_are_not_read() -> None:
    pdf = _page(_lines("Your account is suspended")) + b"\ntrailer << /Encrypt 9 0 R >>"
    assert pdftext.read(pdf) == ""
    raw = _message("a <a@b.example>", "s", "", pdf)
    assert pdftext.text(parse(raw)) == ""


def _bomb() -> bytes:
    # 60 MB of text operators in one small stream, many times over, within the size of a PDF that is read.
    squeezed = zlib.compress(b"BT (x) Tj " * (6 * 1024 * 1024), 9)
    return _pdf(*[b"<< /Filter /FlateDecode >>\nstream\n" + squeezed + b"\nendstream" for _ in range(8)])


@pytest.mark.parametrize(
    "pdf",
    [
        _bomb(),
        b"%PDF-1.4\n1 0 obj\n<<>>\nstream\nBT " + b"[(a" * 100_000,
        b"%PDF-1.4\n1 0 obj\n<<>>\nstream\nBT (" + b"(" * 200_000,
        b"%PDF-1.4\n1 0 obj\n<<>>\nstream\n" + b"BT <4" * 100_000,
        b"%PDF-1.4\n1 0 obj\n<<>>\nstream\n" + b"BT /F1 1 Tf " * 50_000 + b"/Font << /F1 2 0 R" * 20_000,
        _identity_pdf()[:400],
    ],
    ids=["bomb", "unclosed-arrays", "unclosed-literal", "unclosed-hex", "many-blocks-and-fonts", "truncated"],
)
def test_hostile_pdfs_cost_little_and_never_raise(pdf: bytes) -> None:
    started = time.thread_time()
    found = pdftext.read(pdf)
    verdict = analyze(_message("a <a@b.example>", "s", "", pdf))
    assert time.thread_time() - started < 0.6
    assert len(found) <= pdftext.MAX_CHARS
    assert "check_errors" not in verdict.extra


def test_kept_text_is_bounded_per_message() -> None:
    content = _lines(*[f"Statement line {n} with some words on it" for n in range(400)])
    msg = parse(_message("a <a@b.example>", "s", "", _page(content)))
    assert len(pdftext.text(msg)) == pdftext.MAX_CHARS


def test_streams_are_inflated_once_for_links_and_text() -> None:
    msg = parse(_message("a <a@b.example>", "s", "", _page(_lines("Hello"), link=b"https://c.example/p")))
    assert pdftext.text(msg) == "Hello"
    assert [link.url for link in pdflinks.links(msg)] == ["https://c.example/p"]
    assert list(msg.memo) == ["pdfstreams", "pdftext", "pdflinks"]


def _message(sender: str, subject: str, text: str, pdf: bytes, filename: str = "Document.pdf") -> bytes:
    msg = authenticated(sender, subject, text)
    msg.add_attachment(pdf, maintype="application", subtype="pdf", filename=filename)
    return msg.as_bytes()


MAILBOX_LURE = (
    "Microsoft 365 - Mailbox storage notice",
    "Your mailbox will be deactivated within 24 hours because it has exceeded its storage limit.",
    "To keep your email account active, verify your account now and confirm your password.",
    "Click below to verify your mailbox. Failure to verify will result in permanent loss of messages.",
    ">> VERIFY NOW <<",
)
INVOICE = (
    "Harbour Office Supplies Ltd - Invoice INV-20931",
    "Date: 3 March 2026    Account: HOS-4471",
    "A4 copier paper, 10 boxes                  GBP 212.00",
    "Toner cartridges (4)                       GBP 318.40",
    "Subtotal GBP 530.40   VAT GBP 106.08   Total due GBP 636.48",
    "Payment terms: 30 days. Bank transfer to the account shown on your statement.",
    "Thank you for your business.",
)


@pytest.mark.parametrize("link", [b"https://m365-verify.example-host.net/login", None], ids=["button", "no-link"])
def test_a_blank_body_with_a_lure_pdf_is_read_and_flagged(link: bytes | None) -> None:
    pdf = _page(_lines(*MAILBOX_LURE), link=link)
    verdict = analyze(_message("Service Desk <desk@corp-services.example>", "Notice", "", pdf))
    names = {f.name for f in verdict.findings}
    assert {"CREDENTIAL_LURE", "ACCOUNT_THREAT_LURE", "MAILBOX_LURE"} <= names
    assert ("PDF_LINK_LURE" in names) == bool(link)
    assert verdict.disposition.severity >= Disposition.SUSPICIOUS.severity


CALLBACK = (
    "Norton 360 Deluxe - Order confirmation",
    "Invoice No: NR-558120    Date: 12 March 2026",
    "Thank you for renewing your Norton 360 subscription.",
    "Amount charged: USD 399.99 (auto-renewal, 3 years)",
    "If you did not authorize this charge or wish to cancel and get a refund,",
    "call our billing support within 24 hours: +1 (808) 555-0142",
)
SIGNING = (
    "DocuSign",
    "Please review and sign your document",
    "Anna Weller sent you a document to review and sign.",
    "REVIEW DOCUMENT",
    "Do not share this email. This document will expire in 48 hours.",
)


@pytest.mark.parametrize(
    ("sender", "lines", "link", "expected"),
    [
        ("Billing <rosa.m.lane84@gmail.com>", CALLBACK, None, {"BILLING_LURE", "CALLBACK_BRAND"}),
        (
            "Docs <notify@weller-partners.example>",
            SIGNING,
            b"https://docs-review.example-sign.net/v/88",
            {"DOCUMENT_LURE", "PDF_LINK_LURE"},
        ),
    ],
    ids=["callback-invoice", "signing-look-alike"],
)
def test_the_scam_checks_read_a_pdf_that_is_the_message(
    sender: str, lines: tuple[str, ...], link: bytes | None, expected: set[str]
) -> None:
    verdict = analyze(_message(sender, "Your document", "", _page(_lines(*lines), link=link)))
    assert expected <= {f.name for f in verdict.findings}
    assert verdict.disposition.severity >= Disposition.SUSPICIOUS.severity


def test_a_blank_body_with_a_pdf_that_shows_no_lure_stays_unflagged() -> None:
    # The lure's words are what tip the PDF without a button: the same PDF drawing nothing is not flagged.
    verdict = analyze(_message("Service Desk <desk@corp-services.example>", "Notice", "", _page(b"")))
    assert verdict.disposition.severity < Disposition.SUSPICIOUS.severity


def test_a_blank_body_with_a_genuine_invoice_pdf_is_not_flagged() -> None:
    pdf = _page(_lines(*INVOICE), link=b"https://www.harbour-office.example/account/invoices/INV-20931")
    raw = _message("Harbour Office Accounts <accounts@harbour-office.example>", "Invoice INV-20931", "", pdf)
    msg = parse(raw)
    assert hiding.document_text(msg).startswith("Harbour Office Supplies Ltd - Invoice INV-20931 Date:")
    verdict = analyze(raw)
    assert verdict.disposition in (Disposition.NONE, Disposition.BULK)


def test_a_letter_with_a_pdf_speaks_in_its_body_and_the_pdf_is_not_read_as_the_message() -> None:
    letter = (
        "Hi Bob,\n\nAs discussed on Tuesday, attached is the storage review for the shared mailboxes, with the "
        "notices users were sent last quarter. The numbers "
        "come from the admin console as of last Friday; the archive policy section is the one I'd like your "
        "view on before the steering meeting. Nothing needs doing before then.\n\nThanks,\nAlice"
    )
    pdf = _page(_lines(*MAILBOX_LURE))
    msg = parse(_message("Alice <alice@corp.example>", "Mailbox storage review", letter, pdf))
    assert len(letter) >= hiding.MAX_BODY_BESIDE_DOCUMENT
    assert pdftext.text(msg).startswith("Microsoft 365")
    assert hiding.document_text(msg) == ""
