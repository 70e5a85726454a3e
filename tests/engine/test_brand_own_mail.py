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


def _renewal(sender: str) -> EmailMessage:
    return authenticated(
        f"OVHcloud <{sender}>",
        "Votre nom de domaine corp.example expire dans 15 jours",
        "Bonjour,\n\nLe nom de domaine corp.example expire le 10/12. Renouvelez-le depuis votre espace client "
        "pour éviter toute interruption de vos sites et de vos adresses e-mail.\n\nhttps://www.ovh.com/manager/\n",
    )


def test_a_registrar_authenticated_as_itself_names_its_customers_domain() -> None:
    assert "RECIPIENT_DOMAIN_POSING" not in _names(_renewal("noreply@ovh.net"))
    found = _names(_renewal("noreply@ovh-renouvellement.example"))
    assert {"RECIPIENT_DOMAIN_POSING", "BRAND_IMPERSONATION"} <= found


def _exchange_report(domain: str) -> bytes:
    return (
        f"From: Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@{domain}>\r\n"
        f"To: <b.hoffmann@{domain}>\r\nSubject: Undeliverable: documents\r\n"
        "Date: Wed, 10 Jul 2024 13:36:49 +0000\r\nMessage-ID: <ndr1@x.example>\r\nMIME-Version: 1.0\r\n"
        'Content-Type: multipart/report; report-type=delivery-status; boundary="b"\r\n\r\n'
        "--b\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
        "Your message to m.schulz@client.example couldn't be delivered: the recipient's mailbox is full.\r\n"
        "--b\r\nContent-Type: message/delivery-status\r\n\r\n"
        "Reporting-MTA: dns;mail.example\r\n\r\nFinal-Recipient: rfc822;m.schulz@client.example\r\n"
        "Action: failed\r\nStatus: 5.2.2\r\n--b--\r\n"
    ).encode()


def test_exchanges_own_delivery_report_does_not_pose_as_microsoft() -> None:
    own = analyze(_exchange_report("corp.example"))
    assert "BRAND_IMPERSONATION" not in {f.name for f in own.findings}
    # The same report shape sent to someone at another domain is no system's report to its user.
    other = _exchange_report("corp.example").replace(b"To: <b.hoffmann@corp.example>", b"To: <bob@other.example>")
    assert "BRAND_IMPERSONATION" in {f.name for f in analyze(other).findings}


def _exchange_notice(link: str) -> bytes:
    return (
        "From: Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@corp.example>\r\n"
        "To: <b.hoffmann@corp.example>\r\nSubject: Your mailbox is almost full.\r\n"
        "Date: Wed, 10 Jul 2024 13:36:49 +0000\r\nMessage-ID: <quota1@x.example>\r\nMIME-Version: 1.0\r\n"
        "Content-Type: text/html; charset=utf-8\r\n\r\n"
        "<p>Your mailbox is almost full. 49.5 GB of 50 GB used.</p>"
        f'<p>Learn how to manage the size of your mailbox: <a href="{link}">help</a></p>\r\n'
    ).encode()


def test_exchanges_own_quota_notice_links_only_to_microsoft_or_home() -> None:
    for link in ("https://go.microsoft.com/fwlink/?LinkId=123", "https://mail.corp.example/owa/"):
        assert "BRAND_IMPERSONATION" not in {f.name for f in analyze(_exchange_notice(link)).findings}, link
    # The same notice sending the reader to a page elsewhere is a pose, whatever address it wears.
    posed = analyze(_exchange_notice("https://mailbox-upgrade.example-host.net/owa"))
    assert "BRAND_IMPERSONATION" in {f.name for f in posed.findings}
