"""Raw bytes to a ``Message`` that checks read, at a bounded cost and without ever raising.

Every limit below exists because a hostile message can otherwise make the engine slow: huge
headers, deep MIME nesting, thousands of parts, large or broken encodings, or HTML built to choke a
parser. When a limit cuts something off we record a defect and set ``malformed`` so the cut is
visible in the verdict rather than silent.

We parse with the stdlib ``email`` package under ``policy.compat32`` and decode headers ourselves:
``policy.default`` runs its structured header parser on every header we touch, which costs several
times the whole scan and can raise on junk; the tolerant decoders here are bounded and cannot.
Well-formed mail has its bodies cut at boundary lines by ``mimetree`` (the same tree, without the feed
parser's line-by-line reading); everything else goes to the feed parser.
"""

from __future__ import annotations

import email.errors
import email.message
import email.parser
import email.policy
import html as html_module
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from email.utils import parsedate_to_datetime
from functools import cached_property
from typing import TypeVar, cast

from mailverdict.engine import decoding, invites, mimetree, urls
from mailverdict.engine.files import FileFacts, inspect
from mailverdict.engine.html import HtmlFacts, read_html
from mailverdict.engine.verdict import Link

T = TypeVar("T")

MAX_INPUT = 25 * 1024 * 1024  # bytes of the message considered at all
MAX_HEADERS = 1000
MAX_HEADER_VALUE = 16 * 1024
MAX_DEPTH = 30
MAX_PARTS = 500
MAX_PART_BYTES = 10 * 1024 * 1024  # decoded bytes kept per part
MAX_TEXT = 1024 * 1024  # characters of body text kept across all text parts
MAX_LINKS = 500
MAX_KEPT_CONTENT = 2 * 1024 * 1024
MAX_KEPT_IMAGE = 2 * 1024 * 1024  # pictures larger than this are not read for QR codes
MAX_KEPT_DOCUMENT = 2 * 1024 * 1024  # PDF and Office files larger than this are not read for links
_LINKED_DOCUMENTS = frozenset({"pdf", "docx", "xlsx", "pptx"})
_HTML_START_RE = re.compile(r"<(?:!doctype html|html|body|table|div|p|center)\b", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Part:
    """One node of the MIME tree, in walk order; ``depth`` 0 is the top-level entity."""

    content_type: str
    depth: int
    filename: str | None
    disposition: str | None
    size: int


@dataclass(frozen=True, slots=True)
class AttachmentFile:
    filename: str | None
    content_type: str  # as declared in the part header
    facts: FileFacts
    # The first MAX_KEPT_CONTENT bytes of text-like attachments (HTML, SVG, scripts), which checks
    # read, pictures up to MAX_KEPT_IMAGE (read for QR codes) and PDF and Office files up to
    # MAX_KEPT_DOCUMENT (read for links); other binary content is reduced to its FileFacts and dropped.
    content: bytes = b""


@dataclass
class Message:
    raw: bytes
    headers: list[tuple[str, str]]
    parts: list[Part]
    attachments: list[AttachmentFile]
    plain: str  # text/plain body parts, decoded and joined
    html_source: str  # text/html body parts, decoded and joined
    defects: list[str] = field(default_factory=list)
    # Derived facts computed once per scan (fingerprints, auth results) and shared by whoever
    # asks first; keyed by the owning module's name for the value.
    memo: dict[str, object] = field(default_factory=dict)

    @property
    def malformed(self) -> bool:
        return bool(self.defects)

    def once(self, key: str, compute: Callable[[Message], T]) -> T:
        """``compute(self)``, computed by whichever check asks first and kept for the others."""
        if key not in self.memo:
            self.memo[key] = compute(self)
        return cast(T, self.memo[key])

    # -- headers -------------------------------------------------------------------------------

    @cached_property
    def _by_name(self) -> dict[str, list[str]]:
        index: dict[str, list[str]] = {}
        for key, value in self.headers:
            index.setdefault(key.lower(), []).append(value)
        return index

    def header(self, name: str) -> str | None:
        values = self._by_name.get(name.lower())
        return values[0] if values else None

    def header_all(self, name: str) -> list[str]:
        return list(self._by_name.get(name.lower(), ()))

    def has_header(self, name: str) -> bool:
        return self.header(name) is not None

    @cached_property
    def sender(self) -> tuple[str | None, str | None]:
        return urls.parse_address(self.header("From"))

    @property
    def from_name(self) -> str | None:
        return self.sender[0]

    @property
    def from_address(self) -> str | None:
        return self.sender[1]

    @property
    def from_domain(self) -> str | None:
        return urls.address_domain(self.from_address)

    @cached_property
    def reply_to(self) -> str | None:
        return urls.parse_address(self.header("Reply-To"))[1]

    @property
    def subject(self) -> str:
        return self.header("Subject") or ""

    @cached_property
    def sent_at(self) -> str | None:
        value = self.header("Date")
        if not value:
            return None
        try:
            return parsedate_to_datetime(value).isoformat()
        except (TypeError, ValueError, IndexError, OverflowError):
            return None

    # -- body ----------------------------------------------------------------------------------

    @cached_property
    def html(self) -> HtmlFacts:
        """Parsed on first use: many messages never need it."""
        return read_html(self.html_source)

    @cached_property
    def text(self) -> str:
        """What a reader sees: the plain part or the HTML's visible text, whichever says more.

        Senders often put a placeholder in the plain part ("view this in a browser") and the real
        message in the HTML, or the reverse; the longer one is what a reader actually reads.
        """
        plain = self.plain
        if "&" in plain:
            plain = html_module.unescape(plain)
        if not self.html_source:
            return plain
        rendered = self.html.text
        return rendered if len(rendered) > len(plain.strip()) else plain

    @cached_property
    def links(self) -> list[Link]:
        """Links from HTML (href with anchor text), then URLs written out in the plain text."""
        found: list[Link] = list(self.html.links) if self.html_source else []
        seen = {link.href for link in found}
        for url in urls.urls_in_text(self.plain, MAX_LINKS):
            if url not in seen:
                seen.add(url)
                found.append(Link(href=url, text=None))
        return found[:MAX_LINKS]


def parse(raw: bytes) -> Message:
    """Parse a message; never raises, whatever the input."""
    defects: list[str] = []
    if len(raw) > MAX_INPUT:
        defects.append(f"input truncated to {MAX_INPUT} bytes")
        raw = raw[:MAX_INPUT]
    try:
        root = _tree(raw.decode("ascii", "surrogateescape"))  # the stdlib's BytesParser decodes so too
    except (RecursionError, MemoryError, ValueError, TypeError, LookupError, email.errors.MessageError) as exc:
        return Message(raw, [], [], [], "", "", [f"unparseable: {type(exc).__name__}"])

    walker = _Walker(defects)
    try:
        headers = _headers(root, defects)
        walker.walk(root)
    except Exception as exc:
        # Each step catches what it knows input can cause; this is for what nobody foresaw (a standard
        # library error on a header no test had), so that the message is still stored, flagged, and scanned.
        return Message(raw, [], [], [], "", "", [*defects, f"unparseable: {type(exc).__name__}"])
    for defect in getattr(root, "defects", [])[:20]:
        defects.append(type(defect).__name__)
    return Message(
        raw=raw,
        headers=headers,
        parts=walker.parts,
        attachments=walker.attachments,
        plain="\n".join(walker.plain)[:MAX_TEXT],
        html_source="\n".join(walker.html)[:MAX_TEXT],
        defects=defects,
    )


def _tree(text: str) -> email.message.Message:
    try:
        return mimetree.parse_tree(text)
    except (mimetree.Unusual, RecursionError, ValueError, TypeError, LookupError, email.errors.MessageError):
        return email.parser.Parser(policy=email.policy.compat32).parsestr(text)


def _headers(root: email.message.Message, defects: list[str]) -> list[tuple[str, str]]:
    items = root.raw_items()
    headers: list[tuple[str, str]] = []
    for name, value in items:
        if len(headers) >= MAX_HEADERS:
            defects.append(f"more than {MAX_HEADERS} headers")
            break
        if len(value) > MAX_HEADER_VALUE:
            defects.append(f"header {name[:40]} longer than {MAX_HEADER_VALUE}")
        headers.append((str(name)[:100], decoding.header_value(str(value)[:MAX_HEADER_VALUE])))
    return headers


class _Walker:
    """Iterative MIME walk with depth and part-count limits (no recursion to exhaust)."""

    def __init__(self, defects: list[str]) -> None:
        self.defects = defects
        self.parts: list[Part] = []
        self.attachments: list[AttachmentFile] = []
        self.plain: list[str] = []
        self.html: list[str] = []
        self.text_size = 0

    def walk(self, root: email.message.Message) -> None:
        stack: list[tuple[email.message.Message, int]] = [(root, 0)]
        while stack:
            part, depth = stack.pop()
            if len(self.parts) >= MAX_PARTS:
                self.defects.append(f"more than {MAX_PARTS} MIME parts")
                return
            try:
                self._visit(part, depth, stack)
            except (ValueError, TypeError, LookupError, AttributeError, email.errors.MessageError) as exc:
                self.defects.append(f"part {len(self.parts)}: {type(exc).__name__}")

    def _visit(self, part: email.message.Message, depth: int, stack: list[tuple[email.message.Message, int]]) -> None:
        content_type = part.get_content_type()
        filename = decoding.header_value(part.get_filename() or "")[:300] or None
        disposition = part.get_content_disposition()
        payload = part.get_payload()
        if isinstance(payload, list):
            self.parts.append(Part(content_type, depth, filename, disposition, 0))
            if depth + 1 > MAX_DEPTH:
                self.defects.append(f"MIME nesting deeper than {MAX_DEPTH}")
                return
            children = [p for p in payload if isinstance(p, email.message.Message)]
            # Reversed so the stack pops children in document order.
            stack.extend((child, depth + 1) for child in reversed(children))
            return
        data, problem = decoding.payload_bytes(part, MAX_PART_BYTES)
        if problem:
            self.defects.append(problem)
        self.parts.append(Part(content_type, depth, filename, disposition, len(data)))
        is_body = (
            content_type in ("text/plain", "text/html")
            and disposition != "attachment"
            and not (filename and content_type == "text/html")
        )
        if is_body and self.text_size < MAX_TEXT:
            text = decoding.text(data, part.get_content_charset())
            self.text_size += len(text)
            # Plain parts that are really markup are read as HTML, as a mail client would show them.
            is_html = content_type == "text/html" or _HTML_START_RE.search(text[:2000]) is not None
            (self.html if is_html else self.plain).append(text)
            return
        if content_type == "text/calendar" and self.text_size < MAX_TEXT:
            # An invite's title and description are shown like a body; an attached .ics is also kept
            # as an attachment below.
            shown = invites.shown_text(decoding.text(data, part.get_content_charset()))
            self.text_size += len(shown)
            if shown:
                self.plain.append(shown)
        if filename or disposition == "attachment" or not content_type.startswith(("text/", "multipart/")):
            facts = inspect(data)
            textual = facts.sniffed in (None, "html") and (
                content_type.startswith("text/")
                or "xml" in content_type
                or facts.sniffed == "html"
                or _textual_name(filename)
            )
            kept = data[:MAX_KEPT_CONTENT] if textual else b""
            picture = len(data) <= MAX_KEPT_IMAGE and _picture(content_type, facts.sniffed)
            document = facts.sniffed in _LINKED_DOCUMENTS and len(data) <= MAX_KEPT_DOCUMENT
            if not textual and (picture or document):
                kept = data
            self.attachments.append(AttachmentFile(filename, content_type, facts, kept))


def _picture(content_type: str, sniffed: str | None) -> bool:
    return sniffed in ("png", "jpeg", "gif") or (sniffed is None and content_type.startswith("image/"))


def _textual_name(filename: str | None) -> bool:
    return bool(filename) and str(filename).lower().endswith(
        (".htm", ".html", ".shtml", ".xhtml", ".svg", ".js", ".vbs", ".hta", ".wsf", ".txt")
    )
