"""Building the shipped content model from a corpus: read, cross-validate, fit on everything.

The model written is a function of the corpus and the settings alone (no clock, no randomness
beyond the fold seed, which only affects the printed cross-validation), so rerunning
``mailverdict train`` on the same corpus reproduces the shipped file byte for byte.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from mailverdict.engine.content import ContentModel
from mailverdict.training.corpus import Example, Features, find_examples, read_features
from mailverdict.training.crossval import ContentScores, content_cv
from mailverdict.training.model import Settings, fit, strongest

SEED = 20021
TRAIN_SPLIT = "train"  # in a <split>/<label> layout only this split is learned from


@dataclass(frozen=True, slots=True)
class Built:
    model: ContentModel
    counts: dict[str, int]
    scores: ContentScores | None  # None when no cross-validation was asked for
    strongest: dict[str, list[tuple[str, float]]]


def training_examples(*roots: Path) -> list[Example]:
    """The examples of every corpus, in the order given (the order is part of what makes a model)."""
    return [example for root in roots for example in find_examples(root, split=TRAIN_SPLIT)]


def load_corpus(*roots: Path, progress: Callable[[], None] | None = None) -> tuple[list[Example], list[Features]]:
    examples = training_examples(*roots)
    return examples, read_features(examples, keep_names=True, progress=progress)


def build(
    examples: list[Example],
    features: list[Features],
    folds: int,
    settings: Settings | None = None,
    seed: int = SEED,
    fold_progress: Callable[[], None] | None = None,
) -> Built:
    settings = settings or Settings()
    scores = content_cv(examples, features, folds, seed, settings, fold_progress) if folds >= 2 else None
    model = fit([f.buckets for f in features], [e.label for e in examples], settings, [e.source for e in examples])
    counts = dict(sorted(Counter(e.label for e in examples).items()))
    model = ContentModel(model.labels, model.bias, model.weights, {**model.meta, "examples": counts})
    # A bucket may hold several tokens (hash collisions); name it by the most common one.
    seen: Counter[tuple[int, str]] = Counter()
    for f in features:
        seen.update(f.names.items())
    names: dict[int, str] = {}
    for (b, name), _ in sorted(seen.items(), key=lambda item: (-item[1], item[0][1])):
        names.setdefault(b, name)
    return Built(model, counts, scores, strongest(model, names))
