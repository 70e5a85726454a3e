"""The SMTP receiver over real sockets on 127.0.0.1: replies, storage, quarantine, relay, BCC."""

from __future__ import annotations

import smtplib

import pytest
from sqlalchemy import select

from mailverdict.ingest.smtp import SmtpServer
from mailverdict.jobs.worker import Worker
from mailverdict.store.db import Database
from mailverdict.store.models import Job, Message, TraceEvent
from tests.factories import Tenant, eml, phish
from tests.ingest.conftest import Sink, add_domain, disposition_of, start_sink, stored, wait_for

DETECTIONS = ["MALICIOUS", "SUSPICIOUS", "SPOOF", "SPAM", "BULK"]


def send(server: SmtpServer, raw: bytes, rcpts: list[str], sender: str = "alice@example.com") -> dict[str, object]:
    with smtplib.SMTP("127.0.0.1", server.port, local_hostname="sender.example.net", timeout=30) as client:
        # SMTP lines end in CRLF; smtplib sends bytes as given.
        return client.sendmail(sender, rcpts, raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n"))  # type: ignore[return-value]


def test_clean_mail_is_stored_and_relayed_with_the_disposition_header(
    db: Database, account: Tenant, receiver: SmtpServer, sink: Sink, worker: Worker
) -> None:
    add_domain(db, account.account_id, "acme.test", drop=DETECTIONS, transport=sink.transport)
    send(receiver, eml(to="bob@acme.test"), ["bob@acme.test"])

    [message] = stored(db)
    assert message.source == "smtp" and message.delivery_mode == "DIRECT"
    assert message.envelope_from == "alice@example.com" and message.envelope_to == ["bob@acme.test"]
    assert message.smtp_helo_server_ip == "127.0.0.1" and message.smtp_previous_hop_ip == "127.0.0.1"
    assert message.final_disposition == "NONE" and not message.is_quarantined, message.detection_reasons

    [got] = sink.wait()
    assert got.mail_from == "alice@example.com" and got.rcpt_tos == ["bob@acme.test"]
    assert disposition_of(got.data) == "NONE"
    assert b"Subject: Quarterly report" in got.data
    wait_for(lambda: stored(db)[0].delivery_status == ["delivered"], 10, "delivery_status delivered")
    with db.read() as session:
        lines = [e.text for e in session.scalars(select(TraceEvent).where(TraceEvent.message_id == message.id))]
    assert any(line.startswith("received by smtp (DIRECT)") for line in lines)
    assert any(line.startswith("delivered to bob@acme.test") for line in lines)


def test_a_dropped_disposition_is_quarantined_and_not_relayed(
    db: Database, account: Tenant, receiver: SmtpServer, sink: Sink, worker: Worker
) -> None:
    add_domain(db, account.account_id, "acme.test", drop=DETECTIONS, transport=sink.transport)
    send(receiver, phish(), ["bob@acme.test"])

    [message] = stored(db)
    assert message.final_disposition == "MALICIOUS"
    assert message.is_quarantined and message.delivery_status == ["quarantined"]
    with db.read() as session:
        assert session.scalars(select(Job)).all() == []  # nothing queued to relay
    assert sink.received == []


def test_a_disposition_not_dropped_is_delivered_with_its_header(
    db: Database, account: Tenant, receiver: SmtpServer, sink: Sink, worker: Worker
) -> None:
    add_domain(db, account.account_id, "acme.test", drop=["SPAM"], transport=sink.transport)
    send(receiver, phish(), ["bob@acme.test"])
    [got] = sink.wait()
    assert disposition_of(got.data) == "MALICIOUS"
    assert not stored(db)[0].is_quarantined


def test_bcc_copies_are_stored_but_never_delivered_or_held(
    db: Database, account: Tenant, receiver: SmtpServer, sink: Sink, worker: Worker
) -> None:
    add_domain(db, account.account_id, "acme.test", modes=["BCC"], drop=DETECTIONS, transport=sink.transport)
    send(receiver, phish(), ["bob@acme.test"])
    [message] = stored(db)
    assert message.delivery_mode == "BCC" and message.final_disposition == "MALICIOUS"
    assert not message.is_quarantined and message.delivery_status == ["delivered"]
    with db.read() as session:
        assert session.scalars(select(Job)).all() == []
    assert sink.received == []


def test_one_transaction_for_two_domains_gives_each_its_own_message(
    db: Database, account: Tenant, receiver: SmtpServer, sink: Sink, worker: Worker
) -> None:
    add_domain(db, account.account_id, "acme.test", drop=DETECTIONS, transport=sink.transport)
    add_domain(db, account.account_id, "journal.acme.test", modes=["JOURNAL"])
    send(receiver, eml(), ["bob@acme.test", "carol@acme.test", "archive@journal.acme.test"])
    modes = {m.delivery_mode: m.envelope_to for m in stored(db)}
    assert modes == {"DIRECT": ["bob@acme.test", "carol@acme.test"], "JOURNAL": ["archive@journal.acme.test"]}
    [got] = sink.wait()
    assert sorted(got.rcpt_tos) == ["bob@acme.test", "carol@acme.test"]


def test_an_unknown_recipient_domain_is_refused_at_rcpt(db: Database, account: Tenant, receiver: SmtpServer) -> None:
    add_domain(db, account.account_id, "acme.test")
    with pytest.raises(smtplib.SMTPRecipientsRefused) as refused:
        send(receiver, eml(), ["someone@elsewhere.example"])
    code, reply = refused.value.recipients["someone@elsewhere.example"]
    assert code == 550 and reply.startswith(b"5.1.1")
    # A mixed envelope: the known recipient is accepted, the other refused and reported.
    rejected = send(receiver, eml(), ["bob@acme.test", "x@elsewhere.example"])
    assert list(rejected) == ["x@elsewhere.example"]
    assert [m.envelope_to for m in stored(db)] == [["bob@acme.test"]]


def test_a_message_over_the_size_limit_gets_552(db: Database, account: Tenant, receiver: SmtpServer) -> None:
    add_domain(db, account.account_id, "acme.test")
    with pytest.raises(smtplib.SMTPResponseException) as error:
        send(receiver, eml(body="x" * 70 + ("\n" + "y" * 70) * 4000), ["bob@acme.test"])
    assert error.value.smtp_code == 552
    assert stored(db) == []


def test_data_that_is_not_a_message_gets_554(db: Database, account: Tenant, receiver: SmtpServer) -> None:
    add_domain(db, account.account_id, "acme.test")
    with pytest.raises(smtplib.SMTPDataError) as error:
        send(receiver, b"\x89PNG this is a picture, not mail\r\n\r\nbinary", ["bob@acme.test"])
    assert error.value.smtp_code == 554 and b"5.6.0" in error.value.args[1]
    assert stored(db) == []


def test_a_database_failure_is_a_temporary_451_and_stores_nothing(
    db: Database, account: Tenant, receiver: SmtpServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    add_domain(db, account.account_id, "acme.test")
    from sqlalchemy.exc import OperationalError

    from mailverdict.services import inbound

    def broken_apply(*args: object, **kwargs: object) -> None:
        raise OperationalError("UPDATE messages", {}, Exception("disk I/O error"))

    # Fails inside the write transaction, after the message row was added: all of it must roll back.
    monkeypatch.setattr(inbound, "apply_verdict", broken_apply)
    with pytest.raises(smtplib.SMTPDataError) as error:
        send(receiver, eml(), ["bob@acme.test"])
    assert error.value.smtp_code == 451
    assert stored(db) == []


def test_lookback_hops_records_the_sender_behind_a_gateway(
    db: Database, account: Tenant, receiver: SmtpServer
) -> None:
    add_domain(db, account.account_id, "acme.test", modes=["BCC"], lookback_hops=2)
    gateway = "Received: from origin.example.net (origin.example.net [192.0.2.44]) by gw.acme.test; " \
              "Fri, 20 Nov 2026 09:30:00 +0000"
    send(receiver, gateway.encode() + b"\r\n" + eml(), ["bob@acme.test"])
    [message] = stored(db)
    assert message.smtp_helo_server_ip == "127.0.0.1" and message.smtp_previous_hop_ip == "192.0.2.44"


def test_a_next_hop_that_is_down_defers_then_delivers(
    db: Database, account: Tenant, receiver: SmtpServer, worker: Worker
) -> None:
    from tests.conftest import free_port

    port = free_port()  # nothing listens here yet
    add_domain(db, account.account_id, "acme.test", transport=f"127.0.0.1:{port}")
    send(receiver, eml(), ["bob@acme.test"])
    wait_for(lambda: stored(db)[0].delivery_status == ["deferred"], 10, "delivery_status deferred")
    late, controller = start_sink(port)
    try:
        late.wait()
        wait_for(lambda: stored(db)[0].delivery_status == ["delivered"], 10, "delivery_status delivered")
    finally:
        controller.stop()


def test_a_permanent_refusal_at_the_next_hop_bounces(
    db: Database, account: Tenant, receiver: SmtpServer, sink: Sink, worker: Worker
) -> None:
    sink.reply = "550 5.1.1 no such mailbox"
    add_domain(db, account.account_id, "acme.test", transport=sink.transport)
    send(receiver, eml(), ["bob@acme.test"])
    wait_for(lambda: stored(db)[0].delivery_status == ["bounced"], 10, "delivery_status bounced")
    with db.read() as session:
        lines = [e.text for e in session.scalars(select(TraceEvent))]
    assert any("bounced bob@acme.test: 550" in line for line in lines)


def test_stored_message_keeps_the_bytes_as_received(db: Database, account: Tenant, receiver: SmtpServer) -> None:
    add_domain(db, account.account_id, "acme.test", modes=["BCC"])
    raw = eml(subject="Bytes as sent")
    send(receiver, raw, ["bob@acme.test"])
    from mailverdict.services.messages import raw_bytes

    with db.read() as session:
        message = session.scalars(select(Message)).one()
        assert raw_bytes(session, message).replace(b"\r\n", b"\n") == raw.replace(b"\r\n", b"\n")


def test_ip_restrictions_refuse_other_senders(db: Database, account: Tenant, receiver: SmtpServer) -> None:
    add_domain(db, account.account_id, "acme.test", modes=["BCC"], ip_restrictions=["192.0.2.0/24"])
    add_domain(db, account.account_id, "open.acme.test", modes=["BCC"], ip_restrictions=["10.0.0.0/8", "127.0.0.1"])
    with pytest.raises(smtplib.SMTPRecipientsRefused) as refused:
        send(receiver, eml(), ["bob@acme.test"])
    code, reply = refused.value.recipients["bob@acme.test"]
    assert code == 550 and reply.startswith(b"5.7.1")
    send(receiver, eml(), ["bob@open.acme.test"])
    assert [m.envelope_to for m in stored(db)] == [["bob@open.acme.test"]]


def test_a_looping_message_is_refused(db: Database, account: Tenant, receiver: SmtpServer) -> None:
    add_domain(db, account.account_id, "acme.test", modes=["BCC"])
    hops = b"".join(b"Received: from hop%d.example by hop%d.example; Fri, 20 Nov 2026 09:30:00 +0000\r\n" % (i, i + 1)
                    for i in range(51))
    with pytest.raises(smtplib.SMTPDataError) as error:
        send(receiver, hops + eml(), ["bob@acme.test"])
    assert error.value.smtp_code == 554 and b"5.4.6" in error.value.args[1]
    assert stored(db) == []
