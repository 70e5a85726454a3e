"""checks/obfuscation.py: invisible characters and hidden text."""

from __future__ import annotations

from pathlib import Path

import pytest

from mailverdict.engine.checks import obfuscation
from tests.engine.checks.symbols import cases, check_fixture


@pytest.mark.parametrize(("name", "path", "hit"), cases(obfuscation.NAMES))
def test_fixture(name: str, path: Path, hit: bool) -> None:
    check_fixture(name, path, hit)
