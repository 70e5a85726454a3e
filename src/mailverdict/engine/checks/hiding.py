"""Text that HTML styling hides from the reader, as the checks read it (engine/hiddentext.py reads it).

Not a check of its own (checks/__init__ does not load it): obfuscation.py turns the amount into
HIDDEN_TEXT; the phrase checks (lure, scam, body) also read the text as the reader sees it, so
characters salted between the letters of a telling word ("pass<span style=font-size:0>xq</span>
word") no longer hide it, and IMAGE_ONLY_BODY counts only visible words.

``document_text`` is the other text a reader is shown: a PDF attachment's, when the body says
almost nothing and the PDF is the message (engine/pdftext.py reads it).
"""

from __future__ import annotations

import html as html_module
import re

from mailverdict.engine import pdftext
from mailverdict.engine.hiddentext import NOTHING, Hidden
from mailverdict.engine.message import Message

__all__ = ["NOTHING", "Hidden", "document_text", "hidden", "searchable_text", "visible_text"]

# Visible characters of body under which a PDF attachment is the message ("see attached", or nothing).
MAX_BODY_BESIDE_DOCUMENT = 300

# A line break before a lower-case letter continues a sentence that the sender's mailer wrapped
# ("verify your\naccount"); phrases are matched across it as across a space.
_LOWER = "a-z\u00df-\u00f6\u00f8-\u00ff\u0100-\u017f\u03b1-\u03c9\u0430-\u045f"
_WRAPPED_RE = re.compile(rf"(?<=\S)[ \t]*\r?\n[ \t]*(?=[{_LOWER}])")
# The same wraps found from their line break: a pattern opening with a look back gives the regex
# engine nothing to search for, so it tried _WRAPPED_RE at every character (a fifth of the engine's
# time on 1-50 KB mail); a literal "\n" it finds at C speed, and what comes before it is read back here.
_BREAK_BEFORE_LOWER_RE = re.compile(rf"\n[ \t]*(?=[{_LOWER}])")


def hidden(msg: Message) -> Hidden:
    """What the message's HTML hides (read once, with the HTML)."""
    return msg.html.hidden if msg.html_source else NOTHING


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
        return _unwrapped(msg.text[:limit])
    return _unwrapped(f"{visible_text(msg)[:limit]}\n{msg.text[:limit]}")


def _unwrapped(text: str) -> str:
    """``_WRAPPED_RE.sub(" ", text)``."""
    pieces: list[str] = []
    pos = 0
    for match in _BREAK_BEFORE_LOWER_RE.finditer(text):
        start = match.start()
        if text[start - 1 : start] == "\r":
            start -= 1
        while start > pos and text[start - 1] in " \t":
            start -= 1
        # A wrap follows text: a line break after an empty line or at the start is kept.
        if start > pos and not text[start - 1].isspace():
            pieces += (text[pos:start], " ")
            pos = match.end()
    if not pieces:
        return text
    pieces.append(text[pos:])
    return "".join(pieces)


def document_text(msg: Message) -> str:
    """The text of the message's PDF attachments when they are the message: the body shows fewer than
    ``MAX_BODY_BESIDE_DOCUMENT`` characters. The lure, scam and brand checks read it after the body.

    Only then: a letter with a report, a statement or a paper attached speaks in its body, and the
    attachment's own words (an invoice's "payment due", a paper's "password") are not said to the
    reader. Lines are joined as a reader reads a page, across the writer's line breaks."""
    if not msg.attachments or len(visible_text(msg).strip()) >= MAX_BODY_BESIDE_DOCUMENT:
        return ""
    return " ".join(pdftext.text(msg).split("\n"))
