"""The retry policy is pure: attempts and a clock in, a decision out."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from hypothesis import given
from hypothesis import strategies as st

from mailverdict.jobs.retry import RetryPolicy

NOW = datetime(2026, 11, 24, 12, 0, tzinfo=UTC)


def test_backoff_doubles_from_the_base() -> None:
    policy = RetryPolicy(base_seconds=2, max_seconds=1000)
    assert [policy.delay(n) for n in range(1, 6)] == [2, 4, 8, 16, 32]


def test_backoff_is_capped() -> None:
    policy = RetryPolicy(base_seconds=1, max_seconds=60)
    assert policy.delay(7) == 60 and policy.delay(50) == 60


def test_retry_runs_after_the_delay_of_the_failed_attempt() -> None:
    decision = RetryPolicy(base_seconds=3).decide(attempts=2, max_attempts=5, now=NOW)
    assert decision.retry and decision.run_after == NOW + timedelta(seconds=6)


def test_no_retry_once_attempts_are_spent() -> None:
    policy = RetryPolicy()
    assert policy.decide(attempts=4, max_attempts=5, now=NOW).retry
    final = policy.decide(attempts=5, max_attempts=5, now=NOW)
    assert not final.retry and final.run_after is None
    assert not policy.decide(attempts=9, max_attempts=5, now=NOW).retry


@given(st.floats(0, 100), st.floats(0, 10_000), st.integers(1, 200))
def test_delay_is_bounded_and_never_shrinks(base: float, cap: float, attempt: int) -> None:
    policy = RetryPolicy(base_seconds=base, max_seconds=cap)
    assert 0 <= policy.delay(attempt) <= cap
    assert policy.delay(attempt) <= policy.delay(attempt + 1)


@given(st.integers(0, 50), st.integers(1, 50))
def test_decision_depends_only_on_its_inputs(attempts: int, max_attempts: int) -> None:
    policy = RetryPolicy(base_seconds=1, max_seconds=30)
    first = policy.decide(attempts=attempts, max_attempts=max_attempts, now=NOW)
    assert first == policy.decide(attempts=attempts, max_attempts=max_attempts, now=NOW)
    assert first.retry == (attempts < max_attempts)
