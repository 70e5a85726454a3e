"""When a failed job runs again: a pure policy, tested alone."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta


@dataclass(frozen=True, slots=True)
class RetryDecision:
    retry: bool
    run_after: datetime | None = None


@dataclass(frozen=True, slots=True)
class RetryPolicy:
    """Exponential backoff: base * 2**(attempt-1), capped, then dead after max attempts."""

    base_seconds: float = 1.0
    max_seconds: float = 300.0

    def delay(self, attempt: int) -> float:
        return float(min(self.max_seconds, self.base_seconds * 2 ** max(0, attempt - 1)))

    def decide(self, *, attempts: int, max_attempts: int, now: datetime) -> RetryDecision:
        if attempts >= max_attempts:
            return RetryDecision(retry=False)
        return RetryDecision(retry=True, run_after=now + timedelta(seconds=self.delay(attempts)))
