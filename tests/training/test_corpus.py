"""Corpus layouts, the train-split guard and stratified folds."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from mailverdict.training.corpus import Example, features_of, find_examples, stratified_folds
from tests.training.synthetic import write_corpus


def test_reads_label_folders(tmp_path: Path) -> None:
    examples = find_examples(write_corpus(tmp_path, per_label=4))
    assert Counter(e.label for e in examples) == {"ham": 4, "spam": 4, "phishing": 4}


def test_reads_split_folders_and_can_keep_one_split(tmp_path: Path) -> None:
    write_corpus(tmp_path, per_label=3, split="train")
    write_corpus(tmp_path, per_label=2, seed=2, split="dev")
    assert len(find_examples(tmp_path)) == 15
    only_train = find_examples(tmp_path, split="train")
    assert len(only_train) == 9
    assert all(e.path.parent.parent.name == "train" for e in only_train)


def test_missing_or_empty_corpus_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        find_examples(tmp_path / "absent")
    with pytest.raises(FileNotFoundError):
        find_examples(tmp_path)


def test_folds_are_stratified_and_fixed_by_the_seed(tmp_path: Path) -> None:
    examples = [Example(Path(f"{i}.eml"), "ham" if i < 50 else "phishing") for i in range(60)]
    folds = stratified_folds(examples, 5, seed=3)
    assert folds == stratified_folds(examples, 5, seed=3)
    assert folds != stratified_folds(examples, 5, seed=4)
    for k in range(5):
        held = [e.label for e, f in zip(examples, folds, strict=True) if f == k]
        assert Counter(held) == {"ham": 10, "phishing": 2}
    with pytest.raises(ValueError):
        stratified_folds(examples, 1, seed=3)


def test_features_come_from_subject_and_body_not_headers() -> None:
    raw = b"From: x@example.test\r\nX-Mailer: Zorglub 9\r\nSubject: hello there\r\n\r\nplain words here\r\n"
    names = set(features_of(raw, keep_names=True).names.values())
    assert {"s:hello", "s:there", "plain", "words", "plain words"} <= names
    assert not any("zorglub" in n for n in names)


def test_garbage_never_raises() -> None:
    for raw in (b"", b"\x00\xff" * 100, b"Subject: =?bogus?Q?x?=\r\nContent-Type: multipart/mixed\r\n\r\n--"):
        features_of(raw)
