"""``mailverdict smtp``: the SMTP receiver alone, with a worker that relays clean mail onward."""

from __future__ import annotations

import signal
import threading
from pathlib import Path
from typing import Annotated, Any

import typer

from mailverdict.cli.output import err_console


def register(app: typer.Typer) -> None:
    app.command()(smtp)


def smtp(
    host: Annotated[str, typer.Option(help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 2525,
    data_dir: Annotated[Path | None, typer.Option(help="Where SQLite and state live (as for serve).")] = None,
    no_worker: Annotated[bool, typer.Option("--no-worker", help="Receive only; leave relaying to "
                                                                "`mailverdict worker`.")] = False,
) -> None:
    """Receive mail for the accounts' domains over SMTP: scan, store, quarantine or relay."""
    from mailverdict.cli.context import open_db
    from mailverdict.cli.serve import start_worker_thread

    settings, db = open_db(data_dir)
    server = start_smtp(db, settings, host, port)
    stop_worker = None if no_worker else start_worker_thread(db, settings)
    done = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: done.set())
    signal.signal(signal.SIGINT, lambda *_: done.set())
    err_console.print(f"SMTP receiver on {host}:{port} ({db.dialect}); Ctrl-C stops it")
    done.wait()
    server.stop()
    if stop_worker is not None:
        stop_worker()
    db.dispose()


def start_smtp(db: Any, settings: Any, host: str, port: int) -> Any:
    """Start the receiver in its own thread; the caller stops it with ``.stop()``."""
    from mailverdict.ingest.smtp import SmtpServer

    server = SmtpServer(db, host=host, port=port, max_bytes=settings.max_eml_bytes)
    server.start()
    return server
