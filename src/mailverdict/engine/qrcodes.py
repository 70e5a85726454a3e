"""Links carried as QR codes in a message's pictures, decoded offline at a bounded cost.

Since 2023 much phishing puts its link in a QR code (inline or attached) so the reader follows it on
a phone, outside any link protection, and no link scanner sees it. We decode the codes with
zxing-cpp and hand the URLs to the link checks.

A picture is attacker-controlled input to a C++ decoder, so every step is bounded: only pictures the
parser kept (at most ``message.MAX_KEPT_IMAGE`` bytes), at most ``MAX_IMAGES`` of them, a pixel
limit read from the header before any decoding, large pictures scaled down first (JPEG decodes at a
reduced scale directly), and any failure of a broken picture is swallowed: it just has no code.
"""

from __future__ import annotations

import io
from dataclasses import dataclass

import zxingcpp
from PIL import Image

from mailverdict.engine import urls
from mailverdict.engine.message import Message

MAX_IMAGES = 4  # pictures decoded per message; quishing sends one
MAX_PIXELS = 12_000_000  # header size above which a picture is skipped unread
MAX_SIDE = 1200  # a QR meant for a phone camera stays readable at this size
MIN_SIDE = 21  # the smallest QR code (version 1) at one pixel a module
MAX_URLS = 5
_PICTURES = ("png", "jpeg", "gif")
_FORMATS = zxingcpp.BarcodeFormats(zxingcpp.BarcodeFormat.QRCode)


@dataclass(frozen=True, slots=True)
class QrLink:
    url: str
    source: str  # the picture's file name, or its content type when it has none


def links(msg: Message) -> tuple[QrLink, ...]:
    """The web links the message's QR codes carry, decoded once per message and shared."""
    cached = msg.memo.get("qrcodes")
    if isinstance(cached, tuple):
        return cached
    found = _links(msg)
    msg.memo["qrcodes"] = found
    return found


def _links(msg: Message) -> tuple[QrLink, ...]:
    found: dict[str, QrLink] = {}
    # The parser keeps the bytes of pictures and of text-like files; SVG is text, not a picture here.
    pictures = [
        a
        for a in msg.attachments
        if a.content and (a.facts.sniffed in _PICTURES or (a.facts.sniffed is None and _picture_type(a.content_type)))
    ]
    for attachment in pictures[:MAX_IMAGES]:
        source = (attachment.filename or attachment.content_type)[:100]
        for text in decode(attachment.content):
            for url in urls.urls_in_text(text, 2):
                found.setdefault(url, QrLink(url, source))
    return tuple(found.values())[:MAX_URLS]


def _picture_type(content_type: str) -> bool:
    return content_type.startswith("image/") and "svg" not in content_type


def decode(data: bytes) -> list[str]:
    """The text of every QR code in one picture; empty for anything that is not a readable picture."""
    try:
        with Image.open(io.BytesIO(data)) as image:
            width, height = image.size
            if width * height > MAX_PIXELS or min(width, height) < MIN_SIDE:
                return []
            # JPEG only: decode straight at a reduced scale instead of scaling down afterwards.
            image.draft("L", (MAX_SIDE, MAX_SIDE))
            gray = image.convert("L")
        if max(gray.size) > MAX_SIDE:
            gray.thumbnail((MAX_SIDE, MAX_SIDE))
        return [code.text for code in zxingcpp.read_barcodes(gray, formats=_FORMATS) if code.text]
    except Exception:  # a hostile picture may break the decoder any way it likes
        return []
