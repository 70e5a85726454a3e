"""Detection rates on the shared labelled corpus (issue 4 targets). Opt-in: it reads ../shared/corpus.

Run with ``MAILVERDICT_CORPUS=1 .venv/bin/pytest -m corpus tests/engine/test_corpus.py``. The
default test command never reads the corpus (its README forbids it), so this skips unless asked.
dev/phishing is evaluation-only: nothing here trains on it.
"""

from __future__ import annotations

import os
from collections import Counter
from pathlib import Path

import pytest

from mailverdict.engine import Disposition, analyze

pytestmark = pytest.mark.corpus

CORPUS = Path(__file__).resolve().parents[3] / "shared" / "corpus"
DETECTED_PHISH = {Disposition.MALICIOUS, Disposition.SUSPICIOUS, Disposition.SPOOF}
HAM_OK = {Disposition.NONE, Disposition.BULK}


@pytest.fixture(scope="module")
def dispositions() -> dict[str, Counter[Disposition]]:
    if os.environ.get("MAILVERDICT_CORPUS") != "1":
        pytest.skip("corpus rates are opt-in: set MAILVERDICT_CORPUS=1 (reads ../shared/corpus)")
    if not CORPUS.is_dir():
        pytest.skip(f"no corpus at {CORPUS}: the shared labelled corpus is not checked out here")
    counts: dict[str, Counter[Disposition]] = {}
    for folder in ("train/ham", "train/spam", "train/phishing", "dev/phishing"):
        tally: Counter[Disposition] = Counter()
        for path in sorted((CORPUS / folder).glob("*.eml")):
            tally[analyze(path.read_bytes()).disposition] += 1
        counts[folder] = tally
    return counts


def _rate(tally: Counter[Disposition], wanted: set[Disposition]) -> float:
    return sum(n for d, n in tally.items() if d in wanted) / max(1, sum(tally.values()))


@pytest.mark.xfail(strict=True, reason="issue 4's 97% on dev/phishing is not reached: 80.5% on 2026-11-25")
def test_dev_phishing_detected(dispositions: dict[str, Counter[Disposition]]) -> None:
    rate = _rate(dispositions["dev/phishing"], DETECTED_PHISH)
    assert rate >= 0.97, f"dev phishing detected {rate:.1%}: {dict(dispositions['dev/phishing'])}"


def test_spam_detected(dispositions: dict[str, Counter[Disposition]]) -> None:
    rate = 1 - _rate(dispositions["train/spam"], {Disposition.NONE})
    assert rate >= 0.95, f"spam detected {rate:.1%}: {dict(dispositions['train/spam'])}"


def test_ham_false_positives(dispositions: dict[str, Counter[Disposition]]) -> None:
    rate = 1 - _rate(dispositions["train/ham"], HAM_OK)
    assert rate <= 0.003, f"ham false positives {rate:.2%}: {dict(dispositions['train/ham'])}"
