"""Sets of lure phrases, matched fast: each phrase is tried only when its literal start occurs.

One alternation of a few hundred phrases costs milliseconds per message in Python's regex engine;
a substring test per phrase (a C-level scan of the lowered text) rules most of them out in
microseconds, and only the few whose opening words are present run as regular expressions.
"""

from __future__ import annotations

import re

_META = set("\\()[]?*+{}|.^$")


def top_level_split(phrase: str) -> list[str]:
    """``a|b(?:c|d)`` -> ``["a", "b(?:c|d)"]``: alternatives outside any group."""
    parts, depth, start, escaped = [], 0, 0, False
    for i, ch in enumerate(phrase):
        if escaped:
            escaped = False
        elif ch == "\\":
            escaped = True
        elif ch in "([":
            depth += 1
        elif ch in ")]":
            depth -= 1
        elif ch == "|" and depth == 0:
            parts.append(phrase[start:i])
            start = i + 1
    return [*parts, phrase[start:]]


def literal_prefix(phrase: str) -> str:
    """The literal text every match of ``phrase`` starts with ("" when there is none)."""
    prefix: list[str] = []
    for ch in phrase:
        if ch in _META:
            if ch in "?*{" and prefix:
                prefix.pop()  # the character before a quantifier is optional
            break
        prefix.append(ch)
    return "".join(prefix).lower()


class PhraseSet:
    """Phrases (regular expressions, case-insensitive, anchored at a word start) of one role."""

    def __init__(self, phrases: tuple[str, ...], limit: int = 5) -> None:
        alternatives = [alt for phrase in phrases for alt in top_level_split(phrase)]
        self.entries = [(literal_prefix(a), re.compile(rf"\b(?:{a})", re.IGNORECASE)) for a in alternatives]
        self.limit = limit

    def found(self, text: str, lowered: str) -> list[str]:
        """Distinct matched phrases (lower case), at most ``limit``; ``lowered`` is ``text.lower()``."""
        out: dict[str, None] = {}
        for prefix, pattern in self.entries:
            if prefix and prefix not in lowered:
                continue
            for match in pattern.finditer(text):
                out[match.group(0).lower()] = None
                if len(out) >= self.limit:
                    return list(out)
        return list(out)

    def entries_found(self, text: str, lowered: str) -> list[str]:
        """The first match of each phrase that occurs: "lowest price" and "lowest prices" count once."""
        out: list[str] = []
        for prefix, pattern in self.entries:
            if prefix and prefix not in lowered:
                continue
            match = pattern.search(text)
            if match:
                out.append(match.group(0).lower())
                if len(out) >= self.limit:
                    break
        return out
