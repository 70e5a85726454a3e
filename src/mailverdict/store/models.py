"""The tables. One Alembic tree (store/migrations) creates exactly these; a test compares them."""

from __future__ import annotations

import enum
import secrets
from datetime import datetime
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    CheckConstraint,
    Enum,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from mailverdict.store.types import UtcDateTime, utcnow

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

# BIGINT ids on PostgreSQL, INTEGER (the rowid alias) on SQLite.
Id = BigInteger().with_variant(Integer(), "sqlite")


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map = {datetime: UtcDateTime, dict[str, Any]: JSON, list[Any]: JSON}


def new_epoch() -> int:
    """A new account's first context epoch: random, so that an account deleted and made again with
    the same id is never mistaken for its former self by a process that cached the former's context."""
    return secrets.randbits(62)


class Account(Base):
    __tablename__ = "accounts"
    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    # What a process's cached scan context (services/context.py) is checked against. The epoch moves
    # with every change to the account's settings and every lesson removed or rewritten in place
    # (triggers, migration 0007, so that no writer and no cascade can forget it); lessons_version
    # moves with every batch of lessons written, and each lesson keeps the version that wrote it.
    context_epoch: Mapped[int] = mapped_column(BigInteger, default=new_epoch, server_default="0")
    lessons_version: Mapped[int] = mapped_column(BigInteger, default=0, server_default="0")


class User(Base):
    """A person with a Global API Key (X-Auth-Email + X-Auth-Key)."""

    __tablename__ = "users"
    id: Mapped[int] = mapped_column(Id, primary_key=True, autoincrement=True)
    email: Mapped[str] = mapped_column(String(320), unique=True)
    api_key_hash: Mapped[str] = mapped_column(String(64))
    can_write: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    revoked_at: Mapped[datetime | None]


class Membership(Base):
    __tablename__ = "memberships"
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), primary_key=True)
    account_id: Mapped[str] = mapped_column(ForeignKey("accounts.id", ondelete="CASCADE"), primary_key=True)


class ApiToken(Base):
    """A bearer token; only its SHA-256 is kept, the secret is shown once."""

    __tablename__ = "api_tokens"
    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    secret_hash: Mapped[str] = mapped_column(String(64), unique=True)
    can_write: Mapped[bool] = mapped_column(Boolean)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    revoked_at: Mapped[datetime | None]


class TokenAccount(Base):
    __tablename__ = "token_accounts"
    token_id: Mapped[str] = mapped_column(ForeignKey("api_tokens.id", ondelete="CASCADE"), primary_key=True)
    account_id: Mapped[str] = mapped_column(ForeignKey("accounts.id", ondelete="CASCADE"), primary_key=True)


class RawMessage(Base):
    """The bytes of a message, apart from its metadata so that searches never load them."""

    __tablename__ = "raw_messages"
    id: Mapped[int] = mapped_column(Id, primary_key=True, autoincrement=True)
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    size: Mapped[int] = mapped_column(Integer)
    content: Mapped[bytes] = mapped_column(LargeBinary)


class Message(Base):
    """One scanned message as investigate shows it (MessageDetails)."""

    __tablename__ = "messages"
    __table_args__ = (
        # Keyset pagination walks (scanned_at, id) newest first within an account.
        Index("ix_messages_account_scanned_id", "account_id", "scanned_at", "id"),
        # detections_only (the search default) walks only the non-NONE rows.
        Index("ix_messages_account_detections", "account_id", "scanned_at", "id",
              sqlite_where=text("final_disposition != 'NONE'"),
              postgresql_where=text("final_disposition != 'NONE'")),
        Index("ix_messages_account_edf", "account_id", "edf_hash"),
        Index("ix_messages_account_message_id", "account_id", "message_id"),
    )
    id: Mapped[int] = mapped_column(Id, primary_key=True, autoincrement=True)
    account_id: Mapped[str] = mapped_column(ForeignKey("accounts.id", ondelete="CASCADE"))
    investigate_id: Mapped[str] = mapped_column(String(80), unique=True)
    postfix_id: Mapped[str] = mapped_column(String(24), index=True)
    raw_id: Mapped[int] = mapped_column(ForeignKey("raw_messages.id"))
    source: Mapped[str] = mapped_column(String(16))  # import | smtp | submission
    scanned_at: Mapped[datetime | None]
    sent_at: Mapped[datetime | None]
    message_id: Mapped[str | None] = mapped_column(Text)
    subject: Mapped[str | None] = mapped_column(Text)
    from_address: Mapped[str | None] = mapped_column(String(320))
    from_name: Mapped[str | None] = mapped_column(Text)
    replyto: Mapped[str | None] = mapped_column(String(320))
    to: Mapped[list[Any]] = mapped_column(default=list)
    to_name: Mapped[list[Any]] = mapped_column(default=list)
    envelope_from: Mapped[str | None] = mapped_column(String(320))
    envelope_to: Mapped[list[Any]] = mapped_column(default=list)
    client_recipients: Mapped[list[Any]] = mapped_column(default=list)
    delivery_mode: Mapped[str | None] = mapped_column(String(32))
    delivery_status: Mapped[list[Any]] = mapped_column(default=list)
    smtp_helo_server_ip: Mapped[str | None] = mapped_column(String(64))
    smtp_previous_hop_ip: Mapped[str | None] = mapped_column(String(64))
    x_originating_ip: Mapped[str | None] = mapped_column(String(64))
    edf_hash: Mapped[str | None] = mapped_column(String(64))
    fuzzy_hash: Mapped[str | None] = mapped_column(String(64))
    # scan_disposition is the engine's verdict at scan time; final_disposition changes
    # only when an accepted submission corrects it.
    scan_disposition: Mapped[str | None] = mapped_column(String(16))
    final_disposition: Mapped[str | None] = mapped_column(String(16), index=True)
    detection_reasons: Mapped[list[Any]] = mapped_column(default=list)
    threat_categories: Mapped[list[Any]] = mapped_column(default=list)
    validation: Mapped[dict[str, Any]] = mapped_column(default=dict)
    verdict: Mapped[dict[str, Any]] = mapped_column(default=dict)
    properties: Mapped[dict[str, Any]] = mapped_column(default=dict)
    post_delivery_operations: Mapped[list[Any]] = mapped_column(default=list)
    is_quarantined: Mapped[bool] = mapped_column(Boolean, default=False)
    is_phish_submission: Mapped[bool] = mapped_column(Boolean, default=False)
    malformed: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class ActionLog(Base):
    __tablename__ = "action_log"
    id: Mapped[int] = mapped_column(Id, primary_key=True, autoincrement=True)
    message_id: Mapped[int] = mapped_column(ForeignKey("messages.id", ondelete="CASCADE"), index=True)
    operation: Mapped[str] = mapped_column(String(32))
    status: Mapped[str] = mapped_column(String(32))
    success: Mapped[bool] = mapped_column(Boolean, default=True)
    started_at: Mapped[datetime] = mapped_column(default=utcnow)
    completed_at: Mapped[datetime | None]
    properties: Mapped[dict[str, Any]] = mapped_column(default=dict)


class Submission(Base):
    __tablename__ = "submissions"
    __table_args__ = (Index("ix_submissions_account_requested", "account_id", "requested_at"),)
    id: Mapped[str] = mapped_column(String(40), primary_key=True)
    account_id: Mapped[str] = mapped_column(ForeignKey("accounts.id", ondelete="CASCADE"))
    message_id: Mapped[int] = mapped_column(ForeignKey("messages.id", ondelete="CASCADE"), index=True)
    uploaded_message_id: Mapped[int | None] = mapped_column(ForeignKey("messages.id"))
    type: Mapped[str] = mapped_column(String(8))  # Team | User
    requested_by: Mapped[str | None] = mapped_column(String(320))
    requested_at: Mapped[datetime] = mapped_column(default=utcnow)
    subject: Mapped[str | None] = mapped_column(Text)
    original_postfix_id: Mapped[str | None] = mapped_column(String(24))
    original_edf_hash: Mapped[str | None] = mapped_column(String(64))
    original_disposition: Mapped[str | None] = mapped_column(String(16))
    requested_disposition: Mapped[str] = mapped_column(String(16))
    outcome_disposition: Mapped[str | None] = mapped_column(String(16))
    outcome: Mapped[str | None] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(16), default="submitted")
    customer_status: Mapped[str | None] = mapped_column(String(16))
    escalated_as: Mapped[str | None] = mapped_column(String(16))
    escalated_at: Mapped[datetime | None]
    escalated_by: Mapped[str | None] = mapped_column(String(320))
    escalated_submission_id: Mapped[str | None] = mapped_column(String(40))
    escalated_from_user: Mapped[bool] = mapped_column(Boolean, default=False)
    completed_at: Mapped[datetime | None]
    reanalysis: Mapped[dict[str, Any]] = mapped_column(default=dict)


class LearnedSignature(Base):
    """A fingerprint an accepted submission taught: similar mail gets this disposition."""

    __tablename__ = "learned_signatures"
    __table_args__ = (Index("uq_learned_account_kind_value", "account_id", "kind", "value", unique=True),
                      Index("ix_learned_signatures_account_version", "account_id", "version"))
    id: Mapped[int] = mapped_column(Id, primary_key=True, autoincrement=True)
    account_id: Mapped[str] = mapped_column(ForeignKey("accounts.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(16))  # edf | fuzzy
    value: Mapped[str] = mapped_column(String(64))
    disposition: Mapped[str] = mapped_column(String(16))
    # Indexed for the reanalysis job, which asks for a batch's own lessons, and for the cascade
    # from a deleted submission.
    submission_id: Mapped[str] = mapped_column(ForeignKey("submissions.id", ondelete="CASCADE"), index=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    # The account's lessons_version of the write that set this row; no default, so a writer that
    # does not move the account's version cannot write a lesson at all.
    version: Mapped[int] = mapped_column(BigInteger)


class JobStatus(enum.StrEnum):
    TODO = "todo"  # waiting to be claimed (possibly after run_after, for a retry)
    DOING = "doing"  # claimed under a lease; reclaimed when the lease expires
    DONE = "done"  # handler committed its effect
    DEAD = "dead"  # failed max_attempts times; kept for inspection, never retried


class Job(Base):
    __tablename__ = "jobs"
    __table_args__ = (
        Index("ix_jobs_claim", "status", "run_after"),
        Index("uq_jobs_dedupe_open", "dedupe_key", unique=True,
              sqlite_where=text("status IN ('todo', 'doing')"),
              postgresql_where=text("status IN ('todo', 'doing')")),
        CheckConstraint("attempts >= 0", name="attempts_nonnegative"),
    )
    id: Mapped[int] = mapped_column(Id, primary_key=True, autoincrement=True)
    kind: Mapped[str] = mapped_column(String(64))
    payload: Mapped[dict[str, Any]] = mapped_column(default=dict)
    status: Mapped[JobStatus] = mapped_column(
        Enum(JobStatus, name="job_status", native_enum=False, length=8,
             values_callable=lambda e: [m.value for m in e]),
        default=JobStatus.TODO,
    )
    dedupe_key: Mapped[str | None] = mapped_column(String(120))
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    max_attempts: Mapped[int] = mapped_column(Integer, default=5)
    run_after: Mapped[datetime] = mapped_column(default=utcnow)
    lease_token: Mapped[str | None] = mapped_column(String(32))
    lease_expires_at: Mapped[datetime | None]
    locked_by: Mapped[str | None] = mapped_column(String(120))
    last_error: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    finished_at: Mapped[datetime | None]


class JobEvent(Base):
    """One row per status transition, so a job's history can be read back."""

    __tablename__ = "job_events"
    id: Mapped[int] = mapped_column(Id, primary_key=True, autoincrement=True)
    job_id: Mapped[int] = mapped_column(ForeignKey("jobs.id", ondelete="CASCADE"), index=True)
    transition: Mapped[str] = mapped_column(String(16))  # enqueued|started|retried|reclaimed|completed|dead
    at: Mapped[datetime] = mapped_column(default=utcnow)
    worker: Mapped[str | None] = mapped_column(String(120))
    detail: Mapped[str | None] = mapped_column(Text)


class TraceEvent(Base):
    """One line of a message's mail trace: received, scanned, delivered, moved, released..."""

    __tablename__ = "trace_events"
    id: Mapped[int] = mapped_column(Id, primary_key=True, autoincrement=True)
    message_id: Mapped[int] = mapped_column(ForeignKey("messages.id", ondelete="CASCADE"), index=True)
    direction: Mapped[str] = mapped_column(String(8))  # inbound | outbound
    logged_at: Mapped[datetime] = mapped_column(default=utcnow)
    text: Mapped[str] = mapped_column(Text)


class MailboxItem(Base):
    """Where one recipient's copy of a message sits, as the in-store mailbox backend keeps it."""

    __tablename__ = "mailbox_items"
    __table_args__ = (Index("uq_mailbox_items_message_recipient", "message_id", "recipient", unique=True),)
    id: Mapped[int] = mapped_column(Id, primary_key=True, autoincrement=True)
    message_id: Mapped[int] = mapped_column(ForeignKey("messages.id", ondelete="CASCADE"))
    recipient: Mapped[str] = mapped_column(String(320))
    folder: Mapped[str] = mapped_column(String(32))
    delivered_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)


class BulkJob(Base):
    """An asynchronous MOVE or RELEASE over the messages a search finds."""

    __tablename__ = "bulk_jobs"
    __table_args__ = (
        Index("ix_bulk_jobs_account_created", "account_id", "created_at"),
        # The invariant the API promises, kept by the database at every commit.
        CheckConstraint("total_messages_discovered = messages_pending + messages_successful + messages_failed"
                        " + messages_skipped + messages_cancelled", name="counts_add_up"),
    )
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    account_id: Mapped[str] = mapped_column(ForeignKey("accounts.id", ondelete="CASCADE"))
    action_type: Mapped[str] = mapped_column(String(8))  # MOVE | RELEASE
    action_params: Mapped[dict[str, Any]] = mapped_column(default=dict)
    search_params: Mapped[dict[str, Any]] = mapped_column(default=dict)
    comment: Mapped[str | None] = mapped_column(Text)
    requested_by: Mapped[str | None] = mapped_column(String(320))
    status: Mapped[str] = mapped_column(String(16))  # PENDING|DISCOVERING|PROCESSING|COMPLETED|FAILED|CANCELLED
    status_message: Mapped[str | None] = mapped_column(Text)
    total_messages_discovered: Mapped[int] = mapped_column(Integer, default=0)
    messages_pending: Mapped[int] = mapped_column(Integer, default=0)
    messages_successful: Mapped[int] = mapped_column(Integer, default=0)
    messages_failed: Mapped[int] = mapped_column(Integer, default=0)
    messages_skipped: Mapped[int] = mapped_column(Integer, default=0)
    messages_cancelled: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    started_at: Mapped[datetime | None]
    completed_at: Mapped[datetime | None]


class BulkJobMessage(Base):
    """One (message, recipient) a bulk job acts on."""

    __tablename__ = "bulk_job_messages"
    __table_args__ = (Index("ix_bulk_job_messages_job_status", "job_id", "status"),)
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    job_id: Mapped[str] = mapped_column(ForeignKey("bulk_jobs.id", ondelete="CASCADE"))
    message_id: Mapped[int] = mapped_column(ForeignKey("messages.id", ondelete="CASCADE"), index=True)
    postfix_id: Mapped[str] = mapped_column(String(24))
    alert_id: Mapped[str | None] = mapped_column(String(80))
    email_message_id: Mapped[str | None] = mapped_column(Text)
    client_recipient: Mapped[str] = mapped_column(String(320))
    status: Mapped[str] = mapped_column(String(16))  # PENDING|COMPLETED|FAILED|SKIPPED|CANCELLED
    status_message: Mapped[str | None] = mapped_column(Text)
    retry_count: Mapped[int] = mapped_column(Integer, default=0)
    retry_after: Mapped[datetime | None]
    processed_at: Mapped[datetime | None]
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class SettingRow:
    """Columns every settings resource has: a uuid, its account and two timestamps."""

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    account_id: Mapped[str] = mapped_column(ForeignKey("accounts.id", ondelete="CASCADE"), index=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    modified_at: Mapped[datetime] = mapped_column(default=utcnow)
    comments: Mapped[str | None] = mapped_column(Text)


class Domain(SettingRow, Base):
    __tablename__ = "domains"
    __table_args__ = (Index("uq_domains_account_domain", "account_id", "domain", unique=True),)
    domain: Mapped[str] = mapped_column(String(253))
    allowed_delivery_modes: Mapped[list[Any]] = mapped_column(default=list)
    drop_dispositions: Mapped[list[Any]] = mapped_column(default=list)
    ip_restrictions: Mapped[list[Any]] = mapped_column(default=list)
    regions: Mapped[list[Any]] = mapped_column(default=list)
    folder: Mapped[str | None] = mapped_column(String(16))
    integration_id: Mapped[str | None] = mapped_column(String(36))
    lookback_hops: Mapped[int] = mapped_column(Integer, default=1)
    require_tls_inbound: Mapped[bool | None] = mapped_column(Boolean)
    require_tls_outbound: Mapped[bool | None] = mapped_column(Boolean)
    transport: Mapped[str | None] = mapped_column(Text)
    status: Mapped[str | None] = mapped_column(String(16))
    # Set for domains added through the API, which prove ownership with a DNS TXT record
    # (GET .../verification); NULL for domains verified some other way.
    verification_token: Mapped[str | None] = mapped_column(String(64))
    verification_checked_at: Mapped[datetime | None]


class AllowPolicy(SettingRow, Base):
    __tablename__ = "allow_policies"
    pattern: Mapped[str] = mapped_column(String(1024))
    pattern_type: Mapped[str] = mapped_column(String(8))
    is_regex: Mapped[bool] = mapped_column(Boolean, default=False)
    is_trusted_sender: Mapped[bool] = mapped_column(Boolean, default=False)
    is_acceptable_sender: Mapped[bool] = mapped_column(Boolean, default=False)
    is_exempt_recipient: Mapped[bool] = mapped_column(Boolean, default=False)
    verify_sender: Mapped[bool] = mapped_column(Boolean, default=False)


class BlockedSender(SettingRow, Base):
    __tablename__ = "blocked_senders"
    pattern: Mapped[str] = mapped_column(String(1024))
    pattern_type: Mapped[str] = mapped_column(String(8))
    is_regex: Mapped[bool] = mapped_column(Boolean, default=False)


class TrustedDomain(SettingRow, Base):
    __tablename__ = "trusted_domains"
    pattern: Mapped[str] = mapped_column(String(1024))
    is_regex: Mapped[bool] = mapped_column(Boolean, default=False)
    is_recent: Mapped[bool] = mapped_column(Boolean, default=False)
    is_similarity: Mapped[bool] = mapped_column(Boolean, default=False)


class ImpersonationRegistryEntry(SettingRow, Base):
    __tablename__ = "impersonation_registry"
    name: Mapped[str] = mapped_column(String(1024))
    email: Mapped[str] = mapped_column(String(1024))
    is_email_regex: Mapped[bool] = mapped_column(Boolean, default=False)
    directory_id: Mapped[int | None] = mapped_column(BigInteger)
    directory_node_id: Mapped[int | None] = mapped_column(BigInteger)
    external_directory_node_id: Mapped[str | None] = mapped_column(String(200))
    provenance: Mapped[str | None] = mapped_column(String(32))


class SendingDomainRestriction(SettingRow, Base):
    """Mail from ``domain`` must arrive over TLS, except from the subdomains in ``exclude``."""

    __tablename__ = "sending_domain_restrictions"
    __table_args__ = (Index("uq_sending_domain_restrictions_account_domain", "account_id", "domain", unique=True),)
    domain: Mapped[str] = mapped_column(String(253))
    exclude: Mapped[list[Any]] = mapped_column(default=list)


class UrlIgnorePattern(SettingRow, Base):
    """A regular expression over URLs that link rewriting and link checks leave alone."""

    __tablename__ = "url_ignore_patterns"
    pattern: Mapped[str] = mapped_column(String(1024))


class ContentPolicy(SettingRow, Base):
    """A regular expression matched against the subject and/or body. Its note is ``notes`` (the
    spec's name); the shared ``comments`` column stays empty and is not shown."""

    __tablename__ = "content_policies"
    name: Mapped[str] = mapped_column(String(256))
    pattern: Mapped[str] = mapped_column(Text)
    targets: Mapped[list[Any]] = mapped_column(default=list)  # SUBJECT and/or BODY
    enabled: Mapped[bool] = mapped_column(Boolean, default=True)
    notes: Mapped[str | None] = mapped_column(Text)


class PhishGuardReport(Base):
    """A PhishGuard alert: a titled write-up of a threat seen in the account's mail."""

    __tablename__ = "phishguard_reports"
    __table_args__ = (Index("ix_phishguard_reports_account_created", "account_id", "created_at", "id"),)
    id: Mapped[int] = mapped_column(Id, primary_key=True, autoincrement=True)
    account_id: Mapped[str] = mapped_column(ForeignKey("accounts.id", ondelete="CASCADE"))
    title: Mapped[str] = mapped_column(Text)
    content: Mapped[str] = mapped_column(Text)
    disposition: Mapped[str] = mapped_column(String(16))
    priority: Mapped[str] = mapped_column(String(16))
    tags: Mapped[list[Any] | None] = mapped_column(JSON)  # [{category, value}]
    # The reported message, as the report's ``fields`` describe it.
    from_address: Mapped[str | None] = mapped_column(String(320))
    to: Mapped[list[Any]] = mapped_column(default=list)
    postfix_id: Mapped[str | None] = mapped_column(String(24))
    occurred_at: Mapped[datetime] = mapped_column(default=utcnow)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)
