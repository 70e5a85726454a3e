"""``mailverdict train``: writes a loadable model, prints one JSON document, is reproducible."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from mailverdict.cli.main import app
from mailverdict.engine.content import ContentModel
from tests.training.synthetic import write_corpus

pytest.importorskip("numpy")

runner = CliRunner()



def test_train_json_writes_the_model(tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "corpus", per_label=25, split="train")
    write_corpus(tmp_path / "corpus", per_label=5, seed=9, split="dev")  # must be ignored
    out = tmp_path / "model.json"
    result = runner.invoke(app, ["train", str(corpus), "--out", str(out), "--folds", "3", "--json"])
    assert result.exit_code == 0, result.output
    document = json.loads(result.stdout)
    assert document["examples"] == {"ham": 25, "phishing": 25, "spam": 25}
    assert document["cross_validation"]["folds"] == 3
    assert document["cross_validation"]["accuracy"] >= 0.9
    assert set(document["strongest"]) == {"ham", "spam", "phishing"}
    model = ContentModel.load(out)
    assert model.meta["examples"] == {"ham": 25, "phishing": 25, "spam": 25}

    again = tmp_path / "again.json"
    result = runner.invoke(app, ["train", str(corpus), "--out", str(again), "--folds", "0", "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["cross_validation"] is None
    assert again.read_bytes() == out.read_bytes()  # folds change the report, never the model


def test_train_human_output_and_missing_corpus(tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "corpus", per_label=15)
    result = runner.invoke(app, ["train", str(corpus), "--out", str(tmp_path / "m.json"), "--folds", "2"])
    assert result.exit_code == 0, result.output
    assert "cross-validation" in result.stdout and "phishing" in result.stdout
    result = runner.invoke(app, ["train", str(tmp_path / "nothing"), "--out", str(tmp_path / "x.json")])
    assert result.exit_code == 2


def test_train_learns_from_every_corpus_given(tmp_path: Path) -> None:
    first = write_corpus(tmp_path / "first", per_label=12)
    second = write_corpus(tmp_path / "second", per_label=5, seed=4)
    both, one = tmp_path / "both.json", tmp_path / "one.json"
    result = runner.invoke(app, ["train", str(first), str(second), "--out", str(both), "--folds", "0", "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["examples"] == {"ham": 17, "phishing": 17, "spam": 17}
    assert runner.invoke(app, ["train", str(first), "--out", str(one), "--folds", "0"]).exit_code == 0
    assert both.read_bytes() != one.read_bytes()
    result = runner.invoke(app, ["train", str(first), str(tmp_path / "absent"), "--out", str(one)])
    assert result.exit_code == 2
