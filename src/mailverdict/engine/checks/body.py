"""How the body is built and what it sells: image-only bodies and classic commercial offers.

- ``IMAGE_ONLY_BODY``: an HTML body that shows a picture and a link but almost no readable text.
  Text in an image cannot be read by filters; senders who put the whole message there (and the
  link to act on beneath it) want to be seen but not read.
- ``IMAGE_MAP_ELSEWHERE``: every ordinary link goes to the sender's own site, but the picture's image
  map (the area a reader clicks) goes to another domain: the genuine links are there to be inspected,
  the picture to be clicked.
- ``SPAM_OFFER``: several phrases of the pitches mass mail has always made (pills, loans, easy
  income, adult, casino, diplomas, stock tips), with the hard sell counting only beside a
  product, in ``offerwords.py``.
"""

from __future__ import annotations

import re

from mailverdict.engine import offerwords, urls
from mailverdict.engine.checks import hiding
from mailverdict.engine.context import ScanContext
from mailverdict.engine.message import Message
from mailverdict.engine.phrases import PhraseSet
from mailverdict.engine.verdict import Finding

NAMES = ("IMAGE_ONLY_BODY", "IMAGE_MAP_ELSEWHERE", "SPAM_OFFER")

MAX_SCAN = 8_000
MAX_IMAGE_BODY_WORDS = 25  # a caption or a footer line, not a message
MIN_OFFER_PHRASES = 2

_PRODUCTS = PhraseSet(offerwords.PRODUCTS, limit=6)
_PITCHES = PhraseSet(offerwords.PITCHES, limit=3)
_AREA_HREF_RE = re.compile(r"<area\b[^>]*?\bhref\s*=\s*[\"']?\s*([^\"'\s>]+)", re.IGNORECASE)
_ANCHOR_HREF_RE = re.compile(r"<a\b[^>]*?\bhref\s*=\s*[\"']?\s*([^\"'\s>]+)", re.IGNORECASE)


def _image_only(msg: Message) -> Finding | None:
    source = msg.html_source
    if not source:
        return None
    images = source.count("<img") + source.count("<IMG")
    if not images:
        return None
    words = len(hiding.visible_text(msg).split())
    if words > MAX_IMAGE_BODY_WORDS:
        return None
    links = [link.href for link in msg.links if link.href[:4].lower() in ("http", "www.")]
    if not links:
        return None
    return Finding("IMAGE_ONLY_BODY", 1.0, (f"{images} image(s), {words} words of text", links[0][:120]))


def _site(href: str) -> str | None:
    host = urls.url_host(href) if href[:4].lower() == "http" else None
    return urls.registrable_domain(host) if host else None


def _image_map_elsewhere(msg: Message) -> Finding | None:
    source = msg.html_source
    sender = urls.registrable_domain(msg.from_domain) if msg.from_domain else None
    if not source or not sender:
        return None
    areas = set(_AREA_HREF_RE.findall(source))
    if not areas:
        return None
    anchors = {_site(href) for href in _ANCHOR_HREF_RE.findall(source)} - {None}
    # The sender's own links must be all there is to inspect; mail linking widely proves nothing.
    if anchors != {sender}:
        return None
    elsewhere = [href for href in areas if _site(href) != sender and href[:4].lower() == "http"]
    if not elsewhere:
        return None
    return Finding("IMAGE_MAP_ELSEWHERE", 1.0, (f"links go to {sender}", f"the picture goes to {elsewhere[0][:120]}"))


def check(msg: Message, ctx: ScanContext) -> list[Finding]:
    findings: list[Finding] = []
    image_only = _image_only(msg)
    if image_only:
        findings.append(image_only)
    image_map = _image_map_elsewhere(msg)
    if image_map:
        findings.append(image_map)
    text = f"{msg.subject}\n{hiding.searchable_text(msg, MAX_SCAN)}"
    lowered = text.lower()
    products = _PRODUCTS.entries_found(text, lowered)
    if products:
        offers = products + _PITCHES.entries_found(text, lowered)
        if len(offers) >= MIN_OFFER_PHRASES:
            findings.append(Finding("SPAM_OFFER", min(1.0, 0.34 * len(offers)), tuple(offers[:5])))
    return findings
