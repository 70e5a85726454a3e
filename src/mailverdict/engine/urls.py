"""Addresses, hosts and domains: pulling URLs out of text and reducing hosts to comparable domains.

No network and no public-suffix download: registrable domains use a short list of common
two-label suffixes, which is enough to compare a sender's domain with its links and lookalikes.
"""

from __future__ import annotations

import functools
import ipaddress
import itertools
import re
from email.utils import getaddresses
from urllib.parse import urlsplit

from mailverdict.engine.regexscan import Anchored

# Suffixes under which registrations happen at the third label (example.co.uk).
_SECOND_LEVEL = frozenset(
    {
        "co.uk",
        "org.uk",
        "ac.uk",
        "gov.uk",
        "me.uk",
        "ltd.uk",
        "plc.uk",
        "net.uk",
        "com.au",
        "net.au",
        "org.au",
        "edu.au",
        "gov.au",
        "co.nz",
        "org.nz",
        "co.za",
        "com.br",
        "com.cn",
        "com.tw",
        "com.hk",
        "com.sg",
        "com.my",
        "com.mx",
        "com.ar",
        "com.tr",
        "com.ua",
        "com.pl",
        "co.jp",
        "ne.jp",
        "or.jp",
        "co.kr",
        "or.kr",
        "co.in",
        "net.in",
        "org.in",
        "co.id",
        "co.il",
        "com.ng",
        "com.pk",
        "com.vn",
        "com.co",
        "com.pe",
        "com.ph",
        "com.sa",
        "com.eg",
        "co.th",
        "in.th",
        "gov.in",
    }
)

# A URL in plain text: a scheme or a leading www., up to whitespace or a closing bracket/quote.
_URL_RE = re.compile(r"""(?:\b(?:https?|ftp)://|\bwww\.)[^\s<>"'`{}|\\^\[\]()]{2,2000}""", re.IGNORECASE)
# Link patterns that open with "(?:\b(?:https?|ftp)://|\bwww\.)" give the regex engine nothing to
# search for, so a plain scan tries every character; they are searched from near the "://" (after
# a scheme of at most 5 letters) or the "www." in any case that every match holds.
LINK_LITERALS = ("://", *("".join(w) + "." for w in itertools.product("wW", repeat=3)))
LINK_REACH = len("https")
_URLS = Anchored(_URL_RE, LINK_LITERALS, LINK_REACH)
_HEX_HOST_RE = re.compile(r"0x[0-9a-f]+")
_ANGLE_RE = re.compile(r"^\s*([^<]{0,500}?)\s*<\s*([^<>\s]+@[^<>\s]+?)\s*>")
_TRAILING = ".,;:!?)'\"*"
_EMAIL_RE = re.compile(r"[\w.+'-]{1,64}@([a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63})+)", re.IGNORECASE)
# Something that reads as a domain in visible link text: "paypal.com", "www.bank.example/login".
_DOMAINISH_RE = re.compile(
    r"^(?:[a-z][a-z0-9+.-]*://)?((?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,24})(?::\d+)?(?:[/?#]\S*)?$",
    re.IGNORECASE,
)


def urls_in_text(text: str, limit: int) -> list[str]:
    """URLs written out in plain text, trailing punctuation trimmed, at most ``limit``."""
    found: list[str] = []
    for match in _URLS.finditer(text):
        url = match.group(0).rstrip(_TRAILING)
        if url.lower().startswith("www."):
            url = "http://" + url
        found.append(url)
        if len(found) >= limit:
            break
    return found


# A message's links are read by several checks and the fingerprint, and most name one or two hosts:
# each URL is split, and each host reduced to its domain, once.
@functools.lru_cache(maxsize=512)
def url_host(url: str) -> str | None:
    """The lower-case host of a URL (IDNA-decoded labels kept as written), or None."""
    try:
        parts = urlsplit(url.strip())
        host = parts.hostname
    except ValueError:
        return None
    if not host:
        return None
    return host.strip(".").lower() or None


def is_ip_literal(host: str) -> bool:
    candidate = host.strip("[]")
    # Most hosts are names: without a colon no IPv6 address, and with anything but ASCII digits and dots
    # no IPv4 one, parses (ipaddress would raise, at some cost, to say so).
    if ":" in candidate or not candidate.strip("0123456789."):
        try:
            ipaddress.ip_address(candidate)
        except ValueError:
            pass
        else:
            return True
    # Decimal/hex-encoded hosts (http://3232235777/) are IP literals in disguise.
    return candidate.isdigit() or _HEX_HOST_RE.fullmatch(candidate) is not None


@functools.lru_cache(maxsize=512)
def registrable_domain(host: str) -> str:
    """``mail.login.example.co.uk`` -> ``example.co.uk``; IP literals come back unchanged."""
    host = host.strip(".").lower()
    if is_ip_literal(host):
        return host
    labels = host.split(".")
    if len(labels) <= 2:
        return host
    if ".".join(labels[-2:]) in _SECOND_LEVEL:
        return ".".join(labels[-3:])
    return ".".join(labels[-2:])


def tld(host: str) -> str:
    return host.rsplit(".", 1)[-1].lower() if "." in host else ""


def address_domain(address: str | None) -> str | None:
    """Domain part of an address, lower case, or None when there is no usable one."""
    if not address or "@" not in address:
        return None
    domain = address.rsplit("@", 1)[1].strip().strip(">").strip(".").lower()
    return domain or None


def parse_address(value: str | None) -> tuple[str | None, str | None]:
    """(display name, address) of the first mailbox in a header value; tolerant of junk.

    ``Name <addr>`` is read directly, so unquoted commas or stray characters in the display name
    ("Account team ,_<a@b.c>") keep the whole name; other shapes go through ``getaddresses``.
    """
    if not value:
        return None, None
    value = value[:2000]
    angle = _ANGLE_RE.match(value)
    if angle:
        name = angle.group(1).strip().strip("\"'").strip(" ,;_").strip()
        return (name or None), angle.group(2).strip().lower()
    try:
        pairs = getaddresses([value])
    except (ValueError, IndexError, TypeError):
        return None, None
    for name, addr in pairs:
        if addr or name:
            return (name.strip() or None), (addr.strip().lower() or None)
    return None, None


def parse_addresses(value: str | None, limit: int = 100) -> list[tuple[str, str]]:
    if not value:
        return []
    return list(_addresses(value)[:limit])


# The To and Cc headers are read by four checks and the summary: parsed once a message.
@functools.lru_cache(maxsize=16)
def _addresses(value: str) -> tuple[tuple[str, str], ...]:
    try:
        pairs = getaddresses([value[:20000]])
    except (ValueError, IndexError, TypeError):
        return ()
    return tuple((n.strip(), a.strip().lower()) for n, a in pairs if a)


def emails_in_text(text: str) -> list[str]:
    """Domains of e-mail addresses that appear in free text (a display name, link text)."""
    return [m.group(1).lower() for m in _EMAIL_RE.finditer(text)]


_LOCAL_CHAR_RE = re.compile(r"[\w.+'-]")
_DOMAIN_AFTER_AT_RE = re.compile(r"[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63})+", re.IGNORECASE)


def address_domains(text: str, limit: int) -> list[str]:
    """``emails_in_text`` for long texts: the first ``limit`` domains, read from each "@" outwards
    (the pattern above tries every position of a body, 64 characters each)."""
    found: list[str] = []
    at = text.find("@")
    while at != -1 and len(found) < limit:
        if at and _LOCAL_CHAR_RE.match(text, at - 1):
            domain = _DOMAIN_AFTER_AT_RE.match(text, at + 1)
            if domain:
                found.append(domain.group(0).lower())
        at = text.find("@", at + 1)
    return found


def domain_in_text(text: str) -> str | None:
    """The host when visible text is itself a URL or bare domain ("www.bank.com"), else None."""
    candidate = text.strip().strip("<>[]()\"'").strip()
    if not candidate or " " in candidate or len(candidate) > 300 or "@" in candidate:
        return None
    match = _DOMAINISH_RE.match(candidate)
    if not match:
        return None
    host = match.group(1).lower()
    # File names like "invoice.pdf" look like domains; require a plausible TLD, not an extension.
    if tld(host) in _FILE_EXTENSIONS:
        return None
    return host


_FILE_EXTENSIONS = frozenset(
    {
        "pdf",
        "doc",
        "docx",
        "xls",
        "xlsx",
        "zip",
        "exe",
        "jpg",
        "jpeg",
        "png",
        "gif",
        "htm",
        "html",
        "txt",
        "php",
        "asp",
        "aspx",
        "js",
        "css",
        "cgi",
        "pl",
        "jsp",
        "shtml",
    }
)
