"""Engine throughput, single process, over the shared corpus (train + dev) or generated mail. Run by hand:

    .venv/bin/python bench/engine_speed.py [--corpus ../shared/corpus] [--generated N] [--repeat 1]

Prints messages/s (wall clock and per CPU-second) and p50/p99/max latency of ``analyze``. Files are read into memory
first so disk speed is not measured. Target (issue 4): at least 160 messages/s on the corpus. ``--generated N`` scans
the N messages of 1-50 KB that ``worker_drain.py`` stores instead (issue 2: a worker drains 200/s, so the engine
alone must do better).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import machine
import workload

from mailverdict.engine import analyze


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    default = Path(__file__).resolve().parents[2] / "shared" / "corpus"
    parser.add_argument("--corpus", type=Path, default=default)
    parser.add_argument("--generated", type=int, default=0, metavar="N")
    parser.add_argument("--repeat", type=int, default=1)
    args = parser.parse_args()
    if args.generated:
        messages = workload.messages(args.generated)
    else:
        paths = sorted(p for split in ("train", "dev") for p in (args.corpus / split).glob("*/*.eml"))
        if not paths:
            print(f"no .eml files under {args.corpus}/train or /dev", file=sys.stderr)
            return 2
        messages = [p.read_bytes() for p in paths]
    print(machine.describe())
    analyze(messages[0])  # load scores.toml and the content model outside the timing
    latencies: list[float] = []
    cpu_started = time.process_time()
    started = time.perf_counter()
    for _ in range(args.repeat):
        for raw in messages:
            t0 = time.perf_counter()
            analyze(raw)
            latencies.append(time.perf_counter() - t0)
    elapsed = time.perf_counter() - started
    cpu = time.process_time() - cpu_started
    latencies.sort()
    p99 = latencies[min(len(latencies) - 1, int(len(latencies) * 0.99))]
    print(f"{len(latencies)} messages in {elapsed:.1f}s: {len(latencies) / elapsed:.0f} messages/s (wall)")
    # On a shared machine the wall rate depends on neighbours; CPU time is this process's own cost.
    print(f"CPU time {cpu:.1f}s: {len(latencies) / cpu:.0f} messages per CPU-second")
    print(
        f"latency p50 {statistics.median(latencies) * 1000:.1f} ms, p99 {p99 * 1000:.1f} ms, "
        f"max {latencies[-1] * 1000:.0f} ms"
    )
    print(machine.describe())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
