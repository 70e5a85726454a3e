"""The reanalysis job: re-scan a submitted message, decide the outcome, teach the engine.

The worker hands this handler a whole batch. ``prepare_batch`` reads the batch's submissions
and raw messages in one query, builds each account's scan context once, and runs the engine
outside any transaction. ``apply_batch`` writes every outcome, action-log entry, trace line and
learned fingerprint of the batch with one statement per table, in the worker's transaction
together with the jobs' completion. It skips a submission that already has an outcome, so a job
that runs twice has one effect.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from mailverdict.engine import Disposition, ScanContext, Verdict, analyze
from mailverdict.services import trace
from mailverdict.services.context import scan_context
from mailverdict.services.messages import verdict_columns
from mailverdict.services.outcome import ACCEPTED, FAILED, SUBMITTED, decide
from mailverdict.store.db import Database
from mailverdict.store.models import Account, ActionLog, LearnedSignature, Message, RawMessage, Submission, TraceEvent
from mailverdict.store.rows import Raw, Read
from mailverdict.store.types import utcnow

SUBMISSION_COLUMNS = ("id", "account_id", "message_id", "uploaded_message_id", "status")
# A small message through every part of the engine that loads something on first use.
WARM_UP = (b"From: Desk <desk@example.com>\r\nTo: user@example.net\r\nSubject: Invoice\r\nMIME-Version: 1.0\r\n"
           b"Content-Type: multipart/alternative; boundary=b\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\n"
           b"Please review the invoice https://example.com/invoice\r\n--b\r\nContent-Type: text/html\r\n\r\n"
           b'<p>Please review the <a href="https://example.com/invoice">invoice</a></p>\r\n--b--\r\n')


@dataclass(frozen=True, slots=True)
class Reanalysis:
    verdict: Verdict
    analysed_message_id: int


class ReanalysisHandler:
    def __init__(self, *, trust_team: bool = True) -> None:
        self.trust_team = trust_team

    def warm_up(self) -> None:
        """Load the engine (its content model, score table, checks) before the first batch is
        claimed: about 0.1 s of CPU that the first batch's leases and latency need not carry."""
        analyze(WARM_UP, ScanContext())

    def prepare_batch(self, db: Database, payloads: list[dict[str, Any]]) -> Iterator[Reanalysis | Exception | None]:
        """A Reanalysis per payload (None when its submission is already decided), engine errors per message."""
        ids = [payload["submission_id"] for payload in payloads]
        with db.read() as session:
            found = _submitted(Raw.of(session), ids)
            own: dict[str, set[str]] = {submission_id: set() for submission_id in found}
            contexts = {account: scan_context(session, account, taught=own)
                        for account in {r.account_id for r in found.values()}}
        # The read transaction is over before the engine runs: no snapshot is held for seconds.
        for submission_id in ids:
            row = found.get(submission_id)
            if row is None:
                yield None
                continue
            context = contexts[row.account_id]
            if own[submission_id]:
                # Judge the message afresh: this submission's own lesson must not vote on itself.
                # Copied in one step: the cached lessons may grow meanwhile in another thread.
                learned = dict(context.learned)
                for value in own[submission_id]:
                    learned.pop(value, None)
                context = replace(context, learned=learned)
            try:
                yield Reanalysis(analyze(row.content, context), row.message_id)
            except Exception as exc:
                yield exc

    def apply_batch(self, session: Session, items: list[tuple[dict[str, Any], Reanalysis | None]]) -> None:
        fresh = {payload["submission_id"]: prepared for payload, prepared in items if prepared is not None}
        if not fresh:
            return
        # Locked, and re-read: a submission decided since prepare (by a job that ran twice) is skipped.
        rows = {row.id: row for row in session.execute(
            select(Submission.id, Submission.account_id, Submission.message_id, Submission.type,
                   Submission.requested_disposition, Submission.requested_by, Message.scan_disposition,
                   Message.edf_hash, Message.fuzzy_hash)
            .join(Message, Message.id == Submission.message_id)
            .where(Submission.id.in_(list(fresh)), Submission.status == SUBMITTED)
            .order_by(Submission.id)
            .with_for_update(of=Submission)
        )}
        writes = _Writes(utcnow())
        for submission_id, prepared in fresh.items():
            if submission_id in rows:
                writes.add(rows[submission_id], prepared, trusted_team=self.trust_team)
        writes.flush(session)

    def on_dead(self, session: Session, payload: dict[str, Any], error: str) -> None:
        submission = session.get(Submission, payload["submission_id"])
        if submission is None or submission.status != SUBMITTED:
            return
        last_line = error.strip().splitlines()[-1] if error.strip() else "unknown error"
        submission.status = FAILED
        submission.outcome = f"processing failed after repeated attempts: {last_line}"
        submission.completed_at = utcnow()


@dataclass(frozen=True, slots=True)
class _Submitted:
    account_id: str
    message_id: int  # the message analysed: the uploaded copy if there is one
    content: bytes


def _submitted(raw: Raw, ids: list[str]) -> dict[str, _Submitted]:
    """The batch's submissions still waiting, with their messages' bytes. Three reads rather than
    one join, so that the bytes come through Raw in PostgreSQL's binary format (not as hex text)."""
    submissions = {submission_id: (account_id, uploaded or message_id) for submission_id, account_id, message_id,
                   uploaded, status in raw.select_in(Submission, SUBMISSION_COLUMNS, "id", ids) if status == SUBMITTED}
    raw_ids = dict(raw.select_in(Message, ("id", "raw_id"), "id", {m for _, m in submissions.values()}))
    (contents,) = raw.select_all([Read(RawMessage, ("id", "content"), "id", tuple(set(raw_ids.values())),
                                       binary=True)])
    content = dict(contents)
    return {submission_id: _Submitted(account_id, message_id, content[raw_ids[message_id]])
            for submission_id, (account_id, message_id) in submissions.items()
            if raw_ids.get(message_id) in content}


@dataclass
class _Writes:
    """A batch's effects, gathered in job order and written with one statement per table."""

    now: datetime
    submissions: list[dict[str, Any]] = field(default_factory=list)
    analysed: list[dict[str, Any]] = field(default_factory=list)
    closing: dict[tuple[int, str], str] = field(default_factory=dict)  # (message id, submission id) -> status
    traces: list[dict[str, Any]] = field(default_factory=list)
    finals: dict[int, str] = field(default_factory=dict)  # message id -> final disposition
    actions: list[dict[str, Any]] = field(default_factory=list)
    # (account, kind, value) -> lesson: a later submission's lesson replaces an earlier one's.
    lessons: dict[tuple[str, str, str], dict[str, Any]] = field(default_factory=dict)

    def add(self, row: Any, prepared: Reanalysis, *, trusted_team: bool) -> None:
        verdict = prepared.verdict
        requested = Disposition(row.requested_disposition)
        outcome = decide(requested, verdict, trusted=trusted_team and row.type == "Team")
        self.submissions.append({
            "id": row.id, "status": outcome.status, "outcome_disposition": outcome.disposition.value,
            "outcome": outcome.reason, "completed_at": self.now,
            "reanalysis": {
                "disposition": verdict.disposition.value,
                "score": verdict.score,
                "findings": [f.name for f in verdict.findings],
                "detection_reasons": list(verdict.detection_reasons),
                "edf_hash": verdict.edf_hash,
            },
        })
        if prepared.analysed_message_id != row.message_id:
            self.analysed.append({"id": prepared.analysed_message_id, **verdict_columns(verdict, scanned_at=self.now)})
        self.closing[(row.message_id, row.id)] = outcome.status
        self.traces.append({"message_id": row.message_id, "direction": trace.INBOUND, "logged_at": self.now,
                            "text": f"reclassification to {requested.value} {outcome.status}: {outcome.reason} "
                                    f"(submission {row.id})"})
        if outcome.status != ACCEPTED:
            return
        self.finals[row.message_id] = requested.value
        self.actions.append({
            "message_id": row.message_id, "operation": "RECLASSIFY", "status": "completed", "success": True,
            "started_at": self.now, "completed_at": self.now,
            "properties": {"requested_by": row.requested_by, "submission_id": row.id,
                           "from_disposition": row.scan_disposition, "to_disposition": requested.value},
        })
        fingerprints = (("edf", {verdict.edf_hash, row.edf_hash}), ("fuzzy", {verdict.fuzzy_hash, row.fuzzy_hash}))
        for kind, values in fingerprints:
            for value in sorted(v for v in values if v):
                self.lessons[(row.account_id, kind, value)] = {
                    "account_id": row.account_id, "kind": kind, "value": value, "disposition": requested.value,
                    "submission_id": row.id, "created_at": self.now}

    def flush(self, session: Session) -> None:
        # Rows go through store/rows.Raw on the session's connection: SQLAlchemy's ORM bulk paths
        # cost tens of microseconds per row, about as much as the rest of the worker's bookkeeping.
        # On PostgreSQL the writes go in one pipeline, a round trip for all of them; the sync at
        # its end raises any statement's error here, inside the worker's SAVEPOINT.
        if not self.submissions:
            return
        raw = Raw.of(session)
        closed = self._closed_logs(session)
        versions = self._lessons_versions(session)
        with raw.pipelined():
            raw.update(Submission, "id", self.submissions)
            for columns in self.analysed:  # uploaded copies: rare, and their columns vary
                raw.update(Message, "id", [columns])
            raw.update(ActionLog, "id", closed)
            raw.insert(TraceEvent, self.traces)
            if self.finals:
                raw.update(Message, "id", [{"id": i, "final_disposition": d} for i, d in self.finals.items()])
                raw.insert(ActionLog, self.actions)
            raw.insert(LearnedSignature, [{**lesson, "version": versions[lesson["account_id"]]}
                                          for lesson in self.lessons.values()],
                       upsert=(("account_id", "kind", "value"),
                               ("disposition", "submission_id", "created_at", "version")))
            raw.sync()

    def _lessons_versions(self, session: Session) -> dict[str, int]:
        """Move the lessons_version of each account the batch teaches, for its lessons to carry:
        every process's cached scan context reads the lessons above the version it has
        (services/context.py). The account's row stays locked until the batch commits, so
        versions commit in their order, and a lesson seen at version V means all below it are."""
        if not self.lessons:
            return {}
        accounts = sorted({account for account, _, _ in self.lessons})
        return dict(session.connection().execute(
            update(Account).where(Account.id.in_(accounts))
            .values(lessons_version=Account.lessons_version + 1)
            .returning(Account.id, Account.lessons_version)).all())

    def _closed_logs(self, session: Session) -> list[dict[str, Any]]:
        """The SUBMISSION entry each submission left on its message, with the outcome."""
        pending = session.connection().execute(
            select(ActionLog.id, ActionLog.message_id, ActionLog.properties)
            .where(ActionLog.message_id.in_({m for m, _ in self.closing}), ActionLog.operation == "SUBMISSION",
                   ActionLog.completed_at.is_(None))
        )
        return [{"id": entry.id, "status": status, "completed_at": self.now} for entry in pending
                if (status := self.closing.get((entry.message_id, entry.properties.get("submission_id"))))]
