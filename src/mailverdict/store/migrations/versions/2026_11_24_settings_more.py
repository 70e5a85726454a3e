"""settings: sending domain restrictions, URL ignore patterns, content policies, PhishGuard
reports; domain verification columns

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-24 19:20:00

Domains that exist before this revision keep NULL verification columns: they were verified by
other means, and their verification endpoint answers 204.
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def _setting_columns(table: str) -> list[Any]:
    """The columns and keys every settings table shares (store.models.SettingRow)."""
    return [
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("account_id", sa.String(length=32), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("modified_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("comments", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(["account_id"], ["accounts.id"], name=op.f(f"fk_{table}_account_id_accounts"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f(f"pk_{table}")),
    ]


def upgrade() -> None:
    op.create_table(
        "sending_domain_restrictions",
        sa.Column("domain", sa.String(length=253), nullable=False),
        sa.Column("exclude", sa.JSON(), nullable=False),
        *_setting_columns("sending_domain_restrictions"),
    )
    op.create_table(
        "url_ignore_patterns",
        sa.Column("pattern", sa.String(length=1024), nullable=False),
        *_setting_columns("url_ignore_patterns"),
    )
    op.create_table(
        "content_policies",
        sa.Column("name", sa.String(length=256), nullable=False),
        sa.Column("pattern", sa.Text(), nullable=False),
        sa.Column("targets", sa.JSON(), nullable=False),
        sa.Column("enabled", sa.Boolean(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=True),
        *_setting_columns("content_policies"),
    )
    for table in ("sending_domain_restrictions", "url_ignore_patterns", "content_policies"):
        op.create_index(op.f(f"ix_{table}_account_id"), table, ["account_id"], unique=False)
    op.create_index("uq_sending_domain_restrictions_account_domain", "sending_domain_restrictions",
                    ["account_id", "domain"], unique=True)

    op.create_table(
        "phishguard_reports",
        sa.Column("id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), autoincrement=True, nullable=False),
        sa.Column("account_id", sa.String(length=32), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("content", sa.Text(), nullable=False),
        sa.Column("disposition", sa.String(length=16), nullable=False),
        sa.Column("priority", sa.String(length=16), nullable=False),
        sa.Column("tags", sa.JSON(), nullable=True),
        sa.Column("from_address", sa.String(length=320), nullable=True),
        sa.Column("to", sa.JSON(), nullable=False),
        sa.Column("postfix_id", sa.String(length=24), nullable=True),
        sa.Column("occurred_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["account_id"], ["accounts.id"], name=op.f("fk_phishguard_reports_account_id_accounts"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_phishguard_reports")),
    )
    op.create_index("ix_phishguard_reports_account_created", "phishguard_reports", ["account_id", "created_at", "id"],
                    unique=False)

    with op.batch_alter_table("domains", schema=None) as batch_op:
        batch_op.add_column(sa.Column("verification_token", sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column("verification_checked_at", sa.DateTime(timezone=True), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("domains", schema=None) as batch_op:
        batch_op.drop_column("verification_checked_at")
        batch_op.drop_column("verification_token")
    op.drop_index("ix_phishguard_reports_account_created", table_name="phishguard_reports")
    op.drop_table("phishguard_reports")
    op.drop_index("uq_sending_domain_restrictions_account_domain", table_name="sending_domain_restrictions")
    for table in ("content_policies", "url_ignore_patterns", "sending_domain_restrictions"):
        op.drop_index(op.f(f"ix_{table}_account_id"), table_name=table)
        op.drop_table(table)
