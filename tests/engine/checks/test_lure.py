"""checks/lure.py: credential, account, payment, advance-fee and extortion lures."""

from __future__ import annotations

from pathlib import Path

import pytest

from mailverdict.engine.checks import lure
from tests.engine.checks.symbols import cases, check_fixture


@pytest.mark.parametrize(("name", "path", "hit"), cases(lure.NAMES))
def test_fixture(name: str, path: Path, hit: bool) -> None:
    check_fixture(name, path, hit)


def test_joiners_and_styled_letters_do_not_hide_a_lure() -> None:
    from mailverdict.engine.context import ScanContext
    from mailverdict.engine.message import parse

    # "immediately" in mathematical bold letters, and joiners inside "verify" and "account".
    bold = "".join(chr(0x1D41A + ord(c) - ord("a")) for c in "immediately")
    body = f"Ve\u200brify your acc\u200bount {bold} or it will be suspended."
    raw = (
        "From: Support <help@notice.example>\r\nTo: sam@contoso.example\r\nSubject: Notice\r\n"
        "Date: Tue, 3 Mar 2026 09:15:00 +0000\r\nMessage-ID: <3@notice.example>\r\n"
        f"Content-Type: text/plain; charset=utf-8\r\n\r\n{body}\r\n"
    ).encode()
    assert "CREDENTIAL_LURE" in {f.name for f in lure.check(parse(raw), ScanContext())}
