"""Links carried by PDF attachments: the "view document" button phishing ships as a one-page PDF.

The PDF's links join the link checks (``checks/links.py``), so a button to free hosting raises
LINK_FREE_HOSTING as a clickable link would. Here, PDF_LINK marks a PDF link to a domain neither
the sender nor any clickable link of the message uses: a call to act the body does not show.
Links to a site's home page and to social networks are footers ("visit our website"), not calls to
act, and do not count. PDF_ONLY_LINK (no score) marks a message whose only web links are in its
PDFs, for the composites: a story in the body and its link out of sight in the attachment.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from mailverdict.engine import brands, pdflinks, urls
from mailverdict.engine.context import ScanContext
from mailverdict.engine.message import Message
from mailverdict.engine.verdict import Finding

NAMES = ("PDF_LINK", "PDF_ONLY_LINK")

# Profile links in a letterhead or footer; a redirect through them is LINK_OPEN_REDIRECT's.
_SOCIAL = frozenset(
    {
        "facebook.com",
        "twitter.com",
        "x.com",
        "linkedin.com",
        "instagram.com",
        "youtube.com",
        "tiktok.com",
        "pinterest.com",
    }
)


def _home_page(url: str) -> bool:
    try:
        parts = urlsplit(url)
    except ValueError:
        return False
    return parts.path in ("", "/") and not parts.query and not parts.fragment


def check(msg: Message, ctx: ScanContext) -> list[Finding]:
    carried = pdflinks.links(msg)
    if not carried:
        return []
    sender_domain = msg.from_domain
    sender_base = urls.registrable_domain(sender_domain) if sender_domain else None
    clickable = {urls.registrable_domain(h) for h in map(urls.url_host, (link.href for link in msg.links)) if h}
    own = {sender_base, *clickable}
    sender_brands = brands.brands_named(msg.from_name or "")
    evidence: list[str] = []
    for link in carried:
        host = urls.url_host(link.url)
        if host is None:
            continue
        base = urls.registrable_domain(host)
        if base in own or base in _SOCIAL or _home_page(link.url):
            continue
        if any(brands.legitimate_for(b, base) for b in sender_brands):
            continue
        evidence.append(f"link in {link.source} -> {host}")
    findings: list[Finding] = []
    if evidence:
        findings.append(Finding("PDF_LINK", 1.0, tuple(evidence[:3])))
    if not clickable:
        findings.append(Finding("PDF_ONLY_LINK", 1.0, (f"the only web links are in {carried[0].source}",)))
    return findings
