"""Text that HTML styling hides from the reader: how much, and the page's text without it.

Read by html.py on the tree it has already parsed (after it has taken the page's own text), only
when a hiding style can be present at all; checks/hiding.py gives it to the checks.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from selectolax.lexbor import LexborHTMLParser
from selectolax.lexbor import LexborNode as Node


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
# Cheap tests that any of the above can be present (on the lowered page): each pattern opens with
# a literal, which the regex engine finds at C speed; one alternation of them all would not.
_MAY_HIDE_RES = tuple(
    re.compile(pattern)
    for pattern in (
        r"display\s*:\s*none",
        r"visibility\s*:\s*hidden",
        r"font-size\s*:\s*\.?0",
        r"opacity\s*:\s*\.?0",
        r"transparent",
        r"overflow\s*:\s*hidden",
        r"\shidden[\s>=]",
        r"color\s*[:=]\s*[\"']?(?:#(?:[ef][0-9a-f]){3}(?![0-9a-f])|#[ef]{3}(?![0-9a-f])|white\b)",
    )
)
# Elements worth a look, chosen by the parser: an inline style naming something a hiding style or a
# light colour needs, the hidden attribute, or a font colour.
_CANDIDATES = ", ".join(
    ["[hidden]", "font[color]"]
    + [f'[style*="{w}" i]' for w in ("none", "hidden", "opacity", "transparent", ":0", ": 0", "#e", "#f", "white")]
)
MAX_HIDDEN_NODES = 2_000
_HIDING_WORDS = (
    "display:none",
    "visibility:hidden",
    "size:0",
    "size:.",
    "opacity:0",
    "opacity:.",
    "transparent",
    "overflow:hidden",
)


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
    style = (attrs.get("style") or "").lower()
    # Most styled elements carry none of the words a hiding style needs; the regex runs on the rest.
    compact = style.replace(" ", "")
    if "hidden" in attrs or (any(w in compact for w in _HIDING_WORDS) and _HIDING_STYLE_RE.search(style)):
        return None if stylesheet and "class" in attrs else "all"
    found = _STYLE_COLOR_RE.search(style) if "#e" in style or "#f" in style or "white" in style else None
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


def may_hide(html: str) -> bool:
    """Whether any hiding style can be present: most HTML has none, and literal tests say so fast."""
    lowered = html.lower()
    return any(pattern.search(lowered) for pattern in _MAY_HIDE_RES)


def read_tree(tree: LexborHTMLParser, stylesheet: bool) -> Hidden:
    """What a parsed page hides. Takes the hidden parts out of ``tree``: call it last.

    ``stylesheet``: whether the page had a <style> element (read before it was stripped)."""
    words = pieces = 0
    hidden: list[Node] = []
    hidden_ids: set[int] = set()
    own: list[Node] = []
    seen: set[int] = set()
    for node in tree.css(_CANDIDATES)[: 4 * MAX_HIDDEN_NODES]:
        # Selectors are tried in turn, so an element matching several comes back several times
        # (in document order, side by side).
        if node.mem_id in seen:
            continue
        seen.add(node.mem_id)
        if len(seen) > MAX_HIDDEN_NODES:
            break
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
    # The same text html.py reads (it has stripped scripts and styles), less what was hidden.
    root = tree.body or tree.root
    text = _SPACE_RE.sub(" ", root.text(separator=" ")).strip() if root is not None else ""
    return Hidden(words, pieces, text[:MAX_TEXT])
