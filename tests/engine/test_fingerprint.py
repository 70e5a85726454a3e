"""engine/fingerprint.py: near-duplicates share keys, different messages do not."""

from __future__ import annotations

import heapq
import random
import re

from mailverdict.engine.fingerprint import MAX_WORDS, _bottom, edf_hash, fuzzy_hash, kept_words
from mailverdict.engine.message import parse

TEXT = (
    "Dear {name}, your parcel number {num} is waiting at our depot. Please pay the small customs fee to "
    "release it. If the fee is not paid the parcel returns to the sender after the holding period ends. "
    "Use the secure page to complete payment and choose a delivery slot that suits you."
)


def _msg(name: str, num: str, subject: str = "Parcel {num} waiting", body: str = TEXT) -> bytes:
    return (
        f"From: Depot <notice@depot.example>\r\nTo: {name.lower()}@example.net\r\n"
        f"Subject: {subject.format(num=num)}\r\n\r\n{body.format(name=name, num=num)}\r\n"
        "http://pay.depot.example/x\r\n"
    ).encode()


def test_names_and_numbers_do_not_change_either_key() -> None:
    a, b = parse(_msg("Alice", "88123")), parse(_msg("Bob", "19922"))
    assert edf_hash(a) == edf_hash(b)
    assert fuzzy_hash(a) == fuzzy_hash(b)


def test_different_text_changes_the_fuzzy_key() -> None:
    other = "We are pleased to invite you to the annual garden fair with talks on roses, bees and compost making."
    a, b = parse(_msg("Alice", "1")), parse(_msg("Alice", "1", body=other))
    assert fuzzy_hash(a) != fuzzy_hash(b)


def test_different_structure_changes_the_edf_key() -> None:
    a = parse(_msg("Alice", "1"))
    b = parse(_msg("Alice", "1", subject="Completely different subject"))
    assert edf_hash(a) != edf_hash(b)


def test_formats() -> None:
    msg = parse(_msg("Alice", "1"))
    assert edf_hash(msg).startswith("edf1:") and len(edf_hash(msg)) == 5 + 32
    assert fuzzy_hash(msg).startswith("fz1:") and len(fuzzy_hash(msg)) == 4 + 24


def test_short_texts_do_not_collapse_onto_one_key() -> None:
    a = parse(b"From: a@one.example\r\nSubject: hi\r\n\r\nok\r\n")
    b = parse(b"From: b@two.example\r\nSubject: hello\r\n\r\nok\r\n")
    assert fuzzy_hash(a) != fuzzy_hash(b)


def test_kept_words_are_the_same_in_ascii_text_and_in_any_other() -> None:
    # ASCII text takes a shortcut; it must keep exactly the words the general rule keeps.
    def general(text: str) -> list[str]:
        return [w for w in re.findall(r"[^\W\d_]+", text) if not w[0].isupper()]

    ascii_text = "abc3def_ghi Jkl mno-pqr iPhone X-ray 'quoted' _under__score 4th\tend\nFin"
    assert ascii_text.isascii()
    assert kept_words(ascii_text) == general(ascii_text) == [
        "abc", "def", "ghi", "mno", "pqr", "iPhone", "ray", "quoted", "under", "score", "th", "end"
    ]
    other = ascii_text + " \u00e9t\u00e9 \u00c9cole"
    assert kept_words(other) == general(other)
    long_text = "word " * (MAX_WORDS + 10)
    assert len(kept_words(long_text)) == MAX_WORDS


def test_bottom_hashes_are_the_smallest_distinct_ones_however_they_spread() -> None:
    rng = random.Random(7)
    spread = [rng.getrandbits(32) for _ in range(3000)]
    high = [(1 << 32) - 1 - rng.getrandbits(8) for _ in range(3000)]  # none below the filter's bound
    repeated = [5, 5, 5, 9, 9, *spread[:50]]
    for hashes in (spread, high, repeated, spread[:3], [7, 7, 7, 7, 7]):
        assert _bottom(hashes, 4) == heapq.nsmallest(4, set(hashes))
