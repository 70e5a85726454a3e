"""``mailverdict eval``: per-label dispositions and rates over a labelled corpus, as JSON or tables."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from mailverdict.cli.main import app
from tests.training.synthetic import write_corpus

runner = CliRunner()
DISPOSITIONS = {"MALICIOUS", "SUSPICIOUS", "SPOOF", "SPAM", "BULK", "NONE"}



def test_eval_json_shape(tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path, per_label=4, split="train")
    result = runner.invoke(app, ["eval", str(corpus), "--json"])
    assert result.exit_code == 0, result.output
    document = json.loads(result.stdout)
    assert set(document["labels"]) == {"ham", "spam", "phishing"}
    for label, entry in document["labels"].items():
        assert entry["count"] == 4
        assert set(entry["dispositions"]) == DISPOSITIONS
        assert sum(entry["dispositions"].values()) == 4
        rate_key = "false_positive_rate" if label == "ham" else "detection_rate"
        assert 0.0 <= entry[rate_key] <= 1.0
    assert document["messages"] == 12
    assert document["messages_per_second"] > 0
    assert document["errors"] == []


def test_eval_tables(tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path, per_label=2)
    result = runner.invoke(app, ["eval", str(corpus)])
    assert result.exit_code == 0, result.output
    assert "confusion" in result.stdout and "messages/s" in result.stdout


def test_eval_cross_validated(tmp_path: Path) -> None:
    pytest.importorskip("numpy")
    corpus = write_corpus(tmp_path, per_label=12)
    result = runner.invoke(app, ["eval", str(corpus), "--cross-validate", "3", "--json"])
    assert result.exit_code == 0, result.output
    document = json.loads(result.stdout)
    assert document["cross_validated_folds"] == 3
    assert sum(e["count"] for e in document["labels"].values()) == 36  # every message held out once


def test_eval_missing_corpus(tmp_path: Path) -> None:
    result = runner.invoke(app, ["eval", str(tmp_path / "absent"), "--json"])
    assert result.exit_code == 2


def test_eval_cross_validated_also_learning_from_another_corpus(tmp_path: Path) -> None:
    pytest.importorskip("numpy")
    corpus = write_corpus(tmp_path / "scanned", per_label=6)
    extra = write_corpus(tmp_path / "extra", per_label=9, seed=3)
    result = runner.invoke(
        app, ["eval", str(corpus), "--cross-validate", "2", "--also-train", str(extra), "--json"]
    )
    assert result.exit_code == 0, result.output
    document = json.loads(result.stdout)
    assert document["also_trained_on"] == [str(extra)]
    assert document["messages"] == 18  # the extra corpus is learned from, never scanned


def test_eval_also_train_needs_cross_validation(tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path, per_label=2)
    result = runner.invoke(app, ["eval", str(corpus), "--also-train", str(corpus), "--json"])
    assert result.exit_code == 2
    assert "--cross-validate" in result.output


def test_eval_details_one_line_per_message(tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "corpus", per_label=3)
    details = tmp_path / "details.jsonl"
    result = runner.invoke(app, ["eval", str(corpus), "--json", "--details", str(details)])
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in details.read_text(encoding="utf-8").splitlines()]
    assert sorted(Path(line["path"]).name for line in lines) == sorted(p.name for p in corpus.rglob("*.eml"))
    counted = json.loads(result.stdout)["labels"]
    for line in lines:
        assert line["disposition"] in DISPOSITIONS and not line["error"]
        assert set(line["axes"]) >= {"threat", "spoof", "spam", "bulk"}
        assert counted[line["label"]]["dispositions"][line["disposition"]] >= 1
        caught = {"ham": {"MALICIOUS", "SUSPICIOUS", "SPOOF", "SPAM"}, "phishing": {"MALICIOUS", "SUSPICIOUS", "SPOOF"}}
        assert line["caught"] is (line["disposition"] in caught.get(line["label"], DISPOSITIONS - {"NONE"}))


def test_eval_details_cross_validated_covers_every_message_once(tmp_path: Path) -> None:
    pytest.importorskip("numpy")
    corpus = write_corpus(tmp_path / "corpus", per_label=6)
    details = tmp_path / "details.jsonl"
    result = runner.invoke(app, ["eval", str(corpus), "--cross-validate", "2", "--json", "--details", str(details)])
    assert result.exit_code == 0, result.output
    paths = [json.loads(line)["path"] for line in details.read_text(encoding="utf-8").splitlines()]
    assert len(paths) == len(set(paths)) == 18


def test_eval_details_unwritable(tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "corpus", per_label=1)
    result = runner.invoke(app, ["eval", str(corpus), "--details", str(tmp_path / "no" / "such" / "dir.jsonl")])
    assert result.exit_code == 2
    assert "cannot write --details" in result.output
