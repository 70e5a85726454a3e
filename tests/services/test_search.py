"""The investigate query language (services/query.py) and search filters (services/search.py).

Parsing is tested alone; matching runs real searches over messages whose columns are set here,
on SQLite and PostgreSQL, so the LIKE escaping, JSON-list matching and keyset paging are those
the databases do.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from mailverdict.errors import InvalidInput
from mailverdict.services import search as search_service
from mailverdict.services.messages import log_action
from mailverdict.services.query import is_when, terms
from mailverdict.services.search import SearchParams, decode_cursor, iterate, search, window
from mailverdict.store.db import Database
from mailverdict.store.models import Message
from mailverdict.store.types import utcnow
from tests.factories import eml, stored, tenant

NOW = utcnow()


# -- the query language, parsed ---------------------------------------------------------------

def test_terms_split_fields_quotes_and_bare_words() -> None:
    parsed = list(terms('from:alice@example.com subject:"quarterly report" invoice'))
    assert parsed == [("from", "alice@example.com"), ("subject", "quarterly report"), ("", "invoice")]


def test_short_words_and_stop_words_are_dropped_but_flags_and_fields_kept() -> None:
    assert list(terms("an the and xyz")) == [("", "xyz")]
    assert list(terms("to:ab phish_submission")) == [("to", "ab"), ("", "phish_submission")]


def test_field_names_ignore_case_and_aliases_map_to_fields() -> None:
    assert list(terms("Reply-To:x@y.example DISPOSITION:spam filename:a.pdf message-id:<m@x>")) == [
        ("replyto", "x@y.example"), ("final_disposition", "spam"), ("attachment", "a.pdf"), ("message_id", "<m@x>")]


def test_unknown_or_empty_fields_are_bare_terms() -> None:
    assert list(terms('colour:red size: nosuch:"two words"')) == [
        ("", "colour:red"), ("", "size:"), ("", "nosuch:two words")]
    assert list(terms('"exact phrase"')) == [("", "exact phrase")]


@pytest.mark.parametrize(("value", "expected"), [
    ("2026-11-20", True), ("2026-11-20T09", True), ("2026-11-20T09:30:05", True),
    ("2026-11", False), ("20-11-2026", False), ("2026-11-20T9", False)])
def test_dates_are_recognised_at_each_precision(value: str, expected: bool) -> None:
    assert is_when(value) is expected


# -- matching, on real rows -------------------------------------------------------------------

def _message(db: Database, account_id: str, **fields: Any) -> Message:
    """An imported message whose searchable columns are then set exactly."""
    made = stored(db, account_id, eml(subject=f"placeholder {len(fields)}"))
    values = {"final_disposition": "MALICIOUS", "scanned_at": NOW - timedelta(hours=1), **fields}
    with db.write() as session:
        row = session.get(Message, made.id)
        assert row is not None
        for key, value in values.items():
            setattr(row, key, value)
    return row


def _found(db: Database, account_id: str, **params: Any) -> list[int]:
    with db.read() as session:
        return [m.id for m in search(session, account_id, SearchParams(**params), per_page=100).rows]


@pytest.fixture
def account(db: Database) -> str:
    return tenant(db).account_id


def test_field_terms_match_their_columns_ignoring_case(db: Database, account: str) -> None:
    alice = _message(db, account, from_address="alice@example.com", subject="Quarterly Report",
                     to=["bob@example.org"], message_id="<m1@example.com>")
    carol = _message(db, account, from_address="carol@other.example", envelope_from="bounce@example.com",
                     subject="Lunch", to=["dave@example.org"], message_id="<m2@example.com>")
    assert _found(db, account, query="from:ALICE@example.com") == [alice.id]
    assert sorted(_found(db, account, query="from:example.com")) == sorted([alice.id, carol.id])  # envelope too
    assert _found(db, account, query='subject:"quarterly report"') == [alice.id]
    assert _found(db, account, query="to:dave@example.org") == [carol.id]
    assert _found(db, account, query="message_id:<m2@example.com>") == [carol.id]
    assert _found(db, account, query="from:example.com subject:lunch") == [carol.id]  # terms AND
    assert _found(db, account, query="quarterly") == [alice.id]  # a bare term searches every field


def test_like_wildcards_in_a_term_are_literal(db: Database, account: str) -> None:
    percent = _message(db, account, subject="Save 100% today")
    _message(db, account, subject="Save 100 apples today")
    underscore = _message(db, account, subject="file_name here")
    _message(db, account, subject="filexname here")
    assert _found(db, account, query="subject:100%") == [percent.id]
    assert _found(db, account, query="subject:file_name") == [underscore.id]


def test_disposition_and_flags(db: Database, account: str) -> None:
    spam = _message(db, account, final_disposition="SPAM")
    phish = _message(db, account, is_phish_submission=True)
    assert _found(db, account, query="final_disposition:spam") == [spam.id]
    assert _found(db, account, query="disposition:SPAM") == [spam.id]
    assert _found(db, account, query="phish_submission") == [phish.id]


def test_dates_match_received_or_sent_time_at_their_precision(db: Database, account: str) -> None:
    at = datetime(2026, 11, 20, 9, 30, 5, tzinfo=UTC)
    received = _message(db, account, scanned_at=at, sent_at=None)
    sent = _message(db, account, scanned_at=at + timedelta(days=2), sent_at=at)
    _message(db, account, scanned_at=at + timedelta(days=3), sent_at=None)
    window_params = {"start": at - timedelta(days=1), "end": at + timedelta(days=5)}
    assert sorted(_found(db, account, query="2026-11-20", **window_params)) == sorted([received.id, sent.id])
    assert sorted(_found(db, account, query="received:2026-11-20T09:30", **window_params)) == sorted(
        [received.id, sent.id])
    assert _found(db, account, query="received:2026-11-20T10", **window_params) == []
    assert _found(db, account, query="received:yesterday", **window_params) == []  # not a date: no match


def test_alert_id_names_a_detection_by_postfix_id_and_second(db: Database, account: str) -> None:
    at = datetime(2026, 11, 22, 8, 0, 1, tzinfo=UTC)
    hit = _message(db, account, scanned_at=at)
    clean = _message(db, account, scanned_at=at, final_disposition="NONE")
    alert = f"{hit.postfix_id}-2026-11-22T08:00:01"
    params = {"start": at - timedelta(days=1), "end": at + timedelta(days=1), "detections_only": False}
    assert _found(db, account, alert_id=alert, **params) == [hit.id]
    assert _found(db, account, query=f"alert_id:{alert}", **params) == [hit.id]
    assert _found(db, account, alert_id=f"{hit.postfix_id}-2026-11-22T08:00:02", **params) == []
    assert _found(db, account, alert_id=f"{clean.postfix_id}-2026-11-22T08:00:01", **params) == []  # not a detection
    assert _found(db, account, alert_id=f"{hit.postfix_id}-garbage", **params) == []


# -- structured filters -------------------------------------------------------------------------

def test_detections_only_is_the_default_and_final_disposition_overrides_it(db: Database, account: str) -> None:
    bad = _message(db, account)
    clean = _message(db, account, final_disposition="NONE")
    assert _found(db, account) == [bad.id]
    assert sorted(_found(db, account, detections_only=False)) == sorted([bad.id, clean.id])
    assert _found(db, account, final_disposition="none") == [clean.id]


def test_sender_recipient_and_domain(db: Database, account: str) -> None:
    a = _message(db, account, from_address="alice@example.com", to=["bob@corp.example"],
                 envelope_to=["bob@corp.example"])
    b = _message(db, account, from_address="eve@sub.example.com", to=["carol@corp.example"],
                 client_recipients=["carol@corp.example"])
    assert _found(db, account, sender="Alice@Example.com") == [a.id]
    assert _found(db, account, sender="example.com") == [a.id]  # a domain is the part after @, exactly
    assert _found(db, account, sender="@example.com") == [a.id]  # and may be written with its @
    assert _found(db, account, sender="sub.example.com") == [b.id]
    assert _found(db, account, recipient="carol@corp.example") == [b.id]
    assert sorted(_found(db, account, recipient="corp.example")) == sorted([a.id, b.id])
    assert sorted(_found(db, account, recipient="@corp.example")) == sorted([a.id, b.id])
    assert _found(db, account, domain="sub.example.com") == [b.id]


def test_subject_words_exact_subject_message_id_and_helo_ip(db: Database, account: str) -> None:
    a = _message(db, account, subject="Invoice 42 overdue", message_id="<abc@mail.example>",
                 smtp_helo_server_ip="192.0.2.10")
    _message(db, account, subject="Invoice paid", message_id="abc2@mail.example")
    assert _found(db, account, subject="overdue INVOICE") == [a.id]  # every word, any order
    assert _found(db, account, exact_subject="Invoice 42 overdue") == [a.id]
    assert _found(db, account, exact_subject="invoice 42 overdue") == []
    assert _found(db, account, message_id="abc@mail.example") == [a.id]  # with or without <>
    assert _found(db, account, smtp_helo_ip=" 192.0.2.10 ") == [a.id]


def test_message_action_delivery_status_and_metric(db: Database, account: str) -> None:
    moved = _message(db, account, delivery_status=["moved"])
    spam = _message(db, account, final_disposition="SPAM", delivery_status=["delivered"])
    with db.write() as session:
        row = session.get(Message, moved.id)
        assert row is not None
        log_action(session, row, "MOVE", "completed")
    assert _found(db, account, message_action="MOVED") == [moved.id]
    assert _found(db, account, metric="moved") == [moved.id]
    assert _found(db, account, metric="Spam") == [spam.id]
    assert _found(db, account, delivery_status="delivered") == [spam.id]
    with pytest.raises(InvalidInput, match="unknown metric"):
        _found(db, account, metric="everything")


def test_the_window_defaults_to_thirty_days_and_is_checked() -> None:
    start, end = window(SearchParams(), now=NOW)
    assert (end, end - start) == (NOW, timedelta(days=30))
    with pytest.raises(InvalidInput, match="future"):
        window(SearchParams(start=NOW + timedelta(minutes=1)), now=NOW)
    with pytest.raises(InvalidInput, match="after end"):
        window(SearchParams(start=NOW - timedelta(days=1), end=NOW - timedelta(days=2)), now=NOW)


def test_old_mail_and_other_accounts_are_not_found(db: Database, account: str) -> None:
    _message(db, account, scanned_at=NOW - timedelta(days=31))
    other = tenant(db, name="Other").account_id
    _message(db, other)
    assert _found(db, account) == []


# -- paging -----------------------------------------------------------------------------------

def test_cursors_walk_every_row_once_in_both_directions(db: Database, account: str) -> None:
    tie = NOW - timedelta(hours=2)  # equal times: the id breaks the tie
    made = [_message(db, account, scanned_at=tie if i % 2 else NOW - timedelta(minutes=i)) for i in range(7)]
    newest_first = [m.id for m in sorted(made, key=lambda m: (m.scanned_at, m.id), reverse=True)]
    seen: list[int] = []
    cursor = None
    pages = []
    with db.read() as session:
        while True:
            page = search(session, account, SearchParams(), per_page=3, cursor=cursor)
            pages.append(page)
            seen += [m.id for m in page.rows]
            if page.next is None:
                break
            cursor = page.next
        assert seen == newest_first
        assert pages[0].previous is None and pages[-1].next is None
        back = search(session, account, SearchParams(), per_page=3, cursor=pages[-1].previous)
        assert [m.id for m in back.rows] == [m.id for m in pages[-2].rows]
        assert [m.id for m in search(session, account, SearchParams(), per_page=3, page=2).rows] == newest_first[3:6]
        assert [m.id for m in iterate(session, account, SearchParams(), batch=2)] == newest_first


def test_bad_cursors_and_page_sizes_are_invalid_input(db: Database, account: str) -> None:
    with pytest.raises(InvalidInput, match="cursor"):
        decode_cursor("not-a-cursor")
    with db.read() as session:
        with pytest.raises(InvalidInput, match="per_page"):
            search(session, account, SearchParams(), per_page=search_service.MAX_PER_PAGE + 1)
        with pytest.raises(InvalidInput, match="cursor"):
            search(session, account, SearchParams(), cursor="eyJ0IjogIngifQ")
