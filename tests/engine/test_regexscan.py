"""engine/regexscan.py: searching from near a needed literal finds exactly what a full scan finds."""

from __future__ import annotations

import random
import re

import pytest

from mailverdict.engine import content, urls
from mailverdict.engine.checks import bulk
from mailverdict.engine.regexscan import Anchored

PIECES = [
    "see", "HTTPS://Example.com/a?b=1", "http://10.0.0.1/x", "ftp://files.example/f", "Www.Shop.example",
    "wWw.x.y", "file://local/path", "://", "www", "mail@example.com", "a.b+c@sub.example.org", "@", "@@",
    "x" * 70 + "@long.example", "name@", "@domain.example", "_under@score.example", "(", ")", "<", ">", "\n",
    "\u00e9t\u00e9@accent.example", "5 USD", "$ 7", "10 dollars", "3eur", "£5",
]


def _span(match: re.Match[str] | None) -> tuple[int, int] | None:
    return None if match is None else match.span()


def _texts(count: int) -> list[str]:
    rng = random.Random(11)
    return ["".join(rng.choice([" ", "", ",", "'"]) + rng.choice(PIECES) for _ in range(60)) for _ in range(count)]


@pytest.mark.parametrize(
    "anchored", [content._URLS, content._ADDRESSES, urls._URLS], ids=["content links", "addresses", "links"]
)
def test_same_matches_as_a_full_scan(anchored: Anchored) -> None:
    found = 0
    for text in _texts(300):
        expected = [m.span() for m in anchored.pattern.finditer(text)]
        assert [m.span() for m in anchored.finditer(text)] == expected, text
        assert anchored.sub(" ", text) == anchored.pattern.sub(" ", text)
        assert _span(anchored.search(text)) == _span(anchored.pattern.search(text))
        found += len(expected)
    assert found > 1000


def test_money_marker_reads_as_the_full_pattern() -> None:
    full = re.compile(r"[$€£]\s?\d|\d\s?(?:usd|eur|gbp|dollars)\b", re.IGNORECASE)
    for text in [*_texts(200), "5 U\u017fD", "costs 5 EUROS", "5eur", "x5 Dollars!"]:
        assert content._has_money(text) is (full.search(text) is not None), text


def test_a_pattern_matching_empty_text_is_refused() -> None:
    with pytest.raises(ValueError, match="empty"):
        list(Anchored(re.compile(r"a?"), ("b",), 1).finditer("xb"))


def test_a_caseless_pattern_finds_what_a_full_scan_finds() -> None:
    anchored = bulk._UNSUBSCRIBE
    assert anchored.folded is not None
    pieces = [
        "UNSUBSCRIBE", "Opt-Out", "opt in", "To Be Removed", "remove me", "Subject: REMOVE", "Désabonner",
        "DÉSINSCRIRE", "stop Receiving", "manage your email preferences", "x", " ", ".", "\n", "to", "re",
        "\u017fubscribe",  # the long s: matched as "s" by the regex engine, so that text is scanned in full
    ]
    rng = random.Random(5)
    found = 0
    for _ in range(300):
        text = "".join(rng.choice(["", " ", "-"]) + rng.choice(pieces) for _ in range(30))
        expected = [m.span() for m in anchored.pattern.finditer(text)]
        assert [m.span() for m in anchored.finditer(text)] == expected, text
        found += len(expected)
    assert found > 1000


def test_literals_given_in_every_spelling_are_folded_and_others_are_not() -> None:
    assert urls._URLS.folded == ("://", "www.")
    every = tuple(f"{a}{b}{c}" for a in "aA" for b in "bB" for c in "xX")
    assert Anchored(re.compile(r"abx", re.IGNORECASE), every, 0).folded == ("abx",)
    assert Anchored(re.compile(r"abx|ABX", re.IGNORECASE), ("abx", "ABX"), 0).folded is None
