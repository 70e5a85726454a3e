"""search indexes: FTS5 trigram table (SQLite), pg_trgm GIN expression indexes (PostgreSQL)

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-24 19:30:00

The objects are dialect-specific and the models do not declare them; ``store/fulltext.py``
reads them and tells the schema comparison to leave them out. The expressions here are frozen
copies of ``fulltext.PG_EXPRESSIONS`` and of the SQLite grouping (a test checks the PostgreSQL
planner uses these indexes for the expressions the code queries).

On a large existing PostgreSQL table, building the indexes blocks writes to ``messages`` for the
duration (minutes per million rows); run the upgrade in a quiet hour.
"""

from __future__ import annotations

from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

UPDATED_COLUMNS = ("from_address, envelope_from, envelope_to, \"to\", client_recipients, subject, from_name, "
                   "final_disposition, verdict, detection_reasons, replyto, to_name, message_id, "
                   "smtp_helo_server_ip, smtp_previous_hop_ip, x_originating_ip, postfix_id")

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


def _sqlite_values(row: str) -> str:
    """The four indexed texts of ``row`` (new or old); the trigram tokenizer folds case itself."""
    return ", ".join([
        f"coalesce({row}.from_address, '') || ' ' || coalesce({row}.envelope_from, '')",
        f"coalesce({row}.envelope_to, '') || ' ' || coalesce({row}.\"to\", '') || ' ' "
        f"|| coalesce({row}.client_recipients, '')",
        f"coalesce({row}.subject, '')",
        f"coalesce({row}.from_name, '') || ' ' || coalesce({row}.final_disposition, '') || ' ' "
        f"|| coalesce(json_extract({row}.verdict, '$.cc'), '') || ' ' "
        f"|| coalesce(json_extract({row}.verdict, '$.attachments'), '') || ' ' "
        f"|| coalesce({row}.detection_reasons, '') || ' ' || coalesce({row}.replyto, '') || ' ' "
        f"|| coalesce({row}.to_name, '') || ' ' || coalesce({row}.message_id, '') || ' ' "
        f"|| coalesce({row}.smtp_helo_server_ip, '') || ' ' || coalesce({row}.smtp_previous_hop_ip, '') || ' ' "
        f"|| coalesce({row}.x_originating_ip, '') || ' ' || {row}.postfix_id",
    ])


COLUMNS = "sender, recipients, subject, other"


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        # Contentless: the text lives in messages already; columnsize=0 because nothing ranks results.
        op.execute(f"CREATE VIRTUAL TABLE messages_fts USING fts5({COLUMNS}, content='', columnsize=0, "
                   "tokenize='trigram')")
        op.execute(f"INSERT INTO messages_fts(rowid, {COLUMNS}) SELECT m.id, {_sqlite_values('m')} FROM messages m")
        op.execute(f"CREATE TRIGGER messages_fts_insert AFTER INSERT ON messages BEGIN "
                   f"INSERT INTO messages_fts(rowid, {COLUMNS}) VALUES (new.id, {_sqlite_values('new')}); END")
        # A contentless table forgets a row only when told its old text exactly ('delete').
        delete_old = (f"INSERT INTO messages_fts(messages_fts, rowid, {COLUMNS}) "
                      f"VALUES ('delete', old.id, {_sqlite_values('old')});")
        op.execute(f"CREATE TRIGGER messages_fts_update AFTER UPDATE OF {UPDATED_COLUMNS} ON messages BEGIN "
                   f"{delete_old} INSERT INTO messages_fts(rowid, {COLUMNS}) "
                   f"VALUES (new.id, {_sqlite_values('new')}); END")
        op.execute(f"CREATE TRIGGER messages_fts_delete AFTER DELETE ON messages BEGIN {delete_old} END")
    elif dialect == "postgresql":
        op.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
        for group, expression in PG_EXPRESSIONS.items():
            op.execute(f"CREATE INDEX ix_messages_search_{group} ON messages USING gin (({expression}) gin_trgm_ops)")


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        for trigger in ("insert", "update", "delete"):
            op.execute(f"DROP TRIGGER IF EXISTS messages_fts_{trigger}")
        op.execute("DROP TABLE IF EXISTS messages_fts")
    elif dialect == "postgresql":
        for group in PG_EXPRESSIONS:
            op.execute(f"DROP INDEX IF EXISTS ix_messages_search_{group}")
