"""The database handle: engines, sessions and schema migration."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager
from functools import partial
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import Engine
from sqlalchemy.exc import DataError, StatementError
from sqlalchemy.orm import Session, sessionmaker

from mailverdict.errors import InvalidInput
from mailverdict.store.dialect import make_engine
from mailverdict.store.groupcommit import GroupCommitter
from mailverdict.store.rows import Raw

T = TypeVar("T")
I = TypeVar("I")  # noqa: E741

MIGRATIONS = Path(__file__).parent / "migrations"
# RETURNING (claims, inserts) came in 3.35; UPDATE ... FROM (batch updates) in 3.33.
SQLITE_NEEDED = (3, 35)


def require_sqlite(version: tuple[int, ...]) -> None:
    """Refuse, with a message that says what to do, a SQLite too old for the statements we write."""
    if version < SQLITE_NEEDED:
        needed, found = ".".join(map(str, SQLITE_NEEDED)), ".".join(map(str, version))
        raise RuntimeError(f"mailverdict needs SQLite {needed} or newer; this Python's sqlite3 module links "
                           f"SQLite {found}. Use a newer Python build, or PostgreSQL (MAILVERDICT_DATABASE_URL).")


class Database:
    """Write and read sessions over one database.

    On SQLite writes go through an engine whose transactions begin IMMEDIATE and reads
    through one that begins DEFERRED, so readers never wait on the write lock. On PostgreSQL
    both are the same engine.
    """

    def __init__(self, url: str, *, pool_size: int = 10) -> None:
        self.url = url
        if url.startswith("sqlite"):
            require_sqlite(sqlite3.sqlite_version_info)
            Path(url.removeprefix("sqlite:///")).parent.mkdir(parents=True, exist_ok=True)
            # Enough pooled connections for every threadpool worker: an overflow connection is
            # closed on return, and reopening one repeats the PRAGMAs on every request.
            self.writer: Engine = make_engine(url, immediate=True, pool_size=pool_size, max_overflow=pool_size)
            self.reader: Engine = make_engine(url, immediate=False, pool_size=4 * pool_size, max_overflow=4 * pool_size)
        else:
            self.writer = make_engine(url, pool_size=pool_size, max_overflow=pool_size)
            self.reader = self.writer
        self._write = sessionmaker(self.writer, expire_on_commit=False)
        self._read = sessionmaker(self.reader, expire_on_commit=False)
        # The committer thread keeps one connection busy. On PostgreSQL it gets its own, without the
        # pool's liveness ping (a round trip per batch); a dead connection fails one batch, whose
        # callers were told nothing, and the pool replaces it.
        self._batch_engine = (self.writer if self.dialect == "sqlite"
                              else make_engine(url, pool_size=1, pool_pre_ping=False))
        self._batches = sessionmaker(self._batch_engine, expire_on_commit=False)
        self._committer_connection = _KeptConnection(self._batch_engine)
        self._grouped = GroupCommitter(partial(_transaction, self._batches), self._committer_connection.transaction)

    @property
    def dialect(self) -> str:
        return self.writer.dialect.name

    def write(self) -> AbstractContextManager[Session]:
        """A transaction that commits on success and rolls back on any exception."""
        return _transaction(self._write)

    def write_grouped(self, fn: Callable[[Session], T]) -> T:
        """Run ``fn`` in a write transaction shared with concurrent callers (group commit).

        It returns once the shared transaction has committed, so the write is as durable as with
        ``write()``; under concurrency many callers share one fsync. On SQLite, which has one
        writer at a time anyway, this is what lets concurrent requests scale; on PostgreSQL ``fn``
        runs in its own transaction. ``fn`` must not open another write transaction itself.
        """
        if self.dialect != "sqlite":
            # PostgreSQL commits concurrent transactions in parallel (and groups their WAL flushes
            # itself); funnelling them through one thread only serializes the round trips.
            with self.write() as session:
                return fn(session)
        with _client_data_errors():
            return self._grouped.run(fn)

    def write_batched(self, fn: Callable[[Raw, list[I]], Sequence[T]], item: I) -> T:
        """Write ``item`` with ``fn(raw, items)`` together with concurrent callers' items (see
        ``GroupCommitter.run_batched``); return its result once the transaction has committed."""
        with _client_data_errors():
            return self._grouped.run_batched(fn, item)

    async def write_batched_async(self, fn: Callable[[Raw, list[I]], Sequence[T]], item: I) -> T:
        """``write_batched`` for a coroutine: the caller's event loop is not blocked while it commits."""
        with _client_data_errors():
            return await self._grouped.run_batched_async(fn, item)

    @contextmanager
    def read(self) -> Iterator[Session]:
        with _client_data_errors(), self._read() as session, session.begin():
            yield session

    def upgrade(self) -> None:
        """Bring the schema to the newest migration."""
        from alembic import command

        command.upgrade(alembic_config(self.url), "head")

    def dispose(self) -> None:
        self._grouped.stop()
        self._committer_connection.close()
        self.writer.dispose()
        if self._batch_engine is not self.writer:
            self._batch_engine.dispose()
        if self.reader is not self.writer:
            self.reader.dispose()


class _KeptConnection:
    """The group committer's own DBAPI connection, kept from batch to batch: a pool checkout, the
    reset on return and a session's set-up cost more than the statements of a small batch. Only the
    committer thread uses it; after a failure it is dropped and the next batch opens a new one."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine
        self._pooled: Any = None
        self._raw: Raw | None = None

    @contextmanager
    def transaction(self) -> Iterator[Raw]:
        """A write transaction that commits on success and rolls back on any exception."""
        if self._raw is None:
            self._pooled = self._engine.raw_connection()
            self._raw = Raw(self._pooled.driver_connection, self._engine.dialect)
        raw = self._raw
        try:
            with raw.pipelined():  # PostgreSQL: the batch's statements in few round trips
                raw.begin()
                yield raw
                raw.commit()
        except BaseException:
            try:
                raw.rollback()
            except Exception:
                self._drop()
            raise

    def close(self) -> None:
        if self._pooled is not None:
            self._pooled.close()
        self._pooled = self._raw = None

    def _drop(self) -> None:
        self._pooled.invalidate()
        self._pooled = self._raw = None


@contextmanager
def _transaction(sessions: sessionmaker[Session]) -> Iterator[Session]:
    with _client_data_errors(), sessions() as session, session.begin():
        yield session


@contextmanager
def _client_data_errors() -> Iterator[None]:
    """A value the database cannot hold (a NUL byte in text on PostgreSQL, an integer out of range)
    came from the caller's input: say so as InvalidInput instead of failing as a server error."""
    try:
        yield
    except DataError as exc:
        reason = str(exc.orig).splitlines()[0] if exc.orig is not None else "value out of range"
        raise InvalidInput(f"a value in the request cannot be stored or compared: {reason}") from exc
    except OverflowError as exc:  # SQLite's driver, for integers past 64 bits
        raise InvalidInput(f"a number in the request is out of range: {exc}") from exc
    except StatementError as exc:
        # A bound value that could not be converted, e.g. year 1 at a positive offset moved to UTC.
        if not isinstance(exc.orig, OverflowError):
            raise
        raise InvalidInput(f"a value in the request is out of range: {exc.orig}") from exc


def alembic_config(url: str):  # type: ignore[no-untyped-def]
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return config
