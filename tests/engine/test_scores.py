"""scores.toml and the checks stay in step: every emitted name is scored, every scored name is emitted."""

from __future__ import annotations

from pathlib import Path

import pytest

from mailverdict.engine import analyze
from mailverdict.engine.checks import ALL, OPTIONAL, all_names
from mailverdict.engine.scoretable import load

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "eml"


def test_every_finding_a_check_can_emit_is_listed() -> None:
    assert all_names() - set(load().rules) == set()


def test_every_listed_finding_is_emitted_by_some_check() -> None:
    assert set(load().rules) - all_names() == set()


def test_composites_do_not_reuse_finding_names() -> None:
    table = load()
    assert not {c.rule.name for c in table.composites} & set(table.rules)


def test_every_rule_check_has_hit_and_miss_fixtures_per_name() -> None:
    for check in ALL:
        if check.name in OPTIONAL:
            continue  # the content model is tested by its owner (tests/engine/test_content.py)
        for name in check.names:
            files = {p.name.split("-")[0] for p in (FIXTURES / name).glob("*.eml")}
            assert files == {"hit", "miss"}, f"{name} needs hit-*.eml and miss-*.eml"


def test_no_fixture_directory_without_a_check() -> None:
    assert {p.name for p in FIXTURES.iterdir() if p.is_dir()} <= all_names()


@pytest.mark.parametrize("path", sorted(FIXTURES.glob("*/*.eml")), ids=lambda p: f"{p.parent.name}/{p.name}")
def test_findings_on_any_fixture_are_all_listed(path: Path) -> None:
    table = load()
    composites = {c.rule.name for c in table.composites}
    verdict = analyze(path.read_bytes())
    for finding in verdict.findings:
        assert finding.name in table.rules or finding.name in composites, finding.name
        assert finding.group != "unlisted"
