"""Scam lure families: the story a fraud tells to get a click, a reply or a call.

Each family (prize, crypto, miracle cure, delivery, billing, document share, mailbox) is a set of phrases in
``scamwords.py``. One phrase is ordinary ("tracking number", "congratulations"); a family counts
when at least two of its distinct phrases appear. A telling phrase in the subject counts twice,
because a subject states the purpose (image-only bodies carry the story there alone). And a family
counts only when the message gives the reader a way to act on the story: a link, an attachment, a
reply address or a number to call. Real notices tell the same stories, so these findings are
moderate alone; composites in scores.toml raise them when the sender is disguised or the link is
concealed.

CALLBACK_BRAND marks the callback (telephone-oriented) pattern: beside a story, the subject or
opening text speaks for the reader's dealings with a brand ("your Norton 360 subscription",
"Geek Squad order") that the sender's domain does not belong to, and the only way offered to act is
a telephone number, with no web link: the fraud happens on the call, where no filter listens.
"""

from __future__ import annotations

import re

from mailverdict.engine import brands, hanzi, scamwords, urls
from mailverdict.engine.checks import hiding
from mailverdict.engine.context import ScanContext
from mailverdict.engine.message import Message
from mailverdict.engine.phrases import PhraseSet
from mailverdict.engine.textnorm import readable
from mailverdict.engine.verdict import Finding

NAMES = (
    "PRIZE_LURE",
    "CRYPTO_LURE",
    "MIRACLE_LURE",
    "DELIVERY_LURE",
    "BILLING_LURE",
    "DOCUMENT_LURE",
    "MAILBOX_LURE",
    "GENERIC_GREETING",
    "CALLBACK_BRAND",
    "CALLBACK_NUMBER",
)

MAX_SCAN = 6_000  # characters of body read; the story is told up front
MAX_CALLBACK_OPENING = 1_500  # characters of text where a callback notice names its brand
MIN_PHRASES = 2

_FAMILIES = (
    ("PRIZE_LURE", PhraseSet(scamwords.PRIZE)),
    ("CRYPTO_LURE", PhraseSet(scamwords.CRYPTO)),
    ("MIRACLE_LURE", PhraseSet(scamwords.MIRACLE)),
    ("DELIVERY_LURE", PhraseSet(scamwords.DELIVERY)),
    ("BILLING_LURE", PhraseSet(scamwords.BILLING)),
    ("DOCUMENT_LURE", PhraseSet(scamwords.DOCUMENT)),
    ("MAILBOX_LURE", PhraseSet(scamwords.MAILBOX)),
)
# A telephone number as callback scams print it: 10+ digits with the usual separators.
_ORDINARY_RE = re.compile(scamwords.ORDINARY, re.IGNORECASE)
_GREETING_RE = re.compile(scamwords.GENERIC_GREETING, re.IGNORECASE)
_CONGRATULATIONS_RE = re.compile(scamwords.CONGRATULATIONS, re.IGNORECASE)
_CJK_RE = re.compile("[\u3040-\u30ff\u4e00-\u9fff]")


def _cjk(name: str, subjects: tuple[str, str], bodies: tuple[str, str]) -> tuple[list[str], int]:
    """A family's Japanese and Chinese phrases in the subject (counted twice, as in any language) and the body,
    each read as written and with Traditional characters in Simplified (``hanzi``)."""
    phrases = scamwords.CJK.get(name, ())
    in_subject = [p for p in phrases if p in subjects[0] or p in subjects[1]]
    in_body = [p for p in phrases if (p in bodies[0] or p in bodies[1]) and p not in in_subject]
    return [*in_subject, *in_body], 2 * len(in_subject) + len(in_body)


_PHONE_RE = re.compile(r"(?<![\w.])\+?\(?\d{1,4}\)?(?:[ .\-]?\(?\d{2,4}\)?){2,5}(?![\w.])")


def _phone(text: str) -> str | None:
    for match in _PHONE_RE.finditer(text):
        digits = sum(c.isdigit() for c in match.group(0))
        if 10 <= digits <= 15:
            return match.group(0).strip()
    return None


def _web_links(msg: Message) -> list[str]:
    return [link.href for link in msg.links if link.href[:5].lower() in ("http:", "https") or link.href[:4] == "www."]


def _ways_to_act(msg: Message, phone: str | None) -> list[str]:
    """How the reader is invited to respond; a story with no way to act on it is not a lure."""
    ways: list[str] = []
    web = _web_links(msg)
    if web:
        ways.append(f"{len(web)} link(s)")
    if msg.attachments:
        ways.append(f"{len(msg.attachments)} attachment(s)")
    reply = msg.reply_to
    if reply and reply != msg.from_address:
        ways.append(f"reply to {reply}")
    if phone:
        ways.append(f"call {phone}")
    return ways


def _callback_brand(msg: Message, subject: str, body: str, phone: str | None) -> Finding | None:
    """A brand claimed for the reader's dealings by a sender it does not use, with a number to call
    and no web link."""
    sender = msg.from_domain
    if not sender or _web_links(msg) or phone is None:
        return None
    opening = f"{subject}\n{body[:MAX_CALLBACK_OPENING]}"
    base = urls.registrable_domain(sender)
    claimed = [
        brand
        for brand in brands.brands_named(opening)
        if brand not in brands.ROLES and brands.claimed_in(opening, brand) and not brands.legitimate_for(brand, base)
    ]
    if not claimed:
        return None
    # A brand that is also an everyday word ("apple", "chase") is weaker evidence, as in BRAND_IN_TEXT.
    strength = 0.5 if all(b in brands.AMBIGUOUS for b in claimed) else 1.0
    return Finding("CALLBACK_BRAND", strength, (f"{', '.join(claimed[:3])} claimed from {base}; call {phone}",))


def _one_congratulation(in_subject: list[str], in_body: list[str]) -> tuple[list[str], list[str]]:
    """Keep the first congratulation found (the subject's first) and drop its translations."""
    seen = False
    kept: tuple[list[str], list[str]] = ([], [])
    for found, out in ((in_subject, kept[0]), (in_body, kept[1])):
        for phrase in found:
            if _CONGRATULATIONS_RE.match(phrase):
                if seen:
                    continue
                seen = True
            out.append(phrase)
    return kept


def check(msg: Message, ctx: ScanContext) -> list[Finding]:
    subject = readable(msg.subject[:300])
    body = readable(hiding.searchable_text(msg, MAX_SCAN))
    findings: list[Finding] = []
    # The greeting is the mail's own; a PDF's "Dear customer" is a form letter's, not the sender's to the reader.
    greeting = _GREETING_RE.search(body[:200].lstrip())
    if greeting:
        findings.append(Finding("GENERIC_GREETING", 1.0, (greeting.group(0).strip()[:60],)))
    document = hiding.document_text(msg)
    if document:
        body = f"{body}\n{readable(document)}"
    subject_lower, body_lower = subject.lower(), body.lower()
    families: list[tuple[str, list[str], int]] = []
    # ASCII text holds no CJK character, and says so without being read.
    cjk = any(not text.isascii() and _CJK_RE.search(text) is not None for text in (subject, body))
    subjects = (subject, hanzi.simplified(subject) if cjk else subject)
    bodies = (body, hanzi.simplified(body) if cjk else body)
    for name, phrases in _FAMILIES:
        in_subject = phrases.found(subject, subject_lower)
        in_body = [p for p in phrases.found(body, body_lower) if p not in in_subject]
        in_subject, in_body = _one_congratulation(in_subject, in_body)
        weight = sum(1 if _ORDINARY_RE.match(p) else 2 for p in in_subject) + len(in_body)
        if cjk:
            found_cjk, weight_cjk = _cjk(name, subjects, bodies)
            in_body += found_cjk
            weight += weight_cjk
        if weight >= MIN_PHRASES:
            families.append((name, [*in_subject, *in_body], weight))
    if not families:
        return findings
    # One number for every reader of it: the ways to act, the callback brand and the callback number.
    phone = _phone(f"{subject}\n{body}")
    ways = _ways_to_act(msg, phone)
    if not ways:
        return findings
    findings += [Finding(name, min(1.0, 0.25 * weight), (*found[:4], ways[0])) for name, found, weight in families]
    # Only beside a story: a brand and a phone number alone are any shop's signature.
    callback = _callback_brand(msg, subject, body, phone)
    if callback:
        findings.append(callback)
    # A bare run of digits is an order or invoice number; a number to call is written to be dialled.
    dialable = phone is not None and (phone[0] in "+(" or any(c in phone for c in " .-"))
    if dialable and any(name == "BILLING_LURE" for name, _, _ in families):
        # Scoreless: the charge-dispute story with a number to call, which BRAND_PLATFORM_CALLBACK
        # reads when it arrives through a brand's own invoicing or money requests.
        findings.append(Finding("CALLBACK_NUMBER", 1.0, (f"call {phone}",)))
    return findings
