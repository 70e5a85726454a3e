"""The visible text of a message's PDF attachments, read offline at a bounded cost.

A PDF-borne lure ("your mailbox will be deactivated, verify now", "invoice overdue, pay here", a
signing service's "review document") often comes with a blank body: the PDF is the message, and a
filter that reads only the body reads nothing. We read what a viewer draws: the strings shown by
the text operators (``Tj``, ``TJ``, ``'``, ``"``) between ``BT`` and ``ET`` in the content streams,
plain or Flate-compressed (inflated once per message by ``pdflinks.documents``, within its budget).

Strings are decoded as the font says when that is cheap: a font with a ToUnicode CMap (as modern
writers give every subset font, and always with Identity-H two-byte codes) through its ``bfchar``
and ``bfrange`` entries; a simple font without one as WinAnsi (cp1252, latin-1 where cp1252 has no
character). A composite font without a CMap shows glyph numbers, not text, and is skipped, as are
simple fonts whose own ``/Differences`` encoding renames the codes (their text reads as noise,
which matches no phrase). Fonts are found by resource name across the whole file, not page by
page: writers reuse a name for one font throughout, and a mix-up costs only a garbled line.
Word breaks are a viewer's guess too: a ``TJ`` adjustment wider than ``WORD_GAP`` thousandths of
an em is a space, a move to a new line a line break, and a move along the line a space after a
word (not after a single glyph, which per-glyph writers place one at a time).

Every step is bounded: the inflated streams of ``pdflinks`` (at most ``MAX_PDFS`` PDFs,
``MAX_STREAMS`` streams each, ``MAX_INFLATED`` bytes), at most ``MAX_CONTENT`` bytes of content
tokenised per message, ``MAX_SECONDS`` of CPU time, ``MAX_FONTS`` fonts and ``MAX_CMAP_ENTRIES``
map entries per PDF, and ``MAX_CHARS`` characters kept per message. Encrypted PDFs are not read.
Which checks read the text, and when, is ``checks/hiding.py``'s ``document_text``.
"""

from __future__ import annotations

import bisect
import re
import time
from dataclasses import dataclass, field

from mailverdict.engine import pdflinks
from mailverdict.engine.message import Message

MAX_CHARS = 4_000  # characters kept per message, all PDFs together; a lure is one page
MAX_CONTENT = 2 * 1024 * 1024  # bytes of content streams tokenised per message
MAX_SECONDS = 0.05  # CPU time per message for tokenising, beside pdflinks' for inflating
MAX_FONTS = 64  # fonts per PDF whose encoding is looked up
MAX_CMAP_ENTRIES = 8_000  # bfchar entries and bfranges kept per PDF
MAX_FONT_RESOURCES = 500  # font resource dictionaries read per PDF (one a page, or one shared)
MAX_RESOURCES = 4_000  # bytes of one font resource dictionary
MAX_OBJECTS = 20_000  # objects per PDF indexed by number
MAX_OBJECT = 64 * 1024  # bytes of one object's text read for a font dictionary
MAX_RAW_STREAM = 1024 * 1024  # bytes of one uncompressed stream read
WORD_GAP = 200  # a TJ adjustment wider than this (thousandths of an em) is a space between words

_TOKEN_RE = re.compile(
    rb"[\x00\t\n\f\r ]+"  # white space
    rb"|%[^\r\n]*"  # a comment
    rb"|(\()"  # a literal string: read by pdflinks.literal
    rb"|<([0-9A-Fa-f\x00\t\n\f\r ]*)>"  # a hex string
    rb"|(\[|\])"
    rb"|<<|>>|[{}]"
    rb"|/[^\x00\t\n\f\r ()<>\[\]{}/%]*"  # a name
    rb"|([^\x00\t\n\f\r ()<>\[\]{}/%]+)"  # a number or an operator
    rb"|.",  # a stray delimiter
    re.DOTALL,
)
# BT as an operator: after a delimiter, before one (not the letters inside a word or a string's text).
_BT_RE = re.compile(rb"(?<![^\x00\t\n\f\r ()<>\[\]{}/%])BT(?![^\x00\t\n\f\r ()<>\[\]{}/%])")
_TF_RE = re.compile(rb"/([^\x00\t\n\f\r ()<>\[\]{}/%]+)\s+[-+.0-9]+\s+Tf(?![^\x00\t\n\f\r ()<>\[\]{}/%])")
# "obj" found fast, then its number read just before it ("12 0 obj"; "endobj" has none).
_OBJ_RE = re.compile(rb"obj\b")
_OBJECT_NUMBER_RE = re.compile(rb"(?<![0-9])([0-9]{1,7})\s+[0-9]{1,5}\s+$")
_FONT_RESOURCES_RE = re.compile(rb"/Font\s*(?:(<<)|([0-9]{1,7})\s+[0-9]{1,5}\s+R)")
_NAMED_REF_RE = re.compile(rb"/([^\x00\t\n\f\r ()<>\[\]{}/%]+)\s*([0-9]{1,7})\s+[0-9]{1,5}\s+R")
_TO_UNICODE_RE = re.compile(rb"/ToUnicode\s*([0-9]{1,7})\s+[0-9]{1,5}\s+R")
_DESCENDANT_RE = re.compile(rb"/Type0\b")
_DIFFERENCES_RE = re.compile(rb"/Differences\b")
_ENCODING_REF_RE = re.compile(rb"/Encoding\s*([0-9]{1,7})\s+[0-9]{1,5}\s+R")
_OBJSTM_HEAD_RE = re.compile(rb"/First\s+([0-9]{1,9})")
_CODESPACE_RE = re.compile(rb"begincodespacerange\s*<([0-9A-Fa-f]+)>")
_BFCHAR_BLOCK_RE = re.compile(rb"beginbfchar(.*?)endbfchar", re.DOTALL)
_BFRANGE_BLOCK_RE = re.compile(rb"beginbfrange(.*?)endbfrange", re.DOTALL)
_BFCHAR_RE = re.compile(rb"<([0-9A-Fa-f]{1,8})>\s*<([0-9A-Fa-f]{1,64})>")
_BFRANGE_RE = re.compile(
    rb"<([0-9A-Fa-f]{1,8})>\s*<([0-9A-Fa-f]{1,8})>\s*(?:<([0-9A-Fa-f]{1,64})>|\[([^\]]{0,20000})\])"
)
_HEX_RE = re.compile(rb"<([0-9A-Fa-f]{1,64})>")
_NOT_CONTENT = (b"/Image", b"/Length1", b"/Length2", b"/Length3", b"/ObjStm", b"/XRef", b"/Metadata", b"/CMapName")
# WinAnsi: cp1252, with latin-1 for the five bytes cp1252 leaves out; control characters are not shown.
_WINANSI = {
    **{code: None for code in range(32) if code not in (9, 10, 13)},
    **{code: bytes([code]).decode("cp1252", "ignore") or chr(code) for code in range(0x80, 0xA0)},
}
_LINE_OPERATORS = frozenset({b"T*", b"'", b'"', b"ET"})


@dataclass
class _Font:
    codes: int = 1  # bytes per character code
    cmap: dict[int, str] | None = None
    # bfranges sorted by their first code: (lo, hi, the first target or the list of targets, target bytes)
    ranges: list[tuple[int, int, int | list[str], int]] = field(default_factory=list)
    lows: list[int] = field(default_factory=list)
    skip: bool = False  # a composite font without a map, or a simple font with its own code names

    def decode(self, raw: bytes) -> str:
        if self.skip:
            return ""
        if self.cmap is None:
            if raw.count(0) * 4 > len(raw):
                return ""  # two-byte glyph numbers read without their font's map: not text
            return raw.decode("latin-1").translate(_WINANSI)
        out: list[str] = []
        step = self.codes
        for at in range(0, len(raw) - step + 1, step):
            code = int.from_bytes(raw[at : at + step], "big")
            shown = self.cmap.get(code)
            if shown is None:
                shown = self._in_range(code)
                if shown is None and step == 1:
                    shown = chr(code).translate(_WINANSI)  # a simple font's unmapped code, read as WinAnsi
                if len(self.cmap) < 65_536:  # what one font can show, remembered
                    self.cmap[code] = shown or ""
            if shown:
                out.append(shown)
        return "".join(out)

    def _in_range(self, code: int) -> str | None:
        found = bisect.bisect_right(self.lows, code) - 1
        if found < 0:
            return None
        lo, hi, first, width = self.ranges[found]
        if code > hi:
            return None
        if isinstance(first, list):
            return first[code - lo] if code - lo < len(first) else ""
        value = first + code - lo
        return _utf16(value.to_bytes(width, "big")) if value < 256**width else ""


_PLAIN = _Font()


def text(msg: Message) -> str:
    """The text the message's PDFs show, in file order, at most ``MAX_CHARS``; read once and shared."""
    return msg.once("pdftext", _text)


def _text(msg: Message) -> str:
    budget = _Budget()
    shown: list[str] = []
    for attachment, streams in pdflinks.documents(msg):
        if budget.spent():
            break
        found = read(attachment.content, streams, budget)
        if found:
            shown.append(found)
    return "\n".join(shown)[:MAX_CHARS]


class _Budget:
    """What one message may still spend on reading text: content bytes, characters and CPU time."""

    def __init__(self) -> None:
        self.content = 0
        self.chars = 0
        self.deadline = time.process_time() + MAX_SECONDS

    def spent(self) -> bool:
        return self.content >= MAX_CONTENT or self.chars >= MAX_CHARS or time.process_time() > self.deadline

    def over(self, shown: list[str]) -> bool:
        """Whether a stream being read, with ``shown`` read from it so far, has used up the budget."""
        return self.chars + sum(map(len, shown)) >= MAX_CHARS or time.process_time() > self.deadline


def read(data: bytes, streams: list[pdflinks.Stream] | None = None, budget: _Budget | None = None) -> str:
    """The text one PDF shows; ``streams`` are its inflated streams (inflated here when not given)."""
    budget = budget or _Budget()
    if streams is None:
        streams = pdflinks.inflate(data, pdflinks.Budget())
    if b"/Encrypt" in data:
        return ""  # strings are ciphertext; files.py marks the PDF, ATTACH_ENCRYPTED reads it
    objects = _Objects(data, streams)
    fonts = _fonts(objects)
    lines: list[str] = []
    for content in _contents(data, streams):
        if budget.spent():
            break
        budget.content += len(content)
        shown = _show(content, fonts, budget)
        if shown:
            lines.append(shown)
            budget.chars += len(shown)
    return _tidy("\n".join(lines))[:MAX_CHARS]


def _tidy(shown: str) -> str:
    lines = (" ".join(line.split()) for line in shown.splitlines())
    return "\n".join(line for line in lines if line)


class _Objects:
    """A PDF's objects by number: in the file as it is, and packed in inflated object streams."""

    def __init__(self, data: bytes, streams: list[pdflinks.Stream]) -> None:
        self.data = data
        self.at: dict[int, int] = {}
        for count, match in enumerate(_OBJ_RE.finditer(data)):
            if count >= 2 * MAX_OBJECTS:
                break
            number = _OBJECT_NUMBER_RE.search(data, max(0, match.start() - 20), match.start())
            if number:
                self.at[int(number.group(1))] = match.end()  # a later revision (an incremental update) wins
        self.packed: dict[int, bytes] = {}
        self.streams = {s.number: s.data for s in streams if s.number is not None}
        for stream in streams:
            if b"/ObjStm" in stream.dictionary:
                self._unpack(stream)

    def _unpack(self, stream: pdflinks.Stream) -> None:
        first = _OBJSTM_HEAD_RE.search(stream.dictionary)
        if not first:
            return
        start = int(first.group(1))
        numbers = [n for n in stream.data[:start].split()[: 2 * MAX_OBJECTS] if n.isdigit() and len(n) <= 9]
        pairs = [(int(n), int(o)) for n, o in zip(numbers[::2], numbers[1::2], strict=False)]
        ends = [*(o for _, o in pairs[1:]), len(stream.data) - start]
        for (number, offset), after in zip(pairs, ends, strict=True):
            self.packed.setdefault(number, stream.data[start + offset : start + max(offset, after)][:MAX_OBJECT])

    def text(self, number: int) -> bytes:
        """The object's text up to its end (or its stream), for reading its dictionary."""
        if number in self.packed:
            return self.packed[number]
        at = self.at.get(number)
        if at is None:
            return b""
        end = self.data.find(b"endobj", at, at + MAX_OBJECT)
        body = self.data[at : end if end >= 0 else at + MAX_OBJECT]
        opened = body.find(b"stream")
        return body[:opened] if opened >= 0 else body

    def stream(self, number: int) -> bytes:
        """The data of the object's stream: inflated when it is Flate, as written when it is plain."""
        if number in self.streams:
            return self.streams[number]
        at = self.at.get(number)
        if at is None:
            return b""
        opened = self.data.find(b"stream", at, at + MAX_OBJECT)
        if opened < 0:
            return b""
        start = opened + len(b"stream")
        start += 2 if self.data[start : start + 2] == b"\r\n" else 1
        end = self.data.find(b"endstream", start, start + MAX_RAW_STREAM)
        return self.data[start : end if end >= 0 else start + MAX_RAW_STREAM]


def _fonts(objects: _Objects) -> dict[bytes, _Font]:
    """Each font resource name's decoding, first definition first."""
    sources = [objects.data, *objects.packed.values()]
    named: dict[bytes, int] = {}
    seen = 0
    for source in sources:
        if b"/Font" not in source:
            continue
        for match in _FONT_RESOURCES_RE.finditer(source):
            seen += 1
            if seen > MAX_FONT_RESOURCES:
                break
            if match.group(1) is not None:
                close = source.find(b">>", match.end(), match.end() + MAX_RESOURCES)
                entries = source[match.end() : close] if close >= 0 else b""
            else:
                entries = objects.text(int(match.group(2)))
            for name, number in _NAMED_REF_RE.findall(entries):
                if len(named) >= MAX_FONTS:
                    break
                named.setdefault(name, int(number))
    mapped = [0]  # CMap entries read so far in this PDF
    by_object: dict[int, _Font] = {}
    for number in dict.fromkeys(named.values()):
        by_object[number] = _font(objects, objects.text(number), mapped)
    return {name: by_object[number] for name, number in named.items()}


def _font(objects: _Objects, dictionary: bytes, entries: list[int]) -> _Font:
    composite = _DESCENDANT_RE.search(dictionary) is not None
    to_unicode = _TO_UNICODE_RE.search(dictionary)
    if to_unicode:
        font = _cmap(objects.stream(int(to_unicode.group(1))), 2 if composite else 1, entries)
        if font is not None:
            return font
    if composite:
        return _Font(codes=2, skip=True)
    encoding = _ENCODING_REF_RE.search(dictionary)
    differences = dictionary if encoding is None else objects.text(int(encoding.group(1)))
    if _DIFFERENCES_RE.search(differences):
        return _Font(skip=True)
    return _PLAIN


def _cmap(data: bytes, codes: int, entries: list[int]) -> _Font | None:
    """A font's decoding from its ToUnicode CMap, or None when the map says nothing usable."""
    space = _CODESPACE_RE.search(data)
    if space:
        codes = max(1, min(4, len(space.group(1)) // 2))
    cmap: dict[int, str] = {}
    ranges: list[tuple[int, int, int | list[str], int]] = []
    for block in _BFCHAR_BLOCK_RE.finditer(data):
        for source, target in _BFCHAR_RE.findall(block.group(1)):
            if entries[0] >= MAX_CMAP_ENTRIES:
                break
            entries[0] += 1
            cmap[int(source, 16)] = _utf16(_fromhex(target))
    for block in _BFRANGE_BLOCK_RE.finditer(data):
        for lo, hi, first, listed in _BFRANGE_RE.findall(block.group(1)):
            if entries[0] >= MAX_CMAP_ENTRIES:
                break
            entries[0] += 1
            low, high = int(lo, 16), int(hi, 16)
            if high < low:
                continue
            if first:
                ranges.append((low, high, int(first, 16), len(first) // 2 or 1))
            else:
                targets = [_utf16(_fromhex(t)) for t in _HEX_RE.findall(listed)[: high - low + 1]]
                ranges.append((low, high, targets, 0))
    if not cmap and not ranges:
        return None
    ranges.sort(key=lambda r: r[0])
    return _Font(codes=codes, cmap=cmap, ranges=ranges, lows=[r[0] for r in ranges])


def _fromhex(digits: bytes) -> bytes:
    return bytes.fromhex((digits + b"0" if len(digits) % 2 else digits).decode("ascii"))


def _utf16(raw: bytes) -> str:
    shown = raw.decode("utf-16-be", "ignore")
    return "".join(c for c in shown if c >= " " or c in "\t\n")


def _contents(data: bytes, streams: list[pdflinks.Stream]) -> list[bytes]:
    """Streams that may draw text, in file order: inflated ones, then uncompressed ones in the file."""
    found = [s.data for s in streams if b"BT" in s.data and not _not_content(s.dictionary, s.data)]
    if b"BT" not in data:
        return found
    for dictionary, raw in pdflinks.unfiltered(data, MAX_RAW_STREAM):
        if b"BT" in raw and not _not_content(dictionary, raw):
            found.append(raw)
    return found


def _not_content(dictionary: bytes, data: bytes) -> bool:
    return any(key in dictionary for key in _NOT_CONTENT) or b"begincmap" in data[:4096]


def _show(content: bytes, fonts: dict[bytes, _Font], budget: _Budget) -> str:
    """The text a content stream's BT ... ET blocks show."""
    out: list[str] = []
    font = _PLAIN
    at = 0
    blocks = 0
    block = _BT_RE.search(content)
    while block is not None:
        blocks += 1
        # A font chosen between text objects holds in the next one (the text state outlives BT ... ET).
        between = [m.group(1) for m in _TF_RE.finditer(content, at, block.start())][-1:]
        if between:
            font = fonts.get(between[0], _PLAIN)
        at, font = _block(content, block.end(), fonts, font, out, budget)
        if blocks & 0xF == 0 and budget.over(out):
            break
        block = _BT_RE.search(content, at)
    return "".join(out)


def _block(
    content: bytes, at: int, fonts: dict[bytes, _Font], font: _Font, out: list[str], budget: _Budget
) -> tuple[int, _Font]:
    """Read one text object from just after its BT; returns where it ended and the font in use."""
    operands: list[object] = []
    array: list[object] | None = None
    last_word = False  # the last string shown had more than one character
    line_y: float | None = None
    end = len(content)
    count = 0
    while at < end:
        token = _TOKEN_RE.match(content, at)
        if token is None:
            break
        at = token.end()
        count += 1
        if count & 0x3FF == 0 and budget.over(out):
            break
        if token.group(1) is not None:  # (
            raw, at = pdflinks.literal(content, at, pdflinks.MAX_STRING)
            value: object = raw
        elif token.group(2) is not None:
            value = _fromhex(re.sub(rb"[^0-9A-Fa-f]", b"", token.group(2)))
        elif token.group(3) is not None:
            if token.group(3) == b"[":
                array = []
            elif array is not None:
                operands.append(array)
                array = None
            continue
        elif token.group(4) is not None:
            word = token.group(4)
            number = _number(word)
            if number is None:
                if array is not None:
                    continue  # an operator inside an array is malformed: ignore it
                if word == b"ET":
                    out.append("\n")
                    return at, font
                if word == b"BT":
                    operands.clear()  # a missing ET: the new block continues the text
                    continue
                font, last_word, line_y = _operate(word, operands, fonts, font, out, last_word, line_y)
                operands.clear()
                continue
            value = number
        else:
            text = token.group(0)
            if text.startswith(b"/"):
                value = text[1:]
            else:
                continue  # white space, comments, dictionaries (marked content properties)
        if array is not None:
            if len(array) < 4096:
                array.append(value)
        else:
            operands.append(value)
            if len(operands) > 8:
                del operands[0]  # only the last few operands belong to an operator
    return at, font


def _operate(
    word: bytes,
    operands: list[object],
    fonts: dict[bytes, _Font],
    font: _Font,
    out: list[str],
    last_word: bool,
    line_y: float | None,
) -> tuple[_Font, bool, float | None]:
    if word == b"Tf":
        if operands and isinstance(operands[0], bytes):
            font = fonts.get(operands[0], _PLAIN)
        return font, last_word, line_y
    if word in (b"Td", b"TD"):
        x, y = _pair(operands)
        if y:
            out.append("\n")
        elif x > 0 and last_word:
            out.append(" ")
        return font, last_word, line_y
    if word == b"Tm":
        x, y = _pair(operands[4:6]) if len(operands) >= 6 else (0.0, 0.0)
        if line_y is not None and abs(y - line_y) > 0.5:
            out.append("\n")
        elif last_word:
            out.append(" ")
        return font, last_word, y
    if word in _LINE_OPERATORS:
        out.append("\n")
    if word in (b"Tj", b"'", b'"'):
        shown = font.decode(operands[-1]) if operands and isinstance(operands[-1], bytes) else ""
        out.append(shown)
        return font, len(shown.strip()) > 1, line_y
    if word == b"TJ" and operands and isinstance(operands[-1], list):
        pieces: list[str] = []
        for item in operands[-1]:
            if isinstance(item, bytes):
                pieces.append(font.decode(item))
            elif isinstance(item, float) and item < -WORD_GAP:
                pieces.append(" ")
        shown = "".join(pieces)
        out.append(shown)
        return font, len(shown.strip()) > 1, line_y
    return font, last_word, line_y


def _pair(operands: list[object]) -> tuple[float, float]:
    if len(operands) >= 2 and isinstance(operands[-2], float) and isinstance(operands[-1], float):
        return operands[-2], operands[-1]
    return 0.0, 0.0


def _number(word: bytes) -> float | None:
    if word[:1] not in b"+-.0123456789":
        return None
    try:
        return float(word)
    except ValueError:
        return None
