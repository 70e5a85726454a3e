"""Per-credential rate limiting the way Cloudflare does it: N requests per window, and a
credential that goes over is refused for a whole window.

Counts live in this process. Several API processes each count separately; see
docs/decisions/0001-service-shape.md.
"""

from __future__ import annotations

import math
import threading
import time
from dataclasses import dataclass

from mailverdict.errors import RateLimited


@dataclass
class _Window:
    start: float
    count: int = 0
    blocked_until: float = 0.0


@dataclass(frozen=True, slots=True)
class Quota:
    limit: int
    window: int
    remaining: int
    reset: int

    def headers(self) -> dict[str, str]:
        return {
            "Ratelimit": f'"default";r={self.remaining};t={self.reset}',
            "Ratelimit-Policy": f'"burst";q={self.limit};w={self.window}',
        }


class RateLimiter:
    def __init__(self, limit: int, window: int) -> None:
        self.limit = limit
        self.window = window
        self._windows: dict[str, _Window] = {}
        self._lock = threading.Lock()
        self._now = time.monotonic

    @property
    def enabled(self) -> bool:
        return self.limit > 0

    def hit(self, key: str) -> Quota:
        """Count one request for ``key``; raise RateLimited when it is over its quota."""
        now = self._now()
        with self._lock:
            w = self._windows.get(key)
            if w is None or (now >= w.start + self.window and now >= w.blocked_until):
                w = self._windows[key] = _Window(start=now)
            if now < w.blocked_until:
                wait = max(1, math.ceil(w.blocked_until - now))
                raise RateLimited(self._message(), retry_after=wait)
            w.count += 1
            if w.count > self.limit:
                w.blocked_until = now + self.window
                raise RateLimited(self._message(), retry_after=self.window)
            reset = max(1, math.ceil(w.start + self.window - now))
            return Quota(self.limit, self.window, self.limit - w.count, reset)

    def _message(self) -> str:
        return (f"More than {self.limit} requests per {self.window} seconds reached. "
                "Please wait and consider throttling your request speed")
