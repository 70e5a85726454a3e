"""Reclassify requests/s and latency through the real server, beside a bare endpoint of the same framework.

    .venv/bin/python bench/reclassify_throughput.py [--backend sqlite|postgres|both] [--seconds 10]
                                                    [--connections 32] [--loader wrk|httpx]
                                                    [--compare NAME=SRC ...] [--rounds N]

Each server is its own uvicorn process on 127.0.0.1 (one process, as ``mailverdict serve`` runs):
``mailverdict serve --no-worker``, ``mailverdict serve`` (the in-process worker draining while
requests arrive), and the baseline: a FastAPI app whose one route has the reclassify path and
answers the same 202 envelope after parsing the same JSON body, touching no database. Load comes
from another process: ``wrk`` (Debian package ``wrk``) when installed, else an asyncio httpx
client. Every request is a real reclassify of one of a few hundred stored messages, with a real
token; commits are durable (SQLite WAL with synchronous=FULL; PostgreSQL with fsync on).

``--compare old=/work/main/src new=src --rounds 2`` measures two (or more) source trees in the same
run on the same database: each round the bare baseline, then every tree with the worker off and on,
one after the other, so that a machine whose speed drifts shifts them all alike.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

import httpx
from fastapi import FastAPI
from fastapi.responses import JSONResponse
from pydantic import BaseModel, ConfigDict

sys.path.insert(0, str(Path(__file__).resolve().parent))

from sampling import SERVER_LAYERS, py_spy, report
from workload import Tenant, durability, messages, temp_database, tenant_with_messages

from mailverdict.api.envelope import ok

DISPOSITIONS = ["MALICIOUS", "SPAM", "BULK", "NONE", "SUSPICIOUS", "SPOOF"]
PATH = "/client/v4/accounts/{account_id}/email-security/investigate/{investigate_id}/reclassify"


@dataclass(frozen=True)
class Result:
    label: str
    rps: float
    p50_ms: float
    p99_ms: float
    errors: int
    cpu_ms: float = 0.0  # the server process's CPU time per answered request


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of a process so far (Linux): a load-independent cost measure."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


class BareBody(BaseModel):
    model_config = ConfigDict(extra="forbid")
    expected_disposition: str
    eml_content: str | None = None


def bare_app() -> FastAPI:
    """The baseline: same framework, same path, same body parsing and envelope; no auth, no database."""
    app = FastAPI()

    # async, as mailverdict's route is: a sync route would add a thread hop to the baseline.
    @app.post(PATH, status_code=202)
    async def reclassify(account_id: str, investigate_id: str, body: BareBody) -> JSONResponse:
        return ok({}, status=202)

    return app


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class Server:
    def __init__(self, command: list[str], env: dict[str, str], port: int, log: Path) -> None:
        self.port = port
        self.log = log
        with log.open("wb") as out:
            self.proc = subprocess.Popen(command, env=env, stdout=out, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + 30
        while True:
            try:
                with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                    return
            except OSError:
                if self.proc.poll() is not None or time.monotonic() > deadline:
                    raise SystemExit(f"server did not start:\n{log.read_text()[-3000:]}") from None
                time.sleep(0.05)

    def stop(self) -> None:
        self.proc.terminate()
        try:
            self.proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            self.proc.kill()
        log = self.log.read_text(errors="replace")
        # wrk cuts its connections when its time is up, which the server logs as ClientDisconnect.
        if log.count("Traceback") > log.count("ClientDisconnect"):
            print(f"  server log tail:\n{log[-1500:]}")


def start_mailverdict(url: str, home: Path, *, worker: bool, profile: float = 0, src: str | None = None) -> Server:
    """``mailverdict serve``; with ``src``, the package from that source tree instead of this one's."""
    port = free_port()
    env = {**os.environ, "MAILVERDICT_DATABASE_URL": url, "MAILVERDICT_HOME": str(home),
           "MAILVERDICT_RATE_LIMIT": "0", **({"PYTHONPATH": src} if src else {})}
    command = [sys.executable, "-m", "mailverdict", "serve", "--host", "127.0.0.1", "--port", str(port),
               "--log-level", "warning", *([] if worker else ["--no-worker"])]
    if profile:
        command = [py_spy(), "record", "--nonblocking", "--format", "raw", "--rate", "200", "--duration",
                   str(round(profile)), "--output", str(home / "server.txt"), "--", *command]
    return Server(command, env, port, home / f"serve-{port}.log")


def start_bare(home: Path) -> Server:
    port = free_port()
    command = [sys.executable, __file__, "--serve-bare", str(port)]
    return Server(command, dict(os.environ), port, home / f"bare-{port}.log")


def requests_for(tenant: Tenant) -> list[tuple[str, str]]:
    """(path, body) pairs cycling over the stored messages and the dispositions."""
    return [(PATH.format(account_id=tenant.account_id, investigate_id=iid),
             json.dumps({"expected_disposition": DISPOSITIONS[i % len(DISPOSITIONS)]}))
            for i, iid in enumerate(tenant.investigate_ids)]


def load(label: str, port: int, token: str, reqs: list[tuple[str, str]], seconds: float, connections: int,
         loader: str, home: Path) -> Result:
    if loader == "wrk":
        return _wrk(label, port, token, reqs, seconds, connections, home)
    out = subprocess.run([sys.executable, __file__, "--httpx-load", str(port), token, str(seconds), str(connections)],
                         input=json.dumps(reqs), capture_output=True, text=True, check=True)
    rps, p50, p99, errors = json.loads(out.stdout)
    return Result(label, rps, p50, p99, errors)


def _wrk(label: str, port: int, token: str, reqs: list[tuple[str, str]], seconds: float, connections: int,
         home: Path) -> Result:
    script = home / "reclassify.lua"
    entries = ",\n".join(f"{{{json.dumps(path)}, {json.dumps(body)}}}" for path, body in reqs)
    script.write_text(f"""
local reqs = {{ {entries} }}
local i = 0
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer {token}"
request = function()
  i = i + 1
  local r = reqs[(i % #reqs) + 1]
  return wrk.format(nil, r[1], nil, r[2])
end
""")
    # One wrk thread: on a small machine the load generator must not starve the server of CPU.
    out = subprocess.run(["wrk", "-t1", f"-c{connections}", f"-d{round(seconds)}s", "--latency", "-s", str(script),
                          f"http://127.0.0.1:{port}"], capture_output=True, text=True, check=True).stdout
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))  # type: ignore[union-attr]
    errors = int(m.group(1)) if (m := re.search(r"Non-2xx or 3xx responses: (\d+)", out)) else 0
    errors += sum(int(n) for n in re.findall(r"(?:connect|read|write|timeout) (\d+)", out))
    return Result(label, rps, _wrk_ms(out, "50%"), _wrk_ms(out, "99%"), errors)


def _wrk_ms(out: str, quantile: str) -> float:
    value, unit = re.search(rf"{quantile}\s+([\d.]+)(us|ms|s)", out).groups()  # type: ignore[union-attr]
    return float(value) * {"us": 0.001, "ms": 1.0, "s": 1000.0}[unit]


def httpx_load(port: int, token: str, seconds: float, connections: int, reqs: list[tuple[str, str]]) -> None:
    """The fallback load generator (run as its own process): ``connections`` concurrent clients."""
    latencies: list[float] = []
    errors = 0

    async def client(n: int, http: httpx.AsyncClient, stop: float) -> None:
        nonlocal errors
        i = n
        while time.perf_counter() < stop:
            path, body = reqs[i % len(reqs)]
            i += connections
            start = time.perf_counter()
            r = await http.post(path, content=body, headers={"Authorization": f"Bearer {token}",
                                                             "Content-Type": "application/json"})
            latencies.append(time.perf_counter() - start)
            errors += r.status_code != 202

    async def main() -> float:
        limits = httpx.Limits(max_connections=connections)
        async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{port}", limits=limits, timeout=30) as http:
            start = time.perf_counter()
            await asyncio.gather(*(client(n, http, start + seconds) for n in range(connections)))
            return time.perf_counter() - start

    elapsed = asyncio.run(main())
    q = statistics.quantiles(latencies, n=100)
    print(json.dumps([len(latencies) / elapsed, q[49] * 1000, q[98] * 1000, errors]))


def measure(label: str, server: Server, tenant: Tenant, reqs: list[tuple[str, str]], seconds: float,
            connections: int, loader: str, home: Path) -> Result:
    """A 2 s warm-up, then the measured run, with the server process's CPU time per answered request."""
    load(label, server.port, tenant.token, reqs, 2, connections, loader, home)
    cpu_before = cpu_seconds(server.proc.pid)
    result = load(label, server.port, tenant.token, reqs, seconds, connections, loader, home)
    cpu = cpu_seconds(server.proc.pid) - cpu_before
    return replace(result, cpu_ms=1000 * cpu / max(1.0, result.rps * seconds))


def compare(backend: str, trees: dict[str, str], rounds: int, workers: list[bool], seconds: float, connections: int,
            loader: str) -> None:
    """Every tree, worker off and on, alternating, each round beside its own bare baseline."""
    with tempfile.TemporaryDirectory(prefix="mv-rps-") as tmp, temp_database(backend, Path(tmp)) as url:
        home = Path(tmp)
        tenant = tenant_with_messages(url, messages(300, max_bytes=20_000))
        reqs = requests_for(tenant)
        print(f"\n== {backend} ({durability(url)}), {connections} connections, {seconds:.0f}s each, load by {loader}")
        for n in range(1, rounds + 1):
            server = start_bare(home)
            try:
                base = measure("bare", server, tenant, reqs, seconds, connections, loader, home)
            finally:
                server.stop()
            print(f"  round {n}, load average {os.getloadavg()[0]:.1f}: bare {base.rps:6.0f} req/s, "
                  f"CPU {base.cpu_ms:4.2f} ms/req")
            for name, src in trees.items():
                for worker in workers:
                    server = start_mailverdict(url, home, worker=worker, src=str(Path(src).resolve()))
                    try:
                        r = measure(name, server, tenant, reqs, seconds, connections, loader, home)
                    finally:
                        server.stop()
                    mode = "on " if worker else "off"
                    print(f"    {name:10s} worker {mode} {r.rps:6.0f} req/s  p50 {r.p50_ms:6.1f} ms"
                          f"  p99 {r.p99_ms:6.1f} ms  {r.rps / base.rps:4.0%} of bare  CPU {r.cpu_ms:4.2f} ms/req"
                          f"  errors {r.errors}", flush=True)


def run(backend: str, seconds: float, connections: int, loader: str, profile: bool) -> None:
    with tempfile.TemporaryDirectory(prefix="mv-rps-") as tmp, temp_database(backend, Path(tmp)) as url:
        home = Path(tmp)
        tenant = tenant_with_messages(url, messages(300, max_bytes=20_000))
        reqs = requests_for(tenant)
        results: list[Result] = []
        # Sampling costs the server CPU: a --profile run's figures for "worker off" are not the benchmark's.
        profile_for = 2 + seconds + 4 if profile else 0  # start-up, warm-up, measurement
        servers: list[tuple[str, Callable[[], Server]]] = [
            ("bare FastAPI endpoint (baseline)", lambda: start_bare(home)),
            ("reclassify, worker off", lambda: start_mailverdict(url, home, worker=False, profile=profile_for)),
            ("reclassify, worker on", lambda: start_mailverdict(url, home, worker=True)),
        ]
        for label, start in servers:
            server = start()
            try:
                results.append(measure(label, server, tenant, reqs, seconds, connections, loader, home))
                if profile and label.endswith("worker off"):
                    server.proc.wait(timeout=60)  # py-spy writes its samples when its --duration ends
            finally:
                server.stop()
        base = results[0].rps
        print(f"\n== {backend} ({durability(url)}), {connections} connections, {seconds:.0f}s each, load by {loader}")
        for r in results:
            cpu = f"CPU {r.cpu_ms:5.2f} ms/req" if not (profile and r.label.endswith("worker off")) else "CPU (py-spy)"
            print(f"  {r.label:34s} {r.rps:8.0f} req/s  p50 {r.p50_ms:7.1f} ms  p99 {r.p99_ms:7.1f} ms  "
                  f"{r.rps / base:5.0%} of bare  {cpu}  errors {r.errors}")
        print("  target: reclassify >= 40% of bare:",
              ", ".join(f"{r.label.split(', ')[1]} {'met' if r.rps >= 0.4 * base else 'MISSED'}" for r in results[1:]))
        if profile:
            print("  profile of the server, worker off (py-spy, CPU samples):")
            report(home / "server.txt", SERVER_LAYERS, "server")


def main() -> None:
    if len(sys.argv) > 2 and sys.argv[1] == "--serve-bare":
        import uvicorn

        uvicorn.run(bare_app(), host="127.0.0.1", port=int(sys.argv[2]), log_level="warning")
        return
    if len(sys.argv) > 2 and sys.argv[1] == "--httpx-load":
        port, token, seconds, connections = sys.argv[2:6]
        httpx_load(int(port), token, float(seconds), int(connections), json.loads(sys.stdin.read()))
        return
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--backend", choices=["sqlite", "postgres", "both"], default="both")
    parser.add_argument("--seconds", type=float, default=10)
    parser.add_argument("--connections", type=int, default=32)
    parser.add_argument("--loader", choices=["wrk", "httpx"], default="wrk" if shutil.which("wrk") else "httpx")
    parser.add_argument("--profile", action="store_true", help="sample the server (worker off) with py-spy")
    parser.add_argument("--compare", nargs="+", metavar="NAME=SRC",
                        help="source trees (their src directories) to measure against each other in the same run")
    parser.add_argument("--rounds", type=int, default=2, help="with --compare: rounds of alternation")
    parser.add_argument("--worker", choices=["off", "on", "both"], default="both",
                        help="with --compare: the servers' in-process worker")
    args = parser.parse_args()
    for backend in ["sqlite", "postgres"] if args.backend == "both" else [args.backend]:
        if args.compare:
            trees = dict(tree.split("=", 1) for tree in args.compare)
            workers = {"off": [False], "on": [True], "both": [False, True]}[args.worker]
            compare(backend, trees, args.rounds, workers, args.seconds, args.connections, args.loader)
        else:
            run(backend, args.seconds, args.connections, args.loader, args.profile)


if __name__ == "__main__":
    main()
