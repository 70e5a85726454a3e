"""Reading the dashboard's filter forms: date ranges, dispositions and links that keep them.

The forms use ``<input type="date">`` (``yyyy-mm-dd``, taken as UTC): a start date means the
start of that day, an end date the end of it, as an analyst reading "from 1 to 3 March" expects.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from urllib.parse import quote, urlencode

from mailverdict.engine import Disposition
from mailverdict.errors import InvalidInput
from mailverdict.store.types import utcnow

DISPOSITIONS = [d.value for d in Disposition]
DEFAULT_DAYS = 30


@dataclass(frozen=True, slots=True)
class DateRange:
    start_text: str  # as the form shows it
    end_text: str
    start: datetime
    end: datetime


def _day(text: str, name: str) -> date:
    try:
        return datetime.strptime(text, "%Y-%m-%d").date()
    except ValueError as exc:
        raise InvalidInput(f"{name}: give a date as yyyy-mm-dd, not {text[:40]!r}") from exc


def date_range(start: str, end: str, *, days: int = DEFAULT_DAYS) -> DateRange:
    """The window the form names; blank fields default to the last ``days`` days."""
    today = utcnow().date()
    end_day = _day(end, "end") if end else today
    start_day = _day(start, "start") if start else end_day - timedelta(days=days)
    if start_day > end_day:
        raise InvalidInput("start: the start date is after the end date")
    if start_day > today:
        raise InvalidInput("start: the start date is in the future")
    return DateRange(start_day.isoformat(), end_day.isoformat(),
                     datetime.combine(start_day, time.min, tzinfo=UTC),
                     datetime.combine(end_day, time.max, tzinfo=UTC))


def disposition(value: str, name: str = "disposition") -> str | None:
    """One of the six dispositions, or None for "any"."""
    if not value:
        return None
    upper = value.upper()
    if upper not in DISPOSITIONS:
        raise InvalidInput(f"{name}: choose one of {', '.join(DISPOSITIONS)}")
    return upper


def link(path: str, **params: str | None) -> str:
    """``path`` with the non-empty parameters as a query string."""
    kept = {k: v for k, v in params.items() if v}
    return f"{path}?{urlencode(kept)}" if kept else path


def message_path(investigate_id: str, suffix: str = "") -> str:
    return f"/dashboard/messages/{quote(investigate_id, safe='')}{suffix}"
