"""checks/body.py: image-only bodies and classic commercial offers."""

from __future__ import annotations

from pathlib import Path

import pytest

from mailverdict.engine.checks import body
from tests.engine.checks.symbols import cases, check_fixture


@pytest.mark.parametrize(("name", "path", "hit"), cases(body.NAMES))
def test_fixture(name: str, path: Path, hit: bool) -> None:
    check_fixture(name, path, hit)
