"""Where the links go, and whether they are honest about it.

Each finding is emitted once with the first few offending links as evidence; strength grows with
how many links share the problem (capped at 1).
"""

from __future__ import annotations

from urllib.parse import urlsplit

from mailverdict.engine import lookalike, urls
from mailverdict.engine.context import ScanContext
from mailverdict.engine.message import Message
from mailverdict.engine.verdict import Finding

NAMES = (
    "LINK_TEXT_MISMATCH",
    "LINK_IP_LITERAL",
    "URL_SHORTENER",
    "SUSPICIOUS_TLD",
    "PUNYCODE_LINK",
    "LOOKALIKE_LINK_DOMAIN",
    "LINK_USERINFO",
    "LINK_FREE_HOSTING",
    "LINK_SCRIPT_URI",
)

SHORTENERS = frozenset(
    {
        "bit.ly",
        "bitly.com",
        "tinyurl.com",
        "t.co",
        "goo.gl",
        "ow.ly",
        "is.gd",
        "buff.ly",
        "rebrand.ly",
        "cutt.ly",
        "shorturl.at",
        "rb.gy",
        "t.ly",
        "tiny.cc",
        "bl.ink",
        "v.gd",
        "s.id",
        "qrco.de",
        "lnkd.in",
        "shorte.st",
        "adf.ly",
        "x.co",
        "snip.ly",
        "urlz.fr",
        "clck.ru",
        "u.to",
        "tr.im",
        "soo.gd",
        "2no.co",
        "y2u.be",
        "1url.com",
        "shrtco.de",
        "lnk.bio",
        "tiny.one",
        "surl.li",
        "linktr.ee",
        "qr.link",
        "ln.run",
        "bit.do",
        "short.gy",
        "shorturl.asia",
        "l.ead.me",
        "urlr.me",
        "gg.gg",
        "v.ht",
        "zpr.io",
        "cutt.us",
        "t.me",
        "tinu.be",
        "han.gl",
        "n9.cl",
    }
)
# TLDs whose registrations are dominated by abuse in published abuse reports (cheap or free).
SUSPICIOUS_TLDS = frozenset(
    {
        "tk",
        "ml",
        "ga",
        "cf",
        "gq",
        "top",
        "xyz",
        "icu",
        "buzz",
        "cyou",
        "cfd",
        "sbs",
        "bond",
        "click",
        "link",
        "work",
        "loan",
        "gdn",
        "men",
        "date",
        "racing",
        "win",
        "review",
        "stream",
        "download",
        "accountant",
        "science",
        "party",
        "cricket",
        "faith",
        "trade",
        "bid",
        "webcam",
        "lol",
        "monster",
        "quest",
        "rest",
        "pw",
        "zip",
        "mov",
        "su",
        "cam",
        "surf",
        "uno",
        "online",
        "site",
        "fun",
        "space",
    }
)
# Free hosting, form and file-drop services phishing kits are parked on. Legitimate mail rarely
# links to a bare page there; it links to its own domain.
FREE_HOSTING = (
    "firebaseapp.com",
    "web.app",
    "firebasestorage.googleapis.com",
    "storage.googleapis.com",
    "000webhostapp.com",
    "weebly.com",
    "wixsite.com",
    "sites.google.com",
    "forms.gle",
    "ipfs.io",
    "r2.dev",
    "workers.dev",
    "pages.dev",
    "glitch.me",
    "netlify.app",
    "vercel.app",
    "herokuapp.com",
    "azurewebsites.net",
    "blob.core.windows.net",
    "web.core.windows.net",
    "s3.amazonaws.com",
    "onrender.com",
    "repl.co",
    "notion.site",
    "canva.site",
    "ngrok.io",
    "ngrok-free.app",
    "trycloudflare.com",
    "duckdns.org",
    "jotform.com",
    "formstack.com",
    "typeform.com",
    "webflow.io",
    "godaddysites.com",
    "square.site",
    "mystrikingly.com",
    "yolasite.com",
    "atwebpages.com",
    "github.io",
    "gitbook.io",
    "zohopublic.com",
    "sharepoint.com",
    "dweb.link",
    "fleek.co",
    "run.app",
    "cloudfunctions.net",
    "appspot.com",
    "translate.goog",
    "ipfs.w3s.link",
    "nftstorage.link",
    "blogspot.com",
    "wordpress.com",
    "linktr.ee",
    "qrco.de",
)


def _is_free_hosting(host: str, href: str) -> bool:
    if host == "docs.google.com":
        return "/forms/" in href
    return any(host == h or host.endswith("." + h) for h in FREE_HOSTING)


def _finding(name: str, hits: list[str], per_hit: float = 0.5) -> Finding:
    strength = min(1.0, 0.5 + per_hit * (len(hits) - 1))
    return Finding(name, strength, tuple(dict.fromkeys(hits))[:3])


def check(msg: Message, ctx: ScanContext) -> list[Finding]:
    hits: dict[str, list[str]] = {name: [] for name in NAMES}
    protected = [d for d in ctx.account_domains if d not in ctx.trusted_domains]
    for link in msg.links:
        href = link.href
        lowered = href[:20].lower().lstrip()
        if lowered.startswith(("javascript:", "vbscript:")):
            hits["LINK_SCRIPT_URI"].append(href[:120])
            continue
        host = urls.url_host(href)
        if host is None:
            continue
        base = urls.registrable_domain(host)
        if link.text:
            shown = urls.domain_in_text(link.text)
            if shown and urls.registrable_domain(shown) != base and not host.endswith(shown):
                hits["LINK_TEXT_MISMATCH"].append(f"text {link.text[:80]!r} -> {host}")
        try:
            userinfo = urlsplit(href).username
        except ValueError:
            userinfo = None
        if userinfo and "." in userinfo:
            hits["LINK_USERINFO"].append(href[:120])
        if urls.is_ip_literal(host):
            hits["LINK_IP_LITERAL"].append(href[:120])
            continue
        if host in SHORTENERS or base in SHORTENERS:
            hits["URL_SHORTENER"].append(href[:120])
        if urls.tld(host) in SUSPICIOUS_TLDS:
            hits["SUSPICIOUS_TLD"].append(host)
        if "xn--" in host:
            hits["PUNYCODE_LINK"].append(f"{host} ({lookalike.unicode_host(host)})")
        if _is_free_hosting(host, href):
            hits["LINK_FREE_HOSTING"].append(href[:120])
        for domain in protected:
            reason = lookalike.imitates(host, domain)
            if reason:
                hits["LOOKALIKE_LINK_DOMAIN"].append(reason)
                break
    return [_finding(name, found) for name, found in hits.items() if found]
