"""checks/links.py: deceptive link text, IP hosts, shorteners, risky TLDs and hosting, lookalikes."""

from __future__ import annotations

from pathlib import Path

import pytest

from mailverdict.engine import ScanContext
from mailverdict.engine.checks import links
from mailverdict.engine.message import parse
from tests.engine.checks.symbols import FIXTURES, cases, check_fixture

ACCOUNT = ScanContext(account_domains=("contoso.example",))


@pytest.mark.parametrize(("name", "path", "hit"), cases(links.NAMES))
def test_fixture(name: str, path: Path, hit: bool) -> None:
    check_fixture(name, path, hit, ACCOUNT)


def test_text_mismatch_evidence_shows_both_domains() -> None:
    msg = parse((FIXTURES / "LINK_TEXT_MISMATCH" / "hit-1.eml").read_bytes())
    (finding,) = [f for f in links.check(msg, ScanContext()) if f.name == "LINK_TEXT_MISMATCH"]
    assert "www.contoso.example" in finding.evidence[0] and "login.fabrikam.example" in finding.evidence[0]


def test_strength_grows_with_repeated_offenders() -> None:
    one = parse(b"From: a@b.example\r\n\r\nhttp://198.51.100.1/a\r\n")
    three = parse(b"From: a@b.example\r\n\r\nhttp://198.51.100.1/a http://198.51.100.2/b http://198.51.100.3/c\r\n")
    strength = {
        n: next(f.strength for f in links.check(m, ScanContext()) if f.name == "LINK_IP_LITERAL")
        for n, m in (("one", one), ("three", three))
    }
    assert strength["one"] < strength["three"] == 1.0
