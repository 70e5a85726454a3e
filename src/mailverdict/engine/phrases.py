"""Sets of lure phrases, matched fast: each phrase is tried only when its literal start occurs.

One alternation of a few hundred phrases costs milliseconds per message in Python's regex engine;
a substring test per phrase (a C-level scan of the lowered text) rules most of them out in
microseconds, and only the few whose opening words are present run as regular expressions.

Those that run read the lowered text with a case-sensitive copy of the phrase, and only where a
match can start. A case-insensitive pattern that opens with ``\\b`` makes the regex engine try
every position of the text at some 80 ns a character; a case-sensitive one that opens with a
literal is found by a C-level substring search, and a phrase opening with one of several words is
tried only where ``str.find`` sees one of them. Both give the same matches as the
case-insensitive pattern on the original text, except where ``str.lower`` and the regex engine's
case folding disagree; texts holding such characters take the original path.
"""

from __future__ import annotations

import bisect
import functools
import heapq
import itertools
import operator
import re
from collections.abc import Container, Iterator
from typing import NamedTuple

_META = set("\\()[]?*+{}|.^$")
_FORMS_PER_PHRASE = 8
_CURRENCY = frozenset("$€£¥")
_START = 3  # characters of a prefix literal its file is named by
MIN_FIND_START = 3  # letters a phrase's opening word needs for str.find to locate its places


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
    ``(?:to )?cancel`` -> ``("to ", "cancel")``: an optional group adds the starts of what follows.
    """
    if not phrase.startswith("(?:"):
        prefix = literal_prefix(phrase)
        return (prefix,) if prefix else ()
    end = _closing(phrase, 0)
    if end < 0 or phrase[end + 1 : end + 2] == "{":
        return ()
    starts: list[str] = []
    for option in top_level_split(phrase[3:end]):
        found = literal_starts(option)
        if not found:
            return ()
        starts.extend(found)
    if phrase[end + 1 : end + 2] in ("?", "*"):
        rest = literal_starts(phrase[end + 2 :].removeprefix("?"))  # "??" and "*?" are optional too
        if not rest:
            return ()
        starts.extend(rest)
    return tuple(starts)


def required_literal(phrase: str) -> str:
    """The longest literal text every match contains, outside groups ("" when there is none).

    ``(?:has|have) been (?:charged|billed)`` -> ``" been "``: a better filter than a short start.
    """
    return max(_literal_runs(phrase), key=len).lower()


def required_literals(phrase: str) -> tuple[str, ...]:
    """Every literal text of three or more characters besides spaces, or holding a currency sign, that
    each match contains, outside groups: ``(?:has|have) been (?:charged|billed) to (?:your|the) card``
    -> ``(" been ", " card")``; ``(?:us)?\\$ ?\\d+`` -> ``("$",)``."""
    runs = _literal_runs(phrase)
    return tuple(dict.fromkeys(run.lower() for run in runs if len(run.strip()) >= 3 or _CURRENCY & set(run)))


def _outer_groups(phrase: str) -> list[tuple[int, int]]:
    """Where each group outside any other opens and closes: ``a (b|c) (?:d)`` -> ``[(2, 6), (8, 12)]``."""
    found: list[tuple[int, int]] = []
    depth, escaped, in_class, start = 0, False, False, 0
    for i, ch in enumerate(phrase):
        if escaped:
            escaped = False
        elif ch == "\\":
            escaped = True
        elif in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
        elif ch == "(":
            if depth == 0:
                start = i
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth == 0:
                found.append((start, i))
    return found


def group_starts(phrase: str) -> list[tuple[tuple[str, ...], bool]]:
    """For each group outside any other, ``literal_starts`` of the phrase from that group on (what every
    match holds from there), and whether a space comes right before it: ``a (?:b|c)? d`` ->
    ``[(("b", "c", " d"), True)]``."""
    return [
        (starts, phrase[start - 1 : start] == " ")
        for start, _ in _outer_groups(phrase)
        if phrase.startswith("(?:", start) and (starts := literal_starts(phrase[start:]))
    ]


def shared_literals(phrase: str) -> list[str]:
    """For each group outside any other that every match passes through, the longest literal text of
    three or more letters that each of its options holds: ``(?:e-?mail|mailing) list`` -> ``["mail"]``.
    (required_literals reads only outside groups.)"""
    found: list[str] = []
    for start, end in _outer_groups(phrase):
        if phrase.startswith("(?:", start) and phrase[end + 1 : end + 2] not in ("?", "*", "+", "{"):
            options = [[run.lower() for run in _literal_runs(o)] for o in top_level_split(phrase[start + 3 : end])]
            shared = [
                piece
                for run in options[0]
                for size in range(len(run), 2, -1)
                for at in range(len(run) - size + 1)
                if (piece := run[at : at + size]).isalpha()
                and all(any(piece in other for other in runs) for runs in options[1:])
            ]
            if shared:
                found.append(max(shared, key=len))
    return found


def after_separator(phrase: str) -> list[str]:
    """Literal texts outside groups that follow one character of a class holding no word character:
    ``(?:12|24)[- ]word`` -> ``["word"]``."""
    found: list[str] = []
    depth, escaped = 0, False
    i = 0
    while i < len(phrase):
        ch = phrase[i]
        if escaped:
            escaped = False
        elif ch == "\\":
            escaped = True
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "[":
            close = phrase.find("]", i + 2)  # a "]" first in a class is one of its characters
            if close < 0:
                break
            members, rest = phrase[i + 1 : close], phrase[close + 1 :]
            one = depth == 0 and _separators(members) and rest[:1] not in ("?", "*", "+", "{")
            if one and (run := _literal_runs(rest)[0].lower()) and _WORD_CHAR_RE.match(run):
                found.append(run)
            i = close
        i += 1
    return found


def _separators(members: str) -> bool:
    """Whether a class of these members (as written between its brackets) holds no word character: no
    negation, escape or range (a "-" between two members), and no word character written."""
    plain = bool(members) and not members.startswith("^") and "\\" not in members and "-" not in members[1:-1]
    return plain and not _WORD_CHAR_RE.search(members)


def _literal_runs(phrase: str) -> list[str]:
    runs: list[str] = []
    run: list[str] = []
    i, depth = 0, 0
    while i < len(phrase):
        ch = phrase[i]
        if ch == "\\":
            escaped = phrase[i + 1 : i + 2]
            if not depth and escaped and not escaped.isalnum() and escaped != "_":
                run.append(escaped)  # an escaped sign ("\\$", "\\.") is that character
            else:
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
    return runs


def _filter(phrase: str) -> tuple[str, ...]:
    starts = literal_starts(phrase)
    required = required_literal(phrase)
    if len(required.strip()) >= 3 and (not starts or len(required) > min(len(s) for s in starts)):
        return (required,)
    return starts


def _case_free(phrase: str) -> bool:
    """True when matching ``phrase`` case-sensitively against lowered text is the same as matching it
    case-insensitively against the original: no upper-case letters, inline flags, code-point
    escapes or back-references, and no letters outside Latin or in ranges, which case folding
    could relate to letters ``str.lower`` leaves apart."""
    escaped = False
    for i, ch in enumerate(phrase):
        if escaped:
            escaped = False
            if ch in "uUxN0123456789":
                return False
        elif ch == "\\":
            escaped = True
        elif not _plain_char(phrase, i):
            return False
    return True


def _plain_char(phrase: str, i: int) -> bool:
    ch = phrase[i]
    if ch != ch.lower():
        return False
    if ch == "(" and phrase[i + 1 : i + 2] == "?":
        return phrase[i + 2 : i + 3] in tuple(":=!<#")  # groups and assertions, not flags or names
    if "-" in phrase[max(0, i - 1) : i + 2] and not ch.isascii():
        return False  # a range with a non-ASCII end: case folding could relate letters inside it
    cyrillic = "\u0400" <= ch <= "\u04ff"
    return ch.isascii() or (ord(ch) < 0x250 and ch not in _FOLD_TRAPS) or cyrillic or _caseless(ch)


def _caseless(ch: str) -> bool:
    """A character with no case at all (a currency sign, a CJK ideograph, punctuation): nothing
    folds to it and it folds to nothing, so matching it is the same with or without IGNORECASE."""
    return ch.lower() == ch == ch.upper() and ch.casefold() == ch and ch not in _FOLD_TRAPS


# Characters that re.IGNORECASE relates to letters other than what str.lower() makes of them:
# U+0130 lowers to two characters; dotless i, long s and the micro sign stay as they are but match
# "i", "s" and Greek mu. Cyrillic letters fold as they lower but for the old-style variants U+1C80-U+1C88
# (a rounded ve, a tall o...), which match the everyday ve, de, o, es, te, hard sign and yat: with those
# among the traps, phrases in Cyrillic are case-free. (Other such characters are Greek, which case-free
# phrases lack.)
_FOLD_TRAPS = "\u0130\u0131\u017f\u00b5\u1c80\u1c81\u1c82\u1c83\u1c84\u1c85\u1c86\u1c87\u1c88"
_WORD_RUN_RE = re.compile(r"\w+")
_WORD_CHAR_RE = re.compile(r"\w")
_ASCII_NON_WORD_TO_SPACE = bytes(c if chr(c).isalnum() or c == ord("_") else ord(" ") for c in range(128)).ljust(
    256, b" "
)


def lowered_is_exact(text: str, lowered: str) -> bool:
    """Whether ``lowered`` (``text.lower()``) lines up with ``text`` character for character and
    holds no character case folding treats differently: then a case-free phrase matches it where
    the case-insensitive phrase matches ``text``."""
    # The traps other than U+0130 lower to themselves, and U+0130 changes the length. (One str
    # search per character: a regex class search costs some 15 ns a character, str.find far less.)
    # The traps are all outside ASCII, which a str knows of itself without a read.
    return len(text) == len(lowered) and (lowered.isascii() or not any(trap in lowered for trap in _FOLD_TRAPS))


class _Index(NamedTuple):
    """The distinct runs of word characters in a lowered text, in the forms the tests read them."""

    words: str  # joined by a character no literal holds
    whole: frozenset[str]
    ordered: list[str]
    padded: list[str]  # ordered with "" after (a position past the end holds a word no literal starts)
    starts: frozenset[str]  # the first _START characters of each (the whole word when shorter)


_FIRST_LETTERS = operator.itemgetter(slice(0, _START))
_chain = itertools.chain.from_iterable


@functools.lru_cache(maxsize=16)
def _word_index(lowered: str) -> _Index:
    """Worked out once a text: the lure, body and scam checks ask twenty-odd sets about the same few."""
    if lowered.isascii():
        # Every other character made a space and the text split: the same runs at twice the speed of
        # the regex engine's \w.
        found = frozenset(lowered.encode("ascii").translate(_ASCII_NON_WORD_TO_SPACE).decode("ascii").split())
    else:
        found = frozenset(_WORD_RUN_RE.findall(lowered))
    ordered = sorted(found)
    # The starts cut in C (an itemgetter of a slice): a comprehension cost a third of the index.
    return _Index("\x00".join(found), found, ordered, [*ordered, ""], frozenset(map(_FIRST_LETTERS, found)))


def _block(literal: str) -> int:
    """The 128-character block of Unicode holding the literal's first character outside ASCII."""
    return next(ord(ch) >> 7 for ch in literal if not ch.isascii())


@functools.lru_cache(maxsize=16)
def _blocks(lowered: str) -> frozenset[int]:
    """The 128-character blocks of Unicode a text's characters outside ASCII come from."""
    return frozenset(ord(ch) >> 7 for ch in set(lowered) if not ch.isascii())


def _words(lowered: str) -> str:
    return _word_index(lowered).words


def _occurs(literal: str, pieces: tuple[str, ...], lowered: str, words: str) -> bool:
    """``literal in lowered``, mostly without reading all of ``lowered``.

    Each run of word characters in the literal lies inside one in the text, so it is in ``words``,
    which is far shorter than the text; a literal that is one such run is found there or nowhere."""
    if not all(piece in words for piece in pieces):
        return False
    return pieces == (literal,) or literal in lowered


_WHOLE, _PREFIX, _INSIDE = range(3)


class _WordTests:
    """Where a literal's runs of word characters must stand in a text for a phrase filtered by it to
    match: each run a whole word of the text, the start of one, or anywhere inside one.

    Phrases match at a word start (``(?<!\\w)``). A run that a non-word character follows in the literal
    ends where the text's word ends; a run that a non-word character precedes, or that opens a literal
    every match starts with, begins where the text's word begins. In the lowered text this holds only
    when lowering keeps every character's place (``lowered_is_exact``) and word-ness (no lowering to
    one character changes whether a character is a word one)."""

    def __init__(self, literal: str, opens_match: bool) -> None:
        self.literal = literal
        tests: list[tuple[str, int]] = []
        for run in _WORD_RUN_RE.finditer(literal):
            at_start = run.start() > 0 or opens_match
            at_end = run.end() < len(literal)
            tests.append((run.group(), _WHOLE if at_start and at_end else _PREFIX if at_start else _INSIDE))
        # Set lookups first, then bisections, then searches: a literal fails on whichever run is missing.
        self.tests = tuple(sorted(tests, key=lambda test: test[1]))
        # A word and spaces ("your "): the word's presence is test enough. Other literals with more than
        # their words ("e-mail", "can't") are looked for in the text itself once their words are found.
        one_whole = len(tests) == 1 and tests[0][1] == _WHOLE
        self.word = tests[0][0] if one_whole and literal.strip(" ") == tests[0][0] else None
        self.words_only = len(tests) == 1 and tests[0][0] == literal

    def present(self, lowered: str, words: str, whole: frozenset[str], ordered: list[str]) -> bool:
        for piece, kind in self.tests:
            if kind == _WHOLE:
                if piece not in whole:
                    return False
            elif kind == _PREFIX:
                at = bisect.bisect_left(ordered, piece)
                if at == len(ordered) or not ordered[at].startswith(piece):
                    return False
            elif piece not in words:
                return False
        return self.words_only or self.literal in lowered


class Phrase:
    """One alternative of a phrase: its prefilter, its case-insensitive pattern, and, when the phrase
    is case-free, the case-sensitive patterns that find the same matches in the lowered text."""

    def __init__(self, phrase: str) -> None:
        self.phrase = phrase
        self.filter = _filter(phrase)
        self.starts = literal_starts(phrase)
        # What every match holds besides the filter: each a choice of literals one of which must occur
        # for the phrase to be worth running.
        groups = group_starts(phrase)
        needs: list[tuple[str, ...]] = [(lit,) for lit in (*required_literals(phrase), *shared_literals(phrase))]
        needs += [starts for starts, _ in groups]
        self.needs = tuple(need for need in dict.fromkeys(needs) if need != self.filter)
        # Literals that follow a space open a word of the text (see _WordTests).
        # So do those after one character of a class of non-word characters ("[- ]word").
        opening = {literal for starts, spaced in groups if spaced for literal in starts}
        self.word_opening = frozenset(opening.union(after_separator(phrase)))

    # The patterns are compiled on first use: most phrases never pass the prefilter, and compiling a
    # thousand phrases three ways would cost every worker a fraction of a second at start.
    # "At a word start" is (?<!\w), not \b: the two agree for a phrase opening with a word character,
    # but \b before "$" would demand a word character in front of it ("US$25", never " $25").
    @functools.cached_property
    def pattern(self) -> re.Pattern[str]:
        return re.compile(rf"(?<!\w)(?:{self.phrase})", re.IGNORECASE)

    # The case-sensitive copies: with the word-start test for trying a place, and without it for the
    # regex engine to search for places (a leading \b hides the literal it could search for).
    @functools.cached_property
    def anchored(self) -> re.Pattern[str] | None:
        return re.compile(rf"(?<!\w)(?:{self.phrase})") if _case_free(self.phrase) else None

    @functools.cached_property
    def unanchored(self) -> re.Pattern[str] | None:
        if not _case_free(self.phrase) or self._found_by_find():
            return None
        if self._opens_optional() and self.starts and all(_WORD_CHAR_RE.match(start) for start in self.starts):
            # A phrase opening with an optional group gives the regex engine nothing to search for, so it
            # tries the whole phrase at every character. Spelled as "one of the starts' first characters,
            # at a word start, where the phrase then matches" (the check looking back over the character
            # just read), it tries only there: the same places, since each is a word character at a word
            # start and the anchored pattern's \b holds at exactly those.
            firsts = "".join(sorted({re.escape(start[0]) for start in self.starts}))
            return re.compile(f"[{firsts}](?<=(?<!\\w)(?=(?:{self.phrase})).)")
        return re.compile(f"(?:{self.phrase})")

    def _opens_optional(self) -> bool:
        if not self.phrase.startswith("(?:"):
            return False
        end = _closing(self.phrase, 0)
        return end > 0 and self.phrase[end + 1 : end + 2] in ("?", "*")

    def spans(
        self, text: str, lowered: str, exact: bool, limit: int, present: Container[str] = ()
    ) -> list[tuple[int, int]]:
        """Start and end of the first ``limit`` matches, as ``pattern.finditer(text)`` gives them.

        ``exact`` is ``lowered_is_exact(text, lowered)``; ``present``, when given, holds every one of
        ``starts`` that occurs in ``lowered`` where a match could begin with it."""
        if exact and self.anchored is not None:
            found = self._lowered_spans(self.anchored, lowered, limit, present)
            if found is not None:
                return found
        return [m.span() for m in itertools.islice(self.pattern.finditer(text), limit)]

    def _lowered_spans(
        self, anchored: re.Pattern[str], lowered: str, limit: int, present: Container[str]
    ) -> list[tuple[int, int]] | None:
        """None when a match is empty: finditer's rules for those are not worth copying."""
        found: list[tuple[int, int]] = []
        pos = 0
        places = self._places(lowered, present)
        while len(found) < limit:
            start = next(places, -1)
            if start < 0:
                break
            if start < pos:
                continue
            match = anchored.match(lowered, start)
            if match is None:
                pos = start + 1
                continue
            if match.end() == start:
                return None
            found.append(match.span())
            pos = match.end()
        return found

    def _found_by_find(self) -> bool:
        """Every match starts with one of ``starts``. With several words, ``str.find`` locates them far
        faster than the regex engine tries its alternatives at every place; with one, the engine's
        own literal search is as fast; with none, or a letter or two, the engine's search is better."""
        return len(self.starts) > 1 and min(len(start) for start in self.starts) >= MIN_FIND_START

    def _places(self, lowered: str, present: Container[str]) -> Iterator[int]:
        """Positions where a match could start, in order."""
        if self.unanchored is not None:
            pos = 0
            while (match := self.unanchored.search(lowered, pos)) is not None:
                yield match.start()
                pos = match.start() + 1
            return
        # The next occurrence of each start; only the one just passed needs looking up again.
        # Starts known to be absent are not looked for: each look reads the text up to its end.
        starts = [start for start in self.starts if start in present] if present else self.starts
        heap = [(at, start) for start in starts if (at := lowered.find(start)) >= 0]
        heapq.heapify(heap)
        previous = -1
        while heap:
            at, start = heap[0]
            following = lowered.find(start, at + 1)
            if following >= 0:
                heapq.heapreplace(heap, (following, start))
            else:
                heapq.heappop(heap)
            if at != previous:
                yield at
                previous = at


class Prefilter:
    """Rules a regular expression out of a text lacking every literal its matches need, at C speed,
    before the regex engine tries it at every character."""

    def __init__(self, pattern: str) -> None:
        filters = [_filter(alt) for alt in top_level_split(pattern)]
        literals = sorted({lit for found in filters for lit in found})
        self.literals = literals if all(filters) else None

    def may_match(self, text: str) -> bool:
        if self.literals is None:
            return True
        lowered = text.lower()
        if not lowered_is_exact(text, lowered):
            return True
        # Substring tests on the text itself: for the short texts this reads (a message's tail), a few
        # dozen C-level searches cost less than indexing the text's words first.
        return any(literal in lowered for literal in self.literals)


class PhraseSet:
    """Phrases (regular expressions, case-insensitive, anchored at a word start) of one role."""

    def __init__(self, phrases: tuple[str, ...], limit: int = 5) -> None:
        self.entries = [Phrase(alt) for phrase in phrases for alt in top_level_split(phrase)]
        self.limit = limit
        starts = {start for entry in self.entries for start in entry.filter}
        self._starts = [
            (start, pieces, pieces == (start,))
            for start in sorted(starts)
            for pieces in [tuple(_WORD_RUN_RE.findall(start))]
        ]
        opens_word: dict[str, bool] = {}
        for entry in self.entries:
            for literal in {literal for need in entry.needs for literal in need}:
                opens_word[literal] = opens_word.get(literal, True) and literal in entry.word_opening
        self._need_tests = {literal: _WordTests(literal, opens) for literal, opens in opens_word.items()}
        # The needs that are one run of word characters: how that run must stand in the text.
        self._need_kinds = {literal: t.tests[0][1] for literal, t in self._need_tests.items() if t.words_only}
        # Each entry's needs, and the options of each, cheapest test first: most entries past the filter
        # fail on a word a set lookup rules out, before a need that costs a scan of the text is read.
        self._needs = [
            tuple(sorted((tuple(sorted(need, key=self._cost)) for need in entry.needs), key=self._need_cost))
            for entry in self.entries
        ]
        # The literals each entry is looked up by: its filter, or, for one without (a phrase opening with a
        # digit or a sign), its cheapest need. Tested with the filters, such a need picks the entry only
        # where it occurs, instead of having it tried, need by need, in every text. (The need is tested
        # again with the others: a literal found by another entry's test may stand where this one's
        # must not.)
        self._gates = [
            entry.filter or (needs[0] if needs else ()) for entry, needs in zip(self.entries, self._needs, strict=True)
        ]
        # The same literals read as words, for texts whose lowered form lines up with them (see
        # _WordTests): whole words are looked up in a set, all at once; the rest tested one by one.
        tests = {
            (literal, (bool(entry.filter) and entry.filter == entry.starts) or literal in entry.word_opening)
            for entry, gate in zip(self.entries, self._gates, strict=True)
            for literal in gate
        }
        self._file_word_tests([_WordTests(literal, opens_match) for literal, opens_match in sorted(tests)])
        # Which entries each literal lets through, so a text's few found literals pick their entries
        # without a look at every entry.
        self._unfiltered = [i for i, gate in enumerate(self._gates) if not gate]
        # Needs standing in for a filter are no filter literals: left out of what _runnable reports found.
        self._gate_only = frozenset(_chain(self._gates)).difference(starts)
        self._by_literal: dict[str, list[int]] = {}
        for i, gate in enumerate(self._gates):
            for literal in gate:
                self._by_literal.setdefault(literal, []).append(i)

    def _file_word_tests(self, word_tests: list[_WordTests]) -> None:
        """Files each literal's test under what a text must hold for it to be worth running."""
        self._by_word: dict[str, list[str]] = {}
        for test in word_tests:
            if test.word is not None:
                self._by_word.setdefault(test.word, []).append(test.literal)
        self._word_set = frozenset(self._by_word)
        # One word opening a text's word (most literals): tested by bisection, written out inline.
        prefixes = [t.literal for t in word_tests if t.tests == ((t.literal, _PREFIX),)]
        # The others: those with a whole word tested only when the text has that word.
        others: list[_WordTests] = []
        self._keyed_tests: dict[str, list[_WordTests]] = {}
        for test in word_tests:
            if test.word is not None or test.tests == ((test.literal, _PREFIX),):
                continue
            if test.tests and test.tests[0][1] == _WHOLE:
                self._keyed_tests.setdefault(test.tests[0][0], []).append(test)
            else:
                others.append(test)
        self._test_keys = frozenset(self._keyed_tests)
        # A word opening with a prefix literal opens with its first three letters: the literals are
        # filed under those, and only the files a text's words open with are searched. Phrases in
        # another script, or on words a text lacks, cost it a set intersection.
        # A literal with a letter outside ASCII occurs only in a text holding that letter's block of
        # Unicode (Cyrillic, Hangul, Latin Extended...): in others, most mail, shorter ones are not
        # looked for either.
        self._prefixes_by_start: dict[str, list[str]] = {}
        self._short_prefixes: list[str] = []
        self._short_prefixes_by_block: dict[int, list[str]] = {}
        for literal in prefixes:
            if len(literal) >= _START:
                self._prefixes_by_start.setdefault(literal[:_START], []).append(literal)
            elif literal.isascii():
                self._short_prefixes.append(literal)
            else:
                self._short_prefixes_by_block.setdefault(_block(literal), []).append(literal)
        self._prefix_starts = frozenset(self._prefixes_by_start)
        # Of the other ASCII ones, those whose first run must open a word are filed like the prefix
        # literals, and those whose first run may stand inside one are first looked for in the words all
        # at once (in C): the few that pass get their full test.
        self._inside_tests: list[_WordTests] = []
        self._tests_by_start: dict[str, list[_WordTests]] = {}
        self._other_word_tests: list[_WordTests] = []
        self._word_tests_by_block: dict[int, list[_WordTests]] = {}
        for test in others:
            first, kind = test.tests[0] if test.tests else ("", None)  # a literal of signs only ("$")
            if not test.literal.isascii():
                self._word_tests_by_block.setdefault(_block(test.literal), []).append(test)
            elif kind == _INSIDE:
                self._inside_tests.append(test)
            elif kind == _PREFIX and len(first) >= _START:
                self._tests_by_start.setdefault(first[:_START], []).append(test)
            else:
                self._other_word_tests.append(test)
        self._inside_firsts = [test.tests[0][0] for test in self._inside_tests]
        self._test_starts = frozenset(self._tests_by_start)

    def _runnable(self, lowered: str, exact: bool) -> tuple[list[Phrase], set[str]]:
        """The phrases whose required words all occur, and the filter literals found (empty when the
        text is not ``exact``)."""
        if not exact:
            words = _words(lowered)
            # _occurs, written out: most starts are one word, one substring test, and a call per start
            # was a fifth of the engine's time.
            present = {
                start
                for start, pieces, one_word in self._starts
                if (start in words if one_word else _occurs(start, pieces, lowered, words))
            }
            return [entry for entry in self.entries if not entry.filter or not present.isdisjoint(entry.filter)], set()
        words, whole, ordered, padded, word_starts = _word_index(lowered)
        # The files of literals that the text's whole words and word starts pick, gathered in C.
        present = set(_chain(map(self._by_word.__getitem__, self._word_set.intersection(whole))))
        # Whether a word of the text starts with each prefix literal that could: the word it would sort
        # before, found for all of them in map()s.
        prefixes = [*_chain(map(self._prefixes_by_start.__getitem__, self._prefix_starts.intersection(word_starts)))]
        prefixes += self._short_prefixes
        if not lowered.isascii():
            prefixes += _chain(self._short_prefixes_by_block.get(block, ()) for block in _blocks(lowered))
        following = map(padded.__getitem__, map(bisect.bisect_left, itertools.repeat(ordered), prefixes))
        present.update(itertools.compress(prefixes, map(str.startswith, following, prefixes)))
        tried = self._word_tests_to_try(lowered, words, word_starts)
        present.update(t.literal for t in tried if t.present(lowered, words, whole, ordered))
        for word in self._test_keys.intersection(whole):
            present.update(t.literal for t in self._keyed_tests[word] if t.present(lowered, words, whole, ordered))
        # A phrase past the filter still runs only where what else it needs occurs: tested on demand, as
        # most phrases never get this far. Most needs are one run of word characters, tested here inline
        # (a call per test was most of this loop's cost); the rest by their _WordTests.
        held: dict[str, bool] = {}
        kinds = self._need_kinds
        entries = self.entries
        needs = self._needs
        runnable: list[Phrase] = []
        # In the entries' own order: found phrases are reported in it.
        candidates = set(_chain(map(self._by_literal.__getitem__, present)))
        candidates.update(self._unfiltered)
        for i in sorted(candidates):
            for need in needs[i]:
                for literal in need:
                    found = held.get(literal)
                    if found is None:
                        kind = kinds.get(literal)
                        if kind == _WHOLE:
                            found = literal in whole
                        elif kind == _PREFIX:
                            found = padded[bisect.bisect_left(ordered, literal)].startswith(literal)
                        elif kind == _INSIDE:
                            found = literal in words
                        else:
                            found = self._need_tests[literal].present(lowered, words, whole, ordered)
                        held[literal] = found
                    if found:
                        break
                else:
                    break  # no option of this need occurs
            else:
                runnable.append(entries[i])
        present.difference_update(self._gate_only)
        return runnable, present

    def _word_tests_to_try(self, lowered: str, words: str, word_starts: frozenset[str]) -> Iterator[_WordTests]:
        """The word tests that can pass in this text: those whose first run it holds where that run must
        stand, as far as the set lookups and C-level searches of the text's words tell."""
        yield from itertools.compress(self._inside_tests, map(words.__contains__, self._inside_firsts))
        for start in self._test_starts.intersection(word_starts):
            yield from self._tests_by_start[start]
        yield from self._other_word_tests
        if not lowered.isascii():
            for block in _blocks(lowered):
                yield from self._word_tests_by_block.get(block, ())

    def _cost(self, literal: str) -> int:
        """What testing a need literal costs: a set lookup or bisection, a search of the text's words,
        or a search of the text itself."""
        test = self._need_tests[literal]
        if not test.words_only:
            return 2
        return 1 if any(kind == _INSIDE for _, kind in test.tests) else 0

    def _need_cost(self, need: tuple[str, ...]) -> int:
        return max(map(self._cost, need))

    def found(self, text: str, lowered: str) -> list[str]:
        """Distinct matched phrases (lower case), at most ``limit``; ``lowered`` is ``text.lower()``."""
        out: dict[str, None] = {}
        exact = lowered_is_exact(text, lowered)
        runnable, present = self._runnable(lowered, exact)
        for entry in runnable:
            # A phrase's forms ("password", "passwords") show up in its first few occurrences; reading
            # every repeat of a word that fills the text costs time and finds nothing new.
            starts = present if entry.filter == entry.starts else ()
            for start, end in entry.spans(text, lowered, exact, _FORMS_PER_PHRASE + 1, starts):
                out[text[start:end].lower()] = None
                if len(out) >= self.limit:
                    return list(out)
        return list(out)

    def entries_found(self, text: str, lowered: str) -> list[str]:
        """The first match of each phrase that occurs: "lowest price" and "lowest prices" count once."""
        out: list[str] = []
        exact = lowered_is_exact(text, lowered)
        runnable, present = self._runnable(lowered, exact)
        for entry in runnable:
            starts = present if entry.filter == entry.starts else ()
            for start, end in entry.spans(text, lowered, exact, 1, starts):
                out.append(text[start:end].lower())
                if len(out) >= self.limit:
                    return out
        return out
