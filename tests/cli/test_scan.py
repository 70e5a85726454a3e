"""``mailverdict scan``: one JSON document with --json, a readable report otherwise."""

from __future__ import annotations

import json
from pathlib import Path

import typer
from typer.testing import CliRunner

from mailverdict.cli import scan

MESSAGE = (
    b"From: Alice <alice@example.org>\r\nTo: bob@example.net\r\nSubject: hello\r\n"
    b"Message-ID: <1@example.org>\r\nDate: Mon, 2 Mar 2026 10:00:00 +0000\r\n\r\nSee you soon.\r\n"
)


def _app() -> typer.Typer:
    app = typer.Typer()
    scan.register(app)

    @app.callback()
    def root() -> None:
        """Keep `scan` a subcommand even when it is the only one."""

    return app


def test_scan_json_prints_one_document(tmp_path: Path) -> None:
    path = tmp_path / "m.eml"
    path.write_bytes(MESSAGE)
    result = CliRunner().invoke(_app(), ["scan", str(path), "--json"])
    assert result.exit_code == 0, result.output
    document = json.loads(result.stdout)
    assert document["disposition"] in {"NONE", "BULK", "SPAM", "SPOOF", "SUSPICIOUS", "MALICIOUS"}
    assert document["summary"]["from_address"] == "alice@example.org"
    assert document["edf_hash"].startswith("edf1:")


def test_scan_prints_a_report(tmp_path: Path) -> None:
    path = tmp_path / "m.eml"
    path.write_bytes(MESSAGE)
    result = CliRunner().invoke(_app(), ["scan", str(path)])
    assert result.exit_code == 0, result.output
    assert "Subject: hello" in result.stdout
    assert "edf1:" in result.stdout


def test_scan_missing_file_exits_2(tmp_path: Path) -> None:
    result = CliRunner().invoke(_app(), ["scan", str(tmp_path / "absent.eml")])
    assert result.exit_code == 2
