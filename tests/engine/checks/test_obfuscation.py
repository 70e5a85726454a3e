"""checks/obfuscation.py: invisible characters and hidden text."""

from __future__ import annotations

from pathlib import Path

import pytest

from mailverdict.engine.checks import obfuscation
from mailverdict.engine.context import ScanContext
from tests.engine.checks.symbols import cases, check_fixture


@pytest.mark.parametrize(("name", "path", "hit"), cases(obfuscation.NAMES))
def test_fixture(name: str, path: Path, hit: bool) -> None:
    check_fixture(name, path, hit)


def _html_message(html: str, subject: str = "Your account") -> bytes:
    head = (
        "From: Account Team <notice@mailer-notice.example>\r\nTo: sam@contoso.example\r\n"
        f"Subject: {subject}\r\nDate: Tue, 3 Mar 2026 09:15:00 +0000\r\nMessage-ID: <1@mailer-notice.example>\r\n"
        "MIME-Version: 1.0\r\nContent-Type: text/html; charset=utf-8\r\n\r\n"
    )
    return (head + html).encode()


def _hidden(html: str) -> bool:
    from mailverdict.engine.message import parse

    return any(f.name == "HIDDEN_TEXT" for f in obfuscation.check(parse(_html_message(html)), ScanContext()))


FILLER = " ".join(["quiet river under seven maple trees gathers morning light while distant bells ring softly"] * 3)


def test_salting_spread_through_words_adds_up() -> None:
    words = "please verify your mailbox password before tonight or access ends today".split()  # noqa: SIM905
    salts = FILLER.split()
    salted = "".join(f'{w[:2]}<span style="font-size:0px">{salts[i]}</span>{w[2:]} ' for i, w in enumerate(words))
    assert _hidden(f"<p>{salted}</p>")


def test_nested_filler_under_a_hidden_block_counts() -> None:
    assert _hidden(f'<p>Hello</p><div style="display: none"><table><tr><td><p>{FILLER}</p></td></tr></table></div>')


def test_light_text_on_the_default_page_is_hidden() -> None:
    assert _hidden(f'<p>See the notice</p><p><font color="#FFFFF1">{FILLER}</font></p>')


def test_light_text_on_a_dark_background_is_a_banner() -> None:
    assert not _hidden(f'<table><tr><td bgcolor="#003366"><font color="#ffffff">{FILLER}</font></td></tr></table>')
    # Children that set their own colour are read in their colour, not the parent's.
    assert not _hidden(f'<font color="#ffffff"><table><tr><td><font color="#333333">{FILLER}</font></td></tr></table>')


def test_responsive_blocks_shown_by_a_stylesheet_are_not_hidden() -> None:
    sheet = "<style>@media (max-width:600px){.mobile{display:block !important}}</style>"
    assert not _hidden(f'{sheet}<div class="mobile" style="display:none">{FILLER}</div>')
    assert _hidden(f'{sheet}<div style="display:none">{FILLER}</div>')


def test_a_short_preheader_is_not_filler() -> None:
    assert not _hidden('<div style="display:none;max-height:0;overflow:hidden">Your March statement is ready</div>')


def test_a_preheader_of_a_full_sentence_is_not_filler() -> None:
    preview = "Your March statement is ready to view: balance, recent payments and the rewards you earned this month."
    assert not _hidden(f'<p>Statement</p><div style="display:none">{preview}</div>')
