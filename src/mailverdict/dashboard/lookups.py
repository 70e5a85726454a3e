"""Reads the dashboard needs that the services do not offer yet.

* a token's Principal by token *id* (a session never holds the token value);
* "similar emails": how many messages share an edf_hash, and a page of them;
* a message's raw bytes, for the .eml download (``investigate.raw`` decodes them to text).

Each is a read in one short transaction over the store's models, written in the services'
terms; they belong in ``services/accounts.py`` and ``services/search.py`` and can move there.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import and_, func, or_, select

from mailverdict.errors import Forbidden
from mailverdict.services import search
from mailverdict.services.accounts import Principal
from mailverdict.services.messages import get_message, raw_bytes
from mailverdict.store.db import Database
from mailverdict.store.models import Account, ApiToken, Message, TokenAccount


def token_principal(db: Database, token_id: str) -> Principal:
    """What the token with this id may do now; a revoked or deleted token is Forbidden."""
    with db.read() as session:
        token = session.get(ApiToken, token_id)
        if token is None:
            raise Forbidden("the API token no longer exists")
        if token.revoked_at is not None:
            raise Forbidden("the API token has been revoked")
        accounts = frozenset(session.scalars(select(TokenAccount.account_id).where(TokenAccount.token_id == token.id)))
    return Principal("token", token.id, f"token:{token.name}", token.can_write, accounts)


def account_names(db: Database, account_ids: frozenset[str]) -> dict[str, str]:
    """Names of the given accounts, for the account picker and the page header."""
    if not account_ids:
        return {}
    with db.read() as session:
        rows = session.execute(select(Account.id, Account.name).where(Account.id.in_(account_ids))
                               .order_by(Account.name, Account.id)).all()
    return {account_id: name for account_id, name in rows}


def similar_counts(db: Database, account_id: str, hashes: set[str], start: datetime,
                   end: datetime) -> dict[str, int]:
    """Messages (all dispositions) sharing each edf_hash within the window, the message itself included."""
    if not hashes:
        return {}
    with db.read() as session:
        rows = session.execute(
            select(Message.edf_hash, func.count())
            .where(Message.account_id == account_id, Message.edf_hash.in_(hashes), Message.source != "submission",
                   Message.scanned_at >= start, Message.scanned_at <= end)
            .group_by(Message.edf_hash)
        ).all()
    return {str(edf_hash): int(count) for edf_hash, count in rows}


def similar(db: Database, account_id: str, edf_hash: str, params: search.SearchParams, *, per_page: int,
            cursor: str | None) -> search.Page:
    """A search narrowed to one edf_hash, newest first, with the search's own keyset cursors."""
    query = search.filtered(account_id, params).where(Message.edf_hash == edf_hash)
    with db.read() as session:
        if cursor is None:
            rows = list(session.scalars(query.order_by(Message.scanned_at.desc(), Message.id.desc())
                                        .limit(per_page + 1)))
            more_after, more_before = len(rows) > per_page, False
            rows = rows[:per_page]
        else:
            at, row_id, direction = search.decode_cursor(cursor)
            if direction == "next":
                older = or_(Message.scanned_at < at, and_(Message.scanned_at == at, Message.id < row_id))
                rows = list(session.scalars(query.where(older).order_by(Message.scanned_at.desc(), Message.id.desc())
                                            .limit(per_page + 1)))
                more_after, more_before = len(rows) > per_page, True
                rows = rows[:per_page]
            else:
                newer = or_(Message.scanned_at > at, and_(Message.scanned_at == at, Message.id > row_id))
                rows = list(session.scalars(query.where(newer).order_by(Message.scanned_at.asc(), Message.id.asc())
                                            .limit(per_page + 1)))
                more_before, more_after = len(rows) > per_page, True
                rows = rows[:per_page][::-1]
    return search.Page(rows, search.encode_cursor(rows[-1], "next") if rows and more_after else None,
                       search.encode_cursor(rows[0], "prev") if rows and more_before else None)


def raw_message(db: Database, account_id: str, investigate_id: str) -> bytes:
    with db.read() as session:
        return raw_bytes(session, get_message(session, account_id, investigate_id))
