"""Links and QR pictures in Word, Excel and PowerPoint attachments: read from the package, bounded."""

from __future__ import annotations

import io
import time
import zipfile
from email.message import EmailMessage

import pytest
import zxingcpp
from PIL import Image

from mailverdict.engine import analyze, officelinks, qrcodes
from mailverdict.engine.files import DocumentLink
from mailverdict.engine.message import parse

HYPERLINK = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink"


def _docx(links: list[str], picture: bytes | None = None, extra: dict[str, bytes] | None = None) -> bytes:
    relationships = "".join(
        f'<Relationship Id="rId{n}" Type="{HYPERLINK}" Target="{url}" TargetMode="External"/>'
        for n, url in enumerate(links, 10)
    )
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as package:
        package.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types/>')
        package.writestr("word/document.xml", "<w:document><w:body><w:p>Open the document</w:p></w:body></w:document>")
        package.writestr(
            "word/_rels/document.xml.rels",
            '<?xml version="1.0"?><Relationships>'
            f'<Relationship Id="rId1" Type="styles" Target="styles.xml"/>{relationships}</Relationships>',
        )
        if picture is not None:
            package.writestr("word/media/image1.png", picture)
        for name, data in (extra or {}).items():
            package.writestr(name, data)
    return out.getvalue()


def _message(document: bytes, text: str = "Please review the attached document.") -> bytes:
    msg = EmailMessage()
    msg["From"] = "HR Benefits <benefits@hr-portal-notice.example>"
    msg["To"] = "Bob Smith <bob@corp.example>"
    msg["Subject"] = "Benefits enrollment"
    msg.set_content(text)
    msg.add_attachment(
        document,
        maintype="application",
        subtype="vnd.openxmlformats-officedocument.wordprocessingml.document",
        filename="Benefits.docx",
    )
    return msg.as_bytes()


def test_external_hyperlinks_are_read_and_escapes_undone() -> None:
    document = _docx(["https://benefits-login.web.app/?a=1&amp;b=2", "mailto:hr@corp.example"])
    assert officelinks.read(document) == ["https://benefits-login.web.app/?a=1&b=2"]


def test_document_links_join_the_link_checks() -> None:
    msg = parse(_message(_docx(["https://benefits-login.web.app/start"])))
    assert officelinks.links(msg) == (DocumentLink("https://benefits-login.web.app/start", "Benefits.docx"),)
    assert {"LINK_FREE_HOSTING", "LINK_SOLE_FOREIGN"} <= {f.name for f in analyze(_message(
        _docx(["https://benefits-login.web.app/start"]))).findings}


def test_a_qr_code_picture_in_a_document_is_read() -> None:
    code = Image.fromarray(
        zxingcpp.create_barcode("https://bit.ly/benefits", zxingcpp.BarcodeFormat.QRCode).to_image(scale=5)
    )
    out = io.BytesIO()
    code.save(out, "PNG")
    msg = parse(_message(_docx([], out.getvalue())))
    expected = [("https://bit.ly/benefits", "a picture in Benefits.docx")]
    assert [(q.url, q.source) for q in qrcodes.links(msg)] == expected


def test_a_document_with_many_links_is_not_a_carrier() -> None:
    many = [f"https://ref{n}.example/paper" for n in range(officelinks.MAX_DOCUMENT_LINKS + 1)]
    assert officelinks.links(parse(_message(_docx(many)))) == ()


@pytest.mark.parametrize(
    "document",
    [
        _docx(["https://a.example/x"])[:200],
        _docx([], extra={"word/_rels/big.rels": b"<Relationship " * 200_000}),
        _docx([], extra={f"word/media/p{n}.png": b"\x89PNG junk" for n in range(50)}),
    ],
    ids=["truncated", "huge-rels", "many-broken-pictures"],
)
def test_hostile_documents_cost_little_and_never_raise(document: bytes) -> None:
    started = time.thread_time()
    verdict = analyze(_message(document))
    assert time.thread_time() - started < 0.5
    assert "check_errors" not in verdict.extra


def _broken_first_member(package: bytes) -> bytes:
    # The first member's data follows its 30-byte local header, name and extra field; 0xff opens a
    # deflate block of an invalid type, which zlib reports as zlib.error, not as a zip error.
    broken = bytearray(package)
    name_length = int.from_bytes(broken[26:28], "little")
    extra_length = int.from_bytes(broken[28:30], "little")
    broken[30 + name_length + extra_length] = 0xFF
    return bytes(broken)


def test_a_member_whose_compressed_data_is_broken_never_raises() -> None:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("notes.txt", "hello " * 500)
    for package in (_broken_first_member(_docx(["https://a.example/x"])), _broken_first_member(out.getvalue())):
        verdict = analyze(_message(package))
        assert "check_errors" not in verdict.extra
