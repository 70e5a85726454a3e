"""k-fold cross-validation: of the content model alone, and of the whole engine.

Scoring a model on the messages it learned from proves nothing, so every figure here comes from
messages held out of the fold's training. Folds are stratified by label and fixed by a seed.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from mailverdict.engine.content import LABELS, ContentModel, using_model
from mailverdict.training.corpus import Example, Features, stratified_folds
from mailverdict.training.evaluate import Analyzer, Recorder, Tally, evaluate
from mailverdict.training.model import Settings, fit


@dataclass(frozen=True, slots=True)
class ContentScores:
    """Held-out predictions of the content model: ``confusion[true][predicted]`` by arg-max."""

    confusion: dict[str, dict[str, int]]

    def recall(self, label: str) -> float:
        row = self.confusion[label]
        total = sum(row.values())
        return row[label] / total if total else 0.0

    def precision(self, label: str) -> float:
        column = sum(row[label] for row in self.confusion.values())
        return self.confusion[label][label] / column if column else 0.0

    def report(self) -> dict[str, object]:
        per_label = {
            label: {
                "count": sum(self.confusion[label].values()),
                "precision": round(self.precision(label), 4),
                "recall": round(self.recall(label), 4),
            }
            for label in LABELS
        }
        ham = self.confusion["ham"]
        ham_total = sum(ham.values())
        return {
            "labels": per_label,
            "confusion": self.confusion,
            "accuracy": round(
                sum(self.confusion[label][label] for label in LABELS)
                / max(1, sum(sum(row.values()) for row in self.confusion.values())),
                4,
            ),
            "ham_false_positive_rate": round((ham_total - ham["ham"]) / ham_total, 4) if ham_total else None,
        }


def _split(fold: list[int], k: int) -> tuple[list[int], list[int]]:
    train = [i for i, f in enumerate(fold) if f != k]
    held = [i for i, f in enumerate(fold) if f == k]
    return train, held


def _fit_on(
    indices: list[int],
    examples: Sequence[Example],
    features: Sequence[Features],
    settings: Settings,
    extra: tuple[Sequence[Example], Sequence[Features]] = ((), ()),
) -> ContentModel:
    extra_examples, extra_features = extra
    return fit(
        [features[i].buckets for i in indices] + [f.buckets for f in extra_features],
        [examples[i].label for i in indices] + [e.label for e in extra_examples],
        settings,
        [examples[i].source for i in indices] + [e.source for e in extra_examples],
    )


def content_cv(
    examples: Sequence[Example],
    features: Sequence[Features],
    folds: int,
    seed: int,
    settings: Settings | None = None,
    progress: Callable[[], None] | None = None,
) -> ContentScores:
    """Retrain per fold; classify each held-out message by its most probable class."""
    settings = settings or Settings()
    fold = stratified_folds(list(examples), folds, seed)
    confusion = {t: dict.fromkeys(LABELS, 0) for t in LABELS}
    for k in range(folds):
        train, held = _split(fold, k)
        model = _fit_on(train, examples, features, settings)
        for i in held:
            probabilities = model.probabilities(set(features[i].buckets))
            confusion[examples[i].label][max(probabilities, key=probabilities.__getitem__)] += 1
        if progress is not None:
            progress()
    return ContentScores(confusion)


def engine_cv(
    examples: Sequence[Example],
    features: Sequence[Features],
    folds: int,
    seed: int,
    analyze: Analyzer,
    settings: Settings | None = None,
    progress: Callable[[], None] | None = None,
    extra: tuple[Sequence[Example], Sequence[Features]] = ((), ()),
    record: Recorder | None = None,
) -> Tally:
    """Retrain the content model on k-1 folds and scan the held-out fold with the whole engine.

    ``extra`` examples (another corpus the shipped model also learns from) join every fold's
    training and are never scanned."""
    settings = settings or Settings()
    fold = stratified_folds(list(examples), folds, seed)
    tally = Tally()
    for k in range(folds):
        train, held = _split(fold, k)
        model = _fit_on(train, examples, features, settings, extra)
        with using_model(model):
            tally.merge(evaluate([examples[i] for i in held], analyze, progress, record))
    return tally
