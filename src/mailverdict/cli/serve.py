"""``mailverdict serve`` (API + in-process worker) and ``mailverdict worker`` (workers alone)."""

from __future__ import annotations

import logging
import signal
import sys
import threading
from pathlib import Path
from typing import Annotated, Any

import typer

from mailverdict.cli.output import console, err_console

SWITCH_INTERVAL = 0.001  # seconds; the interpreter's default is 0.005


def register(app: typer.Typer) -> None:
    app.command()(serve)
    app.command()(worker)


def serve(
    host: Annotated[str, typer.Option(help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8787,
    data_dir: Annotated[Path | None, typer.Option(help="Where SQLite and state live (default ./.mailverdict "
                                                       "or MAILVERDICT_HOME).")] = None,
    no_worker: Annotated[bool, typer.Option("--no-worker", help="Serve the API alone.")] = False,
    log_level: Annotated[str, typer.Option(help="uvicorn log level.")] = "info",
    smtp_port: Annotated[int | None, typer.Option(help="Also receive mail over SMTP on HOST:SMTP_PORT.")] = None,
) -> None:
    """Serve the API under http://HOST:PORT/client/v4, with an in-process worker (and SMTP receiver)."""
    import uvicorn

    from mailverdict.api.app import create_app
    from mailverdict.services.bootstrap import first_run
    from mailverdict.settings import Settings
    from mailverdict.store.db import Database

    settings = Settings.from_env(data_dir)
    db = Database(settings.database_url)
    db.upgrade()
    issued = first_run(db)
    if issued is not None:
        _print_welcome(issued, host, port)
    app = create_app(settings, db)
    stop: list[Any] = []
    if not no_worker:
        stop.append(start_worker_thread(db, settings))
    if smtp_port is not None:
        from mailverdict.cli.smtp import start_smtp

        stop.append(start_smtp(db, settings, host, smtp_port).stop)
    try:
        # The event loop, the group committer and the worker hand the GIL to each other at every
        # database round trip; at the default 5 ms switch interval a thread back from I/O can wait
        # that long for it while another computes (docs/decisions/0003).
        sys.setswitchinterval(SWITCH_INTERVAL)
        uvicorn.run(app, host=host, port=port, log_level=log_level)
    finally:
        for s in stop:
            s()
        db.dispose()


def start_worker_thread(db: Any, settings: Any) -> Any:
    from mailverdict.jobs.worker import Worker
    from mailverdict.services.handlers import all_handlers

    w = Worker(db, all_handlers(settings, db), lease_seconds=settings.job_lease_seconds,
               poll_seconds=0.1)
    thread = threading.Thread(target=w.run, name="mailverdict-worker", daemon=True)
    thread.start()

    def stop() -> None:
        w.stop()
        thread.join(timeout=10)

    return stop


def _print_welcome(issued: Any, host: str, port: int) -> None:
    base = f"http://{host}:{port}/client/v4"
    console.print("[bold green]First run:[/] created an account and an API token (shown only this once).")
    console.print(f"  account id: [bold]{issued.account_id}[/]")
    console.print(f"  API token:  [bold]{issued.token}[/]  (Cloud Email Security: Read, Write)", soft_wrap=True)
    console.print("Try it:")
    console.print(f"  curl -s -H 'Authorization: Bearer {issued.token}' "
                  f"'{base}/accounts/{issued.account_id}/email-security/submissions'", soft_wrap=True)
    console.print("Or with the official SDK (pip install cloudflare):")
    console.print(f"  from cloudflare import Cloudflare\n"
                  f"  client = Cloudflare(api_token='{issued.token}', base_url='{base}')\n"
                  f"  print(client.email_security.submissions.list(account_id='{issued.account_id}'))", soft_wrap=True)
    console.print(f"Import mail: mailverdict import PATH... --account {issued.account_id}", soft_wrap=True)
    console.print(f"Dashboard:   http://{host}:{port}/dashboard/ (sign in with the token)", soft_wrap=True)


def worker(
    processes: Annotated[int, typer.Option(help="Worker processes to run.")] = 1,
    data_dir: Annotated[Path | None, typer.Option(help="Where SQLite lives (as for serve).")] = None,
    batch_size: Annotated[int, typer.Option(help="Jobs claimed per batch.")] = 32,
    until_idle: Annotated[bool, typer.Option("--until-idle", help="Exit once no job is runnable.")] = False,
) -> None:
    """Run workers alone: any number, on any number of machines, over one database."""
    if processes > 1:
        import multiprocessing

        procs = [multiprocessing.Process(target=_run_worker, args=(data_dir, batch_size, until_idle))
                 for _ in range(processes)]
        for p in procs:
            p.start()
        for p in procs:
            p.join()
        return
    _run_worker(data_dir, batch_size, until_idle)


def _run_worker(data_dir: Path | None, batch_size: int, until_idle: bool) -> None:
    from mailverdict.jobs.worker import Worker
    from mailverdict.services.handlers import all_handlers
    from mailverdict.settings import Settings
    from mailverdict.store.db import Database

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(levelname)s %(message)s")
    settings = Settings.from_env(data_dir)
    db = Database(settings.database_url)
    db.upgrade()
    w = Worker(db, all_handlers(settings, db), batch_size=batch_size,
               lease_seconds=settings.job_lease_seconds)
    signal.signal(signal.SIGTERM, lambda *_: w.stop())
    signal.signal(signal.SIGINT, lambda *_: w.stop())
    err_console.print(f"worker {w.name} running on {db.dialect}")
    stats = w.run(stop_when_idle=until_idle)
    err_console.print(f"worker {w.name} stopped: {stats.completed} completed, {stats.failed} failed, {stats.dead} dead")
    db.dispose()
