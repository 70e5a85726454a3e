"""Web links carried by a message's PDF attachments, read offline at a bounded cost.

Much credential phishing since 2020 attaches a one-page PDF whose only content is a "view document"
or "pay invoice" button: the link lives in the PDF, where a filter that reads only the body's links
does not look. We read the link annotations' URI actions (``/URI (...)`` or ``/URI <hex>``) and
URL file specifications (``/F (http...)``, as form submissions name their target), and the pages
document JavaScript opens (``app.launchURL``, ``submitForm``), from the file as it is and from its
Flate-compressed streams (modern writers pack annotations into compressed object
streams), and hand the URLs to the link checks.

A PDF is attacker-controlled input, so every step is bounded: only PDFs the parser kept (at most
``message.MAX_KEPT_DOCUMENT`` bytes), at most ``MAX_PDFS`` of them, ``MAX_STREAMS`` streams each, at most
``MAX_INFLATED`` bytes inflated across a message and a CPU-time budget; zlib's own incremental
decompressor stops each stream at ``MAX_STREAM_OUT``, so a decompression bomb costs no more than a
plain stream. ``documents`` inflates a message's PDFs once, and ``pdftext.py`` reads their text from
the same streams. Encrypted PDFs hide their strings and are left to ATTACH_ENCRYPTED. A PDF with more
than ``MAX_DOCUMENT_LINKS`` distinct links is a document (a report, a paper, a brochure) rather
than a button, and is not read as a carrier: its references are not a call to act.

Quishing PDFs draw the link as a QR code instead: ``pictures`` hands the PDF's embedded images to
the QR reader (``qrcodes.py``, which bounds decoding) as picture files: JPEG streams as they are,
Flate images with PNG predictors wrapped as PNG, unfiltered Flate images as PGM, PPM or PBM (at
most ``MAX_PICTURE_BYTES`` inflated). Pictures behind other filters (CCITT, JBIG2, chains), with a
palette, or drawn as vector paths are not read.
"""

from __future__ import annotations

import re
import struct
import time
import zlib
from collections.abc import Iterator
from dataclasses import dataclass

from mailverdict.engine import urls
from mailverdict.engine.files import DocumentLink
from mailverdict.engine.message import AttachmentFile, Message

MAX_PDFS = 3
MAX_STREAMS = 64  # per PDF; a one-page lure has a handful
MAX_STREAM_IN = 1024 * 1024  # compressed bytes handed to zlib per stream
MAX_STREAM_OUT = 1024 * 1024  # inflated bytes kept per stream
MAX_INFLATED = 4 * 1024 * 1024  # inflated bytes per message, all PDFs together
MAX_SECONDS = 0.05  # CPU time per message; what is read by then is what counts
MAX_DOCUMENT_LINKS = 10
MAX_URLS = 5
MAX_STRING = 2048  # bytes of one PDF string considered

# The key /URI or /F, also when spelled with #xx escapes ("/U#52I"), then a literal or hex string.
_KEY_RE = re.compile(rb"/(?:(?:U|#55)(?:R|#52)(?:I|#49)|F)\s*([(<])(?!<)")
# Document JavaScript that opens a page or posts a form: app.launchURL("..."), this.submitForm({cURL: "..."}).
_SCRIPT_RE = re.compile(
    rb"(?:launchURL|submitForm|getURL)\s*\\?\(\s*(?:\{\s*cURL\s*:\s*)?[\"'](https?://[^\"'\s\\]{4,2048})", re.IGNORECASE
)
# The literal first, so the regex engine finds it by a fast search (a leading lookbehind is tried everywhere).
_STREAM_RE = re.compile(rb"stream(?<!endstream)\r?\n")
_OBJECT_NUMBER_RE = re.compile(rb"(?<![0-9])([0-9]{1,7})\s+[0-9]{1,5}\s+obj$")
# A run of plain bytes, one escape (octal, a line continuation, one character) or a parenthesis.
_LITERAL_PIECE_RE = re.compile(rb"[^()\\]+|\\(?:[0-7]{1,3}|\r\n|.)|[()]", re.DOTALL)
_ESCAPES = {ord("n"): b"\n", ord("r"): b"\r", ord("t"): b"\t", ord("b"): b"\b", ord("f"): b"\f"}


MAX_PICTURES = 4  # pictures handed on per message; a quishing PDF carries one code
MAX_PICTURE_BYTES = 2 * 1024 * 1024  # pixel bytes of one unfiltered picture, inflated
MAX_KEPT_BYTES = 2 * 1024 * 1024  # bytes of one picture's stream considered
MAX_DICT = 1500  # bytes before a stream searched for its dictionary
_INVERT = bytes(range(255, -1, -1))
_NUMBER_RE = {
    key: re.compile(rb"/" + key + rb"\s+(\d{1,6})\b")
    for key in (b"Width", b"Height", b"BitsPerComponent", b"Colors", b"Predictor")
}


def links(msg: Message) -> tuple[DocumentLink, ...]:
    """The web links the message's PDF attachments carry, read once per message and shared."""
    return msg.once("pdflinks", _links)


def _links(msg: Message) -> tuple[DocumentLink, ...]:
    found: dict[str, DocumentLink] = {}
    for attachment, streams in documents(msg):
        document = _read(attachment.content, streams)
        if len(document) > MAX_DOCUMENT_LINKS:
            continue
        source = (attachment.filename or attachment.content_type)[:100]
        for url in document:
            found.setdefault(url, DocumentLink(url, source))
    return tuple(found.values())[:MAX_URLS]


class Budget:
    """What one message may still spend on inflating streams: bytes and CPU time."""

    def __init__(self) -> None:
        self.inflated = 0
        self.deadline = time.process_time() + MAX_SECONDS

    def spent(self) -> bool:
        return self.inflated >= MAX_INFLATED or time.process_time() > self.deadline


@dataclass(frozen=True, slots=True)
class Stream:
    """One Flate stream of a PDF, inflated: ``number`` is its object's number when the file says it."""

    number: int | None
    dictionary: bytes
    data: bytes


def documents(msg: Message) -> list[tuple[AttachmentFile, list[Stream]]]:
    """The message's readable PDFs (at most ``MAX_PDFS``, not encrypted) with their inflated streams,
    inflated once per message within one budget and shared by the link and text readers."""
    return msg.once("pdfstreams", _documents)


def _documents(msg: Message) -> list[tuple[AttachmentFile, list[Stream]]]:
    pdfs = [a for a in msg.attachments if a.content and a.facts.sniffed == "pdf" and not a.facts.encrypted]
    budget = Budget()
    return [(attachment, inflate(attachment.content, budget)) for attachment in pdfs[:MAX_PDFS]]


def read(data: bytes, budget: Budget | None = None) -> list[str]:
    """The distinct web links (http, https) one PDF names, in order; empty for anything else."""
    return _read(data, inflate(data, budget or Budget()))


def _read(data: bytes, streams: list[Stream]) -> list[str]:
    found: dict[str, None] = {}
    _scan(data, found)
    for stream in streams:
        if len(found) > MAX_DOCUMENT_LINKS:
            break
        _scan(stream.data, found)
    return list(found)


def inflate(data: bytes, budget: Budget) -> list[Stream]:
    """One PDF's Flate streams, inflated in file order, while the budget lasts (uncompressed streams
    are read in the file as it is; pictures and other filters are left)."""
    out: list[Stream] = []
    for count, match in enumerate(_STREAM_RE.finditer(data)):
        if count >= MAX_STREAMS or budget.spent():
            break
        start = match.end()
        if not _zlib_header(data[start : start + 2]):
            continue  # pictures (DCT), uncompressed streams, other filters
        inflater = zlib.decompressobj()
        try:
            inflated = inflater.decompress(data[start : start + MAX_STREAM_IN], MAX_STREAM_OUT)
        except zlib.error:
            inflated = b""  # a damaged stream: what was inflated before the damage is lost, as in a viewer
        budget.inflated += len(inflated)
        number, dictionary = stream_dictionary(data, match.start())
        out.append(Stream(number, dictionary, inflated))
    return out


def unfiltered(data: bytes, limit: int) -> Iterator[tuple[bytes, bytes]]:
    """(dictionary, data) of one PDF's streams written as they are (no filter), at most ``MAX_STREAMS``
    of them and ``limit`` bytes each."""
    for count, match in enumerate(_STREAM_RE.finditer(data)):
        if count >= MAX_STREAMS:
            break
        start = match.end()
        _, dictionary = stream_dictionary(data, match.start())
        if b"/Filter" in dictionary or _zlib_header(data[start : start + 2]):
            continue  # pictures, compressed streams (``inflate``) and other encodings
        end = data.find(b"endstream", start, start + limit)
        yield dictionary, data[start : end if end >= 0 else start + limit]


def stream_dictionary(data: bytes, at: int) -> tuple[int | None, bytes]:
    """The object number and dictionary of the stream whose keyword starts at ``at``."""
    head = data[max(0, at - MAX_DICT) : at]
    opened = head.rfind(b"obj")
    if opened < 0:
        return None, head
    number = _OBJECT_NUMBER_RE.search(head, max(0, opened - 20), opened + 3)
    return (int(number.group(1)) if number else None), head[opened + 3 :]


def _zlib_header(head: bytes) -> bool:
    return len(head) == 2 and head[0] & 0x0F == 8 and (head[0] << 8 | head[1]) % 31 == 0


def _scan(data: bytes, found: dict[str, None]) -> None:
    if b"URL" in data or b"submitForm" in data:
        for script in _SCRIPT_RE.finditer(data):
            url = _web_url(script.group(1))
            if url:
                found.setdefault(url, None)
    if b"/U" not in data and b"/F" not in data:
        return
    for match in _KEY_RE.finditer(data):
        if len(found) > MAX_DOCUMENT_LINKS:
            return
        start = match.end()
        raw = _literal(data, start) if match.group(1) == b"(" else _hex(data, start)
        url = _web_url(raw)
        if url:
            found.setdefault(url, None)


def _literal(data: bytes, start: int) -> bytes:
    return literal(data, start, MAX_STRING)[0]


def literal(data: bytes, start: int, limit: int) -> tuple[bytes, int]:
    """A PDF literal string's bytes from just after its "(" (escapes resolved, nested parentheses kept),
    read over at most ``limit`` bytes, and where reading stopped (just after the closing ")")."""
    out = bytearray()
    depth = 0
    at = start
    end = min(len(data), start + limit)
    while at < end:
        piece = _LITERAL_PIECE_RE.match(data, at, end)
        if piece is None:  # a lone backslash at the end of what is read
            break
        at = piece.end()
        text = piece.group(0)
        first = text[0]
        if first == 0x5C:  # backslash
            escaped = text[1]
            if escaped in _ESCAPES:
                out += _ESCAPES[escaped]
            elif 0x30 <= escaped <= 0x37:
                out.append(int(text[1:], 8) & 0xFF)
            elif escaped not in (0x0A, 0x0D):  # a backslash before a line break continues the line
                out.append(escaped)
        elif first == 0x28:  # (
            depth += 1
            out.append(first)
        elif first == 0x29:  # )
            if depth == 0:
                break
            depth -= 1
            out.append(first)
        else:
            out += text
    return bytes(out), at


def _hex(data: bytes, start: int) -> bytes:
    close = data.find(b">", start, start + 2 * MAX_STRING)
    if close < 0:
        return b""
    digits = re.sub(rb"[^0-9A-Fa-f]", b"", data[start:close])
    if len(digits) % 2:
        digits += b"0"  # the spec: a missing final digit is 0
    return bytes.fromhex(digits.decode("ascii"))


def _web_url(raw: bytes) -> str | None:
    text = raw[2:].decode("utf-16-be", "replace") if raw.startswith(b"\xfe\xff") else raw.decode("latin-1")
    # The string is the whole URL (parentheses and all), not text that may contain one.
    words = text.split()
    url = words[0][:MAX_STRING] if words else ""
    if not url.lower().startswith(("http://", "https://")) or urls.url_host(url) is None:
        return None
    return url


def pictures(msg: Message) -> list[tuple[str, bytes]]:
    """(source, file bytes) of pictures embedded in the message's PDFs, as files Pillow opens, for
    the QR reader: a QR code drawn into a PDF is as much a link as one attached as a picture."""
    return msg.once("pdfpictures", _pictures)


def _pictures(msg: Message) -> list[tuple[str, bytes]]:
    found: list[tuple[str, bytes]] = []
    for attachment in msg.attachments:
        if attachment.content and attachment.facts.sniffed == "pdf" and not attachment.facts.encrypted:
            source = f"a picture in {(attachment.filename or attachment.content_type)[:100]}"
            found += [(source, picture) for picture in embedded_pictures(attachment.content)]
        if len(found) >= MAX_PICTURES:
            break
    return found[:MAX_PICTURES]


def embedded_pictures(data: bytes) -> list[bytes]:
    """Image XObjects of one PDF as picture files: JPEG (DCTDecode) as it is, Flate images with PNG
    predictors wrapped as PNG, unfiltered Flate images as PGM, PPM or PBM; others are skipped."""
    out: list[bytes] = []
    for count, match in enumerate(_STREAM_RE.finditer(data)):
        if count >= MAX_STREAMS or len(out) >= MAX_PICTURES:
            break
        _, dictionary = stream_dictionary(data, match.start())
        if b"/Image" not in dictionary or b"/Indexed" in dictionary or b"/ImageMask true" in dictionary:
            continue
        end = data.find(b"endstream", match.end(), match.end() + MAX_KEPT_BYTES)
        body = data[match.end() : end if end >= 0 else match.end() + MAX_KEPT_BYTES]
        picture = _picture(dictionary, body)
        if picture:
            out.append(picture)
    return out


def _number(dictionary: bytes, key: bytes, default: int = 0) -> int:
    found = _NUMBER_RE[key].search(dictionary)
    return int(found.group(1)) if found else default


def _picture(dictionary: bytes, body: bytes) -> bytes | None:
    filters = re.findall(rb"/(DCTDecode|FlateDecode|Fl|DCT|[A-Za-z0-9]+Decode)\b", dictionary)
    if filters in ([b"DCTDecode"], [b"DCT"]):
        return body
    if filters not in ([b"FlateDecode"], [b"Fl"]):
        return None  # CCITT, JBIG2, chains of filters: not worth a decoder here
    width, height = _number(dictionary, b"Width"), _number(dictionary, b"Height")
    bits = _number(dictionary, b"BitsPerComponent", 8)
    if not (0 < width <= 4000 and 0 < height <= 4000) or bits not in (1, 8):
        return None
    if _number(dictionary, b"Predictor", 1) >= 10:
        # PNG predictors: the stream is exactly a PNG's compressed scanlines.
        colors = _number(dictionary, b"Colors", 1)
        if colors not in (1, 3) or (bits == 1 and colors != 1):
            return None
        return _png(width, height, bits, 0 if colors == 1 else 2, body)
    inflater = zlib.decompressobj()
    try:
        pixels = inflater.decompress(body, MAX_PICTURE_BYTES)
    except zlib.error:
        return None
    if bits == 1:
        row = (width + 7) // 8
        if len(pixels) < row * height:
            return None
        # PDF gray: 0 is black; PBM: 1 is black.
        return b"P4\n%d %d\n" % (width, height) + pixels[: row * height].translate(_INVERT)
    for colors, magic in ((1, b"P5"), (3, b"P6")):
        if len(pixels) == width * height * colors:
            return magic + b"\n%d %d\n255\n" % (width, height) + pixels
    return None


def _png(width: int, height: int, bits: int, colour: int, compressed: bytes) -> bytes:
    def chunk(kind: bytes, payload: bytes) -> bytes:
        return struct.pack(">I", len(payload)) + kind + payload + struct.pack(">I", zlib.crc32(kind + payload))

    header = struct.pack(">IIBBBBB", width, height, bits, colour, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", compressed) + chunk(b"IEND", b"")
