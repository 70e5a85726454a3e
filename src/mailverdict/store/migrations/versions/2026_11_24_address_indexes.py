"""address indexes: whole addresses and "@domain"s of senders and recipients, for exact lookups

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-24 19:50:00

A trigram index answers "contains this text" but an address is made of the commonest trigrams
(every message to a company has its domain's), so looking one up read most of the index. These
index each address, and each address's "@domain", as one token: SQLite an FTS5 table with the
unicode61 tokenizer keeping ``@ . - _ +`` inside tokens (``messages_fts_addr``), PostgreSQL a GIN
index on a text array (senders) and on the recipients' JSON (``@>`` containment). Frozen copies of
``store/fulltext.py``'s expressions, as in 0003.
"""

from __future__ import annotations

from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

PG_SENDER = ("(ARRAY[lower(coalesce(from_address, '')), lower(coalesce(envelope_from, '')), "
             "'@' || split_part(lower(coalesce(from_address, '')), '@', 2), "
             "'@' || split_part(lower(coalesce(envelope_from, '')), '@', 2)])")
PG_RECIPIENTS = ("((lower(coalesce(envelope_to::text, '[]'))::jsonb || lower(coalesce(\"to\"::text, '[]'))::jsonb) "
                 "|| lower(coalesce(client_recipients::text, '[]'))::jsonb)")
UPDATED_COLUMNS = "from_address, envelope_from, envelope_to, \"to\", client_recipients"
TOKENIZE = "unicode61 tokenchars '@.-_+'"


def _addresses(row: str) -> str:
    """Each address of ``row`` and its "@domain", space-separated, for the sender and recipient columns."""
    def with_domain(value: str) -> str:
        return f"coalesce({value}, '') || ' ' || coalesce(substr({value}, nullif(instr({value}, '@'), 0)), '')"

    listed = " || ' ' || ".join(
        f"coalesce((SELECT group_concat({with_domain('j.value')}, ' ') FROM json_each({row}.{column}) j), '')"
        for column in ("envelope_to", '"to"', "client_recipients")
    )
    return f"{with_domain(f'{row}.from_address')} || ' ' || {with_domain(f'{row}.envelope_from')}, {listed}"


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        op.execute("CREATE VIRTUAL TABLE messages_fts_addr USING fts5(sender, recipients, content='', "
                   f"columnsize=0, tokenize=\"{TOKENIZE}\")")
        op.execute(f"INSERT INTO messages_fts_addr(rowid, sender, recipients) SELECT m.id, {_addresses('m')} "
                   "FROM messages m")
        op.execute("CREATE TRIGGER messages_fts_addr_insert AFTER INSERT ON messages BEGIN "
                   "INSERT INTO messages_fts_addr(rowid, sender, recipients) "
                   f"VALUES (new.id, {_addresses('new')}); END")
        delete_old = ("INSERT INTO messages_fts_addr(messages_fts_addr, rowid, sender, recipients) "
                      f"VALUES ('delete', old.id, {_addresses('old')});")
        op.execute(f"CREATE TRIGGER messages_fts_addr_update AFTER UPDATE OF {UPDATED_COLUMNS} ON messages BEGIN "
                   f"{delete_old} INSERT INTO messages_fts_addr(rowid, sender, recipients) "
                   f"VALUES (new.id, {_addresses('new')}); END")
        op.execute(f"CREATE TRIGGER messages_fts_addr_delete AFTER DELETE ON messages BEGIN {delete_old} END")
    elif dialect == "postgresql":
        op.execute(f"CREATE INDEX ix_messages_search_sender_addr ON messages USING gin ({PG_SENDER})")
        op.execute(f"CREATE INDEX ix_messages_search_recipient_addr ON messages USING gin ({PG_RECIPIENTS} "
                   "jsonb_path_ops)")


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        for trigger in ("insert", "update", "delete"):
            op.execute(f"DROP TRIGGER IF EXISTS messages_fts_addr_{trigger}")
        op.execute("DROP TABLE IF EXISTS messages_fts_addr")
    elif dialect == "postgresql":
        op.execute("DROP INDEX IF EXISTS ix_messages_search_sender_addr")
        op.execute("DROP INDEX IF EXISTS ix_messages_search_recipient_addr")
