"""engine/phrases.py: the substring prefilter must never rule out text a phrase matches."""

from __future__ import annotations

import pytest

from mailverdict.engine.phrases import PhraseSet

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
