"""Group commit: many small write transactions share one COMMIT, and so one fsync.

Requests that must be durable before they are answered (a reclassify's submission and job) hand
their writes to one committer thread. It takes whatever is waiting, runs each piece in its own
SAVEPOINT inside one transaction, commits once, and only then releases the callers. A piece that
raises rolls back alone and its caller gets the error; a failed COMMIT fails every caller of that
batch, so nobody is told "accepted" for something that is not on disk.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable
from typing import Any, Generic, TypeVar

from sqlalchemy.orm import Session

T = TypeVar("T")


class _Work(Generic[T]):
    __slots__ = ("done", "error", "fn", "result")

    def __init__(self, fn: Callable[[Session], T]) -> None:
        self.fn = fn
        self.done = threading.Event()
        self.result: T | None = None
        self.error: BaseException | None = None


class GroupCommitter:
    def __init__(self, open_transaction: Callable[[], Any], *, max_batch: int = 128) -> None:
        self._open = open_transaction
        self._max_batch = max_batch
        self._queue: queue.SimpleQueue[_Work[Any] | None] = queue.SimpleQueue()
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()

    def run(self, fn: Callable[[Session], T]) -> T:
        """Run ``fn`` in a shared transaction; return once that transaction has committed."""
        self._ensure_started()
        work = _Work(fn)
        self._queue.put(work)
        work.done.wait()
        if work.error is not None:
            raise work.error
        return work.result  # type: ignore[return-value]

    def stop(self) -> None:
        with self._lock:
            if self._thread is not None:
                self._queue.put(None)
                self._thread.join(timeout=10)
                self._thread = None

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
            with self._open() as session:
                for work in batch:
                    try:
                        with session.begin_nested():
                            work.result = work.fn(session)
                    except Exception as exc:
                        work.error = exc
        except BaseException as exc:
            for work in batch:
                if work.error is None:
                    work.error = exc
                    work.result = None
        finally:
            for work in batch:
                work.done.set()
