"""checks/government.py: a government body named from outside any government domain."""

from __future__ import annotations

from pathlib import Path

import pytest

from mailverdict.engine.checks import government
from tests.engine.checks.symbols import cases, check_fixture


@pytest.mark.parametrize(("name", "path", "hit"), cases(government.NAMES))
def test_fixture(name: str, path: Path, hit: bool) -> None:
    check_fixture(name, path, hit)


@pytest.mark.parametrize(
    "domain",
    ["fazenda.sp.gov.br", "tjsp.jus.br", "dgfip.finances.gouv.fr", "sat.gob.mx", "irs.gov", "cra-arc.gc.ca"],
)
def test_government_suffixes_are_the_bodies_own(domain: str) -> None:
    assert government._GOVERNMENT_DOMAIN_RE.search(domain)


@pytest.mark.parametrize("domain", ["gov-receita.online", "govbr-consulta.com", "sefaz-gov.br.example", "ipva.click"])
def test_look_alike_domains_are_not_government(domain: str) -> None:
    assert government._GOVERNMENT_DOMAIN_RE.search(domain) is None
