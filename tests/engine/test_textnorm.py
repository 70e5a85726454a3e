"""engine/textnorm.py: text as a reader sees it."""

from __future__ import annotations

from mailverdict.engine import textnorm

CYRILLIC_A, CYRILLIC_O, CYRILLIC_ER, GREEK_OMICRON = "\u0430", "\u043e", "\u0440", "\u03bf"


def test_a_word_mixing_scripts_is_read_in_latin() -> None:
    text = f"Y{CYRILLIC_O}ur P{CYRILLIC_A}yPal acc{GREEK_OMICRON}unt"
    assert textnorm.mixed_words(text) == [f"Y{CYRILLIC_O}ur", f"P{CYRILLIC_A}yPal", f"acc{GREEK_OMICRON}unt"]
    assert textnorm.fold_lookalikes(text) == "Your PayPal account"


def test_words_wholly_in_look_alikes_fold_once_the_text_is_a_disguise() -> None:
    app = f"\u0410{CYRILLIC_ER}{CYRILLIC_ER}"  # "App" drawn in Cyrillic
    assert textnorm.fold_lookalikes(f"C{CYRILLIC_A}sh {app}") == "Cash App"
    # Alone it may be a Russian word: nothing in the text mixes scripts inside a word.
    assert textnorm.fold_lookalikes(f"Cash {app}") == f"Cash {app}"


def test_real_russian_and_greek_text_is_left_as_written() -> None:
    greek = "\u0397 \u03c0\u03b1\u03c1\u03b1\u03b3\u03b3\u03b5\u03bb\u03af\u03b1 \u03c3\u03b1\u03c2"
    for text in ("Ваш заказ отправлен, спасибо", greek, "Заказ order #4411 from Acme"):
        assert textnorm.fold_lookalikes(text) == text


def test_a_word_with_letters_that_have_no_latin_twin_stays() -> None:
    # "Пароль" has letters that look like no Latin letter; only the disguised word folds.
    assert textnorm.fold_lookalikes(f"Пароль for y{CYRILLIC_O}ur mailbox") == "Пароль for your mailbox"


def test_readable_folds_styled_letters_joiners_and_look_alikes() -> None:
    styled = "\U0001d40f\U0001d41a\U0001d432"  # mathematical bold "Pay"
    assert textnorm.readable(f"{styled}P\u200bal s{CYRILLIC_A}ys hell{CYRILLIC_O}") == "PayPal says hello"
