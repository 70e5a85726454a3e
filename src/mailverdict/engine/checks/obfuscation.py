"""Text built to be read by people but not by filters.

- ``INVISIBLE_CHARACTERS``: zero-width or tag characters inside the sender's name, the subject,
  or splitting words of the body. Marketing preheaders pad with invisible characters *between*
  words; only characters *inside* words count in the body.
- ``MIXED_SCRIPT_WORDS``: words spelled with Latin letters and Greek or Cyrillic look-alikes.
- ``HIDDEN_TEXT``: HTML text styled to be invisible (display:none, zero font size or opacity,
  collapsed boxes, light text on a light background) that is long enough to carry filler words
  meant to dilute filters, or salting characters spread through the words.
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborHTMLParser
from selectolax.lexbor import LexborNode as Node

from mailverdict.engine import textnorm
from mailverdict.engine.context import ScanContext
from mailverdict.engine.html import bounded
from mailverdict.engine.message import Message
from mailverdict.engine.verdict import Finding

NAMES = ("INVISIBLE_CHARACTERS", "HIDDEN_TEXT", "MIXED_SCRIPT_WORDS")

# A word mixing Latin letters with Greek or Cyrillic look-alikes ("Group" written with a Greek omicron)
# reads normally but matches no filter. Real Greek or Russian words do not mix in Latin letters.
_LATIN = "A-Za-z"
_LOOKALIKE_SCRIPTS = "\u0370-\u03ff\u0400-\u04ff"
_MIXED_RE = re.compile(
    f"\\b(?=[{_LATIN}{_LOOKALIKE_SCRIPTS}]*[{_LATIN}])(?=[{_LATIN}{_LOOKALIKE_SCRIPTS}]*[{_LOOKALIKE_SCRIPTS}])"
    f"[{_LATIN}{_LOOKALIKE_SCRIPTS}]{{3,}}\\b"
)
# Any Greek or Cyrillic letter at all: most texts have none, and this finds that out at C speed.
_LOOKALIKE_RE = re.compile(f"[{_LOOKALIKE_SCRIPTS}]")


def _mixed_words(text: str) -> list[re.Match[str]]:
    return list(_MIXED_RE.finditer(text)) if _LOOKALIKE_RE.search(text) else []


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
    r"|:\s*0(?:px)?\s*;?[^\"'>]*overflow|color\s*[:=]\s*[\"']?(?:#[ef]|white)",
    re.IGNORECASE,
)
MAX_HIDDEN_SCAN = 300_000  # characters of HTML read for hidden text
MAX_HIDDEN_NODES = 2_000
MIN_HIDDEN_WORDS = 12  # preheaders hide a sentence; filler hides paragraphs
MIN_HIDDEN_PIECES = 8  # salting hides a few letters in many places


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


def _hidden_words(source: str) -> tuple[int, int]:
    """Words in elements styled invisible (each hidden subtree counted once), and how many pieces."""
    try:
        tree = LexborHTMLParser(bounded(source)[0])
    except (ValueError, RuntimeError, TypeError):
        return 0, 0
    words = pieces = 0
    hidden: list[Node] = []
    stylesheet = tree.css_first("style") is not None
    for node in tree.css("[style], [hidden], font[color]")[:MAX_HIDDEN_NODES]:
        how = _hides(node, stylesheet)
        if how is None or any(_inside(node, outer) for outer in hidden[-20:]):
            continue
        if how == "all":
            hidden.append(node)
        found = len(node.text(deep=how == "all").split())
        words += found
        pieces += found > 0
    return words, pieces


def _inside(node: Node, outer: Node) -> bool:
    current = node.parent
    while current is not None:
        if current.mem_id == outer.mem_id:
            return True
        current = current.parent
    return False


def check(msg: Message, ctx: ScanContext) -> list[Finding]:
    findings: list[Finding] = []
    evidence: list[str] = []
    name = msg.from_name or ""
    if textnorm.invisible_count(name):
        evidence.append(f"display name {textnorm.strip_invisible(name)[:60]!r}")
    if textnorm.hidden_in_words(msg.subject):
        evidence.append(f"subject {textnorm.strip_invisible(msg.subject)[:60]!r}")
    in_body = textnorm.hidden_in_words(msg.text[:50_000])
    if in_body >= 3:
        evidence.append(f"{in_body} words split by invisible characters in the body")
    if evidence:
        findings.append(Finding("INVISIBLE_CHARACTERS", 1.0, tuple(evidence)))

    mixed = [m.group(0) for text in (name, msg.subject) for m in _mixed_words(text)]
    mixed += [m.group(0) for m in _mixed_words(msg.text[:20_000])][:5]
    if mixed:
        findings.append(Finding("MIXED_SCRIPT_WORDS", min(1.0, 0.5 + 0.25 * len(mixed)), tuple(mixed[:3])))

    source = msg.html_source[:MAX_HIDDEN_SCAN]
    if source and _MAY_HIDE_RE.search(source):
        hidden_words, pieces = _hidden_words(source)
        if hidden_words >= MIN_HIDDEN_WORDS or pieces >= MIN_HIDDEN_PIECES:
            strength = min(1.0, max(hidden_words / 60, pieces / 20))
            shown = f"{hidden_words} words in {pieces} place(s) styled invisible"
            findings.append(Finding("HIDDEN_TEXT", strength, (shown,)))
    return findings
