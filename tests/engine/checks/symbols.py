"""Run one finding at a time over its hand-written fixtures, Rspamd style.

``tests/fixtures/eml/<NAME>/hit-*.eml`` must emit NAME and ``miss-*.eml`` must not, with only that
finding enabled (``ScanContext.enabled_checks={NAME}``).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from pathlib import Path

import pytest

from mailverdict.engine import ScanContext, analyze

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "eml"


def cases(names: Iterable[str]) -> list[object]:
    """One pytest param per fixture file of each name: (name, path, expected hit)."""
    params: list[object] = []
    for name in sorted(names):
        for path in sorted((FIXTURES / name).glob("*.eml")):
            params.append(pytest.param(name, path, path.name.startswith("hit-"), id=f"{name}/{path.name}"))
    return params


def emitted(name: str, path: Path, context: ScanContext | None = None) -> set[str]:
    ctx = replace(context or ScanContext(), enabled_checks=frozenset({name}))
    verdict = analyze(path.read_bytes(), ctx)
    assert "check_errors" not in verdict.extra, verdict.extra
    return {finding.name for finding in verdict.findings}


def check_fixture(name: str, path: Path, hit: bool, context: ScanContext | None = None) -> None:
    found = emitted(name, path, context)
    if hit:
        assert name in found, f"{path.name} should emit {name}"
    else:
        assert name not in found, f"{path.name} should not emit {name}"
