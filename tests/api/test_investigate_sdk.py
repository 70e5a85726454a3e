"""Every investigate operation through the official SDK against a live server, stored state checked."""

from __future__ import annotations

import base64
import io
import time
from collections.abc import Iterator
from dataclasses import dataclass

import cloudflare
import pytest
from cloudflare import Cloudflare
from PIL import Image
from sqlalchemy import select

from mailverdict.api.app import create_app
from mailverdict.settings import Settings
from mailverdict.store.db import Database
from mailverdict.store.models import MailboxItem, Message
from tests.conftest import LiveServer, running_worker
from tests.factories import Tenant, eml, phish, stored, tenant


@dataclass
class Sdk:
    client: Cloudflare
    tenant: Tenant
    server: LiveServer

    @property
    def account(self) -> str:
        return self.tenant.account_id

    @property
    def es(self):  # type: ignore[no-untyped-def]
        return self.client.email_security


@pytest.fixture
def sdk(db: Database, settings: Settings) -> Iterator[Sdk]:
    t = tenant(db)
    with running_worker(db, settings), LiveServer(create_app(settings, db)) as server:
        yield Sdk(Cloudflare(api_token=t.token, base_url=server.base_url, max_retries=0), t, server)


def quarantine(db: Database, message: Message) -> None:
    with db.write() as session:
        row = session.get(Message, message.id)
        assert row is not None
        row.is_quarantined = True
        row.delivery_status = ["quarantined"]


def test_search_finds_detections_by_default_and_all_mail_on_request(sdk: Sdk, db: Database) -> None:
    bad = stored(db, sdk.account, phish())
    clean = stored(db, sdk.account, eml(subject="Lunch on Friday"))
    assert bad.final_disposition != "NONE" and clean.final_disposition == "NONE"
    ids = [m.id for m in sdk.es.investigate.list(account_id=sdk.account)]
    assert ids == [bad.investigate_id]
    everything = {m.id for m in sdk.es.investigate.list(account_id=sdk.account, detections_only=False)}
    assert everything == {bad.investigate_id, clean.investigate_id}
    by_subject = list(sdk.es.investigate.list(account_id=sdk.account, detections_only=False, subject="friday lunch"))
    assert [m.id for m in by_subject] == [clean.investigate_id]
    by_query = list(sdk.es.investigate.list(account_id=sdk.account, detections_only=False,
                                            query="from:paypa1-verify.top urgent"))
    assert [m.id for m in by_query] == [bad.investigate_id]


def test_cursor_pages_walk_everything_once(sdk: Sdk, db: Database) -> None:
    made = [stored(db, sdk.account, eml(subject=f"note {i}")).investigate_id for i in range(7)]
    http = sdk.client._client  # the SDK's own httpx client, for result_info
    url = f"{sdk.server.base_url}/accounts/{sdk.account}/email-security/investigate"
    headers = {"Authorization": f"Bearer {sdk.tenant.token}"}
    seen: list[str] = []
    params: dict[str, object] = {"detections_only": "false", "per_page": 3}
    while True:
        body = http.get(url, params=params, headers=headers).json()
        assert body["result_info"]["page"] == 0 and body["result_info"]["total_count"] == 0
        seen += [m["id"] for m in body["result"]]
        if not body["result_info"]["next"]:
            break
        params["cursor"] = body["result_info"]["next"]
    assert sorted(seen) == sorted(made) and len(seen) == 7
    back = http.get(url, params={**params, "cursor": body["result_info"]["previous"]}, headers=headers).json()
    assert [m["id"] for m in back["result"]] == seen[3:6]
    # The SDK's own auto-pagination uses the deprecated page parameter, which still works.
    assert len(list(sdk.es.investigate.list(account_id=sdk.account, detections_only=False, per_page=2))) == 7


def test_get_detections_raw_trace_and_preview(sdk: Sdk, db: Database) -> None:
    source = phish()
    bad = stored(db, sdk.account, source)
    got = sdk.es.investigate.get(bad.investigate_id, account_id=sdk.account)
    assert got.id == bad.investigate_id and got.final_disposition == bad.final_disposition
    found = sdk.es.investigate.detections.get(bad.investigate_id, account_id=sdk.account)
    assert found.findings and {link.href for link in found.links} >= {"http://192.0.2.7/login"}
    assert any(h.name.lower() == "subject" for h in found.headers)
    raw = sdk.es.investigate.raw.get(bad.investigate_id, account_id=sdk.account)
    assert raw.raw == source.decode()
    trace = sdk.es.investigate.trace.get(bad.investigate_id, account_id=sdk.account)
    texts = [line.message for line in trace.inbound.lines or []]
    assert texts[0].startswith("received") and texts[-1].startswith(f"verdict {bad.final_disposition}")
    shot = sdk.es.investigate.preview.get(bad.investigate_id, account_id=sdk.account).screenshot
    image = Image.open(io.BytesIO(base64.b64decode(shot)))
    assert image.format == "PNG" and image.width == 800 and image.height > 100
    posted = sdk.es.investigate.preview.create(account_id=sdk.account, id=bad.investigate_id)
    assert Image.open(io.BytesIO(base64.b64decode(posted.screenshot))).format == "PNG"
    previewed = list(sdk.es.investigate.list(account_id=sdk.account, message_action="PREVIEW"))
    assert [m.id for m in previewed] == [bad.investigate_id]


def test_move_is_visible_in_get_trace_action_log_and_mailbox(sdk: Sdk, db: Database) -> None:
    bad = stored(db, sdk.account, phish())
    items = list(sdk.es.investigate.move.create(bad.investigate_id, account_id=sdk.account, destination="JunkEmail"))
    assert [(i.success, i.recipient, i.destination) for i in items] == [(True, "bob@example.org", "JunkEmail")]
    got = sdk.es.investigate.get(bad.investigate_id, account_id=sdk.account)
    assert got.delivery_status == ["moved"] and "MOVE" in (got.post_delivery_operations or [])
    trace = sdk.es.investigate.trace.get(bad.investigate_id, account_id=sdk.account)
    assert any("moved to JunkEmail for bob@example.org" in line.message for line in trace.inbound.lines or [])
    log = sdk.client._client.get(
        f"{sdk.server.base_url}/accounts/{sdk.account}/email-security/investigate/{bad.investigate_id}/action_log",
        headers={"Authorization": f"Bearer {sdk.tenant.token}"}).json()["result"]
    assert [(e["operation"], e["properties"]["folder"]) for e in log] == [("MOVE", "JunkEmail")]
    with db.read() as session:
        folder = session.scalars(select(MailboxItem.folder).where(MailboxItem.message_id == bad.id)).one()
    assert folder == "JunkEmail"
    moved = list(sdk.es.investigate.list(account_id=sdk.account, message_action="MOVED"))
    assert [m.id for m in moved] == [bad.investigate_id]


def test_bulk_move_takes_ids_and_deprecated_postfix_ids(sdk: Sdk, db: Database) -> None:
    one, two = stored(db, sdk.account, phish()), stored(db, sdk.account, phish())
    items = list(sdk.es.investigate.move.bulk(account_id=sdk.account, destination="DeletedItems",
                                              ids=[one.investigate_id, two.investigate_id]))
    assert len(items) == 2 and all(i.success and i.destination == "DeletedItems" for i in items)
    again = list(sdk.es.investigate.move.bulk(account_id=sdk.account, destination="Inbox", ids=[],
                                              postfix_ids=[one.postfix_id]))
    assert [(i.success, i.destination) for i in again] == [(True, "Inbox")]
    with pytest.raises(cloudflare.NotFoundError):
        sdk.es.investigate.move.bulk(account_id=sdk.account, destination="Inbox", ids=["nope-2026-01-01T00:00:00-x"])


def test_release_delivers_quarantined_mail_in_both_body_shapes(sdk: Sdk, db: Database) -> None:
    first, second = stored(db, sdk.account, phish()), stored(db, sdk.account, phish())
    quarantine(db, first)
    quarantine(db, second)
    released = list(sdk.es.investigate.release.bulk(account_id=sdk.account, ids=[first.investigate_id]))
    assert [(r.id, r.delivered, r.failed) for r in released] == [(first.investigate_id, ["bob@example.org"], [])]
    got = sdk.es.investigate.get(first.investigate_id, account_id=sdk.account)
    assert got.is_quarantined is False and "QUARANTINE_RELEASE" in (got.post_delivery_operations or [])
    assert "delivered" in (got.delivery_status or [])
    found = list(sdk.es.investigate.list(account_id=sdk.account, message_action="QUARANTINE_RELEASED"))
    assert [m.id for m in found] == [first.investigate_id]
    # c92b9b0 and SDK 4 send a bare JSON array.
    raw = sdk.client._client.post(
        f"{sdk.server.base_url}/accounts/{sdk.account}/email-security/investigate/release",
        json=[second.investigate_id], headers={"Authorization": f"Bearer {sdk.tenant.token}"})
    assert raw.status_code == 200 and raw.json()["result"][0]["delivered"] == ["bob@example.org"]
    with db.read() as session:
        assert session.scalars(select(MailboxItem.folder).where(MailboxItem.message_id == second.id)).one() == "Inbox"
    with pytest.raises(cloudflare.ConflictError):  # already released: nothing left to release
        sdk.es.investigate.release.bulk(account_id=sdk.account, ids=[first.investigate_id])


def test_bulk_job_moves_what_the_search_finds_and_keeps_its_counts(sdk: Sdk, db: Database) -> None:
    targets = [stored(db, sdk.account, phish()) for _ in range(3)]
    quarantine(db, targets[2])  # a MOVE skips quarantined mail
    stored(db, sdk.account, eml())  # clean: not a detection, not found
    job = sdk.es.investigate.bulk.create(account_id=sdk.account, action="MOVE", destination="JunkEmail",
                                         search_params={"detections_only": True})
    deadline = time.monotonic() + 30
    while True:
        got = sdk.es.investigate.bulk.get(job.job_id, account_id=sdk.account)
        counts = (got.messages_pending + got.messages_successful + got.messages_failed
                  + (got.messages_skipped or 0) + (got.messages_cancelled or 0))
        assert counts == got.total_messages_discovered
        if got.status in ("COMPLETED", "FAILED", "CANCELLED"):
            break
        assert time.monotonic() < deadline, f"bulk job stuck in {got.status}"
        time.sleep(0.1)
    assert (got.status, got.total_messages_discovered, got.messages_successful, got.messages_skipped) == \
        ("COMPLETED", 3, 2, 1)
    rows = list(sdk.es.investigate.bulk.messages.list(job.job_id, account_id=sdk.account))
    assert sorted(r.status for r in rows) == ["COMPLETED", "COMPLETED", "SKIPPED"]
    assert job.job_id in [j.job_id for j in sdk.es.investigate.bulk.list(account_id=sdk.account)]
    with pytest.raises(cloudflare.ConflictError):
        sdk.es.investigate.bulk.cancel.create(job.job_id, account_id=sdk.account)
    sdk.es.investigate.bulk.delete(job.job_id, account_id=sdk.account)
    with pytest.raises(cloudflare.NotFoundError):
        sdk.es.investigate.bulk.get(job.job_id, account_id=sdk.account)


def test_bad_input_gets_a_4xx_envelope(sdk: Sdk) -> None:
    with pytest.raises(cloudflare.BadRequestError, match="start must not be in the future"):
        list(sdk.es.investigate.list(account_id=sdk.account, start="2999-01-01T00:00:00Z"))
    with pytest.raises(cloudflare.BadRequestError, match="cursor"):
        list(sdk.es.investigate.list(account_id=sdk.account, cursor="garbage"))
    with pytest.raises(cloudflare.BadRequestError, match="destination"):
        sdk.es.investigate.bulk.create(account_id=sdk.account, action="MOVE", search_params={})
    with pytest.raises(cloudflare.NotFoundError):
        sdk.es.investigate.detections.get("missing-2026-01-01T00:00:00-00000000", account_id=sdk.account)
