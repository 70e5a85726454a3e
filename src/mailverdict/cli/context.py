"""Opening the configured database for a command."""

from __future__ import annotations

from pathlib import Path

from mailverdict.settings import Settings
from mailverdict.store.db import Database


def open_db(data_dir: Path | None = None, *, upgrade: bool = True) -> tuple[Settings, Database]:
    settings = Settings.from_env(data_dir)
    db = Database(settings.database_url)
    if upgrade:
        db.upgrade()
    return settings, db
