"""Shared fixtures: real SQLite and PostgreSQL databases, a real HTTP server, factories.

PostgreSQL: each test session creates its own database on MAILVERDICT_TEST_POSTGRES_URL's server
(default postgres@127.0.0.1:5432) and drops it afterwards. Where it is unreachable the PostgreSQL
cases skip, unless MAILVERDICT_REQUIRE_POSTGRES=1 (CI), which makes them fail instead.
"""

from __future__ import annotations

import os
import secrets
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from mailverdict.settings import Settings
from mailverdict.store.db import Database
from mailverdict.store.models import Base

PG_SERVER = os.environ.get("MAILVERDICT_TEST_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/postgres")
REQUIRE_PG = os.environ.get("MAILVERDICT_REQUIRE_POSTGRES") == "1"


def _pg_admin_url() -> str:
    return make_url(PG_SERVER).set(database="postgres").render_as_string(hide_password=False)


@pytest.fixture(scope="session")
def postgres_url() -> Iterator[str]:
    name = f"mailverdict_test_{secrets.token_hex(4)}"
    try:
        admin = create_engine(_pg_admin_url(), isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
    except Exception as exc:
        if REQUIRE_PG:
            pytest.fail(f"PostgreSQL is required (MAILVERDICT_REQUIRE_POSTGRES=1) but unreachable: {exc}")
        pytest.skip(f"PostgreSQL unreachable at {PG_SERVER}: {exc.__class__.__name__}")
    url = make_url(PG_SERVER).set(database=name).render_as_string(hide_password=False)
    yield url
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


@pytest.fixture(scope="session")
def _databases(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Database]]:
    made: dict[str, Database] = {}
    yield made
    for db in made.values():
        db.dispose()


@pytest.fixture(params=["sqlite", "postgres"])
def backend(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def database_url(backend: str, request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> str:
    if backend == "postgres":
        return str(request.getfixturevalue("postgres_url"))
    return f"sqlite:///{tmp_path_factory.getbasetemp() / 'shared.db'}"


@pytest.fixture
def db(database_url: str, _databases: dict[str, Database]) -> Iterator[Database]:
    """A migrated database, emptied after each test."""
    database = _databases.get(database_url)
    if database is None:
        database = _databases[database_url] = Database(database_url)
        database.upgrade()
    yield database
    with database.write() as session:
        for table in reversed(Base.metadata.sorted_tables):
            session.execute(table.delete())


@pytest.fixture
def settings(tmp_path: Path, database_url: str) -> Settings:
    return replace(Settings.from_env(tmp_path), database_url=database_url, rate_limit=0)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class LiveServer:
    """uvicorn serving an app on 127.0.0.1 in a thread: real sockets, real HTTP."""

    def __init__(self, app: object) -> None:
        import uvicorn

        self.port = free_port()
        self.server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=self.port, log_level="warning",
                                                    lifespan="off"))
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/client/v4"

    def __enter__(self) -> LiveServer:
        self.thread.start()
        deadline = time.monotonic() + 10
        while not self.server.started:
            if time.monotonic() > deadline:
                raise RuntimeError("server did not start")
            time.sleep(0.01)
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Tests marked ``corpus`` read ../shared/corpus, which the default test command must not
    (its README says so): they run only with MAILVERDICT_CORPUS=1."""
    if os.environ.get("MAILVERDICT_CORPUS") == "1":
        return
    skip = pytest.mark.skip(reason="reads ../shared/corpus: opt in with MAILVERDICT_CORPUS=1")
    for item in items:
        if item.get_closest_marker("corpus"):
            item.add_marker(skip)


@contextmanager
def running_worker(db: Database, settings: Settings, **options: Any) -> Iterator[Any]:
    """A real worker with every handler, in a thread, for as long as the block lasts."""
    from mailverdict.jobs.worker import Worker
    from mailverdict.services.handlers import all_handlers

    worker = Worker(db, all_handlers(settings), **{"poll_seconds": 0.05, **options})
    thread = threading.Thread(target=worker.run, daemon=True)
    thread.start()
    try:
        yield worker
    finally:
        worker.stop()
        thread.join(timeout=10)
