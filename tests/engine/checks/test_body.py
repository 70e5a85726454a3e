"""checks/body.py: image-only bodies and classic commercial offers."""

from __future__ import annotations

from pathlib import Path

import pytest

from mailverdict.engine import analyze
from mailverdict.engine.checks import body
from tests.engine.checks.symbols import FIXTURES, cases, check_fixture


@pytest.mark.parametrize(("name", "path", "hit"), cases(body.NAMES))
def test_fixture(name: str, path: Path, hit: bool) -> None:
    check_fixture(name, path, hit)


def test_image_body_from_a_brand_display_name_is_suspicious() -> None:
    raw = (FIXTURES / "IMAGE_ONLY_BODY" / "hit-1.eml").read_bytes()
    raw = raw.replace(b"From: Offers <o@promo-mail.example>", b"From: PayPal Service <o@promo-mail.example>")
    verdict = analyze(raw)
    assert "IMAGE_BODY_DISGUISED" in {f.name for f in verdict.findings}
    assert verdict.disposition.value in ("SUSPICIOUS", "MALICIOUS")


def test_image_body_alone_is_not_a_threat() -> None:
    verdict = analyze((FIXTURES / "IMAGE_ONLY_BODY" / "hit-1.eml").read_bytes())
    assert "IMAGE_BODY_DISGUISED" not in {f.name for f in verdict.findings}
    assert verdict.disposition.value not in ("SUSPICIOUS", "MALICIOUS")


def test_a_picture_whose_map_goes_elsewhere_is_suspicious() -> None:
    verdict = analyze((FIXTURES / "IMAGE_MAP_ELSEWHERE" / "hit-1.eml").read_bytes())
    names = {f.name for f in verdict.findings}
    assert {"IMAGE_ONLY_BODY", "IMAGE_MAP_ELSEWHERE", "IMAGE_BODY_DISGUISED"} <= names
    assert verdict.disposition.value in ("SUSPICIOUS", "MALICIOUS")
