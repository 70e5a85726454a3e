"""End to end with the official Cloudflare SDK: import, reclassify, watch the outcome, learn.

A real server on loopback with an in-process worker; the SDK is the client, as a tool builder
would use it, changing only base_url.
"""

from __future__ import annotations

import base64
import time
import warnings
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import cloudflare
import pytest
from cloudflare import Cloudflare

from mailverdict.api.app import create_app
from mailverdict.services.imports import import_one
from mailverdict.settings import Settings
from mailverdict.store.db import Database
from tests.conftest import LiveServer, running_worker
from tests.factories import Tenant, eml, phish, tenant


@dataclass
class Running:
    server: LiveServer
    tenant: Tenant
    client: Cloudflare


@pytest.fixture
def running(db: Database, settings: Settings) -> Iterator[Running]:
    t = tenant(db)
    with running_worker(db, settings), LiveServer(create_app(settings, db)) as server:
        client = Cloudflare(api_token=t.token, base_url=server.base_url, max_retries=0)
        yield Running(server, t, client)


def reclassify(client: Cloudflare, account_id: str, investigate_id: str, **kwargs: Any) -> object:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)  # reclassify is deprecated in SDK 5.9
        return client.email_security.investigate.reclassify.create(investigate_id, account_id=account_id, **kwargs)


def wait_final(client: Cloudflare, account_id: str, count: int, timeout: float = 30) -> list[Any]:
    deadline = time.monotonic() + timeout
    while True:
        rows = list(client.email_security.submissions.list(account_id=account_id, per_page=100))
        if len(rows) >= count and all(r.status not in (None, "submitted") for r in rows):
            return rows
        if time.monotonic() > deadline:
            raise AssertionError(
                f"submissions not final after {timeout}s: {[(r.submission_id, r.status) for r in rows]}"
            )
        time.sleep(0.1)


def test_reclassify_with_and_without_eml_reaches_a_final_status(running: Running, db: Database) -> None:
    account = running.tenant.account_id
    clean = import_one(db, account, eml())
    bad = import_one(db, account, phish())
    reclassify(running.client, account, clean.investigate_id, expected_disposition="MALICIOUS")
    reclassify(
        running.client,
        account,
        bad.investigate_id,
        expected_disposition="SPAM",
        eml_content=base64.b64encode(phish()).decode(),
    )
    rows = {r.original_postfix_id: r for r in wait_final(running.client, account, 2)}

    team_said_malicious = rows[clean.postfix_id]
    assert team_said_malicious.status == "accepted"
    assert team_said_malicious.outcome_disposition == "MALICIOUS"
    assert team_said_malicious.requested_disposition == "MALICIOUS"
    assert team_said_malicious.original_disposition == clean.scan_disposition
    assert team_said_malicious.type == "Team"

    claimed_spam = rows[bad.postfix_id]
    assert claimed_spam.status in ("accepted", "rejected")
    assert claimed_spam.outcome_disposition is not None and claimed_spam.outcome

    details = running.client.email_security.investigate.get(clean.investigate_id, account_id=account)
    assert details.final_disposition == "MALICIOUS"
    log = [(e.operation, e.status) for e in details.action_log or []]
    assert ("RECLASSIFY", "completed") in log and ("SUBMISSION", "accepted") in log


def test_accepted_submission_teaches_similar_mail(running: Running, db: Database) -> None:
    account = running.tenant.account_id
    body = (
        "Dear customer,\n\nYour invoice INV-{n} for the October consignment is ready. Please review the "
        "attached statement and confirm the payment details with our accounts team by Friday.\n\nRegards,\n"
        "Northwind Shipping\n"
    )
    first = import_one(db, account, eml(subject="Invoice INV-1001", body=body.format(n=1001)))
    reclassify(running.client, account, first.investigate_id, expected_disposition="MALICIOUS")
    assert wait_final(running.client, account, 1)[0].status == "accepted"
    similar = import_one(db, account, eml(subject="Invoice INV-2002", to="carol@example.org", body=body.format(n=2002)))
    assert similar.final_disposition == "MALICIOUS", similar.detection_reasons
    unrelated = import_one(db, account, eml())
    assert unrelated.final_disposition != "MALICIOUS"


def test_global_api_key_credentials(running: Running, db: Database) -> None:
    t = running.tenant
    message = import_one(db, t.account_id, eml())
    client = Cloudflare(api_email=t.email, api_key=t.api_key, base_url=running.server.base_url, max_retries=0)
    reclassify(client, t.account_id, message.investigate_id, expected_disposition="SPAM")
    [row] = wait_final(client, t.account_id, 1)
    assert row.requested_by == t.email and row.status == "accepted"


def test_read_only_token_gets_a_clear_403(running: Running, db: Database) -> None:
    t = running.tenant
    message = import_one(db, t.account_id, eml())
    client = Cloudflare(api_token=t.read_token, base_url=running.server.base_url, max_retries=0)
    with pytest.raises(cloudflare.PermissionDeniedError) as raised:
        reclassify(client, t.account_id, message.investigate_id, expected_disposition="SPAM")
    assert raised.value.status_code == 403
    assert "Cloud Email Security: Write" in str(raised.value)
    assert list(client.email_security.submissions.list(account_id=t.account_id)) == []


def test_submission_filters_through_the_sdk(running: Running, db: Database) -> None:
    account = running.tenant.account_id
    a = import_one(db, account, eml(subject="Alpha newsletter"))
    b = import_one(db, account, eml(subject="Beta notice"))
    reclassify(running.client, account, a.investigate_id, expected_disposition="BULK")
    reclassify(running.client, account, b.investigate_id, expected_disposition="SPAM")
    wait_final(running.client, account, 2)
    sub = running.client.email_security.submissions
    assert [r.subject for r in sub.list(account_id=account, requested_disposition="BULK")] == ["Alpha newsletter"]
    assert [r.subject for r in sub.list(account_id=account, query="beta")] == ["Beta notice"]
    assert [r.subject for r in sub.list(account_id=account, order="subject", direction="asc")] == [
        "Alpha newsletter",
        "Beta notice",
    ]
    assert len(list(sub.list(account_id=account, type="TEAM", status="accepted"))) == 2
    assert list(sub.list(account_id=account, type="USER")) == []
    assert list(sub.list(account_id=account, escalated_from_user=True)) == []
    page = sub.list(account_id=account, per_page=1, page=2)
    assert len(page.result) == 1 and page.result_info is not None and page.result_info.page == 2
