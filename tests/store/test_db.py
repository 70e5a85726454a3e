"""store/db.py: the SQLite the running Python links must understand the statements we write."""

from __future__ import annotations

import sqlite3

import pytest

from mailverdict.store.db import require_sqlite


def test_a_sqlite_without_returning_is_refused_with_what_to_do() -> None:
    with pytest.raises(RuntimeError, match=r"needs SQLite 3\.35 or newer.*links SQLite 3\.31\.1.*PostgreSQL"):
        require_sqlite((3, 31, 1))


def test_this_python_s_sqlite_is_accepted() -> None:
    require_sqlite(sqlite3.sqlite_version_info)
    require_sqlite((3, 35, 0))
