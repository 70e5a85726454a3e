"""Links carried as QR codes in a message's pictures, decoded offline at a bounded cost.

Since 2023 much phishing puts its link in a QR code (inline or attached) so the reader follows it on
a phone, outside any link protection, and no link scanner sees it. We decode the codes with
zxing-cpp and hand the URLs to the link checks.

A picture is attacker-controlled input to a C++ decoder, so every step is bounded: only pictures the
parser kept (at most ``message.MAX_KEPT_IMAGE`` bytes), at most ``MAX_IMAGES`` of them, a pixel
limit read from the header before any decoding, large pictures scaled down first (JPEG decodes at a
reduced scale directly), and any failure of a broken picture is swallowed: it just has no code.
Pictures embedded in the HTML as base64 data: URIs are read too (kits put the code there so no
attachment scanner sees it); pictures the HTML loads from the web are not fetched.
"""

from __future__ import annotations

import base64
import io
import re
from dataclasses import dataclass

import zxingcpp
from PIL import Image

from mailverdict.engine import officelinks, pdflinks, urls
from mailverdict.engine.message import MAX_KEPT_IMAGE, Message

MAX_IMAGES = 4  # pictures decoded per message; quishing sends one
# Header size above which a picture is skipped unread. JPEG decodes at a reduced scale (an eighth
# at most), so a scanned page is cheap; other formats decode every pixel first.
MAX_JPEG_PIXELS = 12_000_000
MAX_PIXELS = 4_000_000
MAX_SIDE = 1200  # a QR meant for a phone camera stays readable at this size
MIN_SIDE = 21  # the smallest QR code (version 1) at one pixel a module
MAX_URLS = 5
_PICTURES = ("png", "jpeg", "gif")
# Base64 up to MAX_KEPT_IMAGE decoded bytes; an icon has a few hundred characters, a code a few thousand.
_DATA_URI_RE = re.compile(
    rf"data:image/(png|jpe?g|gif|bmp|webp);base64,([A-Za-z0-9+/=\s]{{200,{MAX_KEPT_IMAGE * 4 // 3 + 4}}})",
    re.IGNORECASE,
)
_FORMATS = zxingcpp.BarcodeFormats(zxingcpp.BarcodeFormat.QRCode)


@dataclass(frozen=True, slots=True)
class QrLink:
    url: str
    source: str  # the picture's file name, its content type when it has none, or "data:image/... in the HTML body"


def links(msg: Message) -> tuple[QrLink, ...]:
    """The web links the message's QR codes carry, decoded once per message and shared."""
    return msg.once("qrcodes", _links)


def _links(msg: Message) -> tuple[QrLink, ...]:
    found: dict[str, QrLink] = {}
    for source, data in _pictures(msg)[:MAX_IMAGES]:
        for text in decode(data):
            for url in urls.urls_in_text(text, 2):
                found.setdefault(url, QrLink(url, source))
    return tuple(found.values())[:MAX_URLS]


def _pictures(msg: Message) -> list[tuple[str, bytes]]:
    """(source, bytes) of the message's pictures: MIME parts first, then data: URIs in the HTML body."""
    # The parser keeps the bytes of pictures and of text-like files; SVG is text, not a picture here.
    pictures = [
        ((a.filename or a.content_type)[:100], a.content)
        for a in msg.attachments
        if a.content and (a.facts.sniffed in _PICTURES or (a.facts.sniffed is None and _picture_type(a.content_type)))
    ]
    # Kits draw the code into a PDF or an Office document, where only its reader sees it.
    if len(pictures) < MAX_IMAGES:
        pictures += pdflinks.pictures(msg) + officelinks.pictures(msg)
    # Kits embed the code in the HTML itself, where no attachment scanner looks.
    if "data:image/" in msg.html_source:
        for match in _DATA_URI_RE.finditer(msg.html_source):
            if len(pictures) >= MAX_IMAGES:
                break
            try:
                data = base64.b64decode(re.sub(r"\s+", "", match.group(2)))
            except ValueError:
                continue
            pictures.append((f"data:image/{match.group(1)} in the HTML body", data))
    return pictures


def _picture_type(content_type: str) -> bool:
    return content_type.startswith("image/") and "svg" not in content_type


def _transparent(image: Image.Image) -> bool:
    return image.mode in ("RGBA", "LA", "PA") or "transparency" in image.info


def _on_white(image: Image.Image) -> Image.Image:
    """A picture with transparency as a mail client shows it: on a white page (dark modules on
    nothing would read as black on black)."""
    rgba = image.convert("RGBA")
    page = Image.new("RGBA", rgba.size, "white")
    page.alpha_composite(rgba)
    return page.convert("L")


def decode(data: bytes) -> list[str]:
    """The text of every QR code in one picture; empty for anything that is not a readable picture."""
    try:
        with Image.open(io.BytesIO(data)) as image:
            width, height = image.size
            limit = MAX_JPEG_PIXELS if image.format == "JPEG" else MAX_PIXELS
            if width * height > limit or min(width, height) < MIN_SIDE:
                return []
            # JPEG only: decode straight at a reduced scale instead of scaling down afterwards.
            image.draft("L", (MAX_SIDE, MAX_SIDE))
            gray = _on_white(image) if _transparent(image) else image.convert("L")
        if max(gray.size) > MAX_SIDE:
            gray.thumbnail((MAX_SIDE, MAX_SIDE))
        return [code.text for code in zxingcpp.read_barcodes(gray, formats=_FORMATS) if code.text]
    except Exception:  # a hostile picture may break the decoder any way it likes
        return []
