"""Tolerant decoders for header words, transfer encodings and charsets.

Mail in the wild declares charsets that do not exist, base64 with stray characters or missing
padding, and raw 8-bit bytes in headers. Each decoder here returns its best reading and never
raises, so one broken part cannot hide the rest of a message.
"""

from __future__ import annotations

import binascii
import codecs
import email.errors
import email.message
import re
from email.header import decode_header

_ENCODED_WORD_RE = re.compile(r"=\?[^?\s]{1,60}\?[bBqQ]\?[^?\s]*\?=")
_SURROGATE_RE = re.compile("[\udc80-\udcff]")
_BASE64_JUNK_RE = re.compile(rb"[^A-Za-z0-9+/=]")
_CHARSET_ALIASES = {
    "unknown-8bit": "latin-1",
    "x-unknown": "latin-1",
    "us-ascii": "ascii",
    "ks_c_5601-1987": "cp949",
    "x-user-defined": "latin-1",
    "gb2312": "gb18030",  # gb18030 is a superset; mail labelled gb2312 often uses its extensions
}


def codec_for(charset: str | None) -> str:
    """A Python codec name for a declared charset; utf-8 when missing or unknown."""
    if not charset:
        return "utf-8"
    name = charset.strip().strip("\"'").lower()[:40]
    name = _CHARSET_ALIASES.get(name, name)
    try:
        return codecs.lookup(name).name
    except LookupError:
        return "utf-8"


def text(data: bytes, charset: str | None) -> str:
    """Decode body bytes; undeclared or unknown charsets try utf-8, then fall back to cp1252."""
    codec = codec_for(charset)
    try:
        return data.decode(codec)
    except UnicodeDecodeError:
        pass
    except (LookupError, ValueError, TypeError):
        codec = "utf-8"
    if codec == "utf-8" and not charset:
        return data.decode("cp1252", errors="replace")
    return data.decode(codec, errors="replace")


def _raw_header_bytes(value: str) -> str:
    # compat32 keeps raw 8-bit header bytes as surrogate escapes; most such headers are utf-8.
    if value.isascii() or not _SURROGATE_RE.search(value):
        return value
    raw = value.encode("ascii", "surrogateescape")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors="replace")


def header_value(value: str) -> str:
    """Unfold a header and decode RFC 2047 encoded words; undecodable pieces stay as written."""
    value = _raw_header_bytes(value)
    unfolded = value.replace("\r\n", "\n").replace("\n\t", " ").replace("\n ", " ").replace("\n", " ")
    if "=?" not in unfolded or not _ENCODED_WORD_RE.search(unfolded):
        return unfolded.strip()
    try:
        pieces = decode_header(unfolded)
    except (ValueError, LookupError, binascii.Error, AssertionError, IndexError, email.errors.MessageError):
        # "=?utf-8?B?A?=": one base64 character encodes nothing, and decode_header raises HeaderParseError.
        return unfolded.strip()
    out: list[str] = []
    for chunk, charset in pieces:
        if isinstance(chunk, str):
            out.append(chunk)
            continue
        out.append(text(chunk, charset))
    # decode_header drops the space between an encoded word and plain text; keep one.
    return " ".join(piece.strip() for piece in out if piece.strip()) if len(out) > 1 else "".join(out).strip()


def _base64(data: bytes) -> tuple[bytes, str | None]:
    cleaned = _BASE64_JUNK_RE.sub(b"", data)
    problem = None
    body = cleaned.rstrip(b"=")
    if len(body) % 4 == 1:
        body = body[:-1]  # a single dangling character cannot encode anything
        problem = "base64 with a dangling character"
    body += b"=" * (-len(body) % 4)
    try:
        return binascii.a2b_base64(body), problem
    except binascii.Error:
        return b"", "undecodable base64"


def payload_bytes(part: email.message.Message, limit: int) -> tuple[bytes, str | None]:
    """Decoded bytes of a leaf part (at most about ``limit``), and a defect note if any."""
    # The stored payload, not get_payload(): for 8-bit bodies that one re-decodes the raw bytes
    # with the declared charset, after which the original bytes can no longer be recovered.
    payload = getattr(part, "_payload", None)
    if not isinstance(payload, str):
        return b"", None
    encoding = str(part.get("content-transfer-encoding", "")).strip().lower()
    problem = None
    # Encoded forms are at most ~4/3 of the decoded size, so this cap bounds the work done.
    encoded_cap = limit * 4 // 3 + 4
    if len(payload) > encoded_cap:
        payload = payload[:encoded_cap]
        problem = "part truncated"
    try:
        raw = payload.encode("ascii", "surrogateescape")
    except UnicodeEncodeError:
        raw = payload.encode("utf-8", "surrogateescape")  # a str payload set by hand, not parsed
    if encoding == "base64":
        data, b64_problem = _base64(raw)
        return data[:limit], problem or b64_problem
    if encoding == "quoted-printable":
        try:
            return binascii.a2b_qp(raw)[:limit], problem
        except (binascii.Error, ValueError):
            return raw[:limit], "undecodable quoted-printable"
    return raw[:limit], problem
