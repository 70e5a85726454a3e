"""``mailverdict import`` reads .eml files, mbox files and maildirs; malformed mail is stored and flagged."""

from __future__ import annotations

import json
import mailbox
from pathlib import Path

import pytest
from typer.testing import CliRunner

from mailverdict.cli.main import app
from tests.factories import eml, phish

runner = CliRunner()


@pytest.fixture
def account(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setenv("MAILVERDICT_HOME", str(tmp_path / "home"))
    monkeypatch.delenv("MAILVERDICT_DATABASE_URL", raising=False)
    result = runner.invoke(app, ["accounts", "create", "--json"])
    assert result.exit_code == 0, result.output
    return str(json.loads(result.stdout)["id"])


def test_imports_eml_mbox_and_maildir(tmp_path: Path, account: str) -> None:
    single = tmp_path / "one.eml"
    single.write_bytes(eml(subject="Single file"))
    box = mailbox.mbox(tmp_path / "archive.mbox")
    box.add(eml(subject="From the mbox 1"))
    box.add(phish())
    box.flush()
    box.close()
    md = mailbox.Maildir(tmp_path / "Maildir", create=True)
    md.add(eml(subject="From the maildir"))
    md.close()

    result = runner.invoke(
        app,
        [
            "import",
            str(single),
            str(tmp_path / "archive.mbox"),
            str(tmp_path / "Maildir"),
            "--account",
            account,
            "--json",
        ],
    )
    assert result.exit_code == 0, result.output
    doc = json.loads(result.stdout)
    assert doc["imported"] == 4
    subjects = [m["subject"] for m in doc["messages"]]
    assert subjects[0] == "Single file" and "From the mbox 1" in subjects and "From the maildir" in subjects
    ids = [m["investigate_id"] for m in doc["messages"]]
    assert len(set(ids)) == 4
    for message in doc["messages"]:
        postfix, rest = message["investigate_id"].split("-", 1)
        assert postfix == message["postfix_id"] and len(postfix) == 16
        assert rest[:4].isdigit()
    phishy = next(m for m in doc["messages"] if m["subject"].startswith("Urgent"))
    assert phishy["final_disposition"] != "NONE"


def test_malformed_mail_is_stored_and_flagged(tmp_path: Path, account: str) -> None:
    broken = tmp_path / "broken.eml"
    broken.write_bytes(
        b'From: a@\r\nContent-Type: multipart/mixed; boundary="zz"\r\nSubject: =?utf-8?B?////?=\r\n\r\n'
        b"--zz\r\nContent-Transfer-Encoding: base64\r\n\r\n@@@not base64@@@\r\n"
    )
    result = runner.invoke(app, ["import", str(broken), "--account", account, "--json"])
    assert result.exit_code == 0, result.output
    [message] = json.loads(result.stdout)["messages"]
    assert message["investigate_id"] and message["malformed"] is True


def test_unknown_account_and_missing_path(tmp_path: Path, account: str) -> None:
    path = tmp_path / "one.eml"
    path.write_bytes(eml())
    result = runner.invoke(app, ["import", str(path), "--account", "f" * 32, "--json"])
    assert result.exit_code == 1
    assert "no account" in json.loads(result.stdout)["messages"][0]["error"]
    result = runner.invoke(app, ["import", str(tmp_path / "nope.eml"), "--account", account])
    assert result.exit_code == 2 and "no such file" in result.output
