"""Header anomalies of decision 0012: fake replies, base64-wrapped ASCII and urgency flags.

Each finding fires on a synthetic message and stays silent on its near miss; the composites that
read them are checked with the shipped score table.
"""

from __future__ import annotations

import base64

import pytest

from mailverdict.engine import analyze
from mailverdict.engine.scoring import score
from mailverdict.engine.verdict import Disposition, Finding

BODY = "Hello Sam,\n\nThe quarterly figures are attached as discussed.\n\nDana\n"


def _raw(subject: str, extra: str = "", body: str = BODY, sender: str = "Dana Reyes <dana@northwind.example>") -> bytes:
    head = (
        f"From: {sender}\nTo: Sam Ortiz <sam@contoso.example>\nSubject: {subject}\n"
        "Date: Tue, 3 Mar 2026 09:15:00 +0000\nMessage-ID: <1@northwind.example>\n"
        f"{extra}MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\n"
    )
    return (head + body).encode()


def _found(raw: bytes) -> set[str]:
    return {f.name for f in analyze(raw).findings}


def _b64(text: str, charset: str = "UTF-8") -> str:
    return f"=?{charset}?B?{base64.b64encode(text.encode()).decode()}?="


# -- FAKE_REPLY ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "subject",
    ["RE: Outstanding invoice 4471", "Re: your account", "AW: Vertrag", "RES: Pagamento pendente",
     "[EXTERNAL] RE: Wire transfer", "Re[2]: documents", "SV: faktura"],
)
def test_a_reply_subject_without_thread_headers_is_a_fake_reply(subject: str) -> None:
    assert "FAKE_REPLY" in _found(_raw(subject))


@pytest.mark.parametrize(
    "extra",
    ["In-Reply-To: <0@contoso.example>\n", "References: <0@contoso.example>\n"],
)
def test_a_real_reply_carries_its_thread(extra: str) -> None:
    assert "FAKE_REPLY" not in _found(_raw("RE: Outstanding invoice 4471", extra))


def test_a_subject_that_merely_starts_with_re_is_no_reply() -> None:
    assert "FAKE_REPLY" not in _found(_raw("Receipt for your order"))
    assert "FAKE_REPLY" not in _found(_raw("Regarding the figures"))


@pytest.mark.parametrize(
    "extra",
    ["List-Id: Users <users.lists.northwind.example>\n", "X-Mailman-Version: 2.1\n", "Precedence: list\n"],
)
def test_a_discussion_list_reply_that_lost_its_threading_is_not_a_pose(extra: str) -> None:
    assert "FAKE_REPLY" not in _found(_raw("Re: build fails on arm64", extra))


@pytest.mark.parametrize("subject", ["Fwd: Updated payment details", "FW: invoice", "ENC: boleto", "TR: facture"])
def test_a_forward_without_the_forwarded_message_is_a_fake_reply(subject: str) -> None:
    assert "FAKE_REPLY" in _found(_raw(subject))


@pytest.mark.parametrize(
    "body",
    [
        "See below.\n\n---------- Forwarded message ---------\nFrom: Lee <lee@fabrikam.example>\n"
        "Subject: details\n\nUnchanged.\n",
        "See below.\n\n-----Original Message-----\nFrom: Lee\nSent: Monday\nSubject: details\n\nUnchanged.\n",
        "Segue.\n\nDe: Lee Chan\nEnviada em: segunda-feira\nPara: Dana\nAssunto: boleto\n\nOk.\n",
    ],
)
def test_a_real_forward_carries_the_forwarded_message(body: str) -> None:
    assert "FAKE_REPLY" not in _found(_raw("Fwd: Updated payment details", body=body))


def test_a_forward_with_the_message_attached_is_real() -> None:
    raw = (
        b"From: Dana Reyes <dana@northwind.example>\nTo: sam@contoso.example\nSubject: Fwd: details\n"
        b"Date: Tue, 3 Mar 2026 09:15:00 +0000\nMessage-ID: <2@northwind.example>\nMIME-Version: 1.0\n"
        b'Content-Type: multipart/mixed; boundary="b1"\n\n--b1\nContent-Type: text/plain\n\nSee attached.\n'
        b"--b1\nContent-Type: message/rfc822\n\nFrom: lee@fabrikam.example\nSubject: details\n\nUnchanged.\n--b1--\n"
    )
    assert "FAKE_REPLY" not in _found(raw)


# -- HEADER_EXCESS_BASE64 --------------------------------------------------------------------


def test_a_plain_ascii_subject_in_base64_is_excess_encoding() -> None:
    assert "HEADER_EXCESS_BASE64" in _found(_raw(_b64("Your account has been suspended")))
    # Folded over two encoded words, in any charset.
    folded = _b64("Your account has ", "windows-1252") + "\n " + _b64("been suspended", "windows-1252")
    assert "HEADER_EXCESS_BASE64" in _found(_raw(folded))


def test_a_plain_ascii_display_name_in_base64_is_excess_encoding() -> None:
    sender = f"{_b64('Account Service')} <dana@northwind.example>"
    assert "HEADER_EXCESS_BASE64" in _found(_raw("Quarterly figures", sender=sender))


def test_base64_that_carries_what_ascii_cannot_is_needed() -> None:
    assert "HEADER_EXCESS_BASE64" not in _found(_raw(_b64("État de votre compte")))
    assert "HEADER_EXCESS_BASE64" not in _found(_raw(_b64("Ihre Bestellung 🚚")))
    sender = f"{_b64('José Núñez')} <jose@northwind.example>"
    assert "HEADER_EXCESS_BASE64" not in _found(_raw("Quarterly figures", sender=sender))


def test_quoted_printable_and_plain_headers_are_not_excess_base64() -> None:
    assert "HEADER_EXCESS_BASE64" not in _found(_raw("=?iso-8859-1?q?Quarterly_figures?="))
    assert "HEADER_EXCESS_BASE64" not in _found(_raw("Quarterly figures"))
    # A base64 word that does not decode stays as written: nothing to compare.
    assert "HEADER_EXCESS_BASE64" not in _found(_raw("=?x-unknown-charset?B?@@@@@@@@@@?="))


# -- HIGH_PRIORITY ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "extra", ["X-Priority: 1 (Highest)\n", "X-Priority: 2\n", "Importance: High\n", "Priority: urgent\n"]
)
def test_a_message_flagged_urgent_is_high_priority(extra: str) -> None:
    assert "HIGH_PRIORITY" in _found(_raw("Quarterly figures", extra))


@pytest.mark.parametrize("extra", ["X-Priority: 3 (Normal)\n", "Importance: normal\n", "X-Priority: 5\n", ""])
def test_normal_or_low_priority_is_not_flagged(extra: str) -> None:
    assert "HIGH_PRIORITY" not in _found(_raw("Quarterly figures", extra))


# -- composites ------------------------------------------------------------------------------


def _outcome(*findings: Finding) -> tuple[Disposition, set[str]]:
    verdict = score(findings)
    return verdict.disposition, {f.name for f in verdict.findings}


FAKE = Finding("FAKE_REPLY", 1.0, ("reply 'RE: invoice' without In-Reply-To or References",))
EXCESS = Finding("HEADER_EXCESS_BASE64", 1.0, ("Subject 'Your account' sent base64-encoded",))
URGENT = Finding("HIGH_PRIORITY", 1.0, ("X-Priority: 1",))
BRAND = Finding("BRAND_IMPERSONATION", 1.0, ("display name 'PayPal' names paypal", "sent from notice.example"))


def test_a_header_anomaly_alone_decides_nothing() -> None:
    for finding in (FAKE, EXCESS, URGENT):
        assert _outcome(finding)[0] is Disposition.NONE
    assert _outcome(FAKE, EXCESS, URGENT)[0] is Disposition.NONE


def test_a_scam_story_on_a_fake_reply_is_a_disguised_sender() -> None:
    story = Finding("BILLING_LURE", 1.0, ("unpaid invoice",))
    disposition, names = _outcome(story, FAKE)
    assert "SCAM_DISGUISED_SENDER" in names
    assert disposition is Disposition.SUSPICIOUS
    assert "SCAM_DISGUISED_SENDER" in _outcome(story, EXCESS)[1]
    assert _outcome(story)[0] is not Disposition.SUSPICIOUS


def test_a_payment_request_on_a_fake_reply_is_bec() -> None:
    payment = Finding("PAYMENT_LURE", 1.0, ("change of bank details",))
    assert "BEC_PAYMENT_REQUEST" in _outcome(payment, FAKE)[1]
    assert "BEC_PAYMENT_REQUEST" not in _outcome(payment, EXCESS)[1]


def test_a_brand_display_name_on_forged_headers_is_suspicious() -> None:
    for anomaly in (FAKE, EXCESS):
        disposition, names = _outcome(BRAND, anomaly)
        assert "BRAND_FORGED_HEADERS" in names
        assert disposition is Disposition.SUSPICIOUS
    assert "BRAND_FORGED_HEADERS" not in _outcome(BRAND, URGENT)[1]
    listed = _outcome(BRAND, FAKE, Finding("LIST_ID", 1.0, ("<fans.lists.example>",)))
    assert "BRAND_FORGED_HEADERS" not in listed[1]


def test_urgency_corroborates_a_lure_but_does_not_decide_it() -> None:
    lure = Finding("CREDENTIAL_LURE", 0.75, ("verify your account",))
    disposition, names = _outcome(lure, URGENT)
    assert "URGENT_LURE" in names
    assert disposition is not Disposition.SUSPICIOUS
    words = Finding("CONTENT_PHISH", 0.75, ("p(phishing)=0.875",))
    assert _outcome(words)[0] is not Disposition.SUSPICIOUS
    assert _outcome(words, URGENT)[0] is Disposition.SUSPICIOUS
    listed = _outcome(words, URGENT, Finding("LIST_ID", 1.0, ("<users.lists.example>",)))
    assert "URGENT_LURE" not in listed[1]


def test_urgency_does_not_push_an_authenticated_senders_notice_over() -> None:
    words = Finding("CONTENT_PHISH", 0.75, ("p(phishing)=0.875",))
    for passed in (Finding("DMARC_PASS", 1.0, ("dmarc=pass header.from=corp.example",)),
                   Finding("AUTH_ALIGNED", 1.0, ("dkim=pass for corp.example, the From's domain corp.example",))):
        disposition, names = _outcome(words, URGENT, passed)
        assert "URGENT_LURE" not in names
        assert disposition is not Disposition.SUSPICIOUS


def test_base64_wrapped_subject_with_a_concealed_link_is_unauthenticated_concealment() -> None:
    shortener = Finding("URL_SHORTENER", 1.0, ("bit.ly",))
    assert "CONCEALED_LINK_UNAUTHENTICATED" in _outcome(shortener, EXCESS)[1]
    assert "CONCEALED_LINK_UNAUTHENTICATED" not in _outcome(shortener, FAKE)[1]
