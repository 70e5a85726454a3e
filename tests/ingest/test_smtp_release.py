"""End to end over real sockets: SMTP in, search and release with the official SDK, SMTP out.

smtplib sends to the receiver; the quarantined message is found through the investigate search
and released with ``client.email_security.investigate.release.bulk``; it then arrives at the
next hop (an aiosmtpd sink on 127.0.0.1) with its disposition header.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from cloudflare import Cloudflare

from mailverdict.api.app import create_app
from mailverdict.ingest.smtp import SmtpServer
from mailverdict.jobs.worker import Worker
from mailverdict.settings import Settings
from mailverdict.store.db import Database
from tests.conftest import LiveServer
from tests.factories import Tenant, eml, phish
from tests.ingest.conftest import Sink, add_domain, disposition_of, stored, wait_for
from tests.ingest.test_smtp import DETECTIONS, send


@dataclass
class Api:
    client: Cloudflare
    account_id: str


@pytest.fixture
def api(db: Database, settings: Settings, account: Tenant) -> Iterator[Api]:
    with LiveServer(create_app(settings, db)) as server:
        yield Api(Cloudflare(api_token=account.token, base_url=server.base_url, max_retries=0), account.account_id)


def test_quarantined_mail_is_found_released_and_delivered_to_the_next_hop(
    db: Database, api: Api, receiver: SmtpServer, sink: Sink, worker: Worker
) -> None:
    add_domain(db, api.account_id, "acme.test", drop=DETECTIONS, transport=sink.transport)
    send(receiver, phish(), ["bob@acme.test"])
    [held] = stored(db)
    assert held.is_quarantined

    found = list(api.client.email_security.investigate.list(account_id=api.account_id, query="paypa1-verify.top",
                                                          delivery_status="quarantined"))
    assert [m.id for m in found] == [held.investigate_id]
    assert found[0].is_quarantined and found[0].delivery_mode == "DIRECT"
    assert found[0].envelope_to == ["bob@acme.test"] and found[0].smtp_helo_server_ip == "127.0.0.1"
    assert sink.received == []

    [released] = list(api.client.email_security.investigate.release.bulk(account_id=api.account_id,
                                                                        ids=[held.investigate_id]))
    assert released.delivered == ["bob@acme.test"] and not released.failed and not released.undelivered
    [got] = sink.wait()
    assert got.rcpt_tos == ["bob@acme.test"]
    assert disposition_of(got.data) == "MALICIOUS"
    [after] = stored(db)
    assert not after.is_quarantined and after.delivery_status == ["delivered"]
    assert "QUARANTINE_RELEASE" in after.post_delivery_operations


def test_clean_mail_passes_straight_through_and_is_searchable(
    db: Database, api: Api, receiver: SmtpServer, sink: Sink, worker: Worker
) -> None:
    add_domain(db, api.account_id, "acme.test", drop=DETECTIONS, transport=sink.transport)
    send(receiver, eml(subject="Board minutes for November", to="carol@acme.test"), ["carol@acme.test"])
    [got] = sink.wait()
    assert disposition_of(got.data) == "NONE"
    wait_for(lambda: stored(db)[0].delivery_status == ["delivered"], 10, "delivery_status delivered")

    found = list(api.client.email_security.investigate.list(account_id=api.account_id, subject="minutes",
                                                          detections_only=False))
    assert [m.subject for m in found] == ["Board minutes for November"]
    assert found[0].delivery_status == ["delivered"] and found[0].final_disposition == "NONE"
    trace = api.client.email_security.investigate.trace.get(found[0].id, account_id=api.account_id)
    assert trace.outbound.lines and "delivered to carol@acme.test" in trace.outbound.lines[-1].message
