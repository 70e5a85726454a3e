"""Create, read, update, delete, list and batch for every settings resource.

A resource module describes itself with a ``Resource`` (its table, the names it is ordered and
filtered by, which columns ``search`` looks in, and a ``check`` that validates a row's values);
this module does the rest the same way for all of them. A batch runs in one transaction: it
applies entirely or not at all.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

from sqlalchemy import Select, Text, cast, func, or_, select
from sqlalchemy.orm import Session

from mailverdict.errors import Conflict, InvalidInput, NotFound
from mailverdict.store.db import Database
from mailverdict.store.models import Account, SettingRow
from mailverdict.store.types import utcnow

Row = TypeVar("Row", bound=SettingRow)
MAX_BATCH = 1000


def _no_check(values: dict[str, Any]) -> dict[str, Any]:
    return values


@dataclass(frozen=True)
class Resource(Generic[Row]):
    model: type[Row]
    label: str  # "allow policy", used in messages
    orderable: tuple[str, ...] = ("created_at",)
    search_columns: tuple[str, ...] = ()
    check: Callable[[dict[str, Any]], dict[str, Any]] = _no_check  # full values in, normalized values out
    unique: str | None = None  # a column no two rows of an account may share
    defaults: Mapping[str, Any] = field(default_factory=dict)
    keep: tuple[str, ...] = ()  # columns a PUT cannot change (the row's identity, e.g. the domain name)
    fresh: Callable[[], dict[str, Any]] | None = None  # values made anew for each created row (e.g. a token)

    def column(self, name: str) -> Any:
        return getattr(self.model, name)


@dataclass(frozen=True, slots=True)
class ListQuery:
    filters: Mapping[str, Any]  # column -> value (a list means "any of"; "col__has" looks inside a JSON list)
    search: str | None = None
    order: str | None = None
    direction: str = "asc"
    page: int = 1
    per_page: int = 20


def _values(row: SettingRow, resource: Resource[Any]) -> dict[str, Any]:
    keys = [c.key for c in resource.model.__table__.columns
            if c.key not in ("id", "account_id", "created_at", "modified_at")]
    return {k: getattr(row, k) for k in keys}


def _apply(session: Session, resource: Resource[Row], row: Row, values: dict[str, Any]) -> Row:
    for column in resource.model.__table__.columns:  # type: ignore[attr-defined]
        if not column.nullable and column.key in values and values[column.key] is None:
            raise InvalidInput(f"{column.key}: field required (and must not be null)")
        if isinstance(values.get(column.key), str) and "\x00" in values[column.key]:
            # The same answer on both databases (PostgreSQL cannot store NUL in text at all).
            raise InvalidInput(f"{column.key}: must not contain a NUL character")
    checked = resource.check(values)
    if resource.unique is not None:
        taken = session.scalars(select(resource.model).where(
            resource.model.account_id == row.account_id, resource.column(resource.unique) == checked[resource.unique],
            resource.model.id != row.id)).first()
        if taken is not None:
            raise Conflict(f"a {resource.label} with {resource.unique} '{checked[resource.unique]}' already exists "
                           f"(id {taken.id})")
    for key, value in checked.items():
        setattr(row, key, value)
    row.modified_at = utcnow()
    return row


def add(session: Session, resource: Resource[Row], account_id: str, values: dict[str, Any]) -> Row:
    now = utcnow()
    row = resource.model()
    row.id, row.account_id, row.created_at, row.modified_at = str(uuid.uuid4()), account_id, now, now
    made = resource.fresh() if resource.fresh is not None else {}
    _apply(session, resource, row, {**resource.defaults, **made, **values})
    session.add(row)
    session.flush()
    return row


def find(session: Session, resource: Resource[Row], account_id: str, row_id: str, *, lock: bool = False) -> Row:
    query = select(resource.model).where(resource.model.id == str(row_id), resource.model.account_id == account_id)
    row = session.scalars(query.with_for_update() if lock else query).first()
    if row is None:
        raise NotFound(f"no {resource.label} with id '{row_id}' in this account")
    return row


def change(session: Session, resource: Resource[Row], account_id: str, row_id: str, values: dict[str, Any], *,
           replace: bool = False) -> Row:
    """PATCH merges ``values`` into the row; PUT (``replace``) resets what it leaves out to defaults."""
    row = find(session, resource, account_id, row_id, lock=True)
    current = _values(row, resource)
    if replace:
        current = {k: v if k in resource.keep else resource.defaults.get(k) for k, v in current.items()}
    return _apply(session, resource, row, {**current, **values})


def remove(session: Session, resource: Resource[Row], account_id: str, row_id: str) -> str:
    row = find(session, resource, account_id, row_id, lock=True)
    session.delete(row)
    return row.id


def create(db: Database, resource: Resource[Row], account_id: str, values: dict[str, Any]) -> Row:
    with db.write() as session:
        return add(session, resource, account_id, values)


def get(db: Database, resource: Resource[Row], account_id: str, row_id: str) -> Row:
    with db.read() as session:
        return find(session, resource, account_id, row_id)


def update(db: Database, resource: Resource[Row], account_id: str, row_id: str, values: dict[str, Any], *,
           replace: bool = False) -> Row:
    with db.write() as session:
        return change(session, resource, account_id, row_id, values, replace=replace)


def delete(db: Database, resource: Resource[Row], account_id: str, row_ids: Sequence[str]) -> list[str]:
    with db.write() as session:
        _lock_account(session, account_id)
        return [remove(session, resource, account_id, i) for i in row_ids]


def list_rows(db: Database, resource: Resource[Row], account_id: str, q: ListQuery) -> tuple[list[Row], int]:
    order = q.order or "created_at"
    if order not in resource.orderable:
        raise InvalidInput(f"order must be one of {', '.join(resource.orderable)}, got {order!r}")
    query: Select[Row] = select(resource.model).where(resource.model.account_id == account_id)
    for name, value in q.filters.items():
        if value is None:
            continue
        if name.endswith("__has"):  # a value inside a JSON list column
            query = query.where(cast(resource.column(name.removesuffix("__has")), Text).like(f'%"{value}"%'))
            continue
        column = resource.column(name)
        query = query.where(column.in_(value) if isinstance(value, list) else column == value)
    if q.search and resource.search_columns:
        like = f"%{q.search.lower()}%"
        query = query.where(or_(*(func.lower(resource.column(c)).like(like) for c in resource.search_columns)))
    column = resource.column(order)
    ordering = (column.desc(), resource.model.id.desc()) if q.direction == "desc" else (column.asc(),
                                                                                        resource.model.id.asc())
    with db.read() as session:
        total = session.scalar(select(func.count()).select_from(query.subquery())) or 0
        rows = session.scalars(query.order_by(*ordering).offset((q.page - 1) * q.per_page).limit(q.per_page)).all()
    return list(rows), total


@dataclass(frozen=True, slots=True)
class BatchResult(Generic[Row]):
    deletes: list[str]
    patches: list[Row]
    puts: list[Row]
    posts: list[Row]


def batch(db: Database, resource: Resource[Row], account_id: str, *, deletes: list[str],
          patches: list[tuple[str, dict[str, Any]]], puts: list[tuple[str, dict[str, Any]]],
          posts: list[dict[str, Any]]) -> BatchResult[Row]:
    """Deletes, then patches, then puts, then posts, all in one transaction."""
    for name, items in (("deletes", deletes), ("patches", patches), ("puts", puts), ("posts", posts)):
        if len(items) > MAX_BATCH:
            raise InvalidInput(f"{name}: at most {MAX_BATCH} items, got {len(items)}")
    with db.write() as session:
        _lock_account(session, account_id)
        return BatchResult(
            [remove(session, resource, account_id, i) for i in deletes],
            [change(session, resource, account_id, i, v) for i, v in patches],
            [change(session, resource, account_id, i, v, replace=True) for i, v in puts],
            [add(session, resource, account_id, v) for v in posts],
        )


def _lock_account(session: Session, account_id: str) -> None:
    """Take the account's row before any settings row, in a transaction that writes several: each
    write's trigger takes it too (to move the account's context epoch, migration 0007), and two
    such transactions that each held a settings row the other wants would wait on each other."""
    session.execute(select(Account.id).where(Account.id == account_id).with_for_update(key_share=True))


def rows(session: Session, model: type[Row], account_id: str) -> list[Row]:
    """Every row of an account (for building the scan context)."""
    return list(session.scalars(select(model).where(model.account_id == account_id).order_by(model.created_at)))
