"""The reply bait before a BEC payment request, and the "new number" scam (REPLY_BAIT_LURE, BEC_REPLY_BAIT)."""

from __future__ import annotations

from mailverdict.engine import Disposition, analyze
from tests.engine.mail import authenticated

SUSPICIOUS_OR_WORSE = {Disposition.SUSPICIOUS, Disposition.MALICIOUS}


def _names(sender: str, subject: str, text: str) -> set[str]:
    return {f.name for f in analyze(authenticated(sender, subject, text).as_bytes()).findings}


def test_a_free_mail_boss_asking_for_a_favour_and_a_number_is_bec() -> None:
    msg = authenticated(
        "Helen Moor <helen.moor.ceo@gmail.com>",
        "Are you at your desk?",
        "Are you available right now? I need you to handle a task for me before noon. I'm in a meeting "
        "with the board, so send me your mobile number and I will text you the details.",
    )
    verdict = analyze(msg.as_bytes())
    assert {"REPLY_BAIT_LURE", "BEC_REPLY_BAIT"} <= {f.name for f in verdict.findings}
    assert verdict.disposition in SUSPICIOUS_OR_WORSE


def test_the_new_number_scam_in_german() -> None:
    names = _names(
        "Jonas <jonas.kr.neu@gmail.com>",
        "Hallo Mama",
        "Hallo Mama, mein Handy ist kaputt, das ist meine neue Nummer. Bist du gerade erreichbar? Schreib mir bitte.",
    )
    assert "REPLY_BAIT_LURE" in names


def test_one_everyday_question_is_no_bait() -> None:
    names = _names(
        "Helen Moor <helen.moor@gmail.com>",
        "Saturday",
        "Are you available on Saturday? We are thinking of a picnic by the river if the weather holds.",
    )
    assert "REPLY_BAIT_LURE" not in names


def test_a_colleague_on_the_companys_own_mail_is_no_bec() -> None:
    # The bait itself, but from the organisation's authenticated domain to a colleague: no diversion.
    names = _names(
        "Helen Moor <helen@contoso.example>",
        "Quick favour",
        "Can you do me a quick favour? I'm in a meeting until three: text me on my cell when the delivery arrives.",
    )
    assert "BEC_REPLY_BAIT" not in names


def test_bait_phrases_in_a_long_text_are_a_thread_or_a_newsletter() -> None:
    column = "Our agony aunt answers: are you available to help a friend move? Do me a favour and say yes. " * 30
    assert "REPLY_BAIT_LURE" not in _names("Weekly Digest <digest.weekly@gmail.com>", "This week", column)
    assert "REPLY_BAIT_LURE" in _names("Weekly Digest <digest.weekly@gmail.com>", "This week", column[:95])
