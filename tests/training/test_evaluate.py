"""Counting dispositions and turning them into detection and false-positive rates."""

from __future__ import annotations

from pathlib import Path

from mailverdict.engine.verdict import Disposition, Validation, Verdict
from mailverdict.engine.verdict import MessageSummary as Summary
from mailverdict.training.corpus import Example
from mailverdict.training.evaluate import Tally, evaluate


def _verdict(disposition: Disposition) -> Verdict:
    return Verdict(disposition, 0.0, {}, (), (), (), Validation(), "", "", Summary())


def test_rates_follow_the_definitions(tmp_path: Path) -> None:
    tally = Tally()
    for d in ("NONE", "BULK", "SPAM", "SUSPICIOUS"):
        tally.add("ham", d)
    for d in ("BULK", "NONE"):
        tally.add("spam", d)
    for d in ("SPAM", "SPOOF", "MALICIOUS", "NONE"):
        tally.add("phishing", d)
    assert tally.rate("ham") == 0.5  # SPAM and SUSPICIOUS; BULK is fine for ham
    assert tally.rate("spam") == 0.5  # BULK counts as caught spam
    assert tally.rate("phishing") == 0.5  # SPAM does not count as caught phishing
    report = tally.report()
    labels = report["labels"]
    assert isinstance(labels, dict)
    assert list(labels) == ["ham", "spam", "phishing"]
    assert labels["ham"]["false_positive_rate"] == 0.5
    assert labels["ham"]["dispositions"]["BULK"] == 1


def test_evaluate_records_crashes_without_raising(tmp_path: Path) -> None:
    good, bad = tmp_path / "good.eml", tmp_path / "bad.eml"
    good.write_bytes(b"Subject: a\r\n\r\nb")
    bad.write_bytes(b"boom")

    def analyze(raw: bytes) -> Verdict:
        if raw == b"boom":
            raise RuntimeError("engine bug")
        return _verdict(Disposition.SPAM)

    tally = evaluate([Example(good, "spam"), Example(bad, "spam")], analyze)
    assert tally.counts == {"spam": {"SPAM": 1, "NONE": 1}}
    assert tally.messages == 2
    assert len(tally.errors) == 1 and "engine bug" in tally.errors[0]


def test_merge_adds_counts() -> None:
    a, b = Tally(), Tally()
    a.add("ham", "NONE")
    b.add("ham", "NONE")
    b.add("spam", "SPAM")
    b.messages, b.seconds = 2, 0.5
    a.merge(b)
    assert a.counts == {"ham": {"NONE": 2}, "spam": {"SPAM": 1}}
    assert a.messages == 2 and a.seconds == 0.5
