"""checks/html.py: password forms, HTML smuggling, scripts, redirects and frames (body and attachments)."""

from __future__ import annotations

from pathlib import Path

import pytest

from mailverdict.engine import ScanContext
from mailverdict.engine.checks import html
from mailverdict.engine.message import parse
from tests.engine.checks.symbols import cases, check_fixture


@pytest.mark.parametrize(("name", "path", "hit"), cases(html.NAMES))
def test_fixture(name: str, path: Path, hit: bool) -> None:
    check_fixture(name, path, hit)


def test_pathological_html_is_bounded() -> None:
    nested = "<div>" * 200_000 + "x" + "</div>" * 10
    raw = b"From: a@b.example\r\nContent-Type: text/html\r\n\r\n" + nested.encode()
    findings = html.check(parse(raw), ScanContext())
    assert all(f.name in html.NAMES for f in findings)
