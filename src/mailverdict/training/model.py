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
    """A CSR matrix: row r holds columns cols[start[r]:start[r+1]] with values vals[...]."""

    start: IntArray
    cols: IntArray
    vals: FloatArray
    rows: IntArray  # row index of each stored value, for the gradient's scatter

    @property
    def n_rows(self) -> int:
        return len(self.start) - 1


def _matrix(docs: Sequence[frozenset[int]], vocabulary: IntArray) -> _Matrix:
    cols: list[IntArray] = []
    vals: list[FloatArray] = []
    start = [0]
    for doc in docs:
        present = np.fromiter(doc, dtype=np.int64, count=len(doc))
        position = np.searchsorted(vocabulary, present)
        position = np.minimum(position, len(vocabulary) - 1)
        kept = position[vocabulary[position] == present]
        kept.sort()
        cols.append(kept)
        # Normalised by every feature the message has, kept or not, as ContentModel does.
        vals.append(np.full(len(kept), 1.0 / np.sqrt(max(len(doc), 1))))
        start.append(start[-1] + len(kept))
    start_array = np.asarray(start, dtype=np.int64)
    rows = np.repeat(np.arange(len(docs), dtype=np.int64), np.diff(start_array))
    return _Matrix(
        start_array, np.concatenate(cols or [np.zeros(0, np.int64)]), np.concatenate(vals or [np.zeros(0)]), rows
    )


def _scores(x: _Matrix, weights: FloatArray, bias: FloatArray) -> FloatArray:
    contributions = weights[x.cols] * x.vals[:, None]
    out = np.zeros((x.n_rows, weights.shape[1]))
    for c in range(weights.shape[1]):
        out[:, c] = np.bincount(x.rows, weights=contributions[:, c], minlength=x.n_rows)
    return out + bias


def _softmax(scores: FloatArray) -> FloatArray:
    shifted = np.exp(scores - scores.max(axis=1, keepdims=True))
    result: FloatArray = shifted / shifted.sum(axis=1, keepdims=True)
    return result


def vocabulary_of(docs: Sequence[frozenset[int]], min_docs: int) -> IntArray:
    counts: dict[int, int] = {}
    for doc in docs:
        for b in doc:
            counts[b] = counts.get(b, 0) + 1
    return np.asarray(sorted(b for b, n in counts.items() if n >= min_docs), dtype=np.int64)


def fit(docs: Sequence[frozenset[int]], labels: Sequence[str], settings: Settings | None = None) -> ContentModel:
    """Train on presence buckets; classes are weighted equally, whatever their counts."""
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
    onehot = np.eye(n_classes)[y]

    weights = np.zeros((len(vocabulary), n_classes))
    bias = np.zeros(n_classes)
    moment = [np.zeros_like(weights), np.zeros_like(bias)]
    second = [np.zeros_like(weights), np.zeros_like(bias)]
    beta1, beta2, eps = 0.9, 0.999, 1e-8
    for step in range(1, settings.iterations + 1):
        residual = (_softmax(_scores(x, weights, bias)) - onehot) * sample_weight[:, None]
        grad_w = (
            np.stack(
                [
                    np.bincount(x.cols, weights=x.vals * residual[x.rows, c], minlength=len(vocabulary))
                    for c in range(n_classes)
                ],
                axis=1,
            )
            + settings.l2 * weights
        )
        grad_b = residual.sum(axis=0)
        for i, (param, grad) in enumerate(((weights, grad_w), (bias, grad_b))):
            moment[i] = beta1 * moment[i] + (1 - beta1) * grad
            second[i] = beta2 * second[i] + (1 - beta2) * grad * grad
            m_hat = moment[i] / (1 - beta1**step)
            v_hat = second[i] / (1 - beta2**step)
            param -= settings.learning_rate * m_hat / (np.sqrt(v_hat) + eps)
    return _prune(vocabulary, weights, bias, settings, len(y))


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
