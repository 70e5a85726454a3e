"""The MIME tree of a message, as the stdlib's feed parser builds it, built faster for well-formed mail.

``email.feedparser`` reads a message line by line in Python and tests every body line against the
boundaries of all enclosing multiparts: most of its time goes to the lines of large bodies. Here the
stdlib still parses every header block (``HeaderParser`` under ``compat32``), but bodies are cut at
their boundary lines with a regex search, which finds the same lines the feed parser stops at.

Only the plain case is taken: each header block ends in a blank line, every multipart has a
boundary, a first and a closing boundary line and no repeated boundary lines, nothing is a
``message/*`` part or inside a ``multipart/digest``, no entity carries a defect, and the nesting is
at most ``MAX_DEPTH``. Anything else raises ``Unusual`` and the caller runs the feed parser on the
whole message, so a message gives the same tree either way.
"""

from __future__ import annotations

import email.message
import email.parser
import email.policy
import itertools
import re

MAX_DEPTH = 30  # deeper trees go to the feed parser, well before any recursion limit

# A run of lines the feed parser takes as header lines (its headerRE), each up to its line end:
# lines end at \r\n, \r or \n, as its StringIO(newline="") reads them.
_HEADER_LINES_RE = re.compile(r"(?:(?:From |[\041-\071\073-\176]*:|[\t ])[^\r\n]*(?:\r\n|\r|\n|\Z))*")
_LINE_REST_RE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)?")
# A boundary line is the separator ("--" and the boundary) then this, up to its line end: the feed
# parser's boundary regex without its separator (which it matches against one line at a time).
_BOUNDARY_TAIL_RE = re.compile(r"(?P<end>--)?[ \t]*(?:\r\n|\r|\n|\Z)")


class Unusual(Exception):
    """The message needs the feed parser."""


def parse_tree(text: str) -> email.message.Message:
    """The message tree of ``text`` (raw bytes decoded as ASCII with surrogateescape); may raise ``Unusual``."""
    return _entity(text, 0, len(text), 0, in_multipart=False)


def _entity(text: str, start: int, end: int, depth: int, *, in_multipart: bool) -> email.message.Message:
    """The entity in ``text[start:end]``; a multipart's part when ``in_multipart``."""
    if depth > MAX_DEPTH:
        raise Unusual
    headers_end = _stop(_HEADER_LINES_RE, text, start, end)
    body = headers_end
    if headers_end < end:
        if text[headers_end] not in "\r\n":
            raise Unusual  # no blank line after the headers: a defect
        body += 2 if text.startswith("\r\n", headers_end) else 1
    msg = email.parser.HeaderParser(policy=email.policy.compat32).parsestr(text[start:body])
    # A payload here is a line the header parser gave back (a "From " line closing the headers).
    if msg.defects or msg.get_payload():
        raise Unusual
    maintype = msg.get_content_maintype()
    if maintype == "message":
        raise Unusual
    if maintype != "multipart":
        # The newline before a boundary line belongs to the boundary (RFC 2046), not to the part.
        payload = text[body:end]
        msg.set_payload(_chomp(payload) if in_multipart else payload)
        return msg
    if msg.get_content_type() == "multipart/digest":
        raise Unusual  # its parts default to message/rfc822
    boundary = msg.get_boundary()
    # The feed parser notes a defect for any other transfer encoding of a multipart.
    if boundary is None or str(msg.get("content-transfer-encoding", "8bit")).lower() not in ("7bit", "8bit", "binary"):
        raise Unusual
    if "\r" in boundary or "\n" in boundary:
        raise Unusual  # the feed parser compares one line at a time: such a boundary never matches
    _split(msg, text, body, end, boundary, depth)
    if in_multipart:
        msg.epilogue = _chomp(msg.epilogue) if msg.epilogue else None
    return msg


def _split(msg: email.message.Message, text: str, body: int, end: int, boundary: str, depth: int) -> None:
    """Preamble, parts and epilogue of a multipart whose body is ``text[body:end]``."""
    separator = "--" + boundary
    lines: list[tuple[int, int]] = []  # (start, end) of each boundary line, the closing one last
    pos = body
    while (hit := text.find(separator, pos, end)) >= 0:
        pos = hit + len(separator)
        if hit > body and text[hit - 1] not in "\r\n":
            pos = _stop(_LINE_REST_RE, text, pos, end)  # not at a line start: on to the next line
            continue
        tail = _BOUNDARY_TAIL_RE.match(text, pos, end)
        if not tail:
            continue
        if (lines and lines[-1][1] == hit) or (not lines and tail.group("end")):
            raise Unusual  # repeated boundary lines, or a closing one first
        pos = tail.end()
        lines.append((hit, pos))
        if tail.group("end"):
            break
    else:
        raise Unusual  # no closing boundary (or none at all)
    if lines[0][0] > body:
        msg.preamble = _chomp(text[body : lines[0][0]])
    pairs = itertools.pairwise(lines)
    msg.set_payload([_entity(text, first, last, depth + 1, in_multipart=True) for (_, first), (last, _) in pairs])
    msg.epilogue = text[lines[-1][1] : end]


def _stop(pattern: re.Pattern[str], text: str, pos: int, end: int) -> int:
    """Where ``pattern``, which also matches nothing, stops matching from ``pos``."""
    found = pattern.match(text, pos, end)
    return found.end() if found else pos


def _chomp(value: str) -> str:
    """``value`` without its last line end."""
    if value.endswith("\r\n"):
        return value[:-2]
    return value[:-1] if value.endswith(("\r", "\n")) else value
