"""Where the links go, and whether they are honest about it.

Each finding is emitted once with the first few offending links as evidence; strength grows with
how many links share the problem (capped at 1).

LINK_OPEN_REDIRECT is a link through a well-known site's redirector (a search engine's or a social
network's) to somewhere else, borrowing the well-known name. BRAND_IN_TEXT is a brand named in the
subject or opening text while neither the sender nor any link belongs to it: a notice that speaks
for a brand and sends the reader elsewhere.

Three findings read a link against what the message claims: LINK_BRAND_MISMATCH (a link whose
text names a brand, or a sign-in/verify link in a message that claims a brand, going to a domain
that brand does not use), LINK_RECIPIENT_ADDRESS (a web link carrying the recipient's address,
plain, percent- or base64-encoded, as personalised phishing links do; unsubscribe and preference
links are exempt) and LINK_SOLE_FOREIGN (every web link goes to one domain unrelated to the
sender's: a single call to action elsewhere, which composites pair with a lure).

Links in QR codes (``qrcodes.py``) are read like any other link, and QR_CODE_LINK marks one that
goes to a domain neither the sender nor any clickable link of the message uses: a link only a
phone can follow, outside any link protection. A code to the sender's own domain (a ticket, a
boarding pass) is not concealment. QR_CODE_BODY (no score) marks a message that is little more than
that picture, for the composites. IMAGE_FREE_HOSTING marks pictures the HTML loads from a storage
bucket, an app or page host or an anonymous image drop that is not the sender's own (a bucket named
after the sender's domain, the storage provider's own mail and mail providers' buckets are): a
brand's own mail loads its logo from its own or its mail provider's CDN. Links in PDF and Office
attachments (``pdflinks.py``, ``officelinks.py``) are read like any other link too; the PDF's own
findings are in ``checks/pdf.py``.
"""

from __future__ import annotations

import base64
import re
from urllib.parse import unquote, urlsplit

from mailverdict.engine import authresults, brands, lookalike, officelinks, pdflinks, qrcodes, urls
from mailverdict.engine.checks import hiding
from mailverdict.engine.context import ScanContext
from mailverdict.engine.message import Message
from mailverdict.engine.verdict import Finding, Link

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
    "LINK_BRAND_MISMATCH",
    "LINK_RECIPIENT_ADDRESS",
    "LINK_SOLE_FOREIGN",
    "LINK_OPEN_REDIRECT",
    "LINK_EXECUTABLE",
    "BRAND_IN_TEXT",
    "QR_CODE_LINK",
    "QR_CODE_BODY",
    "IMAGE_FREE_HOSTING",
)
MAX_QR_BODY_WORDS = 20  # a caption around the picture ("Scan to view your statement")

# Link wording that asks the reader to sign in or confirm something about an account.
_LOGIN_TEXT_RE = re.compile(
    r"\b(?:sign[ -]?in|log[ -]?in|logon|verify|verification|confirm|validate|unlock|restore|reactivate"
    r"|update (?:your )?(?:account|payment|billing|details|information)|secure (?:your )?account)\b",
    re.IGNORECASE,
)
# Links that legitimately carry the reader's address: list management and preferences.
_MANAGE_RE = re.compile(r"unsub|opt-?out|remove|options|preferen|profile|manage|subscri", re.IGNORECASE)

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
# Short hosts under a shortener's domain that only their owner's own app writes: a shared album or
# map place, not a hidden destination.
_FIRST_PARTY_SHORT_HOSTS = frozenset({"photos.app.goo.gl", "maps.app.goo.gl"})
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
# Object stores whose buckets anyone can fill: pages and pictures alike.
OBJECT_STORAGE = (
    "digitaloceanspaces.com",
    "backblazeb2.com",
    "linodeobjects.com",
    "wasabisys.com",
    "aliyuncs.com",
    "myqcloud.com",
)
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
    # site builders' and storage buckets' default hosts: legitimate mail links to its own domain
    "firebasestorage.app",
    "page.link",
    "cloudflare-ipfs.com",
    "surge.sh",
    "replit.app",
    "replit.dev",
    "glide.page",
    "carrd.co",
    "tilda.ws",
    "webnode.page",
    "jimdosite.com",
    "site123.me",
    "weeblysite.com",
    "wixstudio.io",
    "framer.app",
    "framer.website",
    "bubbleapps.io",
    "softr.app",
    "gamma.site",
    "typedream.app",
    "ukit.me",
    "hubspotpagebuilder.com",
    "mailchimpsites.com",
    *OBJECT_STORAGE,
    "oraclecloud.com",
    "forms.office.com",
    "forms.microsoft.com",
    "sway.office.com",
    "sway.cloud.microsoft",
    "wsimg.com",
    "filesusr.com",
    "script.google.com",
    "gitlab.io",
    "bitbucket.io",
    "azurestaticapps.net",
    "amplifyapp.com",
    "fly.dev",
    "deno.dev",
    "infinityfreeapp.com",
    "epizy.com",
    "rf.gd",
    "tiiny.site",
    "tiiny.host",
    # page, form and document hosts kits moved to in 2022-2025: anyone publishes there in minutes
    "express.adobe.com",
    "hs-sites.com",
    "powerappsportals.com",
    "microsoftcrmportals.com",
    "mybluehost.me",
    "hostingersite.com",
    "wpcomstaging.com",
    "lovable.app",
    "railway.app",
    "koyeb.app",
    "pythonanywhere.com",
    "w3spaces.com",
    "cdpn.io",
    "ueniweb.com",
    "tally.so",
    "forms.app",
    "zfrmz.com",
    "123formbuilder.com",
    "wufoo.com",
    "cognitoforms.com",
    "formsite.com",
    "paperform.co",
    "surveyheart.com",
    "infura-ipfs.io",
    "mypinata.cloud",
    "arweave.net",
    "4everland.link",
    "on.aws",
)
# Mailbox providers anyone can sign up to: an address there speaks for a person, not an organisation.
FREEMAIL = frozenset(
    {
        "gmail.com",
        "googlemail.com",
        "yahoo.com",
        "yahoo.co.uk",
        "ymail.com",
        "hotmail.com",
        "outlook.com",
        "live.com",
        "msn.com",
        "aol.com",
        "icloud.com",
        "me.com",
        "mail.com",
        "gmx.com",
        "gmx.de",
        "gmx.net",
        "web.de",
        "yandex.ru",
        "yandex.com",
        "mail.ru",
        "protonmail.com",
        "proton.me",
        "zoho.com",
        "qq.com",
        "163.com",
        "126.com",
        "rediffmail.com",
        "tutanota.com",
        "hushmail.com",
        "inbox.com",
        "lycos.com",
        # National mailbox providers and ISPs' webmail: as free to sign up to, or as personal, as the above.
        "hotmail.co.uk", "hotmail.fr", "hotmail.it", "hotmail.es", "hotmail.de", "outlook.fr", "outlook.de",
        "outlook.es", "live.co.uk", "live.fr", "live.nl", "live.it", "windowslive.com", "mac.com", "pm.me",
        "yahoo.fr", "yahoo.de", "yahoo.es", "yahoo.it", "yahoo.ca", "yahoo.com.br", "yahoo.com.mx",
        "yahoo.com.ar", "yahoo.co.in", "yahoo.co.jp", "yahoo.com.au", "zohomail.com", "gmx.at", "gmx.ch",
        "gmx.fr", "mail.de", "t-online.de", "freenet.de", "arcor.de", "free.fr", "orange.fr", "wanadoo.fr",
        "laposte.net", "sfr.fr", "neuf.fr", "libero.it", "virgilio.it", "alice.it", "tiscali.it", "tin.it",
        "seznam.cz", "centrum.cz", "wp.pl", "o2.pl", "interia.pl", "onet.pl", "op.pl", "abv.bg", "ukr.net",
        "rambler.ru", "bk.ru", "list.ru", "inbox.ru", "yandex.ua", "bluewin.ch", "telenet.be", "skynet.be",
        "ziggo.nl", "kpnmail.nl", "planet.nl", "home.nl", "hetnet.nl", "btinternet.com", "sky.com",
        "virginmedia.com", "talktalk.net", "ntlworld.com", "comcast.net", "verizon.net", "att.net",
        "sbcglobal.net", "cox.net", "charter.net", "earthlink.net", "juno.com", "shaw.ca", "rogers.com",
        "sympatico.ca", "bigpond.com", "optusnet.com.au", "xtra.co.nz", "bol.com.br", "uol.com.br",
        "terra.com.br", "ig.com.br", "naver.com", "daum.net", "hanmail.net", "sina.com", "sohu.com",
        "yeah.net", "aliyun.com",
    }
)
# Where pictures are loaded from by anyone who uploads them: storage buckets, app and page hosts
# (the picture sits beside the page), IPFS gateways and anonymous image drops (S3 and IPFS paths
# are matched by rule in _picture_hosting). Narrower than FREE_HOSTING: blogs, site builders' and
# form services' image CDNs carry small organisations' own newsletters.
PICTURE_HOSTING = frozenset(
    {
        "storage.googleapis.com",
        "firebasestorage.googleapis.com",
        "firebasestorage.app",
        "appspot.com",
        "firebaseapp.com",
        "web.app",
        "blob.core.windows.net",
        "web.core.windows.net",
        "azurewebsites.net",
        "r2.dev",
        *OBJECT_STORAGE,
        "objectstorage.oraclecloud.com",
        "000webhostapp.com",
        "github.io",
        "gitlab.io",
        "netlify.app",
        "vercel.app",
        "pages.dev",
        "workers.dev",
        "herokuapp.com",
        "glitch.me",
        "onrender.com",
        "repl.co",
        "replit.app",
        "surge.sh",
        "infinityfreeapp.com",
        "epizy.com",
        "rf.gd",
        "atwebpages.com",
        "tiiny.site",
        "tiiny.host",
        "ipfs.io",
        "dweb.link",
        "cloudflare-ipfs.com",
        "nftstorage.link",
        "ipfs.w3s.link",
        "infura-ipfs.io",
        "mypinata.cloud",
        "4everland.link",
        "fleek.co",
        "arweave.net",
        "ibb.co",
        "postimg.cc",
    }
)
# Mail providers' own picture buckets (their customers' newsletters load from there).
_PROVIDER_BUCKETS = ("marketing-image-production", "substack-post-media", "convertkit")
# A storage service's owner loads its own mail's pictures from it.
_SERVICE_OWNERS = {"googleapis.com": "google", "amazonaws.com": "amazon", "windows.net": "microsoft"}
MAX_PICTURES = 20  # picture sources read a message

# Redirectors of well-known sites (registrable domain -> path prefixes), and the brand whose own
# mail may use them. A link through them to elsewhere borrows the well-known name.
REDIRECTORS: dict[str, tuple[tuple[str, ...], str]] = {
    "google.com": (("/url", "/amp/s/", "/aclk"), "google"),
    "bing.com": (("/ck/a",), "microsoft"),
    "facebook.com": (("/l.php", "/flx/warn"), "facebook"),
    "instagram.com": (("/l.php",), "instagram"),
    "youtube.com": (("/redirect", "/attribution_link"), "youtube"),
    "linkedin.com": (("/redir/", "/slink"), "linkedin"),
    "doubleclick.net": (("/pcs/click", "/searchads/link/click", "/ddm/clk", "/aclk"), "google"),
    "googleadservices.com": (("/pagead/aclk",), "google"),
    "vk.com": (("/away.php",), ""),
}


# Google Docs paths that publish a page or a form anyone can make ("/d/e/" is a document published to
# the web); plain shared documents are not counted.
_GOOGLE_DOCS_PAGES = ("/forms/", "/presentation/", "/drawings/", "/document/d/e/", "/spreadsheets/d/e/")


_FREE_HOSTING_SET = frozenset(FREE_HOSTING)

# An IPFS path names content by its CID (base58 "Qm..." or base32 "b..."), not a project called ipfs.
_IPFS_PATH_RE = re.compile(
    r"/ip[fn]s/(?:Qm[1-9A-HJ-NP-Za-km-z]{44}|b[a-z2-7]{50,}|k51[a-z0-9]{50,}|[a-z0-9-]+\.[a-z]{2,})"
)


def _is_free_hosting(host: str, href: str) -> bool:
    if host == "docs.google.com":
        return any(p in href for p in _GOOGLE_DOCS_PAGES)
    return _anyones(host, href) or _listed(host, _FREE_HOSTING_SET)


def _picture_hosted(host: str, src: str) -> bool:
    return _anyones(host, src) or _listed(host, PICTURE_HOSTING)


def _anyones(host: str, url: str) -> bool:
    """Any IPFS gateway serves whatever anyone pinned; S3 buckets on any region host anyone's files."""
    if ("/ipfs/" in url or "/ipns/" in url) and _IPFS_PATH_RE.search(url):
        return True
    return host.endswith(".amazonaws.com") and (host.startswith("s3") or ".s3" in host)


def _listed(host: str, services: frozenset[str]) -> bool:
    """The host or a name it is under is one of ``services``: a lookup per name, not a test per service
    (which was a tenth of the check)."""
    while host not in services:
        dot = host.find(".")
        if dot < 0:
            return False
        host = host[dot + 1 :]
    return True


def _picture_hosting(msg: Message, sender_base: str | None) -> Finding | None:
    """Pictures loaded from a bucket or free host that is neither the sender's own nor its mail provider's."""
    sources = msg.html.images if msg.html_source else ()
    if not sources:
        return None
    label = "".join(c for c in (sender_base or "").split(".")[0] if c.isalnum())
    evidence: list[str] = []
    for src in sources[:MAX_PICTURES]:
        host = urls.url_host(src)
        if host is None or not _picture_hosted(host, src):
            continue
        base = urls.registrable_domain(host)
        if base == sender_base:
            continue
        owner = _SERVICE_OWNERS.get(base)
        if owner and sender_base and brands.legitimate_for(owner, sender_base):
            continue
        # The bucket's name: the host's labels and the path's first two segments (path-style buckets).
        place = "/".join(src.split("/", 5)[2:5]).lower()
        if any(bucket in place for bucket in _PROVIDER_BUCKETS):
            continue
        if len(label) >= 4 and label in "".join(c for c in place if c.isalnum()):
            continue
        evidence.append(src[:120])
    if not evidence:
        return None
    return Finding("IMAGE_FREE_HOSTING", 1.0, tuple(dict.fromkeys(evidence))[:3])


def _redirect(host: str, base: str, href: str, sender_base: str | None) -> bool:
    """Whether ``href`` goes through a well-known redirector that the sender has no claim to."""
    rule = REDIRECTORS.get(base)
    if rule is None and base.startswith("google."):
        rule = REDIRECTORS["google.com"]
    if rule is None or sender_base is None or sender_base == base:
        return False
    prefixes, brand = rule
    if brand and brands.legitimate_for(brand, sender_base):
        return False
    try:
        path = urlsplit(href).path
    except ValueError:
        return False
    return path.startswith(prefixes) and ("http" in href[len(host) + 8 :].lower() or base == "bing.com")


def authenticated_brand(msg: Message, sender_base: str) -> bool:
    """Whether the From is a domain brands.py lists as a brand's own, with DMARC pass recorded for it.

    Free-mail providers are listed for their own brand but anyone may send from them."""
    return (
        sender_base not in FREEMAIL
        and brands.is_brand_domain(sender_base)
        and authresults.dmarc_pass_for(msg, sender_base)
    )


def _brand_in_text(msg: Message, sender_base: str | None, web_bases: set[str]) -> list[str]:
    """Brands whose dealings with the reader the subject or opening text speaks for ("your Netflix
    membership"), with neither the sender nor any link theirs."""
    if not sender_base or not web_bases:
        return []
    # A brand's own authenticated notice names the card, bank or shop it deals with for the reader.
    if authenticated_brand(msg, sender_base):
        return []
    opening = f"{msg.subject[:300]}\n{msg.text[:600]}\n{hiding.document_text(msg)[:600]}"
    return [
        brand
        for brand in brands.brands_named(opening)
        if brand not in brands.ROLES
        and brands.claimed_in(opening, brand)
        and not brands.legitimate_for(brand, sender_base)
        and not any(brands.legitimate_for(brand, b) for b in web_bases)
    ]


def _finding(name: str, hits: list[str], per_hit: float = 0.5) -> Finding:
    strength = min(1.0, 0.5 + per_hit * (len(hits) - 1))
    return Finding(name, strength, tuple(dict.fromkeys(hits))[:3])


def _address_forms(address: str) -> tuple[str, ...]:
    """The address as a URL may carry it: plain, and base64 (standard or URL-safe) at each byte alignment."""
    forms = [address]
    raw = address.encode()
    for pad in range(3):
        # Only the characters whose six bits all come from the address are fixed.
        encoded = base64.b64encode(b"\0" * pad + raw).decode()
        fixed = encoded[-(-8 * pad // 6) : 8 * (pad + len(raw)) // 6]
        forms.append(fixed)
        urlsafe = fixed.replace("+", "-").replace("/", "_")
        if urlsafe != fixed:
            forms.append(urlsafe)
    return tuple(forms)


def _recipients(msg: Message, ctx: ScanContext) -> list[str]:
    found = [a.lower() for field in ("To", "Cc") for _, a in urls.parse_addresses(msg.header(field), 20)]
    found += [a.lower() for a in ctx.envelope.rcpt_to[:20]]
    return [a for a in dict.fromkeys(found) if len(a) > 5 and "@" in a]


def _claims(link_text: str, sender_brands: list[str], message_brands: list[str]) -> list[str]:
    """Brands a link speaks for: named in its text and in the display name, or any brand behind sign-in wording.

    A brand merely named in link text is a headline ("Microsoft patches Windows"), not a claim; a link
    to the sender's own domain is judged by the sender checks, not here.
    """
    if not link_text:
        return []
    named = brands.brands_named(link_text)
    if _LOGIN_TEXT_RE.search(link_text):
        return named or message_brands
    return [b for b in named if b in sender_brands]


# Files a click runs or installs: programs, scripts, app packages and the disk images that carry them.
# No legitimate notice links one where a page would do; malware and fake-app lures ("e-challan.apk") do.
_EXECUTABLE_PATH_RE = re.compile(
    r"\.(?:exe|msi|scr|pif|apk|xapk|js|jse|vbs|vbe|wsf|hta|bat|cmd|ps1|jar|iso|img|vhdx?|dmg|pkg|lnk|appx|msix"
    r"|appinstaller)$",
    re.IGNORECASE,
)


def _executable(href: str) -> bool:
    try:
        path = urlsplit(href).path
    except ValueError:
        return False
    return _EXECUTABLE_PATH_RE.search(unquote(path)) is not None


def _concealment(host: str, base: str, href: str, sender_base: str | None) -> list[tuple[str, str]]:
    """The findings a link's (non-IP) target raises by hiding where it goes, each with its evidence."""
    found: list[tuple[str, str]] = []
    if _executable(href):
        found.append(("LINK_EXECUTABLE", href[:120]))
    if (host in SHORTENERS or base in SHORTENERS) and host not in _FIRST_PARTY_SHORT_HOSTS:
        found.append(("URL_SHORTENER", href[:120]))
    if urls.tld(host) in SUSPICIOUS_TLDS:
        found.append(("SUSPICIOUS_TLD", host))
    if "xn--" in host:
        found.append(("PUNYCODE_LINK", f"{host} ({lookalike.unicode_host(host)})"))
    if _is_free_hosting(host, href):
        found.append(("LINK_FREE_HOSTING", href[:120]))
    if _redirect(host, base, href, sender_base):
        found.append(("LINK_OPEN_REDIRECT", href[:120]))
    return found


def _brand_home(sender_base: str, only: str) -> bool:
    """A brand's own mail linking to another of its domains; a free-mail account speaks for nobody."""
    return sender_base not in FREEMAIL and brands.same_owner(sender_base, only)


def _qr_findings(
    msg: Message, scanned: tuple[qrcodes.QrLink, ...], sender_base: str | None, sender_brands: list[str]
) -> list[Finding]:
    """QR codes whose link goes where no clickable link of the message goes, nor the sender's domain."""
    clickable = {urls.registrable_domain(h) for h in map(urls.url_host, (link.href for link in msg.links)) if h}
    own = {sender_base, *clickable}
    evidence: list[str] = []
    concealed = False
    for qr in scanned:
        host = urls.url_host(qr.url)
        if host is None:
            continue
        base = urls.registrable_domain(host)
        if base in own or any(brands.legitimate_for(b, base) for b in sender_brands):
            continue
        evidence.append(f"QR code in {qr.source} -> {host}")
        concealed = concealed or urls.is_ip_literal(host) or bool(_concealment(host, base, qr.url, sender_base))
    if not evidence:
        return []
    # A code to free hosting, a shortener or an abuse TLD is the quishing pattern; one to an ordinary
    # foreign site (a ticketing or payment platform) is weaker.
    findings = [Finding("QR_CODE_LINK", 1.0 if concealed else 0.6, tuple(evidence[:3]))]
    words = len(msg.text.split())
    if words <= MAX_QR_BODY_WORDS:
        findings.append(Finding("QR_CODE_BODY", 1.0, (f"{words} words of text besides the picture",)))
    return findings


def check(msg: Message, ctx: ScanContext) -> list[Finding]:
    hits: dict[str, list[str]] = {name: [] for name in NAMES}
    protected = [d for d in ctx.account_domains if d not in ctx.trusted_domains]
    forms = [(a, _address_forms(a)) for a in _recipients(msg, ctx)[:5]]
    sender_domain = msg.from_domain
    sender_base = urls.registrable_domain(sender_domain) if sender_domain else None
    web_bases: set[str] = set()
    # A brand in the display name is a claim; one in the subject backs only a sign-in link.
    sender_brands = brands.brands_named(msg.from_name or "")
    message_brands = list(dict.fromkeys([*sender_brands, *brands.brands_named(msg.subject[:300])]))
    scanned = qrcodes.links(msg)
    # Links only a phone (QR codes) or a document's reader follows are read like clickable ones.
    in_documents = [d.url for d in pdflinks.links(msg)] + [d.url for d in officelinks.links(msg)]
    carried = [*(q.url for q in scanned), *in_documents]
    for link in [*msg.links, *(Link(href=url, text=None) for url in carried)] if carried else msg.links:
        href = link.href
        lowered = href[:20].lower().lstrip()
        if lowered.startswith(("javascript:", "vbscript:")):
            hits["LINK_SCRIPT_URI"].append(href[:120])
            continue
        host = urls.url_host(href)
        if host is None:
            continue
        if "%" in host:
            # Browsers decode a percent-encoded host ("%31%39%32..." is 192...); only disguise writes one.
            host = unquote(host).lower()
        base = urls.registrable_domain(host)
        web_bases.add(base)
        claimed = _claims(link.text or "", sender_brands, message_brands) if base != sender_base else []
        if claimed and not any(brands.legitimate_for(b, base) for b in claimed):
            hits["LINK_BRAND_MISMATCH"].append(f"{', '.join(claimed[:2])} -> {host}")
        if forms and not _MANAGE_RE.search(f"{href} {link.text or ''}"):
            # Newsletters pass the address as a query parameter; kits hide it in the fragment or path,
            # or encode it. Only those count.
            query_at = href.find("?")
            fragment_at = href.find("#")
            path = href[: query_at if query_at >= 0 else len(href)].lower()
            fragment = unquote(href[fragment_at:]).lower() if fragment_at >= 0 else ""
            for address, variants in forms:
                if address in unquote(path) or address in fragment or any(v in href for v in variants[1:]):
                    hits["LINK_RECIPIENT_ADDRESS"].append(f"{address} in {host}")
                    break
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
        for name, evidence in _concealment(host, base, href, sender_base):
            hits[name].append(evidence)
        for domain in protected:
            reason = lookalike.imitates(host, domain)
            if reason:
                hits["LOOKALIKE_LINK_DOMAIN"].append(reason)
                break
    if len(web_bases) == 1 and sender_base:
        (only,) = web_bases
        if only != sender_base and not urls.is_ip_literal(only) and not _brand_home(sender_base, only):
            hits["LINK_SOLE_FOREIGN"].append(f"every link goes to {only}, the sender is {sender_base}")
    findings = [_finding(name, found) for name, found in hits.items() if found]
    if scanned:
        findings += _qr_findings(msg, scanned, sender_base, sender_brands)
    pictures = _picture_hosting(msg, sender_base)
    if pictures:
        findings.append(pictures)
    claimed = _brand_in_text(msg, sender_base, web_bases)
    if claimed:
        # A brand that is also an everyday word ("chase", "apple") is weaker evidence.
        strength = 0.5 if all(b in brands.AMBIGUOUS for b in claimed) else 1.0
        evidence = f"text names {', '.join(claimed[:3])}; sent from {sender_base}, links elsewhere"
        findings.append(Finding("BRAND_IN_TEXT", strength, (evidence,)))
    return findings
