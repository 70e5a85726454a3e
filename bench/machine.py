"""How fast this machine runs plain Python right now, so that figures from different sessions can be set
side by side.

The machines are shared and their speed moves (the same engine tree has measured 93 and 240 messages per
CPU-second on different days). Each benchmark still compares against a baseline in its own run; this
figure only says how fast the interpreter itself was while it ran. The workload is fixed and does what
the engine does most: splitting and lowering text, set and dict lookups, regex searches.
"""

from __future__ import annotations

import re
import time

_TEXT = ("Dear customer, your account has been SUSPENDED. Verify your password at http://example.test/login "
         "within 24 hours or it will be closed. Regards, the security team. ") * 20
_WORD_RE = re.compile(r"[a-z]{3,}")
_ROUNDS = 400


def _workload() -> int:
    seen: set[str] = set()
    counts: dict[str, int] = {}
    for _ in range(_ROUNDS):
        lowered = _TEXT.lower()
        for word in lowered.split():
            counts[word] = counts.get(word, 0) + 1
        seen.update(_WORD_RE.findall(lowered))
    return len(seen) + len(counts)


def reference_rate(repeat: int = 5) -> float:
    """Workloads per CPU-second, the best of ``repeat`` (the least disturbed by neighbours)."""
    best = float("inf")
    for _ in range(repeat):
        started = time.process_time()
        _workload()
        best = min(best, time.process_time() - started)
    return 1.0 / best


def describe() -> str:
    return f"machine reference: {reference_rate():.2f} plain-Python workloads per CPU-second (bench/machine.py)"


if __name__ == "__main__":
    print(describe())
