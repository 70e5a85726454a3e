"""The search indexes over message text, and the one query that reads them: ``candidates``.

Four groups of text are indexed for substring search (migration 0003):

    sender      from_address, envelope_from
    recipients  envelope_to, to, client_recipients (their JSON text)
    subject     subject
    other       the rest of what the free ``query`` searches: names, reasons, Message-ID, IPs,
                cc and attachment names and hashes, disposition, postfix_id

SQLite keeps them in an FTS5 table with the trigram tokenizer (``messages_fts``), filled by
triggers on ``messages``; PostgreSQL keeps a pg_trgm GIN index on one expression per group. Both
answer "which rows contain this text" for any term of 3 characters or more, ignoring case, so
the answer is always a superset of what the search's own (exact) predicates match.
"""

from __future__ import annotations

import json
from collections.abc import Sequence

from sqlalchemy import text
from sqlalchemy.orm import Session

GROUPS = ("sender", "recipients", "subject", "other")
FTS_TABLE = "messages_fts"
PG_INDEX_PREFIX = "ix_messages_search_"

# PostgreSQL: one expression per group, exactly as migration 0003 indexes it (the planner only
# uses an expression index for the same expression).
PG_EXPRESSIONS = {
    "sender": "lower(coalesce(from_address, '') || ' ' || coalesce(envelope_from, ''))",
    "recipients": "lower(coalesce(envelope_to::text, '') || ' ' || coalesce(\"to\"::text, '') || ' ' "
                  "|| coalesce(client_recipients::text, ''))",
    "subject": "lower(coalesce(subject, ''))",
    "other": "lower(coalesce(from_name, '') || ' ' || coalesce(final_disposition, '') || ' ' "
             "|| coalesce((verdict -> 'cc')::text, '') || ' ' || coalesce((verdict -> 'attachments')::text, '') "
             "|| ' ' || coalesce(detection_reasons::text, '') || ' ' || coalesce(replyto, '') || ' ' "
             "|| coalesce(to_name::text, '') || ' ' || coalesce(message_id, '') || ' ' "
             "|| coalesce(smtp_helo_server_ip, '') || ' ' || coalesce(smtp_previous_hop_ip, '') || ' ' "
             "|| coalesce(x_originating_ip, '') || ' ' || postfix_id)",
}
MIN_TERM = 3  # a trigram index cannot look up anything shorter
PG_ORDER = ("sender", "subject", "recipients", "other")  # cheapest expression first

# Whole addresses and their "@domain"s (migration 0005), for exact sender and recipient lookups.
ADDRESS_TABLE = "messages_fts_addr"
PG_ADDRESSES = {
    "sender": ("(ARRAY[lower(coalesce(from_address, '')), lower(coalesce(envelope_from, '')), "
               "'@' || split_part(lower(coalesce(from_address, '')), '@', 2), "
               "'@' || split_part(lower(coalesce(envelope_from, '')), '@', 2)])"),
    "recipients": ("((lower(coalesce(envelope_to::text, '[]'))::jsonb || lower(coalesce(\"to\"::text, '[]'))::jsonb) "
                   "|| lower(coalesce(client_recipients::text, '[]'))::jsonb)"),
}


def outside_models(name: str | None, type_: str, parent_names: object) -> bool:
    """Alembic ``include_name``: False for the search objects, which exist only in migration 0003.

    They are dialect-specific (a virtual table and its shadow tables; expression GIN indexes),
    so the models do not declare them and the schema comparison must not report them.
    """
    if name is None:
        return True
    if type_ == "table" and name.startswith(FTS_TABLE):
        return False
    return not (type_ == "index" and name.startswith(PG_INDEX_PREFIX))


def candidates(session: Session, term: str, groups: Sequence[str] = GROUPS, *, limit: int) -> list[int] | None:
    """Ids of the messages whose ``groups`` contain ``term``; None when more than ``limit`` do.

    Reading stops after ``limit + 1`` rows, so a common term costs little: it is then better
    served by walking the newest-first index with the exact predicate, which finds a page quickly.
    """
    if len(term) < MIN_TERM:
        return None
    dialect = session.get_bind().dialect.name
    if dialect == "sqlite":
        phrase = '"' + term.replace('"', '""') + '"'
        match = phrase if tuple(groups) == GROUPS else "{" + " ".join(groups) + "} : " + phrase
        sql = text(f"SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH :match LIMIT :limit")
        rows = session.execute(sql, {"match": match, "limit": limit + 1}).scalars().all()
    elif dialect == "postgresql":
        pattern = "%" + term.lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        # One group at a time, the cheapest expressions first: a common term overflows in its first
        # group without PostgreSQL computing the long ones for thousands of rows.
        found: set[int] = set()
        for group in sorted(groups, key=PG_ORDER.index):
            sql = text(f"SELECT id FROM messages WHERE {PG_EXPRESSIONS[group]} LIKE :pattern LIMIT :limit")
            found.update(session.execute(sql, {"pattern": pattern, "limit": limit + 1}).scalars())
            if len(found) > limit:
                return None
        rows = sorted(found)
    else:
        return None
    return None if len(rows) > limit else [int(r) for r in rows]


def address_candidates(session: Session, address: str, group: str, *, limit: int) -> list[int] | None:
    """Ids of the messages with this exact sender or recipient address (or "@domain"); None past ``limit``.

    PostgreSQL indexes recipients' whole addresses only, so a recipient "@domain" is not looked up there.
    """
    address = address.strip().lower()
    dialect = session.get_bind().dialect.name
    if dialect == "sqlite":
        match = "{" + group + "} : " + '"' + address.replace('"', '""') + '"'
        sql = text(f"SELECT rowid FROM {ADDRESS_TABLE} WHERE {ADDRESS_TABLE} MATCH :match LIMIT :limit")
        rows = session.execute(sql, {"match": match, "limit": limit + 1}).scalars().all()
    elif dialect == "postgresql" and group == "sender":
        sql = text(f"SELECT id FROM messages WHERE {PG_ADDRESSES['sender']} @> ARRAY[CAST(:address AS text)] "
                   "LIMIT :limit")
        rows = session.execute(sql, {"address": address, "limit": limit + 1}).scalars().all()
    elif dialect == "postgresql" and not address.startswith("@"):
        sql = text(f"SELECT id FROM messages WHERE {PG_ADDRESSES['recipients']} @> CAST(:element AS jsonb) "
                   "LIMIT :limit")
        rows = session.execute(sql, {"element": json.dumps([address]), "limit": limit + 1}).scalars().all()
    else:
        return None
    return None if len(rows) > limit else [int(r) for r in rows]
