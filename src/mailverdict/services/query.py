"""The investigate ``query`` language (product.md §2.2), parsed into SQL predicates.

* Terms are separated by spaces and all must match (AND); matching ignores case.
* ``field:value`` searches one field; ``field:"value with spaces"`` quotes a value (Message-IDs).
* A bare term searches every field listed in ``FIELDS``; bare terms shorter than 3 characters
  and English stop-words are ignored, as Area 1 did.
* A date or date-time (``yyyy-mm-dd[Thh[:mm[:ss]]]``) matches the received or sent time
  within that precision.
* ``phish_submission``, ``user_submission`` and ``team_submission`` are flags.

Predicates are LIKE over columns (and over JSON text for lists); a full-text index can replace
``_contains`` later without changing the language.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import ColumnElement, Text, and_, cast, exists, false, func, or_
from sqlalchemy.orm import InstrumentedAttribute

from mailverdict.store.models import Message, Submission

SQLColumn = ColumnElement[Any] | InstrumentedAttribute[Any]

_TOKEN = re.compile(r'([A-Za-z_][A-Za-z_-]*):"([^"]*)"|"([^"]*)"|(\S+)')
_WHEN = re.compile(r"^\d{4}-\d{2}-\d{2}(?:T\d{2}(?::\d{2}(?::\d{2})?)?)?$")
STOP_WORDS = frozenset({
    "the", "and", "for", "are", "but", "not", "you", "all", "any", "can", "had", "her", "was", "one", "our", "out",
    "has", "him", "his", "how", "its", "may", "new", "now", "old", "see", "two", "way", "who", "did", "get", "let",
    "put", "say", "she", "too", "use", "with", "from", "this", "that", "have", "they", "will", "your", "what",
    "when", "where", "which", "there", "their", "about", "would", "these", "other", "into", "than", "then", "them",
})


def _text(column: SQLColumn) -> ColumnElement[str]:
    return func.lower(cast(column, Text))


def _contains(column: SQLColumn, value: str) -> ColumnElement[bool]:
    escaped = value.lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return _text(column).like(f"%{escaped}%", escape="\\")


def _equals(column: SQLColumn, value: str) -> ColumnElement[bool]:
    return func.lower(column) == value.lower()


def _when(value: str) -> ColumnElement[bool]:
    """A date or date-time prefix as a range over received (scanned) or sent time."""
    start = datetime.fromisoformat(value).replace(tzinfo=UTC)
    steps = {10: timedelta(days=1), 13: timedelta(hours=1), 16: timedelta(minutes=1)}
    step = steps.get(len(value), timedelta(seconds=1))
    end = start + step
    return or_(and_(Message.scanned_at >= start, Message.scanned_at < end),
               and_(Message.sent_at >= start, Message.sent_at < end))


def alert_predicate(value: str) -> ColumnElement[bool]:
    """alert_id is ``<postfix_id>-<scan time to the second>``, given only to detections."""
    postfix_id, _, when = value.strip().partition("-")
    detection = Message.final_disposition != "NONE"
    if not when:
        return and_(Message.postfix_id == postfix_id, detection)
    try:
        at = datetime.strptime(when, "%Y-%m-%dT%H:%M:%S").replace(tzinfo=UTC)
    except ValueError:
        return false()
    return and_(Message.postfix_id == postfix_id, detection,
                Message.scanned_at >= at, Message.scanned_at < at + timedelta(seconds=1))


def _submission(kind: str | None) -> ColumnElement[bool]:
    query = exists().where(Submission.message_id == Message.id)
    return query.where(Submission.type == kind) if kind else query


def _attachments(value: str) -> ColumnElement[bool]:
    # Hashes are long hex strings and names are specific: a match anywhere in the list is the match.
    return _contains(Message.verdict["attachments"], value)


FIELDS: dict[str, Callable[[str], ColumnElement[bool]]] = {
    "alert_id": alert_predicate,
    "cc": lambda v: _contains(Message.verdict["cc"], v),
    "from": lambda v: or_(_contains(Message.from_address, v), _contains(Message.envelope_from, v)),
    "envelope_from": lambda v: _contains(Message.envelope_from, v),
    "from_name": lambda v: _contains(Message.from_name, v),
    "final_disposition": lambda v: _equals(Message.final_disposition, v),
    "md5": _attachments,
    "sha1": _attachments,
    "sha256": _attachments,
    "attachment": _attachments,
    "reason": lambda v: _contains(Message.detection_reasons, v),
    "received": lambda v: _when(v) if _WHEN.match(v) else false(),
    "sent": lambda v: _when(v) if _WHEN.match(v) else false(),
    "replyto": lambda v: _contains(Message.replyto, v),
    "to": lambda v: or_(_contains(Message.to, v), _contains(Message.envelope_to, v)),
    "envelope_to": lambda v: _contains(Message.envelope_to, v),
    "to_name": lambda v: _contains(Message.to_name, v),
    "message_id": lambda v: _contains(Message.message_id, v.strip("<>")),
    "smtp_helo_server_ip": lambda v: _equals(Message.smtp_helo_server_ip, v),
    "smtp_previous_hop_ip": lambda v: _equals(Message.smtp_previous_hop_ip, v),
    "x_originating_ip": lambda v: _equals(Message.x_originating_ip, v),
    "subject": lambda v: _contains(Message.subject, v),
}
ALIASES = {"reply_to": "replyto", "reply-to": "replyto", "message-id": "message_id", "filename": "attachment",
           "disposition": "final_disposition", "reasons": "reason", "to_names": "to_name"}
FLAGS: dict[str, Callable[[], ColumnElement[bool]]] = {
    "phish_submission": lambda: Message.is_phish_submission.is_(True),
    "user_submission": lambda: _submission("User"),
    "user_malicious_submission": lambda: _submission("User"),
    "team_submission": lambda: _submission("Team"),
    "team_malicious_submission": lambda: _submission("Team"),
}
_EVERYWHERE = ("cc", "from", "from_name", "final_disposition", "md5", "sha1", "sha256", "attachment", "reason",
               "replyto", "to", "to_name", "message_id", "smtp_helo_server_ip", "smtp_previous_hop_ip",
               "x_originating_ip", "subject")


def _any_field(term: str) -> ColumnElement[bool]:
    if _WHEN.match(term):
        return _when(term)
    alert = [alert_predicate(term)] if "-" in term else [Message.postfix_id == term]
    return or_(*alert, *(FIELDS[name](term) for name in _EVERYWHERE))


def parse_query(query: str) -> list[ColumnElement[bool]]:
    """Each kept term as one predicate; the caller ANDs them."""
    predicates: list[ColumnElement[bool]] = []
    for field, value in terms(query):
        if field:
            predicates.append(FIELDS[field](value))
        elif value.lower() in FLAGS:
            predicates.append(FLAGS[value.lower()]())
        else:
            predicates.append(_any_field(value))
    return predicates


def is_when(value: str) -> bool:
    """A date or date-time term, matched against received and sent time."""
    return bool(_WHEN.match(value))


def terms(query: str) -> Iterator[tuple[str, str]]:
    """The kept terms as (field, value): field is "" for a bare term or a flag (value is then the flag)."""
    for match in _TOKEN.finditer(query):
        quoted_field, quoted_value, quoted_term, bare = match.groups()
        if quoted_field is not None:
            field, value = quoted_field.lower(), quoted_value
        elif quoted_term is not None:
            field, value = "", quoted_term
        else:
            field, sep, value = bare.partition(":")
            field = field.lower()
            if not sep or ALIASES.get(field, field) not in FIELDS or not value:
                field, value = "", bare
        field = ALIASES.get(field, field)
        if field not in FIELDS:
            field, value = "", value if quoted_field is None else f"{quoted_field}:{value}"
        if field or value.lower() in FLAGS or (len(value) >= 3 and value.lower() not in STOP_WORDS):
            yield field, value
