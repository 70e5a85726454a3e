"""Reading py-spy's samples: which layer, and which of our functions, the time went to.

py-spy (``pip install py-spy``) samples a running process from outside, so the benchmarks can
profile the real server and the real worker without changing them. Its raw format is one
collapsed stack per line (outermost frame first) followed by a sample count.
"""

from __future__ import annotations

import shutil
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

# Checked in order: the first marker found anywhere on a stack names its layer.
WORKER_LAYERS = [("engine", "mailverdict/engine/"), ("database driver", "sqlite3"), ("database driver", "psycopg"),
                 ("SQLAlchemy", "sqlalchemy/"), ("jobs", "mailverdict/jobs/"), ("services", "mailverdict/services/")]
SERVER_LAYERS = [("database driver", "sqlite3"), ("database driver", "psycopg"), ("SQLAlchemy", "sqlalchemy/"),
                 ("mailverdict services", "mailverdict/services/"), ("mailverdict api", "mailverdict/api/"),
                 ("pydantic", "pydantic"), ("FastAPI/Starlette", "fastapi/"), ("FastAPI/Starlette", "starlette/"),
                 ("anyio thread hand-off", "anyio/"), ("uvicorn/httptools", "uvicorn/"), ("asyncio loop", "asyncio/")]


def py_spy() -> str:
    found = shutil.which("py-spy") or str(Path(sys.executable).parent / "py-spy")
    if not Path(found).exists():
        raise SystemExit("profiling needs py-spy (pip install py-spy)")
    return found


def samples(profile: Path, within: str | None = None) -> Iterator[tuple[list[str], int]]:
    """Each stack and its count; with ``within``, only stacks that pass through a frame naming it."""
    for line in profile.read_text().splitlines():
        stack, _, count = line.rpartition(" ")
        if count.isdigit() and (within is None or within in stack):
            yield stack.split(";"), int(count)


def layers(profile: Path, markers: list[tuple[str, str]], within: str | None = None) -> dict[str, float]:
    shares: Counter[str] = Counter()
    for frames, count in samples(profile, within):
        stack = ";".join(frames)
        shares[next((name for name, marker in markers if marker in stack), "other")] += count
    total = sum(shares.values()) or 1
    return {name: n / total for name, n in shares.most_common()}


def hot_spots(profile: Path, top: int = 12, within: str | None = None) -> list[tuple[str, float]]:
    """Share of samples by the innermost mailverdict function on the stack (including what it calls)."""
    spots: Counter[str] = Counter()
    for frames, count in samples(profile, within):
        ours = [f for f in frames if "mailverdict/" in f]
        spots[_name(ours[-1]) if ours else "(outside mailverdict)"] += count
    total = sum(spots.values()) or 1
    return [(name, n / total) for name, n in spots.most_common(top)]


def report(profile: Path, markers: list[tuple[str, str]], whose: str, within: str | None = None) -> None:
    """Layer shares and hot spots; with ``within``, of the samples under that frame only (say, not start-up)."""
    if within is not None:
        kept = sum(count for _, count in samples(profile, within))
        print(f"  samples under {within}: {kept / (sum(count for _, count in samples(profile)) or 1):.0%} "
              "of all; the shares below are of those")
    for name, share in layers(profile, markers, within).items():
        print(f"    {name:28s} {share:6.1%} of the {whose}'s samples")
    print("  hot spots (innermost mailverdict function, inclusive):")
    for name, share in hot_spots(profile, within=within):
        print(f"    {share:6.1%}  {name}")


def _name(frame: str) -> str:
    function, _, where = frame.partition(" (")
    return f"{function} {where.rstrip(')').rsplit('/', 1)[-1]}"
