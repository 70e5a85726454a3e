"""PhishGuard reports: write-ups of threats seen in an account's mail, listed by date.

Reports are added by ``add_report`` (by an analyst's tooling or a job) and read through
GET /phishguard/reports. ``start``/``end`` bound the report's creation time; the deprecated
``from_date``/``to_date`` give whole days and apply only where start/end are absent.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time

from sqlalchemy import Select, func, select

from mailverdict.errors import InvalidInput
from mailverdict.store.db import Database
from mailverdict.store.models import PhishGuardReport
from mailverdict.store.types import utcnow

DISPOSITIONS = ("MALICIOUS", "MALICIOUS-BEC", "SUSPICIOUS", "SPOOF", "SPAM", "BULK", "ENCRYPTED", "EXTERNAL",
                "UNKNOWN", "NONE")


@dataclass(frozen=True, slots=True)
class ReportQuery:
    start: datetime | None = None
    end: datetime | None = None
    from_date: date | None = None  # deprecated: start of that day (UTC)
    to_date: date | None = None  # deprecated: through the end of that day (UTC)
    page: int = 1
    per_page: int = 20


def _utc(value: datetime) -> datetime:
    try:
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)
    except OverflowError as exc:  # e.g. year 1 at a positive offset
        raise InvalidInput(f"{value.isoformat()} is out of range in UTC") from exc


def bounds(q: ReportQuery) -> tuple[datetime | None, datetime | None]:
    """The inclusive [start, end] window; None is unbounded."""
    start = _utc(q.start) if q.start else (datetime.combine(q.from_date, time.min, UTC) if q.from_date else None)
    end = _utc(q.end) if q.end else (datetime.combine(q.to_date, time.max, UTC) if q.to_date else None)
    if start and end and start > end:
        raise InvalidInput("start must not be after end")
    return start, end


def list_reports(db: Database, account_id: str, q: ReportQuery) -> tuple[list[PhishGuardReport], int]:
    """One page, newest first, and the count of all matches."""
    start, end = bounds(q)
    query: Select[PhishGuardReport] = select(PhishGuardReport).where(PhishGuardReport.account_id == account_id)
    if start is not None:
        query = query.where(PhishGuardReport.created_at >= start)
    if end is not None:
        query = query.where(PhishGuardReport.created_at <= end)
    with db.read() as session:
        total = session.scalar(select(func.count()).select_from(query.subquery())) or 0
        rows = session.scalars(query.order_by(PhishGuardReport.created_at.desc(), PhishGuardReport.id.desc())
                               .offset((q.page - 1) * q.per_page).limit(q.per_page)).all()
    return list(rows), total


def add_report(db: Database, account_id: str, *, title: str, content: str, disposition: str, priority: str,
               to: Sequence[str], from_address: str | None = None, postfix_id: str | None = None,
               occurred_at: datetime | None = None, tags: Sequence[tuple[str, str]] | None = None,
               created_at: datetime | None = None) -> PhishGuardReport:
    if disposition not in DISPOSITIONS:
        raise InvalidInput(f"disposition must be one of {', '.join(DISPOSITIONS)}, got {disposition!r}")
    if not title.strip() or not priority.strip():
        raise InvalidInput("a report needs a title and a priority")
    now = utcnow()
    report = PhishGuardReport(
        account_id=account_id, title=title, content=content, disposition=disposition, priority=priority,
        to=list(to), from_address=from_address, postfix_id=postfix_id, occurred_at=occurred_at or now,
        tags=None if tags is None else [{"category": c, "value": v} for c, v in tags],
        created_at=created_at or now, updated_at=created_at or now,
    )
    with db.write() as session:
        session.add(report)
        session.flush()
    return report
