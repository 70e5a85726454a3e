"""Regular expressions searched from near a literal every match needs, not from every character.

A pattern that opens with a look-behind, a word-boundary test or a case-insensitive alternation
gives the regex engine nothing to search for, so it tries the whole pattern at every character:
a fraction of a millisecond per 20 KB, on texts read several times a message. Many such patterns
need one of a few literals in every match ("@" in an address, "://" in a link) a bounded distance
from its start. Searching from the literal's next occurrence, less that distance, skips the text
in between (``str.find`` crosses it at C speed) and finds the same matches in the same order.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Iterator


class Anchored:
    """A pattern every match of which holds one of ``literals`` (exactly, case and all), starting at
    most ``reach`` characters after the match starts. The pattern must never match empty text."""

    def __init__(
        self, pattern: re.Pattern[str], literals: tuple[str, ...], reach: int, *, caseless: bool = False
    ) -> None:
        """``caseless``: the literals are lower case and matches hold them in any case (a pattern read
        with re.IGNORECASE); texts other than ASCII are then scanned in full."""
        self.pattern = pattern
        self.literals = literals
        self.reach = reach
        self.caseless = caseless
        # Literals given in every spelling of their letters ("www.", "wWw.", ...) are looked for once
        # each, in the lowered text, when that is ASCII (so it lines up with the text): one scan of
        # the text instead of one per spelling.
        folded = tuple(dict.fromkeys(literal.lower() for literal in literals))
        self.folded: tuple[str, ...] | None = None
        # Spellings are counted before they are spelled out: a caseless word of eleven letters has
        # 2,048 of them, and building those at import cost seconds.
        spelled = sum(2 ** sum("a" <= ch <= "z" for ch in literal) for literal in folded)
        if not caseless and len(folded) < len(literals) and spelled == len(set(literals)):
            spellings = {spelling for literal in folded for spelling in _spellings(literal)}
            self.folded = folded if spellings == set(literals) else None
        if caseless:
            # Lowered ASCII text holds a literal where the text holds it in any case, unless case folding
            # relates one of its other letters to an ASCII one (the long s to "s"): then no shortcut.
            self.folded = folded if folded == literals and all(map(_ascii_apart, "".join(literals))) else None

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        """``pattern.finditer(text)``."""
        haystack, literals = text, self.literals
        if self.folded is not None and text.isascii():
            haystack, literals = text.lower(), self.folded
        elif self.caseless:
            yield from self.pattern.finditer(text)
            return
        upcoming = {literal: haystack.find(literal) for literal in literals}
        pos = 0
        while True:
            # Next occurrences at or after pos; only those pos has passed are looked up again.
            for literal, at in upcoming.items():
                if 0 <= at < pos:
                    upcoming[literal] = haystack.find(literal, pos)
            found = [at for at in upcoming.values() if at >= 0]
            if not found:
                return
            match = self.pattern.search(text, max(pos, min(found) - self.reach))
            if match is None:
                return
            if match.end() == match.start():
                raise ValueError(f"{self.pattern.pattern!r} matched empty text")
            yield match
            pos = match.end()

    def search(self, text: str) -> re.Match[str] | None:
        return next(self.finditer(text), None)

    def sub(self, replacement: str, text: str) -> str:
        """``pattern.sub(replacement, text)`` for a replacement without escapes."""
        return replaced(text, self.finditer(text), replacement)


def _ascii_apart(ch: str) -> bool:
    """Whether ``ch`` is ASCII or matches no ASCII character case-insensitively."""
    pattern = re.compile(re.escape(ch), re.IGNORECASE)
    return ch.isascii() or not any(pattern.fullmatch(chr(code)) for code in range(128))


def _spellings(literal: str) -> set[str]:
    """Every spelling of ``literal`` in upper and lower case ASCII letters."""
    options = [(ch, ch.upper()) if "a" <= ch <= "z" else (ch,) for ch in literal]
    return {"".join(spelling) for spelling in itertools.product(*options)}


def replaced(text: str, matches: Iterable[re.Match[str]], replacement: str) -> str:
    """``text`` with each of ``matches`` (of it, in order, not overlapping) replaced by ``replacement``."""
    pieces: list[str] = []
    pos = 0
    for match in matches:
        pieces += (text[pos : match.start()], replacement)
        pos = match.end()
    if not pieces:
        return text
    pieces.append(text[pos:])
    return "".join(pieces)
