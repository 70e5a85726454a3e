"""Traditional Chinese folded to Simplified for matching."""

from __future__ import annotations

from mailverdict.engine.hanzi import simplified


def test_traditional_characters_are_written_simplified() -> None:
    assert simplified("請點擊連結驗證您的帳戶") == "请点击连结验证您的帐户"


def test_text_without_listed_characters_is_returned_as_is() -> None:
    for text in ("plain ascii", "お荷物のお届け", "계정 확인", "您的账户"):
        assert simplified(text) is text
