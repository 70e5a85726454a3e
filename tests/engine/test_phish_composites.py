"""Composites of issue 4's second round (decision 0007), scored with the shipped table."""

from __future__ import annotations

from mailverdict.engine.scoring import score
from mailverdict.engine.verdict import Disposition, Finding


def _names(*findings: Finding) -> set[str]:
    return {f.name for f in score(findings).findings}


def test_phishing_words_with_a_foreign_call_to_act_are_suspicious() -> None:
    words = Finding("CONTENT_PHISH", 0.96, ("p(phishing)=0.980",))
    foreign = Finding("LINK_SOLE_FOREIGN", 1.0, ("every link goes to elsewhere.example",))
    assert score([words]).disposition is Disposition.NONE
    outcome = score([words, foreign])
    assert "PHISH_WORDS_CONCEALED" in {f.name for f in outcome.findings}
    assert outcome.disposition is Disposition.SUSPICIOUS


def test_a_foreign_link_without_phishing_words_is_nothing() -> None:
    assert "PHISH_WORDS_CONCEALED" not in _names(Finding("LINK_SOLE_FOREIGN", 1.0, ()), Finding("HTML_FORM", 1.0, ()))


def test_hidden_text_in_mail_that_claims_a_brand_is_suspicious() -> None:
    hidden = Finding("HIDDEN_TEXT", 0.5, ("30 words styled invisible",))
    brand = Finding("BRAND_IMPERSONATION", 1.0, ("display name names paypal",))
    outcome = score([hidden, brand])
    assert "HIDDEN_TEXT_CALL_TO_ACT" in {f.name for f in outcome.findings}
    assert outcome.disposition is Disposition.SUSPICIOUS
    assert "HIDDEN_TEXT_CALL_TO_ACT" not in _names(hidden)
