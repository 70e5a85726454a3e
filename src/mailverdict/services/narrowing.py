"""Narrowing a search to the rows the text index names, when its terms are rare.

The search's own predicates (services/search.py, services/query.py) are exact but can only be
checked row by row: walking the newest-first index, a page of a common term is found at once,
but a rare term makes the walk read the whole date window. For each text term the search has,
this asks the index (store/fulltext.py) which rows contain it, reading at most ``LIMIT + 1`` ids:

* some term is rare (at most LIMIT rows): the search also requires ``id IN (those ids)``, which
  the database answers by primary key and then sorts (a few thousand rows at most);
* every term is common: nothing is added, and the walk finds a page within a few thousand rows.

Either way a page costs about the same at 10 thousand or 10 million messages. The index only
ever answers a superset of the exact matches, and the exact predicates stay in the query, so
results are the same as without it.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session

from mailverdict.services.query import FLAGS, is_when, terms
from mailverdict.store.fulltext import GROUPS, MIN_TERM, address_candidates, candidates
from mailverdict.store.models import Message

if TYPE_CHECKING:  # search.py imports this module
    from mailverdict.services.search import SearchParams

LIMIT = 2000
# Query fields whose text lives in a group other than "other"; alert_id and the two dates are
# matched by id and time, not text, so they cannot narrow.
_FIELD_GROUPS = {"from": ("sender",), "envelope_from": ("sender",), "to": ("recipients",),
                 "envelope_to": ("recipients",), "subject": ("subject",)}
_NOT_TEXT = {"alert_id", "received", "sent"}
ADDRESS_GROUPS = {"sender_address": "sender", "recipient_address": "recipients"}


def narrow(session: Session, params: SearchParams) -> ColumnElement[bool] | None:
    """An extra ``id IN (...)`` for the search, or None when no term is rare enough to help."""
    found: set[int] | None = None
    for term, groups in text_terms(params):
        if groups[0] in ("sender_address", "recipient_address"):
            ids = address_candidates(session, term, ADDRESS_GROUPS[groups[0]], limit=LIMIT)
        else:
            ids = candidates(session, _selective_part(term), groups, limit=LIMIT)
        if ids is None:
            continue
        if "-" in term and groups == GROUPS:
            ids = [*ids, *_by_alert_id(session, term)]
        found = set(ids) if found is None else found & set(ids)
        if not found:
            break
    return None if found is None else Message.id.in_(sorted(found))


def _by_alert_id(session: Session, term: str) -> list[int]:
    # A bare term with a dash may be an alert id, which the query matches by postfix_id, not text.
    postfix_id = term.partition("-")[0]
    return list(session.scalars(select(Message.id).where(Message.postfix_id == postfix_id).limit(LIMIT)))


def text_terms(params: SearchParams) -> Iterator[tuple[str, tuple[str, ...]]]:
    """(term, groups) for every text condition of the search; each group's text contains the term."""
    # sender and recipient match whole addresses (or "@domain" suffixes): the address index holds them.
    if params.sender:
        yield _address_term(params.sender), ("sender_address",)
    if params.recipient:
        yield _address_term(params.recipient), ("recipient_address",)
    for word in (params.subject or "").split():
        yield word, ("subject",)
    if params.exact_subject:
        yield params.exact_subject, ("subject",)
    for field, value in terms(params.query or ""):
        if field in _NOT_TEXT or (not field and (value.lower() in FLAGS or is_when(value))):
            continue
        if field == "message_id":
            value = value.strip("<>")
        yield value, (_FIELD_GROUPS.get(field, ("other",)) if field else GROUPS)


def _selective_part(term: str) -> str:
    """A part of the term to look up: the local part of an address, whose domain is common to much mail.

    Any part of a term finds a superset of the rows containing the whole term, which is all narrowing
    needs; fewer and rarer trigrams make the lookup cheap.
    """
    local = term.split("@", 1)[0]
    return local if "@" in term and len(local) >= MIN_TERM else term


def _address_term(value: str) -> str:
    """An address as given, or a bare domain as "@domain" (it must follow the @)."""
    value = value.strip().lower()
    return value if "@" in value else "@" + value.lstrip("@")
