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


def _with_attached_page(script: str) -> bytes:
    page = f'<svg xmlns="http://www.w3.org/2000/svg"><script>{script}</script></svg>'
    return (
        "From: ap@vendor.example\r\nTo: sam@contoso.example\r\nSubject: Remittance\r\nMIME-Version: 1.0\r\n"
        'Content-Type: multipart/mixed; boundary="b"\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\nSee attached.\r\n'
        '--b\r\nContent-Type: image/svg+xml\r\nContent-Disposition: attachment; filename="remit.svg"\r\n\r\n'
        f"{page}\r\n--b--\r\n"
    ).encode()


def _script_strength(raw: bytes) -> float:
    return next(f.strength for f in html.check(parse(raw), ScanContext()) if f.name == "HTML_SCRIPT")


def test_an_attached_page_whose_script_sends_the_reader_away_is_a_full_script_finding() -> None:
    assert _script_strength(_with_attached_page('window.location.href="https://landing.example/?r=1"')) == 1.0
    assert _script_strength(_with_attached_page('location.replace("https://landing.example/")')) == 1.0
    # A script that compares locations, or only draws, is script and no more.
    assert _script_strength(_with_attached_page('if (location.href == "x") { draw(); }')) == 0.5
