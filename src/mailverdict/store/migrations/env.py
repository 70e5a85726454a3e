"""Alembic environment: one tree for SQLite and PostgreSQL."""

from __future__ import annotations

from alembic import context

from mailverdict.store.dialect import make_engine
from mailverdict.store.fulltext import outside_models
from mailverdict.store.models import Base

config = context.config
url = config.get_main_option("sqlalchemy.url") or ""
# Migrations run with a deferred BEGIN: DDL on SQLite takes the lock itself.
engine = make_engine(url, immediate=False)
with engine.connect() as connection:
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
        include_name=outside_models,  # the search indexes live only in migration 0003
    )
    with context.begin_transaction():
        context.run_migrations()
engine.dispose()
