from __future__ import annotations

from mailverdict.engine import Disposition, Verdict
from mailverdict.engine.verdict import MessageSummary, Validation
from mailverdict.services.outcome import ACCEPTED, REJECTED, decide


def verdict(disposition: Disposition, *, forced_by: str | None = None) -> Verdict:
    return Verdict(disposition=disposition, score=0.0, thresholds={}, findings=(), detection_reasons=("a reason",),
                   threat_categories=(), validation=Validation(), edf_hash="e", fuzzy_hash="f",
                   summary=MessageSummary(), forced_by=forced_by)


def test_agreement_is_accepted_even_when_untrusted() -> None:
    outcome = decide(Disposition.SPAM, verdict(Disposition.SPAM), trusted=False)
    assert (outcome.status, outcome.disposition) == (ACCEPTED, Disposition.SPAM)
    assert outcome.reason.startswith("reanalysis agrees")


def test_clean_claim_on_malicious_evidence_is_rejected_even_when_trusted() -> None:
    outcome = decide(Disposition.NONE, verdict(Disposition.MALICIOUS), trusted=True)
    assert (outcome.status, outcome.disposition) == (REJECTED, Disposition.MALICIOUS)
    assert "malicious evidence" in outcome.reason


def test_malicious_only_from_an_earlier_lesson_can_be_overturned() -> None:
    outcome = decide(Disposition.NONE, verdict(Disposition.MALICIOUS, forced_by="learned:edf"), trusted=True)
    assert outcome.status == ACCEPTED


def test_trusted_team_is_accepted_on_disagreement() -> None:
    outcome = decide(Disposition.MALICIOUS, verdict(Disposition.NONE), trusted=True)
    assert (outcome.status, outcome.disposition) == (ACCEPTED, Disposition.MALICIOUS)


def test_untrusted_disagreement_is_rejected_with_the_fresh_verdict() -> None:
    outcome = decide(Disposition.MALICIOUS, verdict(Disposition.BULK), trusted=False)
    assert (outcome.status, outcome.disposition) == (REJECTED, Disposition.BULK)
    assert "reanalysis says BULK" in outcome.reason
