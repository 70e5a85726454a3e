"""engine/phrases.py: the substring prefilter must never rule out text a phrase matches."""

from __future__ import annotations

import random
import re
import re._parser as re_parser
from typing import Any

import pytest

from mailverdict.engine import lexicon, offerwords, scamwords
from mailverdict.engine import phrases as phrases_module
from mailverdict.engine.phrases import (
    Phrase,
    PhraseSet,
    Prefilter,
    after_separator,
    literal_starts,
    lowered_is_exact,
    shared_literals,
    top_level_split,
)

CASES = [
    (r"(?:has|have) been (?:successfully )?(?:charged|billed)", "Your card has been charged today"),
    (r"(?:us)?\$ ?\d{1,3}(?:,\d{3}){2,}", "a sum of US$ 12,500,000 awaits"),
    (r"d[ée]bito (?:pendente|em aberto)", "Seu débito pendente vence hoje"),
    (r"e-?fax", "You have a new eFax"),
    (r"(?:to )?cancel (?:this|the) order", "To cancel the order call us"),
    (r"you(?:'ve| have) won", "YOU HAVE WON"),
]


@pytest.mark.parametrize(("phrase", "text"), CASES)
def test_prefilter_keeps_matching_text(phrase: str, text: str) -> None:
    phrases = PhraseSet((phrase,))
    assert phrases.found(text, text.lower()), phrase
    assert phrases.entries_found(text, text.lower()), phrase


def test_prefilter_skips_text_without_the_required_words() -> None:
    phrases = PhraseSet((r"(?:has|have) been charged",))
    assert phrases.found("nothing here", "nothing here") == []


# -- matching the lowered text ----------------------------------------------------------------------
# Phrases run case-sensitively over the lowered text where that is exact; these tests hold the fast
# path to the case-insensitive pattern on the original text, over every phrase the checks use.

ROLES = [
    value
    for module in (lexicon, scamwords, offerwords)
    for name, value in vars(module).items()
    if name.isupper() and isinstance(value, tuple) and all(isinstance(v, str) for v in value)
]
ALTERNATIVES = [alt for role in ROLES for phrase in role for alt in top_level_split(phrase)]
FILLER = ["the", "and", "Your", "ACCOUNT", "re-view", "e", "s", "ítem", "order's", "$", "12,000,000", "-", "\n"]


def _render(node: Any, rng: random.Random) -> str:
    """A random string the parsed pattern ``node`` matches (enough of re's syntax for the phrase lists)."""
    out: list[str] = []
    for op, arg in node:
        name = str(op)
        if name == "LITERAL":
            out.append(chr(arg))
        elif name == "IN":
            choices = [chr(a) if str(o) == "LITERAL" else chr(rng.randint(*a)) for o, a in arg if str(o) != "CATEGORY"]
            out.append(rng.choice(choices or ["7"]))
        elif name == "BRANCH":
            out.append(_render(rng.choice(arg[1]), rng))
        elif name == "SUBPATTERN":
            out.append(_render(arg[3], rng))
        elif name in ("MAX_REPEAT", "MIN_REPEAT"):
            low, high, item = arg
            out.extend(_render(item, rng) for _ in range(rng.randint(low, min(high, low + 2))))
        elif name == "CATEGORY":
            out.append({"CATEGORY_DIGIT": "7", "CATEGORY_SPACE": " "}.get(str(arg), "x"))
        elif name == "ANY":
            out.append("x")
    return "".join(out)


def _recase(text: str, rng: random.Random) -> str:
    words = text.split(" ")
    return " ".join(w.upper() if rng.random() < 0.2 else w.title() if rng.random() < 0.3 else w for w in words)


def _texts(count: int) -> list[str]:
    rng = random.Random(5)
    parsed = [re_parser.parse(alt) for alt in ALTERNATIVES]
    texts = []
    for _ in range(count):
        pieces = [_render(rng.choice(parsed), rng) if rng.random() < 0.5 else rng.choice(FILLER) for _ in range(80)]
        texts.append(" ".join(_recase(p, rng) for p in pieces))
    return texts


def test_lowered_matching_gives_the_case_insensitive_matches() -> None:
    texts = _texts(30)
    entries = [Phrase(alt) for alt in ALTERNATIVES]
    assert sum(entry.anchored is not None for entry in entries) > 0.9 * len(entries)
    matched = 0
    for text in texts:
        lowered = text.lower()
        assert lowered_is_exact(text, lowered)
        for entry in entries:
            expected = [m.span() for m in entry.pattern.finditer(text)][:20]
            assert entry.spans(text, lowered, True, 20) == expected, (entry.pattern.pattern, text)
            matched += bool(expected)
    assert matched > len(texts) * 30  # the texts exercise the phrases, not only their absence


def test_texts_that_case_folding_reads_differently_take_the_case_insensitive_path() -> None:
    # re.IGNORECASE reads the long s as "s", str.lower() keeps it: a lowered copy would miss the second.
    long_s = "pa\u017fsword"
    text = f"Your password. Your {long_s}."
    assert not lowered_is_exact(text, text.lower())
    assert PhraseSet((r"password",)).found(text, text.lower()) == ["password", long_s]
    dotted = "VERIFY YOUR İNFORMATION"  # "İ" lowers to two characters
    assert not lowered_is_exact(dotted, dotted.lower())


def test_fold_traps_cover_every_latin_letter() -> None:
    """Every character re.IGNORECASE matches to a lower-case Latin letter lowers to that letter, or is a trap."""
    cased = "".join(c for c in map(chr, range(0x110000)) if c.lower() != c or c.upper() != c)
    latin = sorted({c.lower() for c in cased if len(c.lower()) == 1 and ord(c.lower()) < 0x250})
    for letter in latin:
        if letter in phrases_module._FOLD_TRAPS:
            continue
        for other in re.findall(re.escape(letter), cased, re.IGNORECASE):
            assert other.lower() == letter or other in phrases_module._FOLD_TRAPS, (letter, other)


def test_nothing_case_folding_relates_is_caseless() -> None:
    """A character ``_caseless`` lets through is matched under re.IGNORECASE only by itself: no cased
    character lowers to it, and the regex engine's extra equivalences name none."""
    cased = [c for c in map(chr, range(0x110000)) if c.lower() != c or c.upper() != c]
    assert not any(phrases_module._caseless(c) for c in cased)
    assert not [c for c in cased if len(c.lower()) == 1 and phrases_module._caseless(c.lower())]
    extra = {chr(code) for pair in re._casefix._EXTRA_CASES.items() for code in (pair[0], *pair[1])}  # type: ignore[attr-defined]
    assert not [c for c in extra if phrases_module._caseless(c)]
    assert phrases_module._caseless("€") and phrases_module._caseless("円") and not phrases_module._caseless("é")


@pytest.mark.parametrize(
    ("phrase", "free"),
    [
        (r"verify your (?:account|identity)", True),
        (r"d[ée]bito (?:pendente|em aberto)", True),
        (r"(?<![\w.])\d+ hours?", True),
        (r"Verify", False),
        (r"(?i:x)", False),
        (r"\u00e9t\u00e9", False),
        (r"[à-ÿ]+", False),
        (r"λόγος", False),
        (r"(a)\1", False),
        (r"(?:[$€£] ?)?[\d.,]+ ?(?:usd|eur)", True),
        (r"ポイント(?:の)?有効期限", True),
        (r"[€-£]", False),
    ],
)
def test_case_free(phrase: str, free: bool) -> None:
    assert phrases_module._case_free(phrase) is free


def test_optional_group_adds_the_starts_of_what_follows() -> None:
    assert literal_starts(r"(?:to )?cancel (?:this|the) order") == ("to ", "cancel ")
    assert literal_starts(r"(?:us)?\$ ?\d") == ()
    assert literal_starts(r"(?:a)?") == ()


def test_prefilter_rules_out_only_texts_lacking_every_needed_literal() -> None:
    gate = Prefilter(r"unsubscri\w*|opt[- ]?out|to be (?:removed|excluded)")
    assert not gate.may_match("Regards, the team")
    assert gate.may_match("To UNSUBSCRIBE reply")
    assert gate.may_match("OPT-OUT here")
    assert gate.may_match("un\u017fubscribe")  # the regex engine reads the long s as "s": it decides
    assert not Prefilter(r"\d+ hours|act now").may_match("nothing")
    assert Prefilter(r"\$ ?\d|act now").may_match("nothing")  # an alternative with no literal


def test_word_index_says_what_a_substring_test_says() -> None:
    sets = [PhraseSet(role) for role in ROLES]
    literals = sorted({lit for phrases in sets for entry in phrases.entries for lit in entry.filter})
    literals += ["order's", "re-view", "ítem", "e", "$", " "]
    checked = 0
    for text in [*_texts(10), "word_with_underscore 12,000,000 re-view ítem"]:
        lowered = text.lower()
        words = phrases_module._words(lowered)
        for literal in literals:
            pieces = tuple(re.findall(r"\w+", literal))
            assert phrases_module._occurs(literal, pieces, lowered, words) == (literal in lowered), literal
            checked += literal in lowered
    assert checked > 200


def test_a_phrase_opening_with_an_optional_group_matches_only_at_word_starts() -> None:
    phrases = PhraseSet((r"(?:your )?(?:device|pc) is infected",))
    text = "Epc is infected. My PC is infected, and your device is infected"
    assert phrases.found(text, text.lower()) == ["pc is infected", "your device is infected"]


def test_words_of_a_literal_must_stand_where_the_literal_puts_them() -> None:
    # "your " needs the whole word "your"; "accou" opens a word; neither is there in these texts.
    phrases = PhraseSet((r"your (?:account|mailbox)", r"accou(?:nt|nts) closed"))
    for text in ("Yours account", "the subaccount closed", "flavour account"):
        assert phrases.found(text, text.lower()) == [], text
    assert phrases.found("Your Account", "your account") == ["your account"]


def test_a_phrase_runs_only_where_each_of_its_groups_can_match() -> None:
    phrases = PhraseSet((r"(?:your|his) (?:late )?(?:husband|wife)'?s? (?:estate|fund)",))
    assert phrases.found("His late wife's estate", "his late wife's estate") == ["his late wife's estate"]
    # The filter's "his" is there, but no "husband" or "wife": the phrase is never tried.
    assert phrases._runnable("his late brother's estate", True)[0] == []
    assert phrases._runnable("his late wife's estate", True)[0] == phrases.entries


def test_an_escaped_currency_sign_is_required_text() -> None:
    phrases = PhraseSet((r"(?:us)?\$ ?\d{1,3}(?:,\d{3}){2,}",))
    assert phrases.entries[0].needs == (("$",),)
    assert phrases._runnable("us 12,000,000", True)[0] == []
    assert phrases.found("US$ 12,500,000 awaits", "us$ 12,500,000 awaits") == ["us$ 12,500,000"]


def test_a_phrase_without_a_filter_is_looked_up_by_a_need() -> None:
    # Opening with a digit, the phrase has no literal start to filter by: it is a candidate only where
    # one of its needs' words occurs, and that word is not reported as a filter literal found.
    phrases = PhraseSet((r"\d+ ?% (?:daily|weekly|monthly) (?:returns?|profits?)",))
    assert phrases.entries[0].filter == ()
    assert phrases._runnable("12% of the time", True) == ([], set())
    assert phrases._runnable("10% weekly returns", True) == (phrases.entries, set())
    assert phrases.found("Earn 10% WEEKLY returns", "earn 10% weekly returns") == ["10% weekly returns"]


def test_a_literal_every_option_of_a_group_holds_is_needed() -> None:
    assert shared_literals(r"(?:e-?mail|mailing) (?:addresses|lists?)") == ["mail"]
    assert shared_literals(r"(?:please |kindly )?(?:e-?sign|sign) (?:it|this)") == ["sign"]  # not the optional one
    assert shared_literals(r"(?:12|24|twelve)[- ]word") == []
    phrases = PhraseSet((r"(?:e-?mail|mailing) (?:addresses|lists?)",))
    text = "E-mail lists, and a mailing list"
    assert phrases.found(text, text.lower()) == ["e-mail lists", "mailing list"]
    # "lists" is there but no "mail": the phrase is never tried.
    assert phrases._runnable("addresses and lists", True)[0] == []


def test_a_literal_after_a_separator_class_opens_a_word() -> None:
    assert after_separator(r"(?:12|24|twelve)[- ]word") == ["word"]
    assert after_separator(r"12[- ]?word") == []  # the separator may be absent
    assert after_separator(r"a[ -~]word") == []  # a range that holds letters
    phrases = PhraseSet((r"(?:12|24|twelve)[- ]words?",))
    text = "your 12-word phrase, 24 words"
    assert phrases.found(text, text.lower()) == ["12-word", "24 words"]
    # "word" is there, but only inside "password": the phrase is never tried.
    assert phrases._runnable("12 passwords", True)[0] == []


def test_a_phrase_opening_with_a_symbol_matches_after_a_space_not_inside_a_word() -> None:
    # Phrases once opened with \b, which before "$" demands a word character: "US$25" matched, " $25" never.
    phrase = r"(?:us)?\$ ?\d{1,3}(?:,\d{3}){2,}"
    for text, found in [("a sum of $10,500,000 waits", ["$10,500,000"]), ("(US$2,000,000)", ["us$2,000,000"]),
                        ("pay$1,000,000", []), ("BONUS$1,000,000", [])]:
        for check in (text, text.upper()):
            assert PhraseSet((phrase,)).found(check, check.lower()) == found, check
            assert [m.group().lower() for m in Phrase(phrase).pattern.finditer(check)] == found
