"""The credential commands print exactly one JSON document with --json, and what they make works."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from mailverdict.cli.main import app
from mailverdict.services.accounts import authenticate
from mailverdict.store.db import Database

runner = CliRunner()


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("MAILVERDICT_HOME", str(tmp_path))
    monkeypatch.delenv("MAILVERDICT_DATABASE_URL", raising=False)
    return tmp_path


def run_json(*args: str) -> object:
    result = runner.invoke(app, [*args, "--json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_accounts_tokens_users_round_trip(home: Path) -> None:
    account = run_json("accounts", "create", "--id", "0" * 31 + "1", "--name", "Acme")
    assert account == {"id": "0" * 31 + "1", "name": "Acme", "created_at": account["created_at"]}  # type: ignore[index]
    token = run_json("tokens", "create", "--account", "0" * 31 + "1", "--read-only", "--name", "ro")
    assert token["permissions"] == ["Cloud Email Security: Read"]  # type: ignore[index]
    user = run_json("users", "create", "--email", "ana@example.com", "--account", "0" * 31 + "1")
    db = Database(f"sqlite:///{home / 'mailverdict.db'}")
    principal = authenticate(db, authorization=f"Bearer {token['value']}", email=None, key=None)  # type: ignore[index]
    assert principal.account_ids == {"0" * 31 + "1"} and not principal.can_write
    assert authenticate(db, authorization=None, email="ana@example.com", key=user["api_key"]).can_write  # type: ignore[index]
    listed = run_json("tokens", "list")
    assert [t["id"] for t in listed] == [token["id"]]  # type: ignore[index,union-attr]
    assert "value" not in listed[0]  # type: ignore[index]
    assert run_json("tokens", "revoke", token["id"]) == {"id": token["id"], "status": "revoked"}  # type: ignore[index]
    assert run_json("tokens", "list")[0]["status"] == "revoked"  # type: ignore[index]
    db.dispose()


def test_errors_exit_non_zero_with_a_reason(home: Path) -> None:
    result = runner.invoke(app, ["accounts", "create", "--id", "NOT-HEX"])
    assert result.exit_code == 1
    assert "32 lowercase hex" in result.output
    result = runner.invoke(app, ["tokens", "create", "--account", "f" * 32])
    assert result.exit_code == 1 and "no account" in result.output
