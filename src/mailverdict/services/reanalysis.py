"""The reanalysis job: re-scan a submitted message, decide the outcome, teach the engine.

``prepare`` runs the engine outside any transaction; ``apply`` writes everything in the
worker's transaction and does nothing if the submission already has an outcome, so a job
that runs twice has one effect.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from mailverdict.engine import Disposition, ScanContext, Verdict, analyze
from mailverdict.services import trace
from mailverdict.services.context import scan_context
from mailverdict.services.messages import apply_verdict, log_action, raw_bytes
from mailverdict.services.outcome import FAILED, SUBMITTED, decide
from mailverdict.services.submissions import uploaded_or_original
from mailverdict.store.db import Database
from mailverdict.store.models import ActionLog, LearnedSignature, Message, Submission
from mailverdict.store.types import utcnow


@dataclass(frozen=True, slots=True)
class Reanalysis:
    verdict: Verdict
    analysed_message_id: int


class ReanalysisHandler:
    def __init__(self, *, trust_team: bool = True) -> None:
        self.trust_team = trust_team
        # Each account's scan context, read once per batch rather than once per job (it is
        # several queries). Only kept between the worker's begin_batch and end_batch, so a
        # context is never older than the batch that uses it.
        self._contexts: dict[str, ScanContext] | None = None

    def begin_batch(self) -> None:
        self._contexts = {}

    def end_batch(self) -> None:
        self._contexts = None

    def prepare(self, db: Database, payload: dict[str, Any]) -> Reanalysis | None:
        with db.read() as session:
            submission = session.get(Submission, payload["submission_id"])
            if submission is None or submission.status != SUBMITTED:
                return None
            message = uploaded_or_original(session, submission)
            raw = raw_bytes(session, message)
            context = self._context(session, submission)
        return Reanalysis(analyze(raw, context), message.id)

    def _context(self, session: Session, submission: Submission) -> ScanContext:
        if self._contexts is None:
            # Judge the message afresh: this submission's own lesson must not vote on itself.
            return scan_context(session, submission.account_id, exclude_submission=submission.id)
        context = self._contexts.get(submission.account_id)
        if context is None:
            context = self._contexts[submission.account_id] = scan_context(session, submission.account_id)
        own = set(session.scalars(
            select(LearnedSignature.value).where(LearnedSignature.submission_id == submission.id)))
        if own:
            context = replace(context, learned={k: v for k, v in context.learned.items() if k not in own})
        return context

    def apply(self, session: Session, payload: dict[str, Any], prepared: Reanalysis | None) -> None:
        submission = session.scalars(
            select(Submission).where(Submission.id == payload["submission_id"]).with_for_update()
        ).first()
        if submission is None or submission.status != SUBMITTED or prepared is None:
            return
        verdict = prepared.verdict
        requested = Disposition(submission.requested_disposition)
        outcome = decide(requested, verdict, trusted=self.trust_team and submission.type == "Team")
        now = utcnow()
        submission.status = outcome.status
        submission.outcome_disposition = outcome.disposition.value
        submission.outcome = outcome.reason
        submission.completed_at = now
        submission.reanalysis = {
            "disposition": verdict.disposition.value,
            "score": verdict.score,
            "findings": [f.name for f in verdict.findings],
            "detection_reasons": list(verdict.detection_reasons),
            "edf_hash": verdict.edf_hash,
        }
        analysed = session.get(Message, prepared.analysed_message_id)
        original = session.get(Message, submission.message_id)
        assert analysed is not None and original is not None
        if analysed.id != original.id:
            apply_verdict(analysed, verdict, scanned_at=now)
        _close_pending_log(session, original, submission.id, outcome.status)
        trace.record(session, original, trace.INBOUND, f"reclassification to {requested.value} {outcome.status}: "
                     f"{outcome.reason} (submission {submission.id})")
        if outcome.status == "accepted":
            original.final_disposition = requested.value
            log_action(session, original, "RECLASSIFY", "completed", requested_by=submission.requested_by,
                       submission_id=submission.id, from_disposition=original.scan_disposition,
                       to_disposition=requested.value)
            _learn(session, submission, requested, {verdict.edf_hash, original.edf_hash},
                   {verdict.fuzzy_hash, original.fuzzy_hash})

    def on_dead(self, session: Session, payload: dict[str, Any], error: str) -> None:
        submission = session.get(Submission, payload["submission_id"])
        if submission is None or submission.status != SUBMITTED:
            return
        last_line = error.strip().splitlines()[-1] if error.strip() else "unknown error"
        submission.status = FAILED
        submission.outcome = f"processing failed after repeated attempts: {last_line}"
        submission.completed_at = utcnow()


def _close_pending_log(session: Session, message: Message, submission_id: str, status: str) -> None:
    for entry in session.scalars(
        select(ActionLog).where(ActionLog.message_id == message.id, ActionLog.operation == "SUBMISSION",
                                ActionLog.completed_at.is_(None))
    ):
        if entry.properties.get("submission_id") == submission_id:
            entry.status = status
            entry.completed_at = utcnow()


def _learn(session: Session, submission: Submission, disposition: Disposition,
           edf_hashes: set[str | None], fuzzy_hashes: set[str | None]) -> None:
    """Upsert the fingerprints so future scans of similar mail get the corrected verdict."""
    for kind, values in (("edf", edf_hashes), ("fuzzy", fuzzy_hashes)):
        for value in sorted(v for v in values if v):
            existing = session.scalars(select(LearnedSignature).where(
                LearnedSignature.account_id == submission.account_id, LearnedSignature.kind == kind,
                LearnedSignature.value == value)).first()
            if existing is None:
                session.add(LearnedSignature(account_id=submission.account_id, kind=kind, value=value,
                                             disposition=disposition.value, submission_id=submission.id))
            else:
                existing.disposition = disposition.value
                existing.submission_id = submission.id
                existing.created_at = utcnow()
