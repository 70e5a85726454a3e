"""checks/attachments.py: executables, macros, disguised names and types, archives, encryption."""

from __future__ import annotations

from pathlib import Path

import pytest

from mailverdict.engine.checks import attachments
from tests.engine.checks.symbols import cases, check_fixture


@pytest.mark.parametrize(("name", "path", "hit"), cases(attachments.NAMES))
def test_fixture(name: str, path: Path, hit: bool) -> None:
    check_fixture(name, path, hit)
