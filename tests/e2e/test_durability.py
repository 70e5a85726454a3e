"""Durability: a worker killed with SIGKILL in the middle of a batch loses nothing and duplicates nothing.

Reclassify requests are answered 202 by a real HTTP server; separate ``mailverdict worker``
processes drain the queue; one is killed while it holds claimed jobs, and the survivors plus a
restarted worker finish. Then every submission must be final, and each accepted one must have
had its effect exactly once: one RECLASSIFY action, one ``completed`` job event per job, no
duplicated learned signatures.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
import pytest
from sqlalchemy import func, select

from mailverdict.api.app import create_app
from mailverdict.services.imports import import_one
from mailverdict.settings import Settings
from mailverdict.store.db import Database
from mailverdict.store.models import ActionLog, Job, JobEvent, JobStatus, LearnedSignature, Submission
from tests.conftest import LiveServer
from tests.factories import eml, phish, tenant

pytestmark = pytest.mark.slow

SUBMISSIONS = 300
DISPOSITIONS = ["MALICIOUS", "SPAM", "BULK", "NONE", "SUSPICIOUS", "SPOOF"]
LEASE_SECONDS = 2


def message(n: int) -> bytes:
    if n % 10 == 0:
        return phish()
    return eml(
        subject=f"Shipment {n} update",
        sender=f"Dispatch {n % 7} <dispatch{n % 7}@carrier{n % 5}.example>",
        body=f"Hello,\n\nConsignment {n} left the depot at {n % 24:02d}:00 and is due on day {n % 28 + 1}.\n"
             + "Tracking notes follow.\n" * (n % 13)
             + f"\nRegards,\nCarrier {n % 5}\n",
    )


class Workers:
    """``python -m mailverdict worker`` processes over the test's database."""

    def __init__(self, database_url: str, home: Path) -> None:
        self.env = {**os.environ, "MAILVERDICT_DATABASE_URL": database_url, "MAILVERDICT_HOME": str(home),
                    "MAILVERDICT_JOB_LEASE_SECONDS": str(LEASE_SECONDS), "PYTHONUNBUFFERED": "1"}
        self.home = home
        self.procs: list[subprocess.Popen[bytes]] = []

    def start(self) -> subprocess.Popen[bytes]:
        with (self.home / f"worker-{len(self.procs)}.log").open("wb") as log:
            proc = subprocess.Popen([sys.executable, "-m", "mailverdict", "worker", "--batch-size", "8"],
                                    env=self.env, stdout=log, stderr=subprocess.STDOUT)
        self.procs.append(proc)
        return proc

    def check_running(self) -> None:
        """Fail fast, with the logs, when a worker exits that nobody killed."""
        crashed = [p for p in self.procs if p.poll() not in (None, -signal.SIGKILL)]
        assert not crashed, f"worker exited with {crashed[0].returncode}\n{self.logs()}"

    def stop_all(self) -> None:
        for proc in self.procs:
            if proc.poll() is None:
                proc.send_signal(signal.SIGTERM)
        for proc in self.procs:
            try:
                proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()

    def logs(self) -> str:
        return "\n".join(p.read_text(errors="replace")[-2000:] for p in sorted(self.home.glob("worker-*.log")))


def statuses(db: Database) -> Counter[str]:
    with db.read() as s:
        return Counter(dict(s.execute(select(Submission.status, func.count()).group_by(Submission.status)).all()))


def held_by(db: Database, pid: int) -> int:
    """Jobs a worker process has claimed and not finished (its name is host:pid:suffix)."""
    with db.read() as s:
        return s.scalar(select(func.count()).select_from(Job).where(
            Job.status == JobStatus.DOING, Job.locked_by.like(f"%:{pid}:%"))) or 0


def kill_mid_batch(db: Database, workers: Workers, victim: subprocess.Popen[bytes]) -> int:
    """SIGKILL ``victim`` once some submissions are done and it holds claimed jobs; returns
    how many it held. When the kill races with its batch finishing, try again on a fresh worker."""
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        workers.check_running()
        done = SUBMISSIONS - statuses(db)["submitted"]
        if done >= SUBMISSIONS // 10 and held_by(db, victim.pid):
            victim.send_signal(signal.SIGKILL)
            victim.wait()
            # Dead processes change nothing: what it holds now, it held when it died.
            held = held_by(db, victim.pid)
            if held:
                return held
            victim = workers.start()
        assert done < SUBMISSIONS, "the queue drained before a worker could be killed mid-batch"
        time.sleep(0.005)
    raise AssertionError(f"no worker was caught mid-batch\n{workers.logs()}")


def test_killing_a_worker_mid_batch_loses_and_duplicates_nothing(
    db: Database, settings: Settings, tmp_path: Path
) -> None:
    t = tenant(db)
    messages = [import_one(db, t.account_id, message(n)) for n in range(SUBMISSIONS)]
    auth = {"Authorization": f"Bearer {t.token}"}
    with LiveServer(create_app(settings, db)) as server, httpx.Client(base_url=server.base_url, timeout=30) as client:
        def post(n: int) -> int:
            url = f"/accounts/{t.account_id}/email-security/investigate/{messages[n].investigate_id}/reclassify"
            return client.post(url, json={"expected_disposition": DISPOSITIONS[n % 6]}, headers=auth).status_code

        with ThreadPoolExecutor(8) as pool:
            assert Counter(pool.map(post, range(SUBMISSIONS))) == {202: SUBMISSIONS}
    assert statuses(db) == {"submitted": SUBMISSIONS}

    workers = Workers(settings.database_url, tmp_path)
    try:
        victim, _ = workers.start(), workers.start()
        assert kill_mid_batch(db, workers, victim) > 0
        assert statuses(db)["submitted"] > 0, "killed before the queue drained"
        workers.start()  # the restarted worker
        deadline = time.monotonic() + 90
        while statuses(db)["submitted"] and time.monotonic() < deadline:
            workers.check_running()
            time.sleep(0.1)
    finally:
        workers.stop_all()

    final = statuses(db)
    assert set(final) <= {"accepted", "rejected"} and final.total() == SUBMISSIONS, f"{final}\n{workers.logs()}"
    with db.read() as s:
        submissions = {sub.id: sub for sub in s.scalars(select(Submission))}
        reclassify_actions = Counter(
            entry.properties.get("submission_id")
            for entry in s.scalars(select(ActionLog).where(ActionLog.operation == "RECLASSIFY"))
        )
        jobs = s.execute(select(Job.id, Job.status, Job.payload)).all()
        completed = Counter(s.scalars(select(JobEvent.job_id).where(JobEvent.transition == "completed")))
        reclaimed = s.scalar(select(func.count()).where(JobEvent.transition == "reclaimed")) or 0
        signatures = s.execute(select(LearnedSignature.kind, LearnedSignature.value, LearnedSignature.submission_id)
                               .where(LearnedSignature.account_id == t.account_id)).all()

    accepted = {i for i, sub in submissions.items() if sub.status == "accepted"}
    assert accepted, "some submissions are accepted"
    assert reclassify_actions == dict.fromkeys(accepted, 1), "one RECLASSIFY per accepted submission, none else"
    assert len(jobs) == SUBMISSIONS and {status for _, status, _ in jobs} == {JobStatus.DONE}
    assert sorted(payload["submission_id"] for _, _, payload in jobs) == sorted(submissions)
    assert completed == {job_id: 1 for job_id, _, _ in jobs}, "exactly one completed event per job"
    assert reclaimed > 0, "the killed worker's jobs were reclaimed"
    fingerprints = Counter((kind, value) for kind, value, _ in signatures)
    assert fingerprints and max(fingerprints.values()) == 1, "learned signatures are not duplicated"
    assert {sub for _, _, sub in signatures} <= accepted, "only accepted submissions teach"
