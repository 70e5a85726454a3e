"""Sets of lure phrases, matched fast: each phrase is tried only when its literal start occurs.

One alternation of a few hundred phrases costs milliseconds per message in Python's regex engine;
a substring test per phrase (a C-level scan of the lowered text) rules most of them out in
microseconds, and only the few whose opening words are present run as regular expressions.
"""

from __future__ import annotations

import re

_META = set("\\()[]?*+{}|.^$")
_FORMS_PER_PHRASE = 8


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


def _closing(phrase: str, start: int) -> int:
    """Index of the parenthesis closing the group opened at ``start`` (-1 when unbalanced)."""
    depth, escaped = 0, False
    for i in range(start, len(phrase)):
        ch = phrase[i]
        if escaped:
            escaped = False
        elif ch == "\\":
            escaped = True
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth == 0:
                return i
    return -1


def literal_starts(phrase: str) -> tuple[str, ...]:
    """Literal texts one of which every match starts with; () when nothing can rule a match out.

    ``(?:package|parcel) held`` -> ``("package", "parcel")``: a phrase opening with a group of
    options is skipped unless one of the options occurs, as a plain phrase is unless its start does.
    """
    if not phrase.startswith("(?:"):
        prefix = literal_prefix(phrase)
        return (prefix,) if prefix else ()
    end = _closing(phrase, 0)
    if end < 0 or phrase[end + 1 : end + 2] in ("?", "*", "{"):
        return ()
    starts: list[str] = []
    for option in top_level_split(phrase[3:end]):
        found = literal_starts(option)
        if not found:
            return ()
        starts.extend(found)
    return tuple(starts)


def required_literal(phrase: str) -> str:
    """The longest literal text every match contains, outside groups ("" when there is none).

    ``(?:has|have) been (?:charged|billed)`` -> ``" been "``: a better filter than a short start.
    """
    runs: list[str] = []
    run: list[str] = []
    i, depth = 0, 0
    while i < len(phrase):
        ch = phrase[i]
        if ch == "\\":
            runs.append("".join(run))
            run = []
            i += 2
            continue
        if ch == "{" and not depth:
            if run:
                run.pop()  # the character before a counted quantifier is optional
            runs.append("".join(run))
            run = []
            close = phrase.find("}", i)
            i = len(phrase) if close < 0 else close + 1
            continue
        if ch in "([":
            depth += 1
        if depth or ch in _META:
            if ch in "?*{" and run:
                run.pop()  # the character before a quantifier is optional
            runs.append("".join(run))
            run = []
            if ch in ")]":
                depth -= 1
        else:
            run.append(ch)
        i += 1
    runs.append("".join(run))
    return max(runs, key=len).lower()


def _filter(phrase: str) -> tuple[str, ...]:
    starts = literal_starts(phrase)
    required = required_literal(phrase)
    if len(required.strip()) >= 3 and (not starts or len(required) > min(len(s) for s in starts)):
        return (required,)
    return starts


class PhraseSet:
    """Phrases (regular expressions, case-insensitive, anchored at a word start) of one role."""

    def __init__(self, phrases: tuple[str, ...], limit: int = 5) -> None:
        alternatives = [alt for phrase in phrases for alt in top_level_split(phrase)]
        self.entries = [(_filter(a), re.compile(rf"\b(?:{a})", re.IGNORECASE)) for a in alternatives]
        self.limit = limit
        self._starts = frozenset(start for starts, _ in self.entries for start in starts)

    def _runnable(self, lowered: str) -> list[re.Pattern[str]]:
        """The patterns whose required words all occur: one substring test per distinct word."""
        present = {start for start in self._starts if start in lowered}
        return [pattern for starts, pattern in self.entries if not starts or not present.isdisjoint(starts)]

    def found(self, text: str, lowered: str) -> list[str]:
        """Distinct matched phrases (lower case), at most ``limit``; ``lowered`` is ``text.lower()``."""
        out: dict[str, None] = {}
        for pattern in self._runnable(lowered):
            # A phrase's forms ("password", "passwords") show up in its first few occurrences; reading
            # every repeat of a word that fills the text costs time and finds nothing new.
            for seen, match in enumerate(pattern.finditer(text)):
                out[match.group(0).lower()] = None
                if len(out) >= self.limit:
                    return list(out)
                if seen >= _FORMS_PER_PHRASE:
                    break
        return list(out)

    def entries_found(self, text: str, lowered: str) -> list[str]:
        """The first match of each phrase that occurs: "lowest price" and "lowest prices" count once."""
        out: list[str] = []
        for pattern in self._runnable(lowered):
            match = pattern.search(text)
            if match:
                out.append(match.group(0).lower())
                if len(out) >= self.limit:
                    break
        return out
