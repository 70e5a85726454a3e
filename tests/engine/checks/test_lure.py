"""checks/lure.py: credential, account, payment, advance-fee and extortion lures."""

from __future__ import annotations

from pathlib import Path

import pytest

from mailverdict.engine.checks import lure
from tests.engine.checks.symbols import cases, check_fixture


@pytest.mark.parametrize(("name", "path", "hit"), cases(lure.NAMES))
def test_fixture(name: str, path: Path, hit: bool) -> None:
    check_fixture(name, path, hit)
