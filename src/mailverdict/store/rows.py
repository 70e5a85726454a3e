"""The write paths that run on every request, below SQLAlchemy's execution machinery.

SQLAlchemy's general execution path costs tens of microseconds per statement and per row
(parameter construction, per-row type processing through several layers, the session's state).
On the reclassify path, where a group-commit batch writes a few rows per request, that was most of
the database time. ``Raw`` wraps a DBAPI connection instead: every statement is built here, once
per table, column list and row count, from the table metadata, and values go through the columns'
own bind and result processors, so they are stored and read exactly as the ORM stores and reads
them. DBAPI errors are raised as SQLAlchemy's (IntegrityError, DataError...), as callers expect.

A batch of rows becomes one multi-row ``INSERT ... VALUES (...), (...)`` or one
``UPDATE ... FROM (VALUES ...)``: the driver and the database pay per statement (a PostgreSQL pipeline of
one-row statements saves the waits, not that), more than a longer statement costs to parse.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import lru_cache, partial
from typing import Any, cast

from sqlalchemy import Dialect, Table
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from mailverdict.store.models import Base
from mailverdict.store.types import UtcDateTime

# Well under SQLite's 32,766 and PostgreSQL's 65,535 bound parameters per statement.
MAX_PARAMETERS = 30_000

Processor = Callable[[Any], Any] | None
Upsert = tuple[tuple[str, ...], tuple[str, ...]]  # (the unique key's columns, the columns a conflict updates)


@dataclass(frozen=True, slots=True)
class Read:
    """``columns`` of ``model``'s rows whose ``key`` is one of ``keys``, in ``order_by``'s order if one is named.

    ``above``: (column, value): only the rows whose column is greater than the value.

    ``binary``: on PostgreSQL, the rows come in binary format. For large bytea values: as text they
    travel as hex, twice their size, encoded by the server and decoded by psycopg (32 messages of
    22 KB: 2.6-3.5 ms against 0.8 ms, a third of it the worker's CPU).
    """

    model: type[Base]
    columns: tuple[str, ...]
    key: str
    keys: tuple[Any, ...]
    order_by: str | None = None
    binary: bool = False
    above: tuple[str, Any] | None = None


class Raw:
    """A DBAPI connection with its dialect, for the statements of the hot write paths."""

    __slots__ = ("_cursor", "_dbapi_error", "_pipeline", "_savepoints", "connection", "dialect", "postgres")

    def __init__(self, connection: Any, dialect: Dialect) -> None:
        self.connection = connection
        self.dialect = dialect
        self.postgres = dialect.name == "postgresql"
        self._dbapi_error: type[Exception] = dialect.loaded_dbapi.Error
        self._savepoints = 0
        self._pipeline: Any = None
        self._cursor: Callable[[], Any] = connection.cursor
        if self.postgres:
            # psycopg parses a statement's %s placeholders on every call once it has more than 50
            # parameters (it caches only below that): a batch's multi-row statements have hundreds.
            # Its raw cursor takes PostgreSQL's own $1, $2... as they are.
            from psycopg import RawCursor

            self._cursor = partial(RawCursor, connection)

    @classmethod
    def of(cls, session: Session) -> Raw:
        """The connection of ``session``'s transaction (begun if it was not yet)."""
        connection = session.connection()
        return cls(connection.connection.driver_connection, connection.dialect)

    def begin(self) -> None:
        """Begin a write transaction. SQLite takes the write lock up front, as the engines'
        transactions do (store/dialect.py); psycopg begins one with the first statement."""
        if not self.postgres:
            self._execute("BEGIN IMMEDIATE", ())

    @contextmanager
    def pipelined(self) -> Iterator[None]:
        """On PostgreSQL, send statements without waiting for each one's answer: a round trip only
        when a result is read, at ``sync`` and at COMMIT. An error then shows at the next of those,
        so whoever needs to know that a piece of work failed calls ``sync`` after it."""
        if not self.postgres or self._pipeline is not None:  # inside one already: its syncs stand
            yield
            return
        with self.connection.pipeline() as pipeline:
            self._pipeline = pipeline
            try:
                yield
            finally:
                self._pipeline = None

    def sync(self) -> None:
        """Raise the error of any statement sent so far (PostgreSQL's pipeline); else nothing."""
        if self._pipeline is not None:
            self._call("sync", self._pipeline.sync)

    def commit(self) -> None:
        self._call("COMMIT", self.connection.commit)

    def rollback(self) -> None:
        self._call("ROLLBACK", self.connection.rollback)

    @contextmanager
    def savepoint(self) -> Iterator[None]:
        """A nested transaction: rolled back alone if the block raises."""
        self._savepoints += 1
        name = f"raw_sp_{self._savepoints}"
        self._execute(f"SAVEPOINT {name}", ())
        try:
            yield
            self.sync()
        except BaseException:
            self._execute(f"ROLLBACK TO SAVEPOINT {name}", ())
            self._execute(f"RELEASE SAVEPOINT {name}", ())
            raise
        self._execute(f"RELEASE SAVEPOINT {name}", ())

    def insert(self, model: type[Base], rows: Sequence[Mapping[str, Any]], *,
               returning: str | None = None, upsert: Upsert | None = None) -> list[Any]:
        """Insert ``rows`` (all with the same keys, the table's column names) into ``model``'s
        table; the ``returning`` column's values, in no particular order, if one is named.

        ``upsert=(keys, update)``: a row whose ``keys`` columns match an existing row's (a unique
        index) sets that row's ``update`` columns instead. No two rows may share ``keys``.
        """
        if not rows:
            return []
        table = _table(model)
        names = tuple(rows[0])
        values = _bound(table, names, self.dialect, rows)
        per_statement = max(1, MAX_PARAMETERS // len(names))
        cursors = [self._execute(_insert(table, names, len(chunk), self.dialect, returning, upsert),
                                 [value for row in chunk for value in row])
                   for chunk in _chunks(values, per_statement)]
        if returning is None:
            return []
        return [value for cursor in cursors for (value,) in self._call("fetch", cursor.fetchall)]

    def insert_linked(self, model: type[Base], rows: Sequence[Mapping[str, Any]], key: str, child: type[Base],
                      link: str, values: Mapping[str, Any]) -> None:
        """Insert ``rows`` as ``insert`` does and, for each new row, a row of ``child`` whose ``link`` column
        holds the new row's ``key`` (a generated id) and whose other columns are ``values``.

        On PostgreSQL one statement (``WITH new AS (INSERT ... RETURNING key) INSERT ... SELECT``): the new
        keys never come back to the client, so a pipeline has nothing to wait for before its COMMIT.
        """
        if not rows:
            return
        if not self.postgres:
            keys = self.insert(model, rows, returning=key)
            self.insert(child, [{link: k, **values} for k in keys])
            return
        table, child_table = _table(model), _table(child)
        names, child_names = tuple(rows[0]), tuple(values)
        bound = _bound(table, names, self.dialect, rows)
        (constant,) = _bound(child_table, child_names, self.dialect, [values])
        per_statement = max(1, (MAX_PARAMETERS - len(child_names)) // len(names))
        for chunk in _chunks(bound, per_statement):
            self._execute(_insert_linked(table, names, len(chunk), key, child_table, link, child_names, self.dialect),
                          [value for row in chunk for value in row] + constant)

    def select_in(self, model: type[Base], columns: tuple[str, ...], key: str,
                  keys: Collection[Any]) -> list[tuple[Any, ...]]:
        """``columns`` of the rows whose ``key`` is one of ``keys``, read as the ORM reads them."""
        (found,) = self.select_all([Read(model, columns, key, tuple(keys))])
        return found

    def select_all(self, reads: Sequence[Read]) -> list[list[tuple[Any, ...]]]:
        """The rows of each read, in order. On PostgreSQL they are sent together, one round trip for all."""
        sent: list[tuple[Read, Any]] = []
        with self.pipelined():
            for read in reads:
                if read.keys:
                    above, parameters = (None, list(read.keys)) if read.above is None else (
                        read.above[0], [*read.keys, read.above[1]])
                    sql = _select_in(_table(read.model), read.columns, read.key, len(read.keys), self.dialect,
                                     read.order_by, above)
                    sent.append((read, self._execute(sql, parameters, binary=read.binary)))
                else:
                    sent.append((read, None))
            return [self._fetched(read, cursor) for read, cursor in sent]

    def _fetched(self, read: Read, cursor: Any) -> list[tuple[Any, ...]]:
        if cursor is None:
            return []
        found = self._call("fetch", cursor.fetchall)
        processors = _result_processors(_table(read.model), read.columns, self.dialect)
        if not any(processors):
            return found  # type: ignore[no-any-return]
        return [tuple(value if process is None else process(value)
                      for value, process in zip(row, processors, strict=True)) for row in found]

    def update(self, model: type[Base], key: str, rows: Sequence[Mapping[str, Any]]) -> None:
        """Set each row's other columns on the row of the table whose ``key`` column equals its ``key``
        (no two rows may share one): one statement for all of them."""
        if not rows:
            return
        table = _table(model)
        names = tuple(name for name in rows[0] if name != key)
        values = _bound(table, (*names, key), self.dialect, rows)
        for chunk in _chunks(values, max(1, MAX_PARAMETERS // (len(names) + 1))):
            self._execute(_update(table, names, key, len(chunk), self.dialect),
                          [value for row in chunk for value in row])

    def _execute(self, sql: str, parameters: Sequence[Any], *, binary: bool = False) -> Any:
        cursor = self._cursor()
        if binary and self.postgres:
            self._call(sql, lambda: cursor.execute(sql, parameters, binary=True), parameters)
        else:
            self._call(sql, lambda: cursor.execute(sql, parameters), parameters)
        return cursor

    def _call(self, sql: str, fn: Callable[[], Any], parameters: Any = ()) -> Any:
        try:
            return fn()
        except self._dbapi_error as exc:  # as SQLAlchemy would raise it: IntegrityError, DataError...
            raise DBAPIError.instance(sql, parameters, exc, self._dbapi_error) from exc


def _chunks(values: list[list[Any]], size: int) -> Iterator[list[list[Any]]]:
    for start in range(0, len(values), size):
        yield values[start:start + size]


def _table(model: type[Base]) -> Table:
    return cast(Table, model.__table__)


def _bound(table: Table, names: tuple[str, ...], dialect: Dialect,
           rows: Sequence[Mapping[str, Any]]) -> list[list[Any]]:
    processors = _bind_processors(table, names, dialect)
    return [[value if process is None else process(value)
             for value, process in zip([row[n] for n in names], processors, strict=True)] for row in rows]


@lru_cache(maxsize=256)
def _bind_processors(table: Table, names: tuple[str, ...], dialect: Dialect) -> tuple[Processor, ...]:
    return tuple(_bind_processor(table.c[name].type, dialect) for name in names)


def _bind_processor(column_type: Any, dialect: Dialect) -> Processor:
    """The column type's bind processor; for UTC timestamps, a shortcut for the usual value (an
    aware datetime in UTC) to what the two layers of processors make of it: on SQLite the text
    SQLAlchemy's DATETIME writes, on PostgreSQL the value itself. A row has several of them, and
    the layered processors cost a few microseconds each."""
    general: Processor = column_type._cached_bind_processor(dialect)
    if not isinstance(column_type, UtcDateTime) or general is None:
        return general
    postgres = dialect.name == "postgresql"

    def process(value: Any) -> Any:
        if type(value) is datetime and value.tzinfo is UTC:
            return value if postgres else value.replace(tzinfo=None).isoformat(" ", "microseconds")
        return general(value)

    return process


@lru_cache(maxsize=256)
def _result_processors(table: Table, names: tuple[str, ...], dialect: Dialect) -> tuple[Processor, ...]:
    return tuple(table.c[name].type._cached_result_processor(dialect, None) for name in names)


def _mark(dialect: Dialect) -> str:
    return "?" if dialect.paramstyle == "qmark" else "%s"


def _numbered(sql: str, dialect: Dialect) -> str:
    """On PostgreSQL, ``sql``'s placeholders numbered for the raw cursor (Raw's statements hold no other %s)."""
    if dialect.paramstyle == "qmark":
        return sql
    first, *rest = sql.split("%s")
    return first + "".join(f"${i}{part}" for i, part in enumerate(rest, 1))


@lru_cache(maxsize=1024)
def _insert(table: Table, names: tuple[str, ...], count: int, dialect: Dialect, returning: str | None,
            upsert: Upsert | None = None) -> str:
    quote = dialect.identifier_preparer.quote
    sql = _insert_values(table, names, count, dialect)
    if upsert is not None:
        keys, update = upsert
        sql += (f" ON CONFLICT ({', '.join(quote(k) for k in keys)}) "
                f"DO UPDATE SET {', '.join(f'{quote(c)} = excluded.{quote(c)}' for c in update)}")
    return _numbered(sql + f" RETURNING {quote(returning)}" if returning is not None else sql, dialect)


def _insert_values(table: Table, names: tuple[str, ...], count: int, dialect: Dialect) -> str:
    quote = dialect.identifier_preparer.quote
    group = "(" + ", ".join([_mark(dialect)] * len(names)) + ")"
    return f"INSERT INTO {quote(table.name)} ({', '.join(quote(n) for n in names)}) VALUES {', '.join([group] * count)}"


@lru_cache(maxsize=256)
def _insert_linked(table: Table, names: tuple[str, ...], count: int, key: str, child: Table, link: str,
                   child_names: tuple[str, ...], dialect: Dialect) -> str:
    """PostgreSQL's one statement for ``Raw.insert_linked``; the child's constant values cast to their
    columns' types (psycopg sends strings untyped, which a SELECT list takes as text)."""
    quote = dialect.identifier_preparer.quote
    constants = ", ".join(f"CAST(%s AS {child.c[name].type.compile(dialect=dialect)})" for name in child_names)
    return _numbered(f"WITH new AS ({_insert_values(table, names, count, dialect)} RETURNING {quote(key)}) "
                     f"INSERT INTO {quote(child.name)} ({', '.join(quote(n) for n in (link, *child_names))}) "
                     f"SELECT {quote(key)}, {constants} FROM new", dialect)


@lru_cache(maxsize=1024)
def _select_in(table: Table, names: tuple[str, ...], key: str, count: int, dialect: Dialect,
               order_by: str | None = None, above: str | None = None) -> str:
    quote = dialect.identifier_preparer.quote
    sql = (f"SELECT {', '.join(quote(n) for n in names)} FROM {quote(table.name)} "
           f"WHERE {quote(key)} IN ({', '.join([_mark(dialect)] * count)})")
    if above is not None:
        sql += f" AND {quote(above)} > {_mark(dialect)}"
    return _numbered(sql if order_by is None else f"{sql} ORDER BY {quote(order_by)}", dialect)


@lru_cache(maxsize=256)
def _update(table: Table, names: tuple[str, ...], key: str, count: int, dialect: Dialect) -> str:
    """``count`` rows' updates joined on ``key`` from a VALUES list. On PostgreSQL each value is cast
    to its column's type: psycopg sends strings untyped, which VALUES takes as text (not assignable
    to a JSON or timestamp column); SQLite needs none, and would cast to JSON as to a number."""
    quote = dialect.identifier_preparer.quote
    columns = (*names, key)
    if dialect.paramstyle == "qmark":
        group = "(" + ", ".join(["?"] * len(columns)) + ")"
    else:
        group = "(" + ", ".join(f"CAST(%s AS {table.c[name].type.compile(dialect=dialect)})" for name in columns) + ")"
    return _numbered(f"WITH v({', '.join(quote(n) for n in columns)}) AS (VALUES {', '.join([group] * count)}) "
                     f"UPDATE {quote(table.name)} SET {', '.join(f'{quote(n)} = v.{quote(n)}' for n in names)} "
                     f"FROM v WHERE {quote(table.name)}.{quote(key)} = v.{quote(key)}", dialect)
