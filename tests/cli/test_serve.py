"""``mailverdict serve`` on a fresh data directory prints a token that works, as the README promises."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from tests.conftest import free_port

pytestmark = pytest.mark.slow


def test_first_serve_prints_a_working_token(tmp_path: Path) -> None:
    port = free_port()
    env = {**os.environ, "MAILVERDICT_HOME": str(tmp_path), "COLUMNS": "400"}
    env.pop("MAILVERDICT_DATABASE_URL", None)
    proc = subprocess.Popen(
        [sys.executable, "-c", "from mailverdict.cli.main import app; app()", "serve", "--port", str(port)],
        env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )
    try:
        output = ""
        deadline = time.monotonic() + 60
        assert proc.stdout is not None
        while "Uvicorn running" not in output and "Application startup complete" not in output:
            line = proc.stdout.readline()
            assert line or proc.poll() is None, output
            output += line
            assert time.monotonic() < deadline, output
        token = re.search(r"API token:\s+(\S+)", output)
        account = re.search(r"account id:\s+([0-9a-f]{32})", output)
        assert token and account, output
        assert f"Authorization: Bearer {token.group(1)}" in output  # the curl line
        assert "Cloudflare(api_token=" in output  # the SDK snippet
        r = httpx.get(f"http://127.0.0.1:{port}/client/v4/accounts/{account.group(1)}/email-security/submissions",
                      headers={"Authorization": f"Bearer {token.group(1)}"})
        assert r.status_code == 200 and r.json()["success"] is True
        assert httpx.get(f"http://127.0.0.1:{port}/client/v4/health").json()["result"]["status"] == "ok"
        assert (tmp_path / "mailverdict.db").exists()
    finally:
        proc.send_signal(signal.SIGINT)
        proc.wait(timeout=20)
        if proc.stdout is not None:
            proc.stdout.close()
