"""The Alembic tree builds exactly the tables the models declare, on both dialects, and unwinds."""

from __future__ import annotations

from typing import Any

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect

from mailverdict.store.db import Database, alembic_config
from mailverdict.store.dialect import make_engine
from mailverdict.store.fulltext import outside_models
from mailverdict.store.models import Base


def _diff(url: str) -> list[Any]:
    engine = make_engine(url, immediate=False)
    try:
        with engine.connect() as conn:
            context = MigrationContext.configure(conn, opts={"compare_type": True, "include_name": outside_models})
            return list(compare_metadata(context, Base.metadata))
    finally:
        engine.dispose()


def test_migrated_schema_matches_the_models(db: Database) -> None:
    # ``db`` is migrated to head by the fixture; any drift shows up as a non-empty diff.
    assert _diff(db.url) == []


def test_check_constraints_survive_migration(db: Database) -> None:
    engine = make_engine(db.url, immediate=False)
    try:
        checks = {c["name"] for c in inspect(engine).get_check_constraints("bulk_jobs")}
    finally:
        engine.dispose()
    assert "ck_bulk_jobs_counts_add_up" in checks


def test_downgrade_to_the_first_revision_and_back(tmp_path: Any) -> None:
    url = f"sqlite:///{tmp_path / 'updown.db'}"
    config = alembic_config(url)
    command.upgrade(config, "head")
    command.downgrade(config, "0001")
    engine = make_engine(url, immediate=False)
    try:
        assert "trace_events" not in inspect(engine).get_table_names()
    finally:
        engine.dispose()
    command.upgrade(config, "head")
    assert _diff(url) == []
