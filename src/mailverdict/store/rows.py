"""Many rows of one table in one INSERT, for the write paths that run on every request.

SQLAlchemy's general execution machinery costs tens of microseconds per row (parameter
construction, per-row type processing through several layers). On the reclassify path, where a
group-commit batch writes a few rows per request, that was most of the database time. Here the
statement text and the columns' bind processors are prepared once per table, column list and row
count. On SQLite a batch becomes one multi-row ``INSERT ... VALUES (...), (...)``; on
PostgreSQL a pipeline of one-row statements (one round trip), with values converted exactly as
SQLAlchemy would convert them.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from functools import lru_cache
from typing import Any, cast

from sqlalchemy import Connection, Dialect, Table
from sqlalchemy.exc import DBAPIError

from mailverdict.store.models import Base

# Well under SQLite's 32,766 and PostgreSQL's 65,535 bound parameters per statement.
MAX_PARAMETERS = 30_000

Processor = Callable[[Any], Any] | None


def insert_rows(connection: Connection, model: type[Base], rows: Sequence[Mapping[str, Any]],
                *, returning: str | None = None) -> list[Any]:
    """Insert ``rows`` (all with the same keys, the table's column names) into ``model``'s table; the
    ``returning`` column's values, in no particular order, if one is named."""
    if not rows:
        return []
    table = cast(Table, model.__table__)
    names = tuple(rows[0])
    dialect = connection.dialect
    processors = _processors(table, names, dialect)
    values = [[value if process is None else process(value)
               for value, process in zip([row[n] for n in names], processors, strict=True)] for row in rows]
    if dialect.name == "postgresql":
        return _pipelined(connection, _statement(table, names, 1, dialect, returning), values, returning is not None)
    per_statement = max(1, MAX_PARAMETERS // len(names))
    returned: list[Any] = []
    for start in range(0, len(values), per_statement):
        chunk = values[start:start + per_statement]
        sql = _statement(table, names, len(chunk), dialect, returning)
        result = connection.exec_driver_sql(sql, tuple(value for row in chunk for value in row))
        if returning is not None:
            returned.extend(value for (value,) in result)
    return returned


def _pipelined(connection: Connection, sql: str, values: list[list[Any]], returning: bool) -> list[Any]:
    """psycopg sends a one-row statement for every row in one pipeline: one round trip, and a short
    statement it prepares once (a long multi-row one it would parse again each time)."""
    dbapi = connection.dialect.loaded_dbapi
    cursor = connection.connection.driver_connection.cursor()  # type: ignore[union-attr]
    try:
        cursor.executemany(sql, values, returning=returning)
        returned: list[Any] = []
        while returning:
            returned.extend(value for (value,) in cursor.fetchall())
            if not cursor.nextset():
                break
        return returned
    except dbapi.Error as exc:  # as SQLAlchemy would raise it: IntegrityError, DataError...
        raise DBAPIError.instance(sql, values, exc, dbapi.Error) from exc
    finally:
        cursor.close()


@lru_cache(maxsize=256)
def _processors(table: Table, names: tuple[str, ...], dialect: Dialect) -> tuple[Processor, ...]:
    return tuple(table.c[name].type._cached_bind_processor(dialect) for name in names)


@lru_cache(maxsize=1024)
def _statement(table: Table, names: tuple[str, ...], count: int, dialect: Dialect, returning: str | None) -> str:
    quote = dialect.identifier_preparer.quote
    mark = "?" if dialect.paramstyle == "qmark" else "%s"
    group = "(" + ", ".join([mark] * len(names)) + ")"
    sql = (f"INSERT INTO {quote(table.name)} ({', '.join(quote(n) for n in names)}) "
           f"VALUES {', '.join([group] * count)}")
    return sql + f" RETURNING {quote(returning)}" if returning is not None else sql
