"""Building the engine's ScanContext from what an account has configured and learned."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from mailverdict.engine import Disposition, ScanContext
from mailverdict.engine.context import Envelope
from mailverdict.store.models import LearnedSignature


def learned_signatures(
    session: Session, account_id: str, *, exclude_submission: str | None = None
) -> dict[str, Disposition]:
    query = select(LearnedSignature.value, LearnedSignature.disposition).where(
        LearnedSignature.account_id == account_id
    )
    if exclude_submission is not None:
        query = query.where(LearnedSignature.submission_id != exclude_submission)
    return {value: Disposition(disposition) for value, disposition in session.execute(query)}


def scan_context(
    session: Session, account_id: str, *, envelope: Envelope | None = None, exclude_submission: str | None = None
) -> ScanContext:
    return ScanContext(
        envelope=envelope or Envelope(),
        learned=learned_signatures(session, account_id, exclude_submission=exclude_submission),
    )
