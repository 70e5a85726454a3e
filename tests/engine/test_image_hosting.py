"""Pictures loaded from storage buckets and free hosting (IMAGE_FREE_HOSTING, decision 0014).

A brand's own mail loads its pictures from its own or its mail provider's CDN; campaign scams and
brand phishing load the brand's logo, or the banner that is the whole message, from a bucket anyone
can fill. The finding alone is small; it corroborates only a story or a brand claim.
"""

from __future__ import annotations

from email.message import EmailMessage

from mailverdict.engine import analyze
from mailverdict.engine.html import MAX_IMAGES, read_html
from mailverdict.engine.scoretable import load
from mailverdict.engine.verdict import Disposition
from tests.engine.mail import authenticated

DETECTED = {Disposition.MALICIOUS, Disposition.SUSPICIOUS, Disposition.SPOOF}
HAM_OK = {Disposition.NONE, Disposition.BULK}

BUCKET_LOGO = "https://storage.googleapis.com/cdn-assets-7731/brand/logo.png"


def _html_mail(sender: str, subject: str, body: str, *, list_unsubscribe: bool = False) -> EmailMessage:
    msg = authenticated(sender, subject, "See the HTML part.")
    if list_unsubscribe:
        domain = sender.rsplit("@", 1)[1].rstrip(">")
        msg["List-Unsubscribe"] = f"<https://{domain}/unsubscribe?u=1>"
    msg.add_alternative(f"<html><body>{body}</body></html>", subtype="html")
    return msg


def _names(msg: EmailMessage) -> set[str]:
    return {f.name for f in analyze(bytes(msg)).findings}


def _newsletter(sender: str, picture: str) -> EmailMessage:
    return _html_mail(
        sender,
        "Our autumn menu is here",
        f'<img src="{picture}" alt="Autumn menu"><p>Dear friends, the pumpkin soup is back and the bakery '
        'opens at seven on Saturdays. <a href="https://hollowoakbakery.example/menu">See the menu</a>.</p>',
        list_unsubscribe=True,
    )


def test_html_facts_collect_remote_picture_sources_bounded() -> None:
    facts = read_html(
        '<img src="https://a.example/1.png"><img src="data:image/png;base64,AAAA"><img src="cid:logo">'
        '<img src="cid:hero" srcset="//b.example/2.png 2x, //b.example/3.png 3x"><table background="http://c.example/bg.jpg">'
        + '<img src="https://d.example/x.png">' * (MAX_IMAGES + 10)
    )
    assert facts.images[:3] == ("https://a.example/1.png", "//b.example/2.png", "https://d.example/x.png")
    assert "http://c.example/bg.jpg" not in facts.images[:2]
    assert len(facts.images) == MAX_IMAGES


def test_a_background_picture_is_read() -> None:
    facts = read_html('<table><tr><td background="https://x.r2.dev/banner.jpg">Win</td></tr></table>')
    assert facts.images == ("https://x.r2.dev/banner.jpg",)


def test_fires_on_a_picture_from_a_storage_bucket() -> None:
    for picture in (
        BUCKET_LOGO,
        "https://promo-gift-24.s3.us-east-1.amazonaws.com/banner.jpg",
        "https://rwdcnt.blob.core.windows.net/img/claim.png",
        "https://pub-3f1a9.r2.dev/reward.png",
        "https://firebasestorage.googleapis.com/v0/b/x-prj-91.appspot.com/o/logo.png?alt=media",
        "https://i.ibb.co/Xk2Lp0q/logo.png",
    ):
        names = _names(_newsletter("Hollow Oak <news@hollowoakbakery.example>", picture))
        assert "IMAGE_FREE_HOSTING" in names, picture


def test_not_on_the_senders_own_bucket() -> None:
    for picture in (
        "https://hollowoakbakery-mail.s3.amazonaws.com/autumn.jpg",
        "https://storage.googleapis.com/hollow-oak-bakery/autumn.jpg",
        "https://hollowoakbakery.blob.core.windows.net/news/autumn.jpg",
    ):
        assert "IMAGE_FREE_HOSTING" not in _names(_newsletter("Hollow Oak <news@hollowoakbakery.example>", picture))


def test_not_on_a_mail_providers_cdn_or_bucket() -> None:
    for picture in (
        "https://marketing-image-production.s3.amazonaws.com/uploads/7f3a.png",
        "https://mcusercontent.com/1a2b/images/autumn.jpg",
        "https://substack-post-media.s3.amazonaws.com/public/images/autumn.jpg",
        "https://hollowoakbakery.example/img/autumn.jpg",
    ):
        assert "IMAGE_FREE_HOSTING" not in _names(_newsletter("Hollow Oak <news@hollowoakbakery.example>", picture))


def test_not_on_the_storage_providers_own_mail() -> None:
    msg = _newsletter("Google <no-reply@google.com>", BUCKET_LOGO)
    assert "IMAGE_FREE_HOSTING" not in _names(msg)


def test_a_newsletter_with_bucket_pictures_and_no_story_stays_bulk() -> None:
    verdict = analyze(bytes(_newsletter("Hollow Oak <news@hollowoakbakery.example>", BUCKET_LOGO)))
    names = {f.name for f in verdict.findings}
    assert "IMAGE_FREE_HOSTING" in names
    assert not names & {"BRAND_IMAGE_FREE_HOSTING", "SCAM_CONCEALED_LINK", "PHISH_LINK_LURE"}
    assert verdict.disposition in HAM_OK


def _brand_notice(picture: str) -> EmailMessage:
    return _html_mail(
        "Netflix <billing@account-renewal-center.example>",
        "Your Netflix membership is on hold",
        f'<img src="{picture}" alt="Netflix"><p>Hi, we could not process the payment for your Netflix membership. '
        'Please <a href="https://account-renewal-center.example/renew">renew here</a>.</p>',
    )


def test_a_brand_claimed_from_elsewhere_with_a_bucket_logo_is_the_composite() -> None:
    names = _names(_brand_notice(BUCKET_LOGO))
    assert {"IMAGE_FREE_HOSTING", "BRAND_IMAGE_FREE_HOSTING"} <= names


def test_without_the_bucket_the_brand_composite_does_not_fire() -> None:
    names = _names(_brand_notice("https://account-renewal-center.example/logo.png"))
    assert not names & {"IMAGE_FREE_HOSTING", "BRAND_IMAGE_FREE_HOSTING"}


def _reward(picture: str) -> EmailMessage:
    return _html_mail(
        "Customer Rewards <rewards@survey-dept-7.example>",
        "Congratulations! You have been selected",
        f'<a href="https://survey-dept-7.example/claim"><img src="{picture}" alt="Claim"></a>'
        "<p>Congratulations! You have been selected to receive an exclusive reward. Complete our short "
        "survey to claim your free gift today. Claim your prize now, just pay shipping.</p>",
    )


def test_a_scam_story_with_a_bucket_banner_is_concealed() -> None:
    with_bucket = analyze(bytes(_reward("https://promo-gift-24.s3.amazonaws.com/banner.jpg")))
    without = analyze(bytes(_reward("https://survey-dept-7.example/banner.jpg")))
    names = {f.name for f in with_bucket.findings}
    assert "IMAGE_FREE_HOSTING" in names and "SCAM_CONCEALED_LINK" in names
    assert "SCAM_CONCEALED_LINK" not in {f.name for f in without.findings}
    assert with_bucket.disposition in DETECTED


STORIES_AND_CLAIMS = {
    "PRIZE_LURE", "CRYPTO_LURE", "MIRACLE_LURE", "DELIVERY_LURE", "BILLING_LURE", "DOCUMENT_LURE", "MAILBOX_LURE",
    "CREDENTIAL_LURE", "ACCOUNT_THREAT_LURE", "PAYMENT_LURE", "CONTENT_PHISH",
    "BRAND_IMPERSONATION", "BRAND_IN_SUBJECT", "BRAND_IN_TEXT", "GOVERNMENT_POSING",
}


def test_the_finding_corroborates_only_a_story_or_a_brand_claim() -> None:
    using = [c for c in load().composites if any("IMAGE_FREE_HOSTING" in group for group in c.any)]
    using += [c for c in load().composites if "IMAGE_FREE_HOSTING" in c.all]
    assert {c.rule.name for c in using} == {
        "PHISH_LINK_LURE", "SCAM_CONCEALED_LINK", "PHISH_WORDS_CONCEALED", "BRAND_IMAGE_FREE_HOSTING",
    }
    for composite in using:
        others = [group for group in composite.any if "IMAGE_FREE_HOSTING" not in group]
        assert others and all(group <= STORIES_AND_CLAIMS for group in others), composite.rule.name
