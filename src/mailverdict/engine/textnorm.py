"""Invisible characters: found, counted and removed before text is compared with anything.

Phishing inserts characters that render as nothing (zero-width spaces, word joiners, Unicode
tags, variation selectors) inside words like "Microsoft" so that filters matching the word miss
it while readers still see it. The emoji joiner (U+200D) and emoji presentation selector
(U+FE0F) are left out of the count: they legitimately follow emoji.
"""

from __future__ import annotations

import re

# Zero-width and formatting characters, fillers, bidi controls, variation selectors and tags.
_INVISIBLE = (
    "\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b\u200c\u200e\u200f\u202a-\u202e"
    "\u2060-\u206f\u3164\ufe00-\ufe0e\ufeff\uffa0\U000e0000-\U000e0fff"
)
INVISIBLE_RE = re.compile(f"[{_INVISIBLE}]")
_STRIP_RE = re.compile(f"[{_INVISIBLE}\u200d\ufe0f]")
# An invisible character between two letters: hiding inside a word, not padding between words.
_IN_WORD_RE = re.compile(f"(?<=[^\\W\\d_])[{_INVISIBLE}]+(?=[^\\W\\d_])")


# Every character these read is outside ASCII, and whether a str is all ASCII is known without reading
# it: ASCII text (most mail) skips the regex scans.


def strip_invisible(text: str) -> str:
    return text if text.isascii() else _STRIP_RE.sub("", text)


def invisible_count(text: str) -> int:
    return 0 if text.isascii() else len(INVISIBLE_RE.findall(text))


def hidden_in_words(text: str) -> int:
    """How many places an invisible character splits a word."""
    # The look-behind makes the regex engine stop at every character; most texts have no invisible
    # character at all, and a plain class search says so at C speed.
    if text.isascii() or INVISIBLE_RE.search(text) is None:
        return 0
    return len(_IN_WORD_RE.findall(text))
