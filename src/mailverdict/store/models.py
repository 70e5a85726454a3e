"""The tables. One Alembic tree (store/migrations) creates exactly these; a test compares them."""

from __future__ import annotations

import enum
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


class Account(Base):
    __tablename__ = "accounts"
    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


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
        Index("ix_messages_account_scanned", "account_id", "scanned_at"),
        Index("ix_messages_account_edf", "account_id", "edf_hash"),
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
    __table_args__ = (Index("uq_learned_account_kind_value", "account_id", "kind", "value", unique=True),)
    id: Mapped[int] = mapped_column(Id, primary_key=True, autoincrement=True)
    account_id: Mapped[str] = mapped_column(ForeignKey("accounts.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(16))  # edf | fuzzy
    value: Mapped[str] = mapped_column(String(64))
    disposition: Mapped[str] = mapped_column(String(16))
    submission_id: Mapped[str] = mapped_column(ForeignKey("submissions.id", ondelete="CASCADE"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


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
