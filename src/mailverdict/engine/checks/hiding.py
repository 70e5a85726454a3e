"""Text that HTML styling hides from the reader: how much, and the text without it.

Not a check of its own (checks/__init__ does not load it): obfuscation.py turns the amount into
HIDDEN_TEXT; the phrase checks (lure, scam, body) also read the text as the reader sees it, so
characters salted between the letters of a telling word ("pass<span style=font-size:0>xq</span>
word") no longer hide it, and IMAGE_ONLY_BODY counts only visible words. Computed once per message, and only when a
hiding style can be present at all.
"""

from __future__ import annotations

import html as html_module
import re
from dataclasses import dataclass

from selectolax.lexbor import LexborHTMLParser
from selectolax.lexbor import LexborNode as Node

from mailverdict.engine.html import bounded
from mailverdict.engine.message import Message


@dataclass(frozen=True, slots=True)
class Hidden:
    words: int  # words in hidden places, each hidden subtree counted once
    pieces: int  # hidden places that hold any text
    visible: str | None  # the HTML's text without them; None when nothing is hidden


NOTHING = Hidden(0, 0, None)
MAX_TEXT = 512 * 1024

# Styles that hide an element's text from the reader while filters still read it: filler against
# filters, or "salting" characters slipped between the letters of a telling word.
_HIDING_STYLE_RE = re.compile(
    r"display\s*:\s*none|visibility\s*:\s*hidden|font-size\s*:\s*(?:0+(?:\.0*)?|\.0+)(?:px|pt|em|rem|%)?\s*(?:;|!|$)"
    r"|opacity\s*:\s*(?:0+(?:\.0*)?|\.0+)\s*(?:;|!|$)|color\s*:\s*transparent"
    r"|(?:max-)?(?:height|width)\s*:\s*0(?:px)?\s*(?:;|!|$)[^\"']*overflow\s*:\s*hidden"
    r"|overflow\s*:\s*hidden[^\"']*(?:max-)?(?:height|width)\s*:\s*0(?:px)?\s*(?:;|!|$)",
    re.IGNORECASE,
)
# A near-white text colour (#fff, #fefefe, #FFFFF1, white), hidden when nothing dark lies behind it.
_LIGHT_RE = re.compile(r"^\s*(?:#(?:[ef][0-9a-f]){3}|#[ef][ef][ef]|white)\s*$", re.IGNORECASE)
_STYLE_COLOR_RE = re.compile(r"(?<![-\w])color\s*:\s*([^;\"'!]+)", re.IGNORECASE)
_STYLE_BACKGROUND_RE = re.compile(r"background(?:-color)?\s*:\s*([^;\"'!]+)", re.IGNORECASE)
# Cheap test that any of the above can be present, before the HTML is parsed a second time.
_MAY_HIDE_RE = re.compile(
    r"display\s*:\s*none|visibility\s*:\s*hidden|font-size\s*:\s*0|opacity\s*:\s*0|transparent"
    r"|:\s*0(?:px)?\s*;?[^\"'>]*overflow|\shidden[\s>=]"
    r"|color\s*[:=]\s*[\"']?(?:#(?:[ef][0-9a-f]){3}(?![0-9a-f])|#[ef]{3}(?![0-9a-f])|white\b)",
    re.IGNORECASE,
)
MAX_HIDDEN_SCAN = 300_000  # characters of HTML read for hidden text
MAX_HIDDEN_NODES = 2_000


def _light(colour: str | None) -> bool:
    return colour is not None and _LIGHT_RE.match(colour) is not None


def _background(node: Node) -> str | None:
    attrs = node.attributes
    found = _STYLE_BACKGROUND_RE.search(attrs.get("style") or "")
    if found:
        return found.group(1)
    # A background picture is dark or light, we cannot tell: light text on it is not hidden.
    return attrs.get("bgcolor") or attrs.get("background")


def _hides(node: Node, stylesheet: bool) -> str | None:
    """How the element's own styling keeps its text from the reader: "all" of it (display:none and
    the like), its "own" text (a light colour, which children may override), or None.

    With a style sheet in the message, a class can undo inline hiding (responsive mail shows its
    mobile-only blocks through media queries) or paint a dark background: classed elements are
    then given the benefit of the doubt."""
    attrs = node.attributes
    style = attrs.get("style") or ""
    if "hidden" in attrs or (style and _HIDING_STYLE_RE.search(style)):
        return None if stylesheet and "class" in attrs else "all"
    found = _STYLE_COLOR_RE.search(style)
    colour = found.group(1) if found else attrs.get("color") if node.tag == "font" else None
    if not _light(colour):
        return None
    # Light text is hidden on a light page: the nearest background (its own, an ancestor's, or the
    # page's default white) decides; white headlines on a dark banner are ordinary.
    current: Node | None = node
    while current is not None:
        if stylesheet and "class" in current.attributes:
            return None
        background = _background(current)
        if background:
            return "own" if _light(background) else None
        current = current.parent
    return "own"


def _inside(node: Node, outers: set[int]) -> bool:
    """Whether an ancestor of ``node`` is one of ``outers`` (by mem_id); one walk up, however many."""
    current = node.parent
    while current is not None:
        if current.mem_id in outers:
            return True
        current = current.parent
    return False


_SPACE_RE = re.compile(r"\s+")


def _remove(node: Node) -> None:
    """Take a hidden element out; text it split in two ("pass|word") joins up again."""
    before, after = node.prev, node.next
    if before is not None and after is not None and before.tag == "-text" and after.tag == "-text":
        joined = (before.text_content or "") + (after.text_content or "")
        after.decompose()
        node.decompose()
        before.replace_with(joined)
    else:
        node.decompose()


def _read(source: str) -> Hidden:
    try:
        tree = LexborHTMLParser(bounded(source)[0])
    except (ValueError, RuntimeError, TypeError):
        return NOTHING
    words = pieces = 0
    hidden: list[Node] = []
    hidden_ids: set[int] = set()
    own: list[Node] = []
    stylesheet = tree.css_first("style") is not None
    for node in tree.css("[style], [hidden], font[color]")[:MAX_HIDDEN_NODES]:
        how = _hides(node, stylesheet)
        if how is None or (hidden_ids and _inside(node, hidden_ids)):
            continue
        (hidden if how == "all" else own).append(node)
        if how == "all":
            hidden_ids.add(node.mem_id)
        found = len(node.text(deep=how == "all").split())
        words += found
        pieces += found > 0
    if not words:
        return NOTHING
    for node in own:
        for child in list(node.iter(include_text=True)):
            if child.tag == "-text":
                child.decompose()
    for node in hidden:
        _remove(node)
    # The same text html.py reads, less what was hidden.
    tree.strip_tags(["script", "style", "head", "title", "noscript"])
    root = tree.body or tree.root
    text = _SPACE_RE.sub(" ", root.text(separator=" ")).strip() if root is not None else ""
    return Hidden(words, pieces, text[:MAX_TEXT])


def hidden(msg: Message) -> Hidden:
    """What the message's HTML hides, read once per message."""
    cached = msg.memo.get("hiding")
    if isinstance(cached, Hidden):
        return cached
    source = msg.html_source[:MAX_HIDDEN_SCAN]
    found = _read(source) if source and _MAY_HIDE_RE.search(source) else NOTHING
    msg.memo["hiding"] = found
    return found


def visible_text(msg: Message) -> str:
    """``msg.text`` as the reader sees it: without what the HTML hides (same plain-or-HTML rule)."""
    visible = hidden(msg).visible
    if visible is None:
        return msg.text
    plain = msg.plain
    if "&" in plain:
        plain = html_module.unescape(plain)
    return visible if len(visible) > len(plain.strip()) else plain


def searchable_text(msg: Message, limit: int) -> str:
    """The text phrase checks search: what the reader sees, then ``msg.text`` (``limit`` characters each).

    Salting only splits words in the hidden-markup reading, so the visible one finds them whole; a
    phrase that only the hidden part holds is still read (it was written there for someone)."""
    if hidden(msg).visible is None:
        return msg.text[:limit]
    return f"{visible_text(msg)[:limit]}\n{msg.text[:limit]}"
