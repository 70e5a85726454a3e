"""checks/headers.py: header and structure oddities of mass mail."""

from __future__ import annotations

from pathlib import Path

import pytest

from mailverdict.engine.checks import headers
from tests.engine.checks.symbols import cases, check_fixture


@pytest.mark.parametrize(("name", "path", "hit"), cases(headers.NAMES))
def test_fixture(name: str, path: Path, hit: bool) -> None:
    check_fixture(name, path, hit)
