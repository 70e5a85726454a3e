"""A brand's own authenticated mail poses as nobody (decision 0015): the notices real services send.

Share notifications arrive from the platform on the sharer's behalf, with replies to the sharer;
payment processors name the shops and cards they deal with; a service warns of its own expiring
card. Each is checked against the same message from a domain the brand does not use, which must
still read as the pose it is.
"""

from __future__ import annotations

from email.message import EmailMessage

from mailverdict.engine import Disposition, analyze
from tests.engine.mail import authenticated

HAM_OK = {Disposition.NONE, Disposition.BULK}


def _names(msg: EmailMessage) -> set[str]:
    return {f.name for f in analyze(msg.as_bytes()).findings}


def _share(sender: str) -> EmailMessage:
    msg = authenticated(
        f'"Dana Okafor (via SharePoint Online)" <{sender}>',
        'Dana Okafor shared "Q3 supplier list.xlsx" with you',
        "Dana Okafor shared a file with you.\n\nHere's the list we talked about on Monday.\n",
    )
    msg["Reply-To"] = "Dana Okafor <dana.okafor@harbourline.example>"
    msg.add_alternative(
        "<p>Dana Okafor shared a file with you.</p>"
        '<p><a href="https://harbourline.sharepoint.com/:x:/s/ops/EbX2">Open</a></p>',
        subtype="html",
    )
    return msg


def test_sharepoint_sharing_mail_is_microsofts_own() -> None:
    verdict = analyze(_share("no-reply@sharepointonline.com").as_bytes())
    assert verdict.disposition in HAM_OK, [f.name for f in verdict.findings]
    assert "BRAND_IMPERSONATION" not in {f.name for f in verdict.findings}
    assert "BRAND_IMPERSONATION" in _names(_share("no-reply@sharepoint-notices.example"))


def _receipt(sender: str) -> EmailMessage:
    return authenticated(
        f"PayPal <{sender}>",
        "Receipt for your payment to Netflix",
        "You sent a payment of $15.49 USD to Netflix.\n\nYour Netflix subscription will renew monthly. "
        "Paid with your Visa card ending in 4417.\n",
    )


def test_an_authenticated_brand_naming_another_brand_poses_as_nobody() -> None:
    assert not _names(_receipt("service@paypal.com")) & {"BRAND_IN_SUBJECT", "BRAND_IN_TEXT"}
    assert "BRAND_IN_SUBJECT" in _names(_receipt("service@paypal-receipts.example"))


def _card_expiring(sender: str) -> EmailMessage:
    msg = authenticated(
        f"Spotify <{sender}>",
        "Your card is expiring soon",
        "Hi Sam,\n\nThe card you use for Premium expires at the end of this month. To keep listening "
        "without interruption, please update your payment details before your next billing date.\n",
    )
    msg.add_alternative(
        "<p>The card you use for Premium expires at the end of this month. Please update your payment "
        'details before your next billing date.</p><p><a href="https://www.spotify.com/account/">Update '
        "payment details</a></p>",
        subtype="html",
    )
    return msg


def test_a_brands_own_account_notice_is_no_threat_by_its_story_alone() -> None:
    own = analyze(_card_expiring("no-reply@spotify.com").as_bytes())
    names = {f.name for f in own.findings}
    assert {"BRAND_OWN_SENDER", "BRAND_OWN_NOTICE"} <= names
    assert own.disposition in HAM_OK
    lures = [f for f in own.findings if f.name.endswith("_LURE")]
    assert lures and all(f.score == 0 for f in lures)
    # The same words from a domain Spotify does not use keep their weight.
    posing = analyze(_card_expiring("billing@spotify-premium-care.example").as_bytes())
    assert "BRAND_OWN_NOTICE" not in {f.name for f in posing.findings}
    assert any(f.score > 0 for f in posing.findings if f.name.endswith("_LURE"))


def test_a_charge_dispute_told_through_the_brands_own_invoicing_keeps_its_weight() -> None:
    msg = authenticated(
        "PayPal <service@paypal.com>",
        "You have a new invoice from Accounts Team",
        "Accounts Team sent you an invoice for $849.99 USD.\n\nNote from seller: your account has been charged "
        "$849.99 for a Norton Total Security plan. If you did not authorize this transaction, call +1 (844) 555-0199 "
        "today to cancel it and receive a full refund.\n",
    )
    verdict = analyze(msg.as_bytes())
    names = {f.name for f in verdict.findings}
    assert {"BRAND_OWN_SENDER", "BILLING_LURE", "CALLBACK_NUMBER", "BRAND_PLATFORM_CALLBACK"} <= names
    assert next(f for f in verdict.findings if f.name == "BILLING_LURE").score > 0
    assert verdict.disposition in {Disposition.MALICIOUS, Disposition.SUSPICIOUS}


def test_an_order_number_is_no_number_to_call() -> None:
    msg = authenticated(
        "Apple <no_reply@email.apple.com>",
        "Your receipt from Apple",
        "Order ID 290517733104. You have been charged $2.99 for iCloud+ with 50 GB of storage.\n"
        "If you did not authorize this purchase, request a refund at https://reportaproblem.apple.com\n",
    )
    names = _names(msg)
    assert "BILLING_LURE" in names
    assert not names & {"CALLBACK_NUMBER", "BRAND_PLATFORM_CALLBACK"}


def test_brands_own_other_domains_and_top_level_domain() -> None:
    from mailverdict.engine import brands

    assert brands.legitimate_for("adobe", "adobesign.com")  # Acrobat Sign's agreements
    assert brands.legitimate_for("dhl", "dhlparcel.nl")
    assert brands.legitimate_for("bnp paribas", "mail.bnpparibas")  # the bank's own top-level domain
    assert not brands.legitimate_for("bnp paribas", "bnpparibas-secure.com")
