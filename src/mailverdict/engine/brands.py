"""Brands phishing most often wears, with the domains that legitimately send or host for them.

Used to spot a display name or link text claiming a brand while the mail or link comes from
elsewhere. Matching is on whole words of the display name, never on body text, so a newsletter
that merely mentions a brand does not trigger it.
"""

from __future__ import annotations

import re
import unicodedata

from mailverdict.engine.textnorm import strip_invisible

# brand words as they appear in display names -> registrable domains that may use them
BRANDS: dict[str, tuple[str, ...]] = {
    "paypal": ("paypal.com", "paypal.co.uk", "paypal.de", "paypal-communication.com"),
    "microsoft": ("microsoft.com", "office.com", "outlook.com", "live.com", "microsoftonline.com", "office365.com"),
    "office 365": ("microsoft.com", "office.com", "office365.com", "outlook.com"),
    "office365": ("microsoft.com", "office.com", "office365.com", "outlook.com"),
    "outlook": ("microsoft.com", "outlook.com", "office.com", "live.com", "hotmail.com"),
    "onedrive": ("microsoft.com", "onedrive.com", "live.com"),
    "sharepoint": ("microsoft.com", "sharepoint.com"),
    "apple": ("apple.com", "icloud.com", "me.com"),
    "icloud": ("apple.com", "icloud.com"),
    "amazon": ("amazon.com", "amazon.co.uk", "amazon.de", "amazon.fr", "amazon.ca", "amazonses.com"),
    "netflix": ("netflix.com",),
    "docusign": ("docusign.com", "docusign.net"),
    "dropbox": ("dropbox.com", "dropboxmail.com"),
    "adobe": ("adobe.com",),
    "dhl": ("dhl.com", "dhl.de", "dhl.co.uk"),
    "fedex": ("fedex.com",),
    "ups": ("ups.com",),
    "usps": ("usps.com", "usps.gov"),
    "wells fargo": ("wellsfargo.com",),
    "bank of america": ("bankofamerica.com", "bofa.com"),
    "chase": ("chase.com", "jpmorgan.com", "jpmchase.com"),
    "citibank": ("citibank.com", "citi.com"),
    "ebay": ("ebay.com", "ebay.co.uk", "ebay.de"),
    "facebook": ("facebook.com", "facebookmail.com", "meta.com"),
    "instagram": ("instagram.com", "facebookmail.com"),
    "linkedin": ("linkedin.com",),
    "google": ("google.com", "gmail.com", "youtube.com"),
    "gmail": ("google.com", "gmail.com"),
    "coinbase": ("coinbase.com",),
    "binance": ("binance.com",),
    "metamask": ("metamask.io",),
    "american express": ("americanexpress.com", "aexp.com"),
    "amex": ("americanexpress.com", "aexp.com"),
    "visa": ("visa.com",),
    "mastercard": ("mastercard.com",),
    "irs": ("irs.gov",),
    "hmrc": ("hmrc.gov.uk", "gov.uk"),
    "whatsapp": ("whatsapp.com",),
    "norton": ("norton.com", "nortonlifelock.com", "gen.digital"),
    "mcafee": ("mcafee.com",),
    "geek squad": ("geeksquad.com", "bestbuy.com"),
    "walmart": ("walmart.com",),
    "costco": ("costco.com",),
    "att": ("att.com", "att.net"),
    "at&t": ("att.com", "att.net"),
    "verizon": ("verizon.com", "verizonwireless.com"),
    "comcast": ("comcast.com", "comcast.net", "xfinity.com"),
    "webmail": (),
    "mail administrator": (),
    "helpdesk": (),
    "it support": (),
}

_BRAND_RE = re.compile(
    r"(?<![\w&])(" + "|".join(re.escape(b) for b in sorted(BRANDS, key=len, reverse=True)) + r")(?![\w&])"
)


def brands_named(text: str) -> list[str]:
    """Brands named as whole words in ``text`` (case-insensitive, invisible characters removed)."""
    visible = strip_invisible(unicodedata.normalize("NFKC", text)).lower()
    return list(dict.fromkeys(m.group(1) for m in _BRAND_RE.finditer(visible)))


def legitimate_for(brand: str, registrable: str) -> bool:
    """Whether mail or links from ``registrable`` may carry ``brand``; a generic role never may."""
    domains = BRANDS.get(brand, ())
    if not domains:
        return False
    token = brand.replace(" ", "").replace("&", "")
    return registrable in domains or registrable.split(".")[0] == token
