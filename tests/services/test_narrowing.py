"""The text indexes (migration 0003) and the narrowing that uses them, on SQLite and PostgreSQL.

Narrowing must never change a search's results, only how fast they come: each case runs the
search with and without it and compares.
"""

from __future__ import annotations

from dataclasses import fields

import pytest
from sqlalchemy import select, text, update

from mailverdict.services import narrowing
from mailverdict.services.search import SearchParams, search
from mailverdict.store.db import Database
from mailverdict.store.fulltext import GROUPS, PG_ADDRESSES, PG_EXPRESSIONS, address_candidates, candidates
from mailverdict.store.models import Message
from tests.factories import Tenant, eml, phish, stored, tenant


@pytest.fixture
def mail(db: Database) -> Tenant:
    t = tenant(db)
    for i in range(12):
        stored(db, t.account_id, eml(subject=f"Quarterly report {i}", sender=f"Alice <alice{i % 3}@example.com>",
                                     to=f"bob{i % 4}@example.org"))
    stored(db, t.account_id, eml(subject="Lunch on Friday?", sender="Carol <carol@northwind.example>",
                                 to="dave@example.org"))
    stored(db, t.account_id, phish())
    return t


def ids(db: Database, t: Tenant, params: SearchParams) -> list[str]:
    with db.read() as session:
        return [m.investigate_id for m in search(session, t.account_id, params, per_page=100).rows]


CASES = [
    SearchParams(sender="carol@northwind.example", detections_only=False),
    SearchParams(sender="example.com", detections_only=False),
    SearchParams(recipient="bob1@example.org", detections_only=False),
    SearchParams(recipient="example.org", detections_only=False),
    SearchParams(subject="lunch", detections_only=False),
    SearchParams(subject="report 1", detections_only=False),
    SearchParams(exact_subject="Lunch on Friday?", detections_only=False),
    SearchParams(query="northwind", detections_only=False),
    SearchParams(query="paypa1-verify.top"),
    SearchParams(query='subject:"quarterly report" from:alice1', detections_only=False),
    SearchParams(query="to:dave@example.org lunch", detections_only=False),
    SearchParams(query="final_disposition:malicious"),
    SearchParams(query="nothing-matches-this", detections_only=False),
]


def label(params: SearchParams) -> str:
    return ",".join(f"{f.name}={getattr(params, f.name)}" for f in fields(params)
                    if getattr(params, f.name) and f.name != "detections_only")


@pytest.mark.parametrize("params", CASES, ids=label)
def test_narrowing_never_changes_the_results(db: Database, mail: Tenant, params: SearchParams,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    narrowed = ids(db, mail, params)
    with db.read() as session:
        # PostgreSQL's address index holds whole recipient addresses only, not "@domain"s.
        unindexed = db.dialect == "postgresql" and params.recipient is not None and "@" not in params.recipient
        assert (narrowing.narrow(session, params) is None) == unindexed
    monkeypatch.setattr("mailverdict.services.search.narrow", lambda session, params: None)
    assert narrowed == ids(db, mail, params)


def test_a_common_term_is_left_to_the_walk(db: Database, mail: Tenant, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(narrowing, "LIMIT", 5)
    with db.read() as session:
        assert candidates(session, "quarterly", limit=5) is None  # 12 rows have it
        assert narrowing.narrow(session, SearchParams(subject="quarterly")) is None
        assert narrowing.narrow(session, SearchParams(subject="quarterly lunch")) is not None
    assert len(ids(db, mail, SearchParams(subject="quarterly", detections_only=False))) == 12


def test_the_index_follows_updates_and_deletes(db: Database, mail: Tenant) -> None:
    with db.read() as session:
        [lunch] = candidates(session, "lunch on", ("subject",), limit=10) or []
    with db.write() as session:
        session.execute(update(Message).where(Message.id == lunch).values(subject="Dinner on Saturday"))
    with db.read() as session:
        assert candidates(session, "lunch on", ("subject",), limit=10) == []
        assert candidates(session, "dinner", ("subject",), limit=10) == [lunch]
        assert candidates(session, "dinner", ("sender",), limit=10) == []
    with db.write() as session:
        session.delete(session.get(Message, lunch))
    with db.read() as session:
        assert candidates(session, "dinner", GROUPS, limit=10) == []
        assert candidates(session, "northwind", GROUPS, limit=10) == []
        assert len(candidates(session, "alice", GROUPS, limit=100) or []) == 12


def test_the_address_index_follows_updates(db: Database, mail: Tenant) -> None:
    with db.read() as session:
        [lunch] = address_candidates(session, "carol@northwind.example", "sender", limit=10) or []
        assert address_candidates(session, "@northwind.example", "sender", limit=10) == [lunch]
        assert address_candidates(session, "dave@example.org", "recipients", limit=10) == [lunch]
    with db.write() as session:
        session.execute(update(Message).where(Message.id == lunch).values(
            envelope_to=["erin@example.org"], to=["erin@example.org"], client_recipients=["erin@example.org"]))
    with db.read() as session:
        assert address_candidates(session, "erin@example.org", "recipients", limit=10) == [lunch]
        assert lunch not in (address_candidates(session, "dave@example.org", "recipients", limit=10) or [])
    with db.write() as session:
        session.delete(session.get(Message, lunch))
    with db.read() as session:
        assert address_candidates(session, "carol@northwind.example", "sender", limit=10) == []


def test_terms_too_short_for_trigrams_do_not_narrow(db: Database, mail: Tenant) -> None:
    with db.read() as session:
        assert candidates(session, "bo", limit=10) is None


@pytest.mark.parametrize("backend", ["postgres"], indirect=True)
def test_postgres_probes_use_the_trigram_indexes(db: Database, mail: Tenant) -> None:
    # The expressions in store/fulltext.py must be the ones migration 0003 indexed, or the
    # planner silently falls back to reading the whole table.
    with db.read() as session:
        session.execute(text("SET LOCAL enable_seqscan = off"))
        for group, expression in PG_EXPRESSIONS.items():
            plan = "\n".join(session.execute(text(f"EXPLAIN SELECT id FROM messages WHERE {expression} LIKE "
                                                  "'%northwind%' LIMIT 10")).scalars())
            assert f"ix_messages_search_{group}" in plan, plan
        for group, expression in PG_ADDRESSES.items():
            operand = "ARRAY['carol@northwind.example']" if group == "sender" else "'[\"dave@example.org\"]'::jsonb"
            plan = "\n".join(session.execute(text(f"EXPLAIN SELECT id FROM messages WHERE {expression} @> {operand}"
                                                  )).scalars())
            assert f"ix_messages_search_{group.removesuffix('s')}_addr" in plan, plan
        assert session.scalars(select(Message.id)).first() is not None
