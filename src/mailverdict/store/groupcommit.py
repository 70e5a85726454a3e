"""Group commit: many small write transactions share one COMMIT, and so one fsync.

Requests that must be durable before they are answered (a reclassify's submission and job) hand
their writes to one committer thread. It takes whatever is waiting and runs it in one transaction,
commits once, and only then releases the callers. A failed COMMIT fails every caller of that batch,
so nobody is told "accepted" for something that is not on disk.

Work comes in two forms. ``run(fn)`` runs ``fn(session)`` in its own SAVEPOINT: if it raises, it
rolls back alone and its caller gets the error. ``run_batched(fn, item)`` hands over one item of a
batch function: all items waiting for the same ``fn`` are written by one call ``fn(raw, items)``,
which is how a batch costs one statement per table instead of several per request. ``fn`` returns
one result per item, an exception instance for an item it refuses; if ``fn`` raises, the items are
retried one by one so that only the bad one fails. On PostgreSQL a statement's error in a batch of
batch functions shows only at its COMMIT (the statements and the COMMIT go in one round trip); a
COMMIT the database refused for such an error committed nothing, and the batch is retried the same way.

Batch functions write through ``store.rows.Raw``, a DBAPI connection: a batch made only of them
runs in a transaction on the committer's own connection with no ORM session at all (a session's
set-up and COMMIT cost more CPU than a small batch's statements). A batch with a ``run(fn)`` piece
runs in a session, and its batch functions write on that session's connection.
"""

from __future__ import annotations

import asyncio
import contextlib
import queue
import threading
from collections.abc import Callable, Sequence
from contextlib import AbstractContextManager
from typing import Any, Generic, TypeVar

from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from mailverdict.store.rows import Raw

T = TypeVar("T")
I = TypeVar("I")  # noqa: E741

BatchFn = Callable[[Raw, list[Any]], Sequence[Any]]


class _Work(Generic[T]):
    """One caller's piece of a batch. A thread waits on ``done``; a coroutine awaits ``future``."""

    __slots__ = ("batch_fn", "done", "error", "fn", "future", "item", "result")

    def __init__(self, fn: Callable[[Session], T] | None, batch_fn: BatchFn | None = None, item: Any = None,
                 future: asyncio.Future[None] | None = None) -> None:
        self.fn = fn
        self.batch_fn = batch_fn
        self.item = item
        self.future = future
        self.done = threading.Event() if future is None else None
        self.result: T | None = None
        self.error: BaseException | None = None

    def settle(self, outcome: Any) -> None:
        if isinstance(outcome, BaseException):
            self.error = outcome
        else:
            self.result = outcome


class GroupCommitter:
    def __init__(self, open_session: Callable[[], AbstractContextManager[Session]],
                 open_raw: Callable[[], AbstractContextManager[Raw]], *, max_batch: int = 256) -> None:
        self._open_session = open_session
        self._open_raw = open_raw
        self._max_batch = max_batch
        self._queue: queue.SimpleQueue[_Work[Any] | None] = queue.SimpleQueue()
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()

    def run(self, fn: Callable[[Session], T]) -> T:
        """Run ``fn`` in a shared transaction; return once that transaction has committed."""
        return self._submit(_Work(fn))

    def run_batched(self, fn: Callable[[Raw, list[I]], Sequence[T]], item: I) -> T:
        """Write ``item`` with ``fn`` together with the other items waiting for it; return its result
        once the shared transaction has committed."""
        return self._submit(_Work(None, fn, item))

    async def run_batched_async(self, fn: Callable[[Raw, list[I]], Sequence[T]], item: I) -> T:
        """``run_batched`` for a coroutine: the event loop goes on serving while the batch commits."""
        future = asyncio.get_running_loop().create_future()
        work: _Work[T] = _Work(None, fn, item, future)
        self._ensure_started()
        self._queue.put(work)
        await future
        if work.error is not None:
            raise work.error
        return work.result  # type: ignore[return-value]

    def stop(self) -> None:
        with self._lock:
            if self._thread is not None:
                self._queue.put(None)
                self._thread.join(timeout=10)
                self._thread = None

    def _submit(self, work: _Work[T]) -> T:
        self._ensure_started()
        self._queue.put(work)
        assert work.done is not None
        work.done.wait()
        if work.error is not None:
            raise work.error
        return work.result  # type: ignore[return-value]

    def _ensure_started(self) -> None:
        if self._thread is None:
            with self._lock:
                if self._thread is None:
                    self._thread = threading.Thread(target=self._loop, name="mailverdict-group-commit", daemon=True)
                    self._thread.start()

    def _loop(self) -> None:
        while True:
            first = self._queue.get()
            if first is None:
                return
            batch = [first]
            while len(batch) < self._max_batch:
                try:
                    more = self._queue.get_nowait()
                except queue.Empty:
                    break
                if more is None:
                    self._queue.put(None)  # stop after this batch
                    break
                batch.append(more)
            self._commit(batch)

    def _commit(self, batch: list[_Work[Any]]) -> None:
        try:
            try:
                self._write(batch, isolated=False)
            except _PieceFailed:
                self._write(batch, isolated=True)
        except BaseException as exc:
            for work in batch:
                if work.error is None:
                    work.error = exc
                    work.result = None
        finally:
            _release(batch)

    def _write(self, batch: list[_Work[Any]], *, isolated: bool) -> None:
        """One transaction for the batch. Optimistically, with no SAVEPOINTs (each costs a round trip
        to PostgreSQL); when a piece fails, the batch is written again with each piece in its own
        SAVEPOINT, so that the failure stays that piece's."""
        groups: dict[BatchFn, list[_Work[Any]]] = {}
        alone: list[_Work[Any]] = []
        for work in batch:
            work.error = work.result = None
            if work.batch_fn is not None:
                groups.setdefault(work.batch_fn, []).append(work)
            else:
                alone.append(work)
        if not alone:
            try:
                with self._open_raw() as raw:
                    for fn, works in groups.items():
                        # Optimistically, a statement's error is left to show at COMMIT (on PostgreSQL,
                        # one round trip for the batch's writes and its COMMIT instead of two).
                        _run_batch(raw, fn, works, isolated, check=isolated)
            except DBAPIError as exc:
                if not isolated and _refused_uncommitted(exc):
                    raise _PieceFailed from exc
                raise
            return
        with self._open_session() as session:
            for work in alone:
                _run_alone(session, work, isolated)
            if groups:
                raw = Raw.of(session)
                for fn, works in groups.items():
                    _run_batch(raw, fn, works, isolated)


class _PieceFailed(Exception):
    """A piece raised in an optimistic (SAVEPOINT-less) batch: the transaction must be rolled back."""


# SQLSTATE classes of errors a statement can raise in the batch's writes: bad data, a constraint,
# a bad statement, a rolled-back transaction (serialization, deadlock). Not connection failures
# (08...), shutdowns (57...) or anything else, after which a COMMIT might have gone through.
_STATEMENT_ERRORS = ("22", "23", "40", "42")


def _refused_uncommitted(exc: DBAPIError) -> bool:
    """Whether the database refused a statement of the transaction, so that it did not commit and the
    batch can be written again piece by piece. On PostgreSQL, in a pipeline, an error stops every
    statement after it up to the next sync, the COMMIT included; the error names its SQLSTATE. SQLite
    raises a statement's error at the statement itself, so an error at its COMMIT is the COMMIT's."""
    sqlstate = getattr(exc.orig, "sqlstate", None)
    return isinstance(sqlstate, str) and sqlstate[:2] in _STATEMENT_ERRORS


def _run_alone(session: Session, work: _Work[Any], isolated: bool) -> None:
    assert work.fn is not None
    if not isolated:
        try:
            work.result = work.fn(session)
        except Exception as exc:
            raise _PieceFailed from exc
        return
    try:
        with session.begin_nested():
            work.result = work.fn(session)
    except Exception as exc:
        work.error = exc


def _run_batch(raw: Raw, fn: BatchFn, works: list[_Work[Any]], isolated: bool, *, check: bool = True) -> None:
    """``check``: have the database report any error of ``fn``'s statements now (PostgreSQL's pipeline
    sync), so that it shows here and the batch can be retried piece by piece. Without it the error shows
    at COMMIT, and whoever commits must tell it apart from a failed COMMIT (``_refused_uncommitted``)."""
    if not isolated:
        try:
            outcomes = fn(raw, [work.item for work in works])
            if check:
                raw.sync()
        except Exception as exc:
            raise _PieceFailed from exc
    else:
        try:
            with raw.savepoint():
                outcomes = fn(raw, [work.item for work in works])
        except Exception as exc:
            if len(works) == 1:
                works[0].error = exc
                return
            for work in works:  # find the item that broke the batch; the others still go through
                _run_batch(raw, fn, [work], isolated)
            return
    for work, outcome in zip(works, outcomes, strict=True):
        work.settle(outcome)


def _release(batch: list[_Work[Any]]) -> None:
    """Wake every caller of a finished batch: threads one by one, each event loop once for all of its
    coroutines (a thread-safe call to a loop costs a write to its wake-up pipe)."""
    by_loop: dict[asyncio.AbstractEventLoop, list[asyncio.Future[None]]] = {}
    for work in batch:
        if work.future is not None:
            by_loop.setdefault(work.future.get_loop(), []).append(work.future)
        elif work.done is not None:
            work.done.set()
    for loop, futures in by_loop.items():
        with contextlib.suppress(RuntimeError):  # that loop is closed: nobody is waiting any more
            loop.call_soon_threadsafe(_resolve, futures)


def _resolve(futures: list[asyncio.Future[None]]) -> None:
    for future in futures:
        if not future.done():  # a cancelled request's future is done already
            future.set_result(None)
