"""Importing a message from disk into an account."""

from __future__ import annotations

from mailverdict.errors import NotFound
from mailverdict.services.messages import Delivery, ingest
from mailverdict.store.db import Database
from mailverdict.store.models import Account, Message


def import_one(db: Database, account_id: str, raw: bytes) -> Message:
    with db.read() as session:
        if session.get(Account, account_id) is None:
            raise NotFound(f"no account with id {account_id!r}")
    return ingest(db, account_id, raw, Delivery(source="import", delivery_mode="API"))
