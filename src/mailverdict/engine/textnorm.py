"""Invisible characters: found, counted and removed before text is compared with anything.

Phishing inserts characters that render as nothing (zero-width spaces, word joiners, Unicode
tags, variation selectors) inside words like "Microsoft" so that filters matching the word miss
it while readers still see it. The emoji joiner (U+200D) and emoji presentation selector
(U+FE0F) are left out of the count: they legitimately follow emoji.
"""

from __future__ import annotations

import re
import unicodedata

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


# Cyrillic and Greek letters drawn like Latin ones, capital and small.
_LATIN_LOOKALIKES = str.maketrans(
    "АВСЕНІЈКМОРЅТХУаеіјорѕсхуԁԛԝһӏΑΒΕΖΗΙΚΜΝΟΡΤΥΧαορτνικ",
    "ABCEHIJKMOPSTXYaeijopscxydqwhlABEZHIKMNOPTYXaoptvik",
)
_LOOKALIKE_SCRIPTS = "\u0370-\u03ff\u0400-\u04ff\u0500-\u052f"
_ANY_LOOKALIKE_RE = re.compile(f"[{_LOOKALIKE_SCRIPTS}]")
# A word of three letters or more that mixes Latin letters with Greek or Cyrillic ones.
MIXED_WORD_RE = re.compile(
    f"\\b(?=[A-Za-z{_LOOKALIKE_SCRIPTS}]*[A-Za-z])(?=[A-Za-z{_LOOKALIKE_SCRIPTS}]*[{_LOOKALIKE_SCRIPTS}])"
    f"[A-Za-z{_LOOKALIKE_SCRIPTS}]{{3,}}\\b"
)
_LOOKALIKE_WORD_RE = re.compile(f"[A-Za-z{_LOOKALIKE_SCRIPTS}]+")


def mixed_words(text: str) -> list[str]:
    """Words spelled with Latin letters and Greek or Cyrillic look-alikes ("Paypal" with a Cyrillic a)."""
    if text.isascii() or _ANY_LOOKALIKE_RE.search(text) is None:
        return []
    return MIXED_WORD_RE.findall(text)


def _latin(word: re.Match[str]) -> str:
    latin = word.group(0).translate(_LATIN_LOOKALIKES)
    return latin if latin.isascii() else word.group(0)


def fold_lookalikes(text: str) -> str:
    """The text with its look-alike letters read as Latin, when it hides Latin words that way.

    Only a text that mixes scripts inside a word is a disguise; then its words drawn wholly in
    look-alikes (a Cyrillic "App") are folded too. Real Greek or Russian text mixes no Latin into its words and
    is returned as it is, like any text without Greek or Cyrillic letters.
    """
    if not mixed_words(text):
        return text
    return _LOOKALIKE_WORD_RE.sub(_latin, text)


def readable(text: str) -> str:
    """Text as a reader sees it, for matching words against it: compatibility forms folded (styled
    and full-width letters), invisible characters removed and look-alike letters read as Latin."""
    return fold_lookalikes(strip_invisible(unicodedata.normalize("NFKC", text)))
