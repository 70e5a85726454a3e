"""Labelled corpora on disk: ``<label>/*.eml`` or ``<split>/<label>/*.eml``, labels ham/spam/phishing.

Messages are read through the engine's own parser and the content check's ``inputs`` so that
training sees exactly the text the check sees at scan time.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from mailverdict.engine.content import LABELS, bucket, feature_buckets, message_inputs, tokens
from mailverdict.engine.message import parse


@dataclass(frozen=True, slots=True)
class Example:
    path: Path
    label: str
    source: str = ""  # the corpus it came from: training balances corpora within a class


@dataclass(frozen=True, slots=True)
class Features:
    """One message's feature buckets, and (when asked) the token behind each bucket for reports."""

    buckets: frozenset[int]
    names: dict[int, str]


def find_examples(root: Path, split: str | None = None) -> list[Example]:
    """Every ``.eml`` under ``root/<label>/`` or ``root/<split>/<label>/``, in a stable order.

    With ``split``, a split layout yields only that split (training must never see dev/)."""
    if not root.is_dir():
        raise FileNotFoundError(f"no corpus directory at {root}")
    found: list[Example] = []
    source = str(root)
    for label in LABELS:
        found.extend(Example(p, label, source) for p in sorted((root / label).glob("*.eml")))
    if not found:
        for part in sorted(p for p in root.iterdir() if p.is_dir()):
            if split is not None and part.name != split:
                continue
            for label in LABELS:
                found.extend(Example(p, label, source) for p in sorted((part / label).glob("*.eml")))
    if not found:
        raise FileNotFoundError(f"no <label>/*.eml or <split>/<label>/*.eml under {root} ({', '.join(LABELS)})")
    return found


def features_of(raw: bytes, keep_names: bool = False) -> Features:
    inputs = message_inputs(parse(raw))
    if not keep_names:
        return Features(frozenset(feature_buckets(*inputs)), {})
    names: dict[int, str] = {}
    # Sorted (shortest first, then alphabetically): a bucket two tokens of one message share is named
    # by the same one on every run, and a word rather than a bigram that happens to collide with it.
    for token in sorted(tokens(*inputs), key=lambda t: (len(t), t)):
        names.setdefault(bucket(token), token)
    return Features(frozenset(names), names)


def read_features(
    examples: Iterable[Example], keep_names: bool = False, progress: Callable[[], None] | None = None
) -> list[Features]:
    out: list[Features] = []
    for example in examples:
        out.append(features_of(example.path.read_bytes(), keep_names))
        if progress is not None:
            progress()
    return out


def stratified_folds(examples: list[Example], k: int, seed: int) -> list[int]:
    """A fold number per example: each label shuffled with ``seed`` and dealt round-robin."""
    if k < 2:
        raise ValueError("cross-validation needs at least 2 folds")
    rng = random.Random(seed)
    fold = [0] * len(examples)
    for label in LABELS:
        members = [i for i, e in enumerate(examples) if e.label == label]
        rng.shuffle(members)
        for position, index in enumerate(members):
            fold[index] = position % k
    return fold
