"""checks/hiding.py: text hidden by HTML styling, and the text as the reader sees it."""

from __future__ import annotations

import random

from mailverdict.engine import ScanContext, analyze
from mailverdict.engine.checks import hiding, lure
from mailverdict.engine.html import read_html
from mailverdict.engine.message import parse
from tests.engine.mail import notice


def _message(html: str) -> bytes:
    head = (
        "From: Mail Admin <admin@quota-notice.example>\r\nTo: sam@contoso.example\r\nSubject: Notice\r\n"
        "Date: Tue, 3 Mar 2026 09:15:00 +0000\r\nMessage-ID: <2@quota-notice.example>\r\n"
        "MIME-Version: 1.0\r\nContent-Type: text/html; charset=utf-8\r\n\r\n"
    )
    return (head + html).encode()


def _salted(sentence: str) -> str:
    """Every word split in two by a zero-size span, as salting kits write it."""
    return " ".join(f'{w[:2]}<span style="font-size:0">qz</span>{w[2:]}' if len(w) > 3 else w for w in sentence.split())


LURE = "Your mailbox is full and incoming messages are on hold. Verify your account immediately to avoid suspension."


def test_salting_is_taken_out_of_the_words() -> None:
    msg = parse(_message(f"<p>{_salted(LURE)}</p>"))
    assert "mailbox" not in msg.text  # the markup's own reading keeps the salt
    assert hiding.visible_text(msg).startswith("Your mailbox is full")
    found = hiding.hidden(msg)
    assert found.pieces >= 8


def test_a_salted_lure_is_read_as_a_lure() -> None:
    link = '<p><a href="https://quota-notice.example/verify">Verify</a></p>'
    names = {f.name for f in analyze(_message(f"<p>{_salted(LURE)}</p>{link}")).findings}
    assert {"CREDENTIAL_LURE", "HIDDEN_TEXT"} <= names


def test_nothing_hidden_reads_the_message_text() -> None:
    msg = parse(_message("<p>Lunch at noon?</p>"))
    assert hiding.hidden(msg) == hiding.NOTHING
    assert hiding.searchable_text(msg, 100) == msg.text


def test_filler_does_not_count_as_words_of_a_picture_body() -> None:
    filler = " ".join(["harbour lantern meadow"] * 20)
    html = (
        '<a href="https://promo-claim.example/x"><img src="https://promo-claim.example/a.png"></a>'
        f'<div style="display:none">{filler}</div>'
    )
    names = {f.name for f in analyze(_message(html)).findings}
    assert "IMAGE_ONLY_BODY" in names


def test_crafted_hidden_markup_stays_cheap() -> None:
    import time

    nested = '<div style="display:none">' * 290 + "filler " * 2000 + "</div>" * 290
    many = '<div><font color="#ffffff">w</font></div>' * 3000
    started = time.process_time()
    assert read_html(nested).hidden.pieces == 1  # one hidden subtree, counted once
    assert read_html(many).hidden.pieces == 2000  # capped at the node limit
    assert time.process_time() - started < 1.0


def test_phrases_are_read_across_a_mailer_s_line_wrap() -> None:
    wrapped = "Please verify your\r\naccount within 24 hours or it will be\r\npermanently closed."
    msg = parse(notice("Notice", wrapped))
    text = hiding.searchable_text(msg, 1000)
    assert "verify your account within 24 hours or it will be permanently closed" in text
    evidence = {e for f in lure.check(msg, ScanContext()) for e in f.evidence}
    assert {"verify your account", "will be permanently closed"} <= evidence


def test_a_line_break_before_a_new_sentence_or_heading_stays() -> None:
    msg = parse(notice("Notice", "Thanks for your order.\r\nDelivery: Monday\r\n\r\nsee you soon"))
    text = hiding.searchable_text(msg, 1000)
    assert "order.\nDelivery: Monday\n\nsee you soon" in text.replace("\r", "")


def test_line_wraps_found_from_their_break_are_the_pattern_s() -> None:
    # _unwrapped finds each wrap from its "\n" and reads back; _WRAPPED_RE says what a wrap is.
    rng = random.Random(5)
    alphabet = ["a", "B", " ", "\t", "\r", "\n", "\n", ".", "\u00e9", "\u0430", "\u00a0", "\x0b", "1", "\u03c3"]
    for _ in range(20_000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12)))
        assert hiding._unwrapped(text) == hiding._WRAPPED_RE.sub(" ", text), repr(text)
