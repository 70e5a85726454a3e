"""Accepting a message from outside: base64 decoding, size limits, "is this RFC 5322 at all"."""

from __future__ import annotations

import base64
import binascii
import re
from email.parser import BytesHeaderParser
from email.policy import compat32

from mailverdict.errors import InvalidInput, PayloadTooLarge

_WHITESPACE = re.compile(rb"\s+")
_HEADER_LINE = re.compile(rb"^[!-9;-~]+[ \t]*:")
# A message needs at least one of these to be taken for mail rather than, say, a screenshot.
_MESSAGE_HEADERS = ("from", "to", "subject", "date", "message-id", "received", "return-path", "sender")


def decode_eml_content(value: str, *, max_bytes: int, field: str = "eml_content") -> bytes:
    compact = _WHITESPACE.sub(b"", value.encode("ascii", "replace"))
    if len(compact) > -(-max_bytes // 3) * 4:
        raise PayloadTooLarge(
            f"{field} is over the {max_bytes}-byte EML limit (about {len(compact) * 3 // 4} bytes once decoded)"
        )
    try:
        raw = base64.b64decode(compact, validate=True)
    except (binascii.Error, ValueError) as exc:
        raise InvalidInput(f"{field} is not valid base64: {exc}") from exc
    if len(raw) > max_bytes:
        raise PayloadTooLarge(f"{field} decodes to {len(raw)} bytes, over the {max_bytes}-byte EML limit")
    require_rfc5322(raw, field=field)
    return raw


def require_rfc5322(raw: bytes, *, field: str = "message") -> None:
    """Reject bytes that do not start with an RFC 5322 header section naming a message header."""
    head = raw.lstrip(b"\r\n")[:256 * 1024]
    first_line = head.split(b"\n", 1)[0]
    if first_line.startswith(b"From ") and b"\n" in head:  # an mbox separator line
        head = head.split(b"\n", 1)[1]
        first_line = head.split(b"\n", 1)[0]
    if not head or not _HEADER_LINE.match(first_line):
        raise InvalidInput(f"{field} does not decode to an RFC 5322 message: it does not start with a header line")
    headers = BytesHeaderParser(policy=compat32).parsebytes(head)
    names = {name.lower() for name in headers}
    if not names.intersection(_MESSAGE_HEADERS):
        raise InvalidInput(
            f"{field} does not decode to an RFC 5322 message: none of the headers "
            "From, To, Subject, Date, Message-ID or Received is present"
        )
