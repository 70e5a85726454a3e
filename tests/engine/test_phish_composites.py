"""Composites of issue 4's second round (decision 0007), scored with the shipped table."""

from __future__ import annotations

from mailverdict.engine.scoring import score
from mailverdict.engine.verdict import Disposition, Finding


def _names(*findings: Finding) -> set[str]:
    return {f.name for f in score(findings).findings}


def test_phishing_words_with_a_foreign_call_to_act_are_suspicious() -> None:
    words = Finding("CONTENT_PHISH", 0.7, ("p(phishing)=0.850",))
    foreign = Finding("LINK_SOLE_FOREIGN", 1.0, ("every link goes to elsewhere.example",))
    assert score([words]).disposition is Disposition.NONE
    outcome = score([words, foreign])
    assert "PHISH_WORDS_CONCEALED" in {f.name for f in outcome.findings}
    assert outcome.disposition is Disposition.SUSPICIOUS


def test_only_a_confident_phishing_reading_is_suspicious_alone() -> None:
    assert score([Finding("CONTENT_PHISH", 0.8, ("p(phishing)=0.900",))]).disposition is Disposition.SUSPICIOUS
    assert score([Finding("CONTENT_PHISH", 0.7, ("p(phishing)=0.850",))]).disposition is Disposition.NONE


def test_a_foreign_link_without_phishing_words_is_nothing() -> None:
    assert "PHISH_WORDS_CONCEALED" not in _names(Finding("LINK_SOLE_FOREIGN", 1.0, ()), Finding("HTML_FORM", 1.0, ()))


def test_hidden_text_in_mail_that_claims_a_brand_is_suspicious() -> None:
    hidden = Finding("HIDDEN_TEXT", 0.5, ("30 words styled invisible",))
    brand = Finding("BRAND_IMPERSONATION", 1.0, ("display name names paypal",))
    outcome = score([hidden, brand])
    assert "HIDDEN_TEXT_CALL_TO_ACT" in {f.name for f in outcome.findings}
    assert outcome.disposition is Disposition.SUSPICIOUS
    assert "HIDDEN_TEXT_CALL_TO_ACT" not in _names(hidden)


def test_a_brand_name_on_campaign_mail_from_elsewhere_is_suspicious() -> None:
    brand = Finding("BRAND_IMPERSONATION", 1.0, ("display name 'Netflix' names netflix", "sent from promo.example"))
    footer = Finding("UNSUBSCRIBE_TEXT", 1.0, ("unsubscribe",))
    assert score([brand, footer]).disposition is Disposition.SUSPICIOUS
    # A list named after a brand is a publication about it.
    listed = score([brand, footer, Finding("LIST_ID", 1.0, ("<fans.lists.example>",))])
    assert "BRAND_CAMPAIGN" not in {f.name for f in listed.findings}


def test_a_brand_claim_to_a_role_is_suspicious() -> None:
    brand = Finding("BRAND_IMPERSONATION", 1.0, ("display name 'PayPal' names paypal", "sent from notice.example"))
    greeting = Finding("GENERIC_GREETING", 1.0, ("Dear customer",))
    outcome = score([brand, greeting])
    assert "BRAND_TO_NOBODY" in {f.name for f in outcome.findings}
    assert outcome.disposition is Disposition.SUSPICIOUS
    assert "BRAND_TO_NOBODY" not in _names(greeting)
