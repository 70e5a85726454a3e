"""checks/pdf.py: links in PDF attachments that the body does not show."""

from __future__ import annotations

from pathlib import Path

import pytest

from mailverdict.engine.checks import pdf
from tests.engine.checks.symbols import cases, check_fixture


@pytest.mark.parametrize(("name", "path", "hit"), cases(pdf.NAMES))
def test_fixture(name: str, path: Path, hit: bool) -> None:
    check_fixture(name, path, hit)
