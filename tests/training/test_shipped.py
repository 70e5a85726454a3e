"""The shipped model against the corpora it learns from (../shared/corpus/train and corpus/modern):
reproducible and still separating.

Marked ``corpus``; skipped with a message where the corpus is absent. Never part of what ships.
"""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("numpy")

from mailverdict.engine.content import shipped_model_text
from mailverdict.training.build import build, load_corpus
from mailverdict.training.corpus import Example, Features, find_examples, read_features

CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus"
MODERN = Path(__file__).resolve().parents[2] / "corpus" / "modern"  # the repository's own, learned from too

pytestmark = [
    pytest.mark.corpus,
    pytest.mark.slow,
    pytest.mark.skipif(not (CORPUS / "train").is_dir(), reason=f"no corpus at {CORPUS}"),
]


@pytest.fixture(scope="module")
def corpus() -> tuple[list[Example], list[Features]]:
    return load_corpus(CORPUS / "train", MODERN)


@pytest.mark.timeout(1800)  # a minute or two on an idle machine; far more on a loaded one
def test_retraining_reproduces_the_shipped_file(corpus: tuple[list[Example], list[Features]]) -> None:
    examples, features = corpus
    built = build(examples, features, folds=0)
    assert built.model.to_json() == shipped_model_text()


@pytest.mark.timeout(3600)
def test_held_out_fold_quality(corpus: tuple[list[Example], list[Features]]) -> None:
    examples, features = corpus
    scores = build(examples, features, folds=5).scores
    assert scores is not None
    assert scores.recall("ham") >= 0.95
    assert scores.recall("spam") >= 0.88
    assert scores.recall("phishing") >= 0.9


def test_dev_is_never_learned_from() -> None:
    dev = {e.path for e in find_examples(CORPUS, split="dev")}
    assert dev
    assert not dev & {e.path for e in find_examples(CORPUS, split="train")}


def test_every_dev_message_reads() -> None:
    assert len(read_features(find_examples(CORPUS / "dev"))) == 1000
