"""checks/policy.py: allow and block patterns and learned fingerprints, as findings the scorer forces."""

from __future__ import annotations

from pathlib import Path

import pytest

from mailverdict.engine import Disposition, ScanContext, analyze
from mailverdict.engine.checks import policy
from mailverdict.engine.context import Envelope, ListPattern
from tests.engine.checks.symbols import FIXTURES, cases, check_fixture


def _context(name: str) -> ScanContext:
    if name == "LEARNED_FINGERPRINT":
        learned = analyze((FIXTURES / name / "hit-1.eml").read_bytes())
        return ScanContext(learned={learned.fuzzy_hash: Disposition.MALICIOUS})
    if name == "EXEMPT_RECIPIENT":
        return ScanContext(allow_patterns=(ListPattern("abuse@contoso.example", "EMAIL", kind="exempt_recipient"),))
    if name == "CUSTOM_BLOCK_LIST":
        return ScanContext(block_patterns=(ListPattern("partner.example", "DOMAIN", kind="blocked"),))
    kind = name.lower()
    return ScanContext(allow_patterns=(ListPattern(r".*@partner\.example", "EMAIL", is_regex=True, kind=kind),))


@pytest.mark.parametrize(("name", "path", "hit"), cases(policy.NAMES))
def test_fixture(name: str, path: Path, hit: bool) -> None:
    check_fixture(name, path, hit, _context(name))


def test_learned_fingerprint_carries_the_disposition_first() -> None:
    raw = (FIXTURES / "LEARNED_FINGERPRINT" / "hit-1.eml").read_bytes()
    verdict = analyze(raw, _context("LEARNED_FINGERPRINT"))
    finding = next(f for f in verdict.findings if f.name == "LEARNED_FINGERPRINT")
    assert finding.evidence[0] == "MALICIOUS" and finding.evidence[1].startswith("fuzzy_hash=")
    assert verdict.disposition is Disposition.MALICIOUS


def test_ip_patterns_match_the_envelope_client() -> None:
    raw = (FIXTURES / "TRUSTED_SENDER" / "miss-1.eml").read_bytes()
    ctx = ScanContext(
        envelope=Envelope(client_ip="192.0.2.10"),
        allow_patterns=(ListPattern("192.0.2.10", "IP", kind="trusted_sender"),),
    )
    assert analyze(raw, ctx).forced_by == "TRUSTED_SENDER"


def test_bad_regex_pattern_is_ignored_not_raised() -> None:
    raw = (FIXTURES / "TRUSTED_SENDER" / "hit-1.eml").read_bytes()
    ctx = ScanContext(allow_patterns=(ListPattern("([", "EMAIL", is_regex=True, kind="trusted_sender"),))
    verdict = analyze(raw, ctx)
    assert verdict.forced_by is None and "check_errors" not in verdict.extra
