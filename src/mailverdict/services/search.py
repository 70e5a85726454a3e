"""Investigation search: every filter of GET /investigate and its query language, in one place.

Results are newest first, ordered by (scanned_at, id), and paged with keyset cursors: a page
reads ``per_page`` rows from an index position, so its cost does not grow with the store. The
deprecated ``page`` parameter still works (by OFFSET, as it always cost).

The free-text ``query`` (product.md §2.2) is parsed by ``mailverdict.services.query`` into
predicates; this module combines them with the structured filters. Rare text terms are first
looked up in the text indexes (``services/narrowing.py``), which leaves the predicates exact.
"""

from __future__ import annotations

import base64
import binascii
import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import ColumnElement, Select, Text, and_, cast, exists, func, or_, select
from sqlalchemy.orm import Session

from mailverdict.errors import InvalidInput
from mailverdict.services.narrowing import narrow
from mailverdict.services.query import SQLColumn, alert_predicate, parse_query
from mailverdict.store.dialect import unindexed
from mailverdict.store.models import ActionLog, Message
from mailverdict.store.types import utcnow

MAX_PER_PAGE = 1000
ACTIONS = {"PREVIEW": "PREVIEW", "QUARANTINE_RELEASED": "QUARANTINE_RELEASE", "MOVED": "MOVE"}
# ``metric`` names the dashboard's preset screens (product.md §2.1).
METRICS = {"malicious", "suspicious", "spoof", "spam", "bulk", "moved", "reclassified", "released", "previewed"}


@dataclass(frozen=True, slots=True)
class SearchParams:
    start: datetime | None = None
    end: datetime | None = None
    query: str | None = None
    detections_only: bool = True
    final_disposition: str | None = None
    message_action: str | None = None
    delivery_status: str | None = None
    sender: str | None = None
    recipient: str | None = None
    domain: str | None = None
    subject: str | None = None
    exact_subject: str | None = None
    alert_id: str | None = None
    message_id: str | None = None
    smtp_helo_ip: str | None = None
    metric: str | None = None
    submissions: bool = False  # search uploaded submissions instead of original mail
    edf_hash: str | None = None  # "similar emails": one fingerprint


@dataclass(frozen=True, slots=True)
class Page:
    rows: list[Message]
    next: str | None
    previous: str | None


def _json_text(column: SQLColumn) -> ColumnElement[str]:
    return func.lower(cast(column, Text))


def _address(column: SQLColumn, value: str) -> ColumnElement[bool]:
    value = value.strip().lower()
    if "@" in value.lstrip("@"):
        return func.lower(column) == value
    return func.lower(column).like(f"%@{value.lstrip('@')}")


def _in_list(column: SQLColumn, value: str) -> ColumnElement[bool]:
    """An address (or, without '@', a domain) inside a JSON list of addresses."""
    value = value.strip().lower()
    if "@" in value.lstrip("@"):  # "@example.com" means the domain, like "example.com"
        return _json_text(column).like(f'%"{value}"%')
    return _json_text(column).like(f'%@{value.lstrip("@")}"%')


def _has_action(operation: str) -> ColumnElement[bool]:
    return exists().where(ActionLog.message_id == Message.id, ActionLog.operation == operation)


def window(params: SearchParams, now: datetime | None = None) -> tuple[datetime, datetime]:
    now = now or utcnow()
    end = params.end or now
    start = params.start or end - timedelta(days=30)
    if start > now:
        raise InvalidInput("start must not be in the future")
    if start > end:
        raise InvalidInput("start must not be after end")
    return start, end


def filtered(account_id: str, params: SearchParams, now: datetime | None = None, *,
             candidates: ColumnElement[bool] | None = None) -> Select[Message]:
    """The search as a query, without order or limit; ``candidates`` restricts it to rows by id."""
    start, end = window(params, now)
    account: SQLColumn = Message.account_id
    scanned: SQLColumn = Message.scanned_at
    if candidates is not None:
        # Few rows, named by primary key: keep SQLite from walking the date index instead.
        account, scanned = unindexed(account), unindexed(scanned)
    where: list[ColumnElement[bool]] = [
        account == account_id,
        scanned >= start,
        scanned <= end,
        (Message.source == "submission") if params.submissions else (Message.source != "submission"),
    ]
    if params.final_disposition:
        where.append(Message.final_disposition == params.final_disposition.upper())
    elif params.detections_only:
        # Written exactly as the partial index's predicate so the planner can use it.
        where.append(Message.final_disposition != "NONE")
    if params.message_action:
        where.append(_has_action(ACTIONS[params.message_action]))
    if params.delivery_status:
        where.append(_json_text(Message.delivery_status).like(f'%"{params.delivery_status.lower()}"%'))
    if params.sender:
        where.append(or_(_address(Message.from_address, params.sender), _address(Message.envelope_from, params.sender)))
    if params.recipient:
        where.append(or_(*(_in_list(c, params.recipient) for c in (Message.envelope_to, Message.to,
                                                                      Message.client_recipients))))
    if params.domain:
        where.append(_domain(params.domain))
    for word in (params.subject or "").lower().split():
        where.append(func.lower(Message.subject).like(f"%{word}%"))
    if params.exact_subject is not None:
        where.append(Message.subject == params.exact_subject)
    if params.alert_id:
        where.append(alert_predicate(params.alert_id))
    if params.message_id:
        bare = params.message_id.strip().strip("<>")
        where.append(Message.message_id.in_([bare, f"<{bare}>"]))
    if params.smtp_helo_ip:
        where.append(Message.smtp_helo_server_ip == params.smtp_helo_ip.strip())
    if params.metric:
        where.append(_metric(params.metric))
    if params.query:
        where.extend(parse_query(params.query))
    if params.edf_hash:
        where.append(Message.edf_hash == params.edf_hash)
    if candidates is not None:
        where.append(candidates)
    return select(Message).where(and_(*where))


def _domain(value: str) -> ColumnElement[bool]:
    domain = value.strip().lower().lstrip("@")
    links = _json_text(Message.verdict["links"])
    return or_(
        _address(Message.from_address, domain),
        _address(Message.envelope_from, domain),
        *(_in_list(c, domain) for c in (Message.envelope_to, Message.to)),
        links.like(f"%//{domain}%"),
        links.like(f"%.{domain}%"),
    )


def _metric(value: str) -> ColumnElement[bool]:
    name = value.strip().lower()
    if name not in METRICS:
        raise InvalidInput(f"metric: unknown metric {value!r}; use one of {', '.join(sorted(METRICS))}")
    actions = {"moved": "MOVE", "reclassified": "RECLASSIFY", "released": "QUARANTINE_RELEASE",
               "previewed": "PREVIEW"}
    if name in actions:
        return _has_action(actions[name])
    return Message.final_disposition == name.upper()


def encode_cursor(message: Message, direction: str) -> str:
    assert message.scanned_at is not None, "search only returns scanned messages"
    raw = json.dumps({"t": message.scanned_at.isoformat(), "i": message.id, "d": direction})
    return base64.urlsafe_b64encode(raw.encode()).decode().rstrip("=")


def decode_cursor(cursor: str) -> tuple[datetime, int, str]:
    try:
        data = json.loads(base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)))
        at = datetime.fromisoformat(data["t"])
        row_id, direction = int(data["i"]), str(data["d"])
    except (ValueError, KeyError, TypeError, binascii.Error, UnicodeDecodeError) as exc:
        raise InvalidInput("cursor is not one this server returned; pass result_info.next or .previous") from exc
    if direction not in ("next", "prev") or at.tzinfo is None:
        raise InvalidInput("cursor is not one this server returned; pass result_info.next or .previous")
    return at, row_id, direction


def search(session: Session, account_id: str, params: SearchParams, *, per_page: int = 20,
           cursor: str | None = None, page: int | None = None) -> Page:
    if not 1 <= per_page <= MAX_PER_PAGE:
        raise InvalidInput(f"per_page must be between 1 and {MAX_PER_PAGE}")
    # Rare text terms: the text index names the few candidate rows (services/narrowing.py).
    query = filtered(account_id, params, candidates=narrow(session, params))
    newest_first = (Message.scanned_at.desc(), Message.id.desc())
    if cursor is not None:
        at, row_id, direction = decode_cursor(cursor)
        if direction == "next":
            older = or_(Message.scanned_at < at, and_(Message.scanned_at == at, Message.id < row_id))
            rows = list(session.scalars(query.where(older).order_by(*newest_first).limit(per_page + 1)))
            more_after, more_before = len(rows) > per_page, True
            rows = rows[:per_page]
        else:
            newer = or_(Message.scanned_at > at, and_(Message.scanned_at == at, Message.id > row_id))
            oldest_first = (Message.scanned_at.asc(), Message.id.asc())
            rows = list(session.scalars(query.where(newer).order_by(*oldest_first).limit(per_page + 1)))
            more_before, more_after = len(rows) > per_page, True
            rows = rows[:per_page][::-1]
    else:
        offset = ((page or 1) - 1) * per_page
        rows = list(session.scalars(query.order_by(*newest_first).offset(offset).limit(per_page + 1)))
        more_after, more_before = len(rows) > per_page, offset > 0
        rows = rows[:per_page]
    return Page(
        rows,
        encode_cursor(rows[-1], "next") if rows and more_after else None,
        encode_cursor(rows[0], "prev") if rows and more_before else None,
    )


def iterate(session: Session, account_id: str, params: SearchParams, *, batch: int = 500) -> Iterator[Message]:
    """Every match, newest first, in keyset batches (for bulk jobs)."""
    cursor: str | None = None
    while True:
        found = search(session, account_id, params, per_page=batch, cursor=cursor)
        yield from found.rows
        if found.next is None:
            return
        cursor = found.next
