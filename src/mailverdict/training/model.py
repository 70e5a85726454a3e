"""Fitting the content model: softmax regression over hashed presence features, with numpy.

Full-batch gradient descent (Adam) from zero weights, no sampling: the same inputs always give
the same model, so the shipped file is reproducible from ``mailverdict train``. numpy is needed
here only (the ``train`` extra); scanning uses the pure-Python ``ContentModel``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from mailverdict.engine.content import LABELS, ContentModel

FloatArray = npt.NDArray[np.float64]
IntArray = npt.NDArray[np.int64]


@dataclass(frozen=True, slots=True)
class Settings:
    min_docs: int = 3  # a bucket seen in fewer training messages is noise or a one-off name
    l2: float = 2e-5  # per-example penalty on squared weights (chosen by 5-fold whole-engine CV on train/)
    iterations: int = 300
    learning_rate: float = 0.5
    keep: int = 30_000  # buckets shipped, strongest first; the rest barely move a prediction
    decimals: int = 3


@dataclass(frozen=True, slots=True)
class _Matrix:
    """Presence features as coordinates: message rows[j] has vocabulary column cols[j].

    Every value in a row is the same (1/sqrt of the message's feature count), so it is kept once per
    row in ``scale`` and applied after summing: that keeps the per-class work to 1-D gathers."""

    rows: IntArray
    cols: IntArray
    scale: FloatArray
    n_rows: int


def _matrix(docs: Sequence[frozenset[int]], vocabulary: IntArray) -> _Matrix:
    cols: list[IntArray] = []
    for doc in docs:
        present = np.fromiter(doc, dtype=np.int64, count=len(doc))
        position = np.minimum(np.searchsorted(vocabulary, present), len(vocabulary) - 1)
        cols.append(np.sort(position[vocabulary[position] == present]))
    lengths = np.asarray([len(c) for c in cols], dtype=np.int64)
    # Normalised by every feature the message has, kept or not, as ContentModel does.
    scale = 1.0 / np.sqrt(np.maximum(np.asarray([len(doc) for doc in docs], dtype=np.float64), 1.0))
    rows = np.repeat(np.arange(len(docs), dtype=np.int64), lengths)
    return _Matrix(rows, np.concatenate(cols or [np.zeros(0, np.int64)]), scale, len(docs))


def _scores(x: _Matrix, weights: FloatArray, bias: FloatArray) -> FloatArray:
    """Per-message class scores; ``weights`` is (classes, vocabulary)."""
    out = np.stack([np.bincount(x.rows, weights=row[x.cols], minlength=x.n_rows) for row in weights], axis=1)
    result: FloatArray = out * x.scale[:, None] + bias
    return result


def _softmax(scores: FloatArray) -> FloatArray:
    shifted = np.exp(scores - scores.max(axis=1, keepdims=True))
    result: FloatArray = shifted / shifted.sum(axis=1, keepdims=True)
    return result


def vocabulary_of(docs: Sequence[frozenset[int]], min_docs: int) -> IntArray:
    if not docs:
        return np.zeros(0, dtype=np.int64)
    every = np.concatenate([np.fromiter(doc, dtype=np.int64, count=len(doc)) for doc in docs])
    buckets, counts = np.unique(every, return_counts=True)
    result: IntArray = buckets[counts >= min_docs]
    return result


def fit(
    docs: Sequence[frozenset[int]],
    labels: Sequence[str],
    settings: Settings | None = None,
    sources: Sequence[str] | None = None,
) -> ContentModel:
    """Train on presence buckets; classes are weighted equally, whatever their counts, and within a
    class so are the corpora (``sources``) it comes from."""
    settings = settings or Settings()
    y = np.asarray([LABELS.index(label) for label in labels], dtype=np.int64)
    vocabulary = vocabulary_of(docs, settings.min_docs)
    if len(vocabulary) == 0:
        raise ValueError("no feature is shared by enough training messages")
    x = _matrix(docs, vocabulary)
    n_classes = len(LABELS)
    counts = np.bincount(y, minlength=n_classes).astype(np.float64)
    # Balanced weights: a model fit to 3000 ham vs 415 phish would otherwise learn the ratio.
    sample_weight = (len(y) / (n_classes * np.maximum(counts, 1.0)))[y] / len(y)
    if sources is not None and len(set(sources)) > 1:
        sample_weight = _source_balanced(y, sources, n_classes)
    onehot = np.eye(n_classes)[y]

    weights = np.zeros((n_classes, len(vocabulary)))  # class-major: each class's row is contiguous
    bias = np.zeros(n_classes)
    moment = [np.zeros_like(weights), np.zeros_like(bias)]
    second = [np.zeros_like(weights), np.zeros_like(bias)]
    beta1, beta2, eps = 0.9, 0.999, 1e-8
    for step in range(1, settings.iterations + 1):
        residual = (_softmax(_scores(x, weights, bias)) - onehot) * sample_weight[:, None]
        per_row = np.ascontiguousarray((residual * x.scale[:, None]).T)
        grad_w = (
            np.stack([np.bincount(x.cols, weights=r[x.rows], minlength=len(vocabulary)) for r in per_row])
            + settings.l2 * weights
        )
        grad_b = residual.sum(axis=0)
        for i, (param, grad) in enumerate(((weights, grad_w), (bias, grad_b))):
            moment[i] = beta1 * moment[i] + (1 - beta1) * grad
            second[i] = beta2 * second[i] + (1 - beta2) * grad * grad
            m_hat = moment[i] / (1 - beta1**step)
            v_hat = second[i] / (1 - beta2**step)
            param -= settings.learning_rate * m_hat / (np.sqrt(v_hat) + eps)
    return _prune(vocabulary, weights.T, bias, settings, len(y))


def _source_balanced(y: IntArray, sources: Sequence[str], n_classes: int) -> FloatArray:
    """Each class weighs a third, shared equally by the corpora it comes from: 1,000 modern phishing
    messages would otherwise outvote the 415 of 2004 and the model would forget what those said."""
    cells: dict[tuple[int, str], int] = {}
    for label, source in zip(y.tolist(), sources, strict=True):
        cells[label, source] = cells.get((label, source), 0) + 1
    per_class = [len({s for (c, s) in cells if c == label}) for label in range(n_classes)]
    weights = [
        1.0 / (n_classes * per_class[label] * cells[label, source])
        for label, source in zip(y.tolist(), sources, strict=True)
    ]
    return np.asarray(weights, dtype=np.float64)


def _prune(
    vocabulary: IntArray, weights: FloatArray, bias: FloatArray, settings: Settings, n_examples: int
) -> ContentModel:
    # Softmax ignores a constant added to every class, so centre each row before ranking.
    centred = weights - weights.mean(axis=1, keepdims=True)
    strength = np.abs(centred).max(axis=1)
    order = np.argsort(-strength, kind="stable")[: settings.keep]
    order.sort()
    table = {int(vocabulary[i]): tuple(round(float(w), settings.decimals) for w in centred[i]) for i in order}
    meta: dict[str, object] = {
        "trained_on": n_examples,
        "min_docs": settings.min_docs,
        "l2": settings.l2,
        "iterations": settings.iterations,
        "kept_buckets": len(table),
        "vocabulary": len(vocabulary),
    }
    return ContentModel(LABELS, tuple(round(float(b), settings.decimals) for b in bias), table, meta)


def strongest(model: ContentModel, names: dict[int, str], per_class: int = 20) -> dict[str, list[tuple[str, float]]]:
    """The buckets pushing hardest toward each class, named by a token that hashes there."""
    out: dict[str, list[tuple[str, float]]] = {}
    for c, label in enumerate(model.labels):
        ranked = sorted(model.weights.items(), key=lambda item: -item[1][c])[:per_class]
        out[label] = [(names.get(b, f"#{b}"), w[c]) for b, w in ranked]
    return out
