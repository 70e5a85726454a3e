"""Search at scale: investigate searches over 1,000,000 stored messages, on SQLite and PostgreSQL.

Run by hand (it takes a while and uses a throwaway database per backend):

    .venv/bin/python bench/search_1m.py                      # 10k and 1M rows, both backends
    .venv/bin/python bench/search_1m.py --rows 200000 --backends sqlite

For each backend it builds a fresh database (a temporary SQLite file; a new PostgreSQL database on
127.0.0.1:5432, dropped at the end), migrates it to head (so the search indexes are the real
ones), bulk-loads synthetic mail (bench/search_data.py) and times ``services.search.search`` (the
code the API runs) per search kind: p50 and p95 over many different values. Doing it at 10k and
at 1M rows shows whether a page's cost grows with the store or only with the page.
"""

from __future__ import annotations

import argparse
import os
import secrets
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterable
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

sys.path.insert(0, str(Path(__file__).resolve().parent))
from search_data import Corpus, now

from mailverdict.services.search import SearchParams, search
from mailverdict.store.db import Database
from mailverdict.store.models import Account, RawMessage

PG_SERVER = os.environ.get("MAILVERDICT_BENCH_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/postgres")
DAYS = 90
BATCH = 20_000
PAGE_SIZES = (20, 100, 1000)
PAGE_KINDS = ("date", "subject", "recipient")


def load(db: Database, count: int, corpus: Corpus, end: datetime) -> tuple[str, list[dict[str, Any]], float]:
    """Insert ``count`` messages; returns the account, a sample of rows (search values) and seconds taken."""
    account_id = secrets.token_hex(16)
    with db.write() as session:
        session.add(Account(id=account_id, name="Bench"))
        raw = RawMessage(sha256="0" * 64, size=0, content=b"")
        session.add(raw)
        session.flush()
        raw_id = raw.id
    rows = corpus.rows(account_id, raw_id, count, end=end, days=DAYS)
    sample: list[dict[str, Any]] = []
    started = time.perf_counter()
    writer = _sqlite_writer if db.dialect == "sqlite" else _postgres_writer
    for i, batch in enumerate(_batches(rows, BATCH)):
        sample.extend(batch[:: max(1, len(batch) // 50)])
        writer(db, batch)
        if (i + 1) % 10 == 0:
            print(f"  {(i + 1) * BATCH:>9,} rows  {time.perf_counter() - started:6.1f}s", file=sys.stderr)
    # Statistics for the planner; on PostgreSQL also what autovacuum would do next (visibility map,
    # GIN pending lists merged), so the figures are the steady state rather than the minute after a load.
    with db.writer.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.execute(text("ANALYZE" if db.dialect == "sqlite" else "VACUUM ANALYZE messages"))
    return account_id, sample, time.perf_counter() - started


def _batches(rows: Iterable[dict[str, Any]], size: int) -> Iterable[list[dict[str, Any]]]:
    batch: list[dict[str, Any]] = []
    for row in rows:
        batch.append(row)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def _sqlite_writer(db: Database, batch: list[dict[str, Any]]) -> None:
    columns = list(batch[0])
    sql = f"INSERT INTO messages ({_names(columns)}) VALUES ({', '.join('?' * len(columns))})"
    path = str(make_url(db.url).database)
    conn = sqlite3.connect(path)
    try:
        with conn:
            conn.executemany(sql, ([_sqlite_value(row[c]) for c in columns] for row in batch))
    finally:
        conn.close()


def _names(columns: list[str]) -> str:
    return ", ".join(f'"{c}"' for c in columns)  # "to" is a reserved word


def _sqlite_value(value: Any) -> Any:
    # The format SQLAlchemy's SQLite DateTime reads back (naive UTC, as store/types.UtcDateTime writes).
    return value.strftime("%Y-%m-%d %H:%M:%S.%f") if isinstance(value, datetime) else value


def _postgres_writer(db: Database, batch: list[dict[str, Any]]) -> None:
    columns = list(batch[0])
    raw = db.writer.raw_connection()
    try:
        with raw.cursor() as cur, cur.copy(f"COPY messages ({_names(columns)}) FROM STDIN") as copy:  # type: ignore[attr-defined]
            for row in batch:
                copy.write_row([row[c] for c in columns])
        raw.commit()
    finally:
        raw.close()


def queries(sample: list[dict[str, Any]], end: datetime, n: int, seed: int = 11) -> dict[str, list[SearchParams]]:
    """``n`` searches per kind, their values drawn from stored rows (so popular values come up often)."""
    import random

    rng = random.Random(seed)
    picks = [rng.choice(sample) for _ in range(n)]
    every = False  # detections_only=False: search all mail, the larger set

    def recipient(p: dict[str, Any]) -> str:
        return str(p["envelope_to"]).split('"')[1]

    return {
        "sender": [SearchParams(sender=p["from_address"], detections_only=every) for p in picks],
        "sender_domain": [SearchParams(sender=p["from_address"].split("@")[1], detections_only=every) for p in picks],
        "recipient": [SearchParams(recipient=recipient(p), detections_only=every) for p in picks],
        "subject": [SearchParams(subject=rng.choice(p["subject"].split()), detections_only=every) for p in picks],
        "query": [SearchParams(query=rng.choice([p["from_address"].split("@")[1], p["subject"].split()[-1],
                                                 recipient(p)]), detections_only=every) for p in picks],
        "disposition": [SearchParams(final_disposition=rng.choice(["MALICIOUS", "SUSPICIOUS", "SPOOF", "SPAM",
                                                                   "BULK", "NONE"])) for _ in picks],
        "date": [_day(end, rng.randrange(DAYS)) for _ in picks],
        "detections (default)": [SearchParams() for _ in picks],
    }


def _day(end: datetime, days_back: int) -> SearchParams:
    start = end - timedelta(days=days_back + 1)
    return SearchParams(start=start, end=start + timedelta(days=1), detections_only=False)


def measure(db: Database, account_id: str, plan: dict[str, list[SearchParams]],
            per_page: int = 20) -> dict[str, tuple[float, float, float]]:
    """Kind -> (p50 ms, p95 ms, mean rows per page)."""
    results: dict[str, tuple[float, float, float]] = {}
    for kind, searches in plan.items():
        timings: list[float] = []
        found: list[int] = []
        for i, params in enumerate(searches):
            with db.read() as session:
                started = time.perf_counter()
                page = search(session, account_id, params, per_page=per_page)
                elapsed = (time.perf_counter() - started) * 1000
            if i >= 3:  # the first few warm caches and prepared statements
                timings.append(elapsed)
                found.append(len(page.rows))
        q = statistics.quantiles(timings, n=20)
        results[kind] = (statistics.median(timings), q[18], statistics.fmean(found))
    return results


def with_database(backend: str, run: Callable[[Database], None]) -> None:
    if backend == "sqlite":
        with tempfile.TemporaryDirectory(prefix="mailverdict-bench-") as tmp:
            db = Database(f"sqlite:///{Path(tmp) / 'bench.db'}")
            try:
                run(db)
            finally:
                db.dispose()
        return
    name = f"mailverdict_bench_{secrets.token_hex(4)}"
    admin = create_engine(make_url(PG_SERVER).set(database="postgres"), isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    db = Database(make_url(PG_SERVER).set(database=name).render_as_string(hide_password=False))
    try:
        run(db)
    finally:
        db.dispose()
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, nargs="+", default=[10_000, 1_000_000])
    parser.add_argument("--backends", default="sqlite,postgres")
    parser.add_argument("--queries", type=int, default=60, help="searches per kind")
    args = parser.parse_args()
    report: dict[tuple[str, int], dict[str, tuple[float, float, float]]] = {}
    pages: dict[tuple[str, int], dict[int, dict[str, tuple[float, float, float]]]] = {}
    for backend in args.backends.split(","):
        for count in args.rows:
            def run(db: Database, backend: str = backend, count: int = count) -> None:
                db.upgrade()
                end = now()
                account_id, sample, seconds = load(db, count, Corpus(), end)
                print(f"{backend}: loaded {count:,} messages in {seconds:.0f}s", file=sys.stderr)
                plan = queries(sample, end, args.queries)
                report[(backend, count)] = measure(db, account_id, plan)
                # The same searches with bigger pages: the cost should follow the page size.
                few = {kind: plan[kind][:23] for kind in PAGE_KINDS}
                pages[(backend, count)] = {size: measure(db, account_id, few, per_page=size) for size in PAGE_SIZES}
            with_database(backend, run)
            _print(backend, count, report[(backend, count)])
            _print_pages(pages[(backend, count)])
    _print_summary(report)


def _print(backend: str, count: int, result: dict[str, tuple[float, float, float]]) -> None:
    print(f"\n{backend}, {count:,} messages (per_page=20)")
    print(f"  {'search':<22}{'p50 ms':>9}{'p95 ms':>9}{'rows/page':>11}")
    for kind, (p50, p95, rows) in result.items():
        print(f"  {kind:<22}{p50:>9.1f}{p95:>9.1f}{rows:>11.1f}")
    sys.stdout.flush()


def _print_pages(by_size: dict[int, dict[str, tuple[float, float, float]]]) -> None:
    print(f"  p50 ms by page size: {'':<8}" + "".join(f"{size:>9}" for size in by_size))
    for kind in PAGE_KINDS:
        print(f"  {kind:<30}" + "".join(f"{by_size[size][kind][0]:>9.1f}" for size in by_size))


def _print_summary(report: dict[tuple[str, int], dict[str, tuple[float, float, float]]]) -> None:
    print("\np95 ms by store size")
    sizes = sorted({count for _, count in report})
    for backend in sorted({b for b, _ in report}):
        for kind in next(iter(report.values())):
            cells = "  ".join(f"{count:>9,}: {report[(backend, count)][kind][1]:6.1f}"
                              for count in sizes if (backend, count) in report)
            print(f"  {backend:<9}{kind:<22}{cells}")


if __name__ == "__main__":
    main()
