"""Fitting: a synthetic corpus is separated, and the same inputs always give the same file."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("numpy")

from mailverdict.engine.content import ContentModel
from mailverdict.training.build import build
from mailverdict.training.corpus import find_examples, read_features
from mailverdict.training.model import Settings, fit
from tests.training.synthetic import message, write_corpus

SMALL = Settings(min_docs=2, iterations=150)


def test_separates_the_classes_on_held_out_messages(tmp_path: Path) -> None:
    examples = find_examples(write_corpus(tmp_path, per_label=40))
    built = build(examples, read_features(examples, keep_names=True), folds=4, settings=SMALL)
    assert built.scores is not None
    accuracy = built.scores.report()["accuracy"]
    assert isinstance(accuracy, float) and accuracy >= 0.95
    for label in ("ham", "spam", "phishing"):
        assert built.scores.recall(label) >= 0.9


def test_fresh_messages_get_their_class(tmp_path: Path) -> None:
    import random

    examples = find_examples(write_corpus(tmp_path, per_label=40))
    features = read_features(examples)
    model = fit([f.buckets for f in features], [e.label for e in examples], SMALL)
    rng = random.Random(99)
    for label in ("ham", "spam", "phishing"):
        raw = message(label, rng)
        subject, _, body = raw.decode().partition("\r\n\r\n")
        probabilities = model.predict(subject.split("Subject: ")[1], [body])
        assert max(probabilities, key=probabilities.__getitem__) == label


def test_training_is_reproducible_byte_for_byte(tmp_path: Path) -> None:
    examples = find_examples(write_corpus(tmp_path, per_label=20))
    features = read_features(examples)
    first = fit([f.buckets for f in features], [e.label for e in examples], SMALL).to_json()
    second = fit([f.buckets for f in reversed(features)], [e.label for e in reversed(examples)], SMALL)
    assert first == fit([f.buckets for f in features], [e.label for e in examples], SMALL).to_json()
    # Order of examples changes float summation order only: predictions agree closely.
    assert ContentModel.from_json(first).bias == pytest.approx(second.bias, abs=1e-2)


def test_pruning_keeps_at_most_the_asked_number_of_buckets(tmp_path: Path) -> None:
    examples = find_examples(write_corpus(tmp_path, per_label=20))
    features = read_features(examples)
    model = fit([f.buckets for f in features], [e.label for e in examples], Settings(min_docs=2, keep=25))
    assert len(model.weights) == 25


def test_refuses_a_corpus_without_shared_features() -> None:
    with pytest.raises(ValueError):
        fit([frozenset({1}), frozenset({2})], ["ham", "spam"], Settings(min_docs=2))


def test_corpora_weigh_equally_within_a_class(tmp_path: Path) -> None:
    import numpy as np

    from mailverdict.training.model import _source_balanced  # the weighting itself, checked by its sums

    y = np.asarray([0] * 6 + [2] * 4 + [2])  # ham from one corpus; phishing 4 from "old", 1 from "new"
    sources = ["old"] * 10 + ["new"]
    weights = _source_balanced(y, sources, 3)
    assert weights[:6].sum() == pytest.approx(1 / 3)
    assert weights[6:10].sum() == pytest.approx(weights[10]) == pytest.approx(1 / 6)
    # One corpus only: exactly the class-balanced weights, so a model from train/ alone is unchanged.
    examples = find_examples(write_corpus(tmp_path, per_label=20))
    features = read_features(examples)
    docs, labels = [f.buckets for f in features], [e.label for e in examples]
    alone = fit(docs, labels, SMALL, [e.source for e in examples]).to_json()
    assert alone == fit(docs, labels, SMALL).to_json()
    mixed = fit(docs, labels, SMALL, ["a" if i % 7 else "b" for i in range(len(docs))]).to_json()
    assert mixed != alone
