"""context versions: what a cached scan context is checked against

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-25 04:20:00

``accounts.context_epoch`` moves with every insert, update or delete of a row of the account's
settings, and with every lesson deleted (a cascade from its submission or account included) or
rewritten without a newer version; triggers move it, in the writing transaction, so that no writer
can forget. ``accounts.lessons_version`` is moved by the one writer of lessons (the reanalysis
job), which stamps each lesson it writes with the new value: a process that has read the lessons
up to version V reads only those above V (``ix_learned_signatures_account_version``). Accounts and
lessons that exist before this revision start at 0. The lessons are also indexed by submission: the
reanalysis job asks for a batch's own, and a deleted submission's cascade looks for its.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

# Every settings table, whether or not the scan context reads it today: a table it starts reading
# must not need a migration to be seen changing. tests/services/test_context.py checks the list.
SETTINGS = ("domains", "allow_policies", "blocked_senders", "trusted_domains", "impersonation_registry",
            "sending_domain_restrictions", "url_ignore_patterns", "content_policies")
BUMP = "UPDATE accounts SET context_epoch = context_epoch + 1 WHERE id"
PG_FUNCTION = f"""
CREATE FUNCTION context_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        {BUMP} = NEW.account_id;
    ELSIF TG_OP = 'DELETE' THEN
        {BUMP} = OLD.account_id;
    ELSE
        {BUMP} IN (OLD.account_id, NEW.account_id);
    END IF;
    RETURN NULL;
END
$$
"""
# A lesson updated without a newer version (the reanalysis job always gives one) is a change the
# versions cannot tell: it moves the epoch, as a removal does.
STALE_UPDATE = "NEW.version <= OLD.version"


def upgrade() -> None:
    with op.batch_alter_table("accounts") as batch_op:
        batch_op.add_column(sa.Column("context_epoch", sa.BigInteger(), server_default="0", nullable=False))
        batch_op.add_column(sa.Column("lessons_version", sa.BigInteger(), server_default="0", nullable=False))
    with op.batch_alter_table("learned_signatures") as batch_op:
        batch_op.add_column(sa.Column("version", sa.BigInteger(), server_default="0", nullable=False))
    # The default served only the rows already there: a lesson written without a version must fail.
    with op.batch_alter_table("learned_signatures") as batch_op:
        batch_op.alter_column("version", server_default=None)
        batch_op.create_index("ix_learned_signatures_account_version", ["account_id", "version"], unique=False)
        batch_op.create_index("ix_learned_signatures_submission_id", ["submission_id"], unique=False)
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        for table in SETTINGS:
            op.execute(f"CREATE TRIGGER {table}_context_insert AFTER INSERT ON {table} "
                       f"BEGIN {BUMP} = NEW.account_id; END")
            op.execute(f"CREATE TRIGGER {table}_context_update AFTER UPDATE ON {table} "
                       f"BEGIN {BUMP} IN (OLD.account_id, NEW.account_id); END")
            op.execute(f"CREATE TRIGGER {table}_context_delete AFTER DELETE ON {table} "
                       f"BEGIN {BUMP} = OLD.account_id; END")
        op.execute(f"CREATE TRIGGER learned_signatures_context_delete AFTER DELETE ON learned_signatures "
                   f"BEGIN {BUMP} = OLD.account_id; END")
        op.execute(f"CREATE TRIGGER learned_signatures_context_update AFTER UPDATE ON learned_signatures "
                   f"WHEN {STALE_UPDATE} BEGIN {BUMP} IN (OLD.account_id, NEW.account_id); END")
    elif dialect == "postgresql":
        op.execute(PG_FUNCTION)
        for table in SETTINGS:
            op.execute(f"CREATE TRIGGER {table}_context AFTER INSERT OR UPDATE OR DELETE ON {table} "
                       f"FOR EACH ROW EXECUTE FUNCTION context_changed()")
        op.execute("CREATE TRIGGER learned_signatures_context_delete AFTER DELETE ON learned_signatures "
                   "FOR EACH ROW EXECUTE FUNCTION context_changed()")
        op.execute("CREATE TRIGGER learned_signatures_context_update AFTER UPDATE ON learned_signatures "
                   f"FOR EACH ROW WHEN ({STALE_UPDATE}) EXECUTE FUNCTION context_changed()")


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        for table in SETTINGS:
            for event in ("insert", "update", "delete"):
                op.execute(f"DROP TRIGGER IF EXISTS {table}_context_{event}")
        for event in ("update", "delete"):
            op.execute(f"DROP TRIGGER IF EXISTS learned_signatures_context_{event}")
    elif dialect == "postgresql":
        for table in SETTINGS:
            op.execute(f"DROP TRIGGER IF EXISTS {table}_context ON {table}")
        for event in ("update", "delete"):
            op.execute(f"DROP TRIGGER IF EXISTS learned_signatures_context_{event} ON learned_signatures")
        op.execute("DROP FUNCTION IF EXISTS context_changed()")
    # Plain ALTER TABLE (SQLite 3.35 has DROP COLUMN): a batch copy of ``accounts`` would drop the
    # table, and with it, through the foreign keys, every account's rows.
    op.drop_index("ix_learned_signatures_account_version", table_name="learned_signatures")
    op.drop_index("ix_learned_signatures_submission_id", table_name="learned_signatures")
    for table, column in (("learned_signatures", "version"), ("accounts", "lessons_version"),
                          ("accounts", "context_epoch")):
        op.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
