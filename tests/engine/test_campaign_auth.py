"""CAMPAIGN_UNAUTHENTICATED (decision 0011): campaign mail whose From nothing recorded ties to the sender is SPOOF."""

from __future__ import annotations

from email.message import EmailMessage

import pytest

from mailverdict.engine import Disposition, analyze
from mailverdict.engine.scoring import score
from mailverdict.engine.verdict import Finding, Verdict

NAME = "CAMPAIGN_UNAUTHENTICATED"
RELAY = "spf=pass smtp.mailfrom=bounce-4411@mail.sendrelay.example; dkim=pass header.d=sendrelay.example"
TEXT = (
    "Hi Sam,\n\nThis month at the Northwind garden centre: the spring bulbs are in, the cafe has a new menu,\n"
    "and our Saturday workshop on pruning roses has a few places left.\n\nSee you soon,\nThe Northwind team\n\n"
    "You are receiving this because you joined our mailing list. Unsubscribe: https://northwind.example/u/sam\n"
)


def newsletter(auth: str | None, *, listed: bool = False, campaign: bool = True) -> EmailMessage:
    """A newsletter from northwind.example sent through a provider; ``auth`` is the receiver's record."""
    msg = EmailMessage()
    if auth is not None:
        msg["Authentication-Results"] = f"mx.contoso.example; {auth}"
    msg["From"] = "Northwind Garden Centre <news@northwind.example>"
    msg["To"] = "Sam Ortiz <sam@contoso.example>"
    msg["Subject"] = "March at the garden centre"
    msg["Date"] = "Tue, 3 Mar 2026 09:15:00 +0000"
    msg["Message-ID"] = "<20260303091500.4411@mail.sendrelay.example>"
    if campaign:
        msg["List-Unsubscribe"] = "<https://northwind.example/u/sam>, <mailto:unsub-4411@sendrelay.example>"
        msg["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click"
        msg["Feedback-ID"] = "4411:northwind:sendrelay"
    if listed:
        msg["List-Id"] = "Northwind gardeners <gardeners.lists.northwind.example>"
        msg["List-Post"] = "<mailto:gardeners@lists.northwind.example>"
    msg.set_content(TEXT if campaign else TEXT.rsplit("\n\n", 1)[0] + "\n")
    return msg


def scan(msg: EmailMessage) -> Verdict:
    return analyze(msg.as_bytes())


def names(verdict: Verdict) -> set[str]:
    return {f.name for f in verdict.findings}


def test_an_unauthenticated_provider_newsletter_is_spoof() -> None:
    verdict = scan(newsletter(f"{RELAY}; dmarc=none header.from=northwind.example"))
    assert NAME in names(verdict)
    assert verdict.disposition is Disposition.SPOOF


@pytest.mark.parametrize(
    "weakness",
    [
        RELAY,  # no dmarc= result, both passes for the relay: DMARC_UNALIGNED
        "spf=softfail smtp.mailfrom=northwind.example; dkim=none",
        "spf=pass smtp.mailfrom=mail.sendrelay.example; dkim=none; dmarc=none header.from=northwind.example",
        "spf=pass smtp.mailfrom=mail.sendrelay.example; dkim=none; compauth=fail reason=001",
    ],
    ids=["unaligned", "softfail", "dmarc-none", "compauth-fail"],
)
def test_each_recorded_weakness_makes_a_campaign_spoof(weakness: str) -> None:
    verdict = scan(newsletter(weakness))
    assert NAME in names(verdict)
    assert verdict.disposition is Disposition.SPOOF


def test_the_same_newsletter_with_dmarc_passing_stays_bulk() -> None:
    aligned = "spf=pass smtp.mailfrom=bounce-4411@mail.sendrelay.example; dkim=pass header.d=northwind.example"
    verdict = scan(newsletter(f"{aligned}; dmarc=pass header.from=northwind.example"))
    assert NAME not in names(verdict)
    assert verdict.disposition is Disposition.BULK


@pytest.mark.parametrize(
    "aligned",
    [
        "spf=pass smtp.mailfrom=bounce-4411@mail.sendrelay.example; dkim=pass header.d=news.northwind.example",
        "spf=pass smtp.mailfrom=bounces@northwind.example; dkim=pass header.d=sendrelay.example",
    ],
    ids=["dkim-aligned", "spf-aligned"],
)
def test_a_pass_for_the_from_domain_without_dmarc_policy_stays_bulk(aligned: str) -> None:
    verdict = scan(newsletter(f"{aligned}; dmarc=none header.from=northwind.example"))
    assert {"DMARC_NONE", "AUTH_ALIGNED"} <= names(verdict)
    assert NAME not in names(verdict)
    assert verdict.disposition is Disposition.BULK


def test_a_discussion_list_without_dmarc_is_not_spoof() -> None:
    verdict = scan(newsletter(f"{RELAY}; dmarc=none header.from=northwind.example", listed=True))
    assert "DMARC_NONE" in names(verdict)
    assert NAME not in names(verdict)
    assert verdict.disposition is not Disposition.SPOOF


def test_mail_without_authentication_results_is_unchanged() -> None:
    verdict = scan(newsletter(None))
    assert not {NAME, "DMARC_NONE", "DMARC_UNALIGNED", "AUTH_ALIGNED", "AUTH_NONE"} & names(verdict)
    assert verdict.disposition is Disposition.BULK


def test_a_weakness_without_campaign_evidence_is_no_campaign() -> None:
    verdict = scan(newsletter(f"{RELAY}; dmarc=none header.from=northwind.example", campaign=False))
    assert "DMARC_NONE" in names(verdict)
    assert NAME not in names(verdict)
    assert verdict.disposition is not Disposition.SPOOF


def test_the_composite_alone_reaches_spoof_and_stays_on_the_spoof_axis() -> None:
    # A DKIM signature that verifies for the relay (-1.0, only with DNS answers) does not undo it.
    outcome = score(
        [
            Finding("LIST_UNSUBSCRIBE", 1.0, ("<mailto:unsub@sendrelay.example>",)),
            Finding("DMARC_UNALIGNED", 1.0, ("spf and dkim pass for sendrelay.example",)),
            Finding("DKIM_VERIFIED", 1.0, ("d=sendrelay.example",)),
        ]
    )
    assert NAME in {f.name for f in outcome.findings}
    assert outcome.axes["threat"] == 0.0
    assert outcome.disposition is Disposition.SPOOF


def test_our_own_verification_of_the_from_domains_signature_counts_as_aligned() -> None:
    from tests.engine.checks.test_auth import DNS, FIXTURES

    signed = (FIXTURES / "DKIM_VERIFIED" / "hit-1.eml").read_bytes()  # d=northwind.example, From northwind.example
    recorded = (
        b"Authentication-Results: mx.contoso.example; spf=softfail smtp.mailfrom=northwind.example; dkim=none\r\n"
        b"List-Unsubscribe: <mailto:leave@northwind.example>\r\n"
    )
    raw = recorded + signed
    assert NAME in names(analyze(raw))
    verified = analyze(raw, DNS)
    assert {"DKIM_VERIFIED", "AUTH_ALIGNED"} <= names(verified)
    assert NAME not in names(verified)
