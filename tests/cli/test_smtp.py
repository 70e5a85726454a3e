"""``mailverdict serve --smtp-port`` and ``mailverdict smtp`` as processes, over loopback sockets."""

from __future__ import annotations

import os
import re
import signal
import smtplib
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
import pytest

from mailverdict.store.db import Database
from tests.conftest import free_port
from tests.factories import eml, tenant
from tests.ingest.conftest import add_domain

pytestmark = pytest.mark.slow


@contextmanager
def running(home: Path, *args: str, ready: str) -> Iterator[str]:
    env = {**os.environ, "MAILVERDICT_HOME": str(home), "COLUMNS": "400"}
    env.pop("MAILVERDICT_DATABASE_URL", None)
    proc = subprocess.Popen([sys.executable, "-c", "from mailverdict.cli.main import app; app()", *args],
                            env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    assert proc.stdout is not None
    try:
        output = ""
        deadline = time.monotonic() + 60
        while ready not in output:
            line = proc.stdout.readline()
            assert line or proc.poll() is None, output
            output += line
            assert time.monotonic() < deadline, output
        yield output
    finally:
        proc.send_signal(signal.SIGINT)
        proc.wait(timeout=20)
        proc.stdout.close()


def send(port: int, rcpt: str) -> None:
    raw = eml(to=rcpt).replace(b"\n", b"\r\n")
    with smtplib.SMTP("127.0.0.1", port, timeout=30) as client:
        client.sendmail("alice@example.com", [rcpt], raw)


def test_serve_receives_smtp_beside_the_api(tmp_path: Path) -> None:
    port, smtp_port = free_port(), free_port()
    with running(tmp_path, "serve", "--port", str(port), "--smtp-port", str(smtp_port),
                 ready="Application startup complete") as output:
        token = re.search(r"API token:\s+(\S+)", output)
        account = re.search(r"account id:\s+([0-9a-f]{32})", output)
        assert token and account, output
        base = f"http://127.0.0.1:{port}/client/v4/accounts/{account.group(1)}/email-security"
        headers = {"Authorization": f"Bearer {token.group(1)}"}
        created = httpx.post(f"{base}/settings/domains", headers=headers, json={
            "domain": "acme.test", "allowed_delivery_modes": ["BCC"], "drop_dispositions": [],
            "ip_restrictions": [], "regions": ["GLOBAL"]})
        assert created.status_code in (200, 201), created.text
        with pytest.raises(smtplib.SMTPRecipientsRefused):
            send(smtp_port, "bob@elsewhere.test")
        send(smtp_port, "bob@acme.test")
        found = httpx.get(f"{base}/investigate", headers=headers, params={"detections_only": "false"}).json()
        assert [m["envelope_to"] for m in found["result"]] == [["bob@acme.test"]]
        assert found["result"][0]["delivery_mode"] == "BCC"


def test_smtp_command_receives_alone(tmp_path: Path) -> None:
    db = Database(f"sqlite:///{(tmp_path / 'mailverdict.db').resolve()}")
    db.upgrade()
    account = tenant(db)
    add_domain(db, account.account_id, "acme.test", modes=["JOURNAL"])
    smtp_port = free_port()
    with running(tmp_path, "smtp", "--port", str(smtp_port), ready="SMTP receiver on"):
        send(smtp_port, "bob@acme.test")
    from sqlalchemy import select

    from mailverdict.store.models import Message

    with db.read() as session:
        assert session.scalars(select(Message.delivery_mode)).all() == ["JOURNAL"]
    db.dispose()
