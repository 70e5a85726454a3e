"""Issue 4's third round (decision 0007): evidence that only looked independent no longer corroborates."""

from __future__ import annotations

from mailverdict.engine.scoring import score
from mailverdict.engine.verdict import Disposition, Finding


def test_a_lure_in_unsolicited_words_is_suspicious_but_not_on_a_discussion_list() -> None:
    credential = Finding("CREDENTIAL_LURE", 0.5, ("enter your password", "as soon as possible"))
    payment = Finding("PAYMENT_LURE", 0.5, ("wire transfer", "as soon as possible"))
    words = Finding("CONTENT_BULK", 1.0, ("p(spam)=0.513",))
    alone = score([credential, payment, words])
    assert "LURE_UNSOLICITED" in {f.name for f in alone.findings}
    assert alone.disposition is Disposition.SUSPICIOUS
    # The same post delivered by list software: the members asked for it, so its words are not unsolicited.
    listed = score([credential, payment, words, Finding("LIST_MANAGER", 1.0, ("X-Mailman-Version",))])
    assert "LURE_UNSOLICITED" not in {f.name for f in listed.findings}
    assert listed.disposition is Disposition.BULK


def test_replies_sent_elsewhere_are_list_practice_on_a_discussion_list() -> None:
    reply = Finding("REPLY_TO_DIVERGENT", 1.0, ("Reply-To poster@elsewhere.example", "From share@news.example"))
    script = Finding("LINK_SCRIPT_URI", 1.0, ("javascript:open()",))
    frame = Finding("HTML_IFRAME", 1.0, ("iframe in message body",))
    alone = score([reply, script, frame])
    assert next(f.score for f in alone.findings if f.name == "REPLY_TO_DIVERGENT") > 0
    listed = score([reply, script, frame, Finding("LIST_ID", 1.0, ("<talk.lists.example>",))])
    assert next(f.score for f in listed.findings if f.name == "REPLY_TO_DIVERGENT") == 0
    assert listed.axes["spam"] < alone.axes["spam"]
