"""What the first ``serve`` of an empty database does: one account and a Write token."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

from mailverdict.services.accounts import create_account, create_token
from mailverdict.store.db import Database
from mailverdict.store.models import Account


@dataclass(frozen=True, slots=True)
class FirstRun:
    account_id: str
    token: str


def first_run(db: Database) -> FirstRun | None:
    with db.read() as session:
        if session.scalar(select(func.count()).select_from(Account)):
            return None
    account = create_account(db, name="Default account")
    token = create_token(db, account_ids=[account.id], name="first-run token")
    return FirstRun(account.id, token.value)
