"""investigate: trace, mailbox state, bulk jobs, settings; keyset search indexes

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-24 18:49:26.971160
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:

    op.create_table(
        "allow_policies",
        sa.Column("pattern", sa.String(length=1024), nullable=False),
        sa.Column("pattern_type", sa.String(length=8), nullable=False),
        sa.Column("is_regex", sa.Boolean(), nullable=False),
        sa.Column("is_trusted_sender", sa.Boolean(), nullable=False),
        sa.Column("is_acceptable_sender", sa.Boolean(), nullable=False),
        sa.Column("is_exempt_recipient", sa.Boolean(), nullable=False),
        sa.Column("verify_sender", sa.Boolean(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("account_id", sa.String(length=32), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("modified_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("comments", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["account_id"], ["accounts.id"], name=op.f("fk_allow_policies_account_id_accounts"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_allow_policies")),
    )
    with op.batch_alter_table("allow_policies", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_allow_policies_account_id"), ["account_id"], unique=False)

    op.create_table(
        "blocked_senders",
        sa.Column("pattern", sa.String(length=1024), nullable=False),
        sa.Column("pattern_type", sa.String(length=8), nullable=False),
        sa.Column("is_regex", sa.Boolean(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("account_id", sa.String(length=32), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("modified_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("comments", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["account_id"], ["accounts.id"], name=op.f("fk_blocked_senders_account_id_accounts"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_blocked_senders")),
    )
    with op.batch_alter_table("blocked_senders", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_blocked_senders_account_id"), ["account_id"], unique=False)

    op.create_table(
        "bulk_jobs",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("account_id", sa.String(length=32), nullable=False),
        sa.Column("action_type", sa.String(length=8), nullable=False),
        sa.Column("action_params", sa.JSON(), nullable=False),
        sa.Column("search_params", sa.JSON(), nullable=False),
        sa.Column("comment", sa.Text(), nullable=True),
        sa.Column("requested_by", sa.String(length=320), nullable=True),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("status_message", sa.Text(), nullable=True),
        sa.Column("total_messages_discovered", sa.Integer(), nullable=False),
        sa.Column("messages_pending", sa.Integer(), nullable=False),
        sa.Column("messages_successful", sa.Integer(), nullable=False),
        sa.Column("messages_failed", sa.Integer(), nullable=False),
        sa.Column("messages_skipped", sa.Integer(), nullable=False),
        sa.Column("messages_cancelled", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("started_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("completed_at", sa.DateTime(timezone=True), nullable=True),
        sa.CheckConstraint(
            "total_messages_discovered = messages_pending + messages_successful + messages_failed"
            " + messages_skipped + messages_cancelled",
            name=op.f("ck_bulk_jobs_counts_add_up"),
        ),
        sa.ForeignKeyConstraint(
            ["account_id"], ["accounts.id"], name=op.f("fk_bulk_jobs_account_id_accounts"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_bulk_jobs")),
    )
    with op.batch_alter_table("bulk_jobs", schema=None) as batch_op:
        batch_op.create_index("ix_bulk_jobs_account_created", ["account_id", "created_at"], unique=False)

    op.create_table(
        "domains",
        sa.Column("domain", sa.String(length=253), nullable=False),
        sa.Column("allowed_delivery_modes", sa.JSON(), nullable=False),
        sa.Column("drop_dispositions", sa.JSON(), nullable=False),
        sa.Column("ip_restrictions", sa.JSON(), nullable=False),
        sa.Column("regions", sa.JSON(), nullable=False),
        sa.Column("folder", sa.String(length=16), nullable=True),
        sa.Column("integration_id", sa.String(length=36), nullable=True),
        sa.Column("lookback_hops", sa.Integer(), nullable=False),
        sa.Column("require_tls_inbound", sa.Boolean(), nullable=True),
        sa.Column("require_tls_outbound", sa.Boolean(), nullable=True),
        sa.Column("transport", sa.Text(), nullable=True),
        sa.Column("status", sa.String(length=16), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("account_id", sa.String(length=32), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("modified_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("comments", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["account_id"], ["accounts.id"], name=op.f("fk_domains_account_id_accounts"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_domains")),
    )
    with op.batch_alter_table("domains", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_domains_account_id"), ["account_id"], unique=False)
        batch_op.create_index("uq_domains_account_domain", ["account_id", "domain"], unique=True)

    op.create_table(
        "impersonation_registry",
        sa.Column("name", sa.String(length=1024), nullable=False),
        sa.Column("email", sa.String(length=1024), nullable=False),
        sa.Column("is_email_regex", sa.Boolean(), nullable=False),
        sa.Column("directory_id", sa.BigInteger(), nullable=True),
        sa.Column("directory_node_id", sa.BigInteger(), nullable=True),
        sa.Column("external_directory_node_id", sa.String(length=200), nullable=True),
        sa.Column("provenance", sa.String(length=32), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("account_id", sa.String(length=32), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("modified_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("comments", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["accounts.id"],
            name=op.f("fk_impersonation_registry_account_id_accounts"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_impersonation_registry")),
    )
    with op.batch_alter_table("impersonation_registry", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_impersonation_registry_account_id"), ["account_id"], unique=False)

    op.create_table(
        "trusted_domains",
        sa.Column("pattern", sa.String(length=1024), nullable=False),
        sa.Column("is_regex", sa.Boolean(), nullable=False),
        sa.Column("is_recent", sa.Boolean(), nullable=False),
        sa.Column("is_similarity", sa.Boolean(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("account_id", sa.String(length=32), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("modified_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("comments", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["account_id"], ["accounts.id"], name=op.f("fk_trusted_domains_account_id_accounts"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_trusted_domains")),
    )
    with op.batch_alter_table("trusted_domains", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_trusted_domains_account_id"), ["account_id"], unique=False)

    op.create_table(
        "bulk_job_messages",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("job_id", sa.String(length=36), nullable=False),
        sa.Column("message_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column("postfix_id", sa.String(length=24), nullable=False),
        sa.Column("alert_id", sa.String(length=80), nullable=True),
        sa.Column("email_message_id", sa.Text(), nullable=True),
        sa.Column("client_recipient", sa.String(length=320), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("status_message", sa.Text(), nullable=True),
        sa.Column("retry_count", sa.Integer(), nullable=False),
        sa.Column("retry_after", sa.DateTime(timezone=True), nullable=True),
        sa.Column("processed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["job_id"], ["bulk_jobs.id"], name=op.f("fk_bulk_job_messages_job_id_bulk_jobs"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["message_id"], ["messages.id"], name=op.f("fk_bulk_job_messages_message_id_messages"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_bulk_job_messages")),
    )
    with op.batch_alter_table("bulk_job_messages", schema=None) as batch_op:
        batch_op.create_index("ix_bulk_job_messages_job_status", ["job_id", "status"], unique=False)
        batch_op.create_index(batch_op.f("ix_bulk_job_messages_message_id"), ["message_id"], unique=False)

    op.create_table(
        "mailbox_items",
        sa.Column("id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), autoincrement=True, nullable=False),
        sa.Column("message_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column("recipient", sa.String(length=320), nullable=False),
        sa.Column("folder", sa.String(length=32), nullable=False),
        sa.Column("delivered_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["message_id"], ["messages.id"], name=op.f("fk_mailbox_items_message_id_messages"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_mailbox_items")),
    )
    with op.batch_alter_table("mailbox_items", schema=None) as batch_op:
        batch_op.create_index("uq_mailbox_items_message_recipient", ["message_id", "recipient"], unique=True)

    op.create_table(
        "trace_events",
        sa.Column("id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), autoincrement=True, nullable=False),
        sa.Column("message_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column("direction", sa.String(length=8), nullable=False),
        sa.Column("logged_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["message_id"], ["messages.id"], name=op.f("fk_trace_events_message_id_messages"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_trace_events")),
    )
    with op.batch_alter_table("trace_events", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_trace_events_message_id"), ["message_id"], unique=False)

    with op.batch_alter_table("messages", schema=None) as batch_op:
        batch_op.drop_index("ix_messages_account_scanned")
        batch_op.create_index(
            "ix_messages_account_detections",
            ["account_id", "scanned_at", "id"],
            unique=False,
            sqlite_where=sa.text("final_disposition != 'NONE'"),
            postgresql_where=sa.text("final_disposition != 'NONE'"),
        )
        batch_op.create_index("ix_messages_account_message_id", ["account_id", "message_id"], unique=False)
        batch_op.create_index("ix_messages_account_scanned_id", ["account_id", "scanned_at", "id"], unique=False)


def downgrade() -> None:

    with op.batch_alter_table("messages", schema=None) as batch_op:
        batch_op.drop_index("ix_messages_account_scanned_id")
        batch_op.drop_index("ix_messages_account_message_id")
        batch_op.drop_index(
            "ix_messages_account_detections",
            sqlite_where=sa.text("final_disposition != 'NONE'"),
            postgresql_where=sa.text("final_disposition != 'NONE'"),
        )
        batch_op.create_index("ix_messages_account_scanned", ["account_id", "scanned_at"], unique=False)

    with op.batch_alter_table("trace_events", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_trace_events_message_id"))

    op.drop_table("trace_events")
    with op.batch_alter_table("mailbox_items", schema=None) as batch_op:
        batch_op.drop_index("uq_mailbox_items_message_recipient")

    op.drop_table("mailbox_items")
    with op.batch_alter_table("bulk_job_messages", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_bulk_job_messages_message_id"))
        batch_op.drop_index("ix_bulk_job_messages_job_status")

    op.drop_table("bulk_job_messages")
    with op.batch_alter_table("trusted_domains", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_trusted_domains_account_id"))

    op.drop_table("trusted_domains")
    with op.batch_alter_table("impersonation_registry", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_impersonation_registry_account_id"))

    op.drop_table("impersonation_registry")
    with op.batch_alter_table("domains", schema=None) as batch_op:
        batch_op.drop_index("uq_domains_account_domain")
        batch_op.drop_index(batch_op.f("ix_domains_account_id"))

    op.drop_table("domains")
    with op.batch_alter_table("bulk_jobs", schema=None) as batch_op:
        batch_op.drop_index("ix_bulk_jobs_account_created")

    op.drop_table("bulk_jobs")
    with op.batch_alter_table("blocked_senders", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_blocked_senders_account_id"))

    op.drop_table("blocked_senders")
    with op.batch_alter_table("allow_policies", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_allow_policies_account_id"))

    op.drop_table("allow_policies")
