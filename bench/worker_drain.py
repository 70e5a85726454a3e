"""How fast one ``mailverdict worker`` process drains reclassify submissions, beside the engine alone.

    .venv/bin/python bench/worker_drain.py [--backend sqlite|postgres|both] [-n 1000] [--profile]
                                           [--lessons 0,10000,50000]

For each backend: N varied messages (1-50 KB) are stored, N submissions are taken through the
real service (submission + job in one transaction each), then ONE worker process (``python -m
mailverdict worker --until-idle``) drains them. The drain rate is measured from the job events
(first claim to last completion), so interpreter start-up is not counted; the wall time is
printed too. The baseline is the detection engine alone (``analyze``) on the same messages in
this process, every message once, just before and just after the drain: the worker cannot beat
it, and the gap between them is the queue's and the store's cost. On a shared machine rates move
with the load, so the load average and CPU time are printed too: the engine's per message, and
the worker process's per submission (its start-up, measured by a worker run over an empty
queue, taken off; the database server's own CPU is not in it). ``--profile`` samples the worker
with py-spy and splits its time by layer.

``--lessons``: one run per count, each with that many lessons (learned fingerprints, none of which
the messages match) written for the account before the submissions, as a deployment that has
learned for a while has them. Each run also times ``scan_context`` in this process, as every
worker batch and every ingested message calls it: the first call, and then the mean of repeated
calls with nothing changed. Lessons are written with plain statements that work with or without
migration 0007, so the same file measures a tree from before it (``PYTHONPATH``).

``--precomputed``: instead of the worker process, a ``Worker`` in this process drains the queue with
the engine replaced by verdicts computed beforehand, so what is measured is the worker's own cost
per submission (queue, reads, scan context, writes) without the engine's, which on a busy machine
is noise larger than that cost.
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from collections import Counter
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from sampling import WORKER_LAYERS, py_spy, report
from sqlalchemy import func, insert, select
from workload import durability, messages, temp_database, tenant_with_messages

from mailverdict.engine import Disposition, ScanContext, analyze
from mailverdict.services.accounts import authenticate
from mailverdict.services.context import scan_context
from mailverdict.services.submissions import reclassify
from mailverdict.settings import Settings
from mailverdict.store.db import Database
from mailverdict.store.models import JobEvent, LearnedSignature, Message, Submission

DISPOSITIONS = list(Disposition)


def engine_rate(raws: list[bytes]) -> tuple[float, float]:
    """Messages per second through ``analyze`` alone over every message once, after a warm-up on
    a few, and CPU seconds per message."""
    context = ScanContext()
    for raw in raws[:20]:
        analyze(raw, context)
    start, cpu = time.perf_counter(), time.process_time()
    for raw in raws:
        analyze(raw, context)
    return len(raws) / (time.perf_counter() - start), (time.process_time() - cpu) / len(raws)


def preload_lessons(url: str, account_id: str, count: int) -> None:
    """``count`` lessons for the account, taught by one decided submission of its first message."""
    if not count:
        return
    rng = random.Random(count)
    db = Database(url)
    with db.write() as session:
        message_id = session.scalar(select(Message.id).where(Message.account_id == account_id).limit(1))
        session.execute(insert(Submission).values(
            id="0" * 32, account_id=account_id, message_id=message_id, type="Team",
            requested_disposition="SPAM", status="accepted"))
        versioned = "version" in LearnedSignature.__table__.c  # migration 0007 and after
        rows = [{"account_id": account_id, "kind": ("edf", "fuzzy")[i % 2], "value": f"{rng.getrandbits(256):064x}",
                 "disposition": DISPOSITIONS[i % len(DISPOSITIONS)].value, "submission_id": "0" * 32,
                 **({"version": 0} if versioned else {})} for i in range(count)]
        for start in range(0, count, 5000):
            session.execute(insert(LearnedSignature), rows[start:start + 5000])
    db.dispose()


def context_cost(url: str, account_id: str, repeats: int = 50) -> tuple[float, float, float]:
    """CPU seconds of ``scan_context`` (with its read session) on the first call, then per call over
    ``repeats`` more with nothing changed; and the number of lessons it holds."""
    db = Database(url)
    costs = []
    for _ in range(repeats + 1):
        cpu = time.process_time()
        with db.read() as session:
            context = scan_context(session, account_id)
        costs.append(time.process_time() - cpu)
    db.dispose()
    return costs[0], sum(costs[1:]) / repeats, len(context.learned)


def drain_precomputed(url: str, raws: list[bytes], batch_size: int) -> tuple[float, float]:
    """Drain the queue in this process with verdicts computed beforehand; (CPU, wall) seconds per submission."""
    from mailverdict.jobs.worker import Worker
    from mailverdict.services import reanalysis
    from mailverdict.services.submissions import REANALYZE

    verdicts = {raw: analyze(raw, ScanContext()) for raw in raws}
    engine = reanalysis.analyze
    reanalysis.analyze = lambda raw, context: verdicts.get(bytes(raw)) or engine(raw, context)  # type: ignore[assignment]
    db = Database(url)
    try:
        worker = Worker(db, {REANALYZE: reanalysis.ReanalysisHandler()}, batch_size=batch_size)
        start, cpu = time.perf_counter(), time.process_time()
        stats = worker.run(stop_when_idle=True)
        cpu, wall = time.process_time() - cpu, time.perf_counter() - start
    finally:
        reanalysis.analyze = engine
        db.dispose()
    assert stats.completed == len(raws), stats
    return cpu / len(raws), wall / len(raws)


def submit_all(url: str, token: str, account_id: str, investigate_ids: list[str], home: Path) -> float:
    """Take one submission per message through the service; returns submissions/s."""
    db = Database(url)
    settings = replace(Settings.from_env(home), database_url=url)
    principal = authenticate(db, authorization=f"Bearer {token}", email=None, key=None)
    start = time.perf_counter()
    for i, investigate_id in enumerate(investigate_ids):
        reclassify(db, settings, principal, account_id=account_id, investigate_id=investigate_id,
                   expected_disposition=DISPOSITIONS[i % len(DISPOSITIONS)])
    rate = len(investigate_ids) / (time.perf_counter() - start)
    db.dispose()
    return rate


def run_worker(url: str, home: Path, batch_size: int, profile: Path | None = None) -> tuple[float, float]:
    """One ``mailverdict worker --until-idle`` process (it inherits PYTHONPATH); returns (wall, CPU) seconds."""
    env = {**os.environ, "MAILVERDICT_DATABASE_URL": url, "MAILVERDICT_HOME": str(home)}
    command = [sys.executable, "-m", "mailverdict", "worker", "--until-idle", "--batch-size", str(batch_size)]
    if profile is not None:
        # --idle keeps the samples where the worker waits (on PostgreSQL, on fsync), so shares are of wall time.
        command = [py_spy(), "record", "--idle", "--format", "raw", "--rate", "250", "--output", str(profile),
                   "--", *command]
    before, start = _children_cpu(), time.perf_counter()
    subprocess.run(command, env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start, _children_cpu() - before


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def drain(url: str, home: Path, batch_size: int, profile: Path | None) -> tuple[float, float, float]:
    """Run one worker process until the queue is empty; returns (jobs/s from events, wall, CPU seconds)."""
    wall, cpu = run_worker(url, home, batch_size, profile)
    db = Database(url)
    with db.read() as session:
        first = session.scalar(select(func.min(JobEvent.at)).where(JobEvent.transition == "started"))
        last = session.scalar(select(func.max(JobEvent.at)).where(JobEvent.transition == "completed"))
        done = session.scalar(select(func.count()).where(JobEvent.transition == "completed")) or 0
        statuses = Counter(dict(session.execute(
            select(Submission.status, func.count()).group_by(Submission.status)).all()))
    db.dispose()
    assert first is not None and last is not None, "the worker completed nothing"
    assert statuses.get("submitted", 0) == 0, f"not drained: {dict(statuses)}"
    return done / (last - first).total_seconds(), wall, cpu


def run(backend: str, n: int, batch_size: int, profile: bool, lessons: int, precomputed: bool) -> None:
    raws = messages(n)
    with tempfile.TemporaryDirectory(prefix="mv-drain-") as tmp, temp_database(backend, Path(tmp)) as url:
        home = Path(tmp)
        tenant = tenant_with_messages(url, raws)
        preload_lessons(url, tenant.account_id, lessons)
        first_call, per_call, held = context_cost(url, tenant.account_id)
        _, start_up_cpu = run_worker(url, home, batch_size)  # an empty queue: start-up alone
        submitted = submit_all(url, tenant.token, tenant.account_id, tenant.investigate_ids, home)
        load = os.getloadavg()[0]
        if precomputed:
            cpu, wall = drain_precomputed(url, raws, batch_size)
            print(f"\n== {backend}, {n} submissions, batch {batch_size}, {lessons} lessons before, engine precomputed")
            print(f"  scan_context CPU, first call / after:    {first_call * 1000:8.2f} / {per_call * 1000:.2f} ms "
                  f"({held} lessons)")
            print(f"  load average (1 min) before / after:     {load:8.2f} / {os.getloadavg()[0]:.2f}")
            print(f"  worker's own cost per submission:        {cpu * 1000:8.3f} ms CPU, {wall * 1000:.3f} ms wall")
            return
        # The baseline runs just before and just after the drain, so a load that changes meanwhile moves both.
        before = engine_rate(raws)
        trace = home / "profile.txt" if profile else None
        rate, wall, cpu = drain(url, home, batch_size, trace)
        after = engine_rate(raws)
        baseline, engine_cpu = (before[0] + after[0]) / 2, (before[1] + after[1]) / 2
        size = sum(map(len, raws)) / len(raws) / 1024
        print(f"\n== {backend} ({durability(url)}), {n} submissions, messages avg {size:.1f} KB, "
              f"batch {batch_size}, {lessons} lessons before{', under py-spy' if profile else ''}")
        print(f"  scan_context CPU, first call / after:    {first_call * 1000:8.2f} / {per_call * 1000:.2f} ms "
              f"({held} lessons)")
        print(f"  load average (1 min) before / after:     {load:8.2f} / {os.getloadavg()[0]:.2f}")
        print(f"  enqueue (service, one transaction each): {submitted:8.1f} submissions/s")
        print(f"  engine alone (baseline):                 {baseline:8.1f} msgs/s, "
              f"{engine_cpu * 1000:.1f} ms CPU each (before the drain {before[0]:.1f}/s, after {after[0]:.1f}/s)")
        print(f"  one worker process:                      {rate:8.1f} submissions/s "
              f"({rate / baseline:.0%} of the engine; wall {wall:.1f}s incl. start-up)")
        if not profile:
            per_job = (cpu - start_up_cpu) / n
            print(f"  worker CPU per submission:               {per_job * 1000:8.1f} ms "
                  f"(engine alone {engine_cpu / per_job:.0%} of it; start-up {start_up_cpu:.1f}s taken off)")
        print("  target 200/s per worker:", "met" if rate >= 200 else "MISSED")
        if trace is not None:
            # Start-up (imports, migrations) is not in the measured rate, so not in these shares either.
            report(trace, WORKER_LAYERS, "worker", within="Worker.run_once")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--backend", choices=["sqlite", "postgres", "both"], default="both")
    parser.add_argument("-n", type=int, default=1000, help="submissions to drain")
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--profile", action="store_true", help="sample the worker with py-spy")
    parser.add_argument("--lessons", default="0", help="comma-separated counts of lessons written beforehand")
    parser.add_argument("--precomputed", action="store_true", help="the worker in this process, engine precomputed")
    args = parser.parse_args()
    for lessons in [int(count) for count in args.lessons.split(",")]:
        for backend in ["sqlite", "postgres"] if args.backend == "both" else [args.backend]:
            run(backend, args.n, args.batch_size, args.profile, lessons, args.precomputed)


if __name__ == "__main__":
    main()
