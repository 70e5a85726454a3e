"""Facts read off a message's HTML in one bounded pass: visible text, links, forms, scripts.

The message parses its HTML only when a check first asks for these facts, and only once.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from selectolax.lexbor import LexborHTMLParser

from mailverdict.engine.hiddentext import NOTHING, Hidden, may_hide, read_tree
from mailverdict.engine.verdict import Link

MAX_HTML = 1024 * 1024  # characters of HTML handed to the parser
MAX_LINKS = 500
MAX_IMAGES = 50  # remote picture sources kept: where the pictures come from, not every picture
MAX_SCRIPT = 256 * 1024  # characters of inline script kept for smuggling checks
MAX_TEXT = 512 * 1024

MAX_DEPTH = 300  # element nesting; the parser's cost grows with depth times tag count
MAX_TAGS = 40_000
_TAG_RE = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9]{0,15})\b[^>]{0,2000}?(/?)>")
_VOID = frozenset(
    {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr", "p", "li"}
)
_DATA_URI_RE = re.compile(r"^\s*data:([a-z0-9.+/-]*)", re.IGNORECASE)
_REFRESH_URL_RE = re.compile(r"url\s*=\s*['\"]?([^'\";]+)", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Form:
    action: str
    method: str
    password_fields: int
    text_fields: int


@dataclass(frozen=True, slots=True)
class HtmlFacts:
    text: str
    links: tuple[Link, ...]
    forms: tuple[Form, ...]
    password_fields: int  # anywhere, including inputs outside a <form>
    scripts: str
    data_uris: tuple[str, ...]  # "mime:length" of data: URIs in href/src/download attributes
    downloads: tuple[str, ...]  # <a download="..."> names, a smuggling delivery mechanism
    meta_refresh: str | None
    iframes: tuple[str, ...]
    truncated: bool
    hidden: Hidden = NOTHING  # what styling hides from the reader (hiddentext.py)
    # Remote picture sources (img src, the first srcset candidate, background attributes): where the
    # pictures are loaded from. Only http(s) and scheme-relative URLs, at most MAX_IMAGES.
    images: tuple[str, ...] = ()


EMPTY = HtmlFacts("", (), (), 0, "", (), (), None, (), False)


def _clean(text: str) -> str:
    # The same as replacing each run of whitespace (re's \s is str.isspace) by a space and stripping
    # the ends, at a third of the cost.
    return " ".join(text.split())


def _remote_picture(src: str, into: list[str]) -> None:
    """Keep a picture source the reader's client fetches from the web (http, https, //host)."""
    src = src.strip()
    if src[:2] == "//" or src[:7].lower() == "http://" or src[:8].lower() == "https://":
        into.append(src[:500])


def bounded(html: str) -> tuple[str, bool]:
    """Cut HTML where it gets too deep or too long for the parser to stay fast.

    lexbor checks the stack of open elements as it inserts elements, so deeply nested markup costs
    depth x tags. Ordinary mail nests a few dozen levels; a crafted message nests thousands. The
    scan runs only when the markup has enough tags for this to matter.
    """
    truncated = len(html) > MAX_HTML
    html = html[:MAX_HTML]
    if html.count("<") < MAX_DEPTH:
        return html, truncated
    depth = 0
    for count, match in enumerate(_TAG_RE.finditer(html)):
        closing, name, self_closing = match.group(1), match.group(2).lower(), match.group(3)
        if closing:
            depth = max(0, depth - 1)
        elif not self_closing and name not in _VOID:
            depth += 1
        if depth > MAX_DEPTH or count >= MAX_TAGS:
            return html[: match.start()], True
    return html, truncated


def read_html(html: str) -> HtmlFacts:
    """Parse bounded HTML once; selectolax (lexbor) never raises on junk."""
    if not html.strip():
        return EMPTY
    html, truncated = bounded(html)
    try:
        tree = LexborHTMLParser(html)
    except (ValueError, RuntimeError, TypeError):
        return EMPTY

    links: list[Link] = []
    data_uris: list[str] = []
    downloads: list[str] = []
    for node in tree.css("a, area"):
        attrs = node.attributes
        href = attrs.get("href")
        if attrs.get("download") is not None:
            downloads.append((attrs.get("download") or "")[:200])
        if not href:
            continue
        href = href.strip()
        data = _DATA_URI_RE.match(href)
        if data:
            data_uris.append(f"{data.group(1).lower() or 'text/plain'}:{len(href)}")
            continue
        if len(links) < MAX_LINKS:
            links.append(Link(href=href[:2000], text=_clean(node.text(deep=True))[:300] or None))
    images: list[str] = []
    for node in tree.css("[src]"):
        src = node.attributes.get("src") or ""
        data = _DATA_URI_RE.match(src)
        # Inline images are normal; only large non-image data: payloads are delivery vehicles.
        if data and not data.group(1).lower().startswith("image/"):
            data_uris.append(f"{data.group(1).lower() or 'text/plain'}:{len(src)}")
        elif node.tag == "img" and len(images) < MAX_IMAGES:
            _remote_picture(src, images)
            srcset = node.attributes.get("srcset")
            if srcset:
                _remote_picture(srcset.split(",", 1)[0].split(None, 1)[0] if srcset.strip() else "", images)
    if "ackground=" in html or "ACKGROUND=" in html:
        for node in tree.css("[background]")[:MAX_IMAGES]:
            if len(images) < MAX_IMAGES:
                _remote_picture(node.attributes.get("background") or "", images)

    forms: list[Form] = []
    for form in tree.css("form")[:50]:
        inputs = form.css("input")
        passwords = sum(1 for i in inputs if (i.attributes.get("type") or "").lower() == "password")
        texts = sum(1 for i in inputs if (i.attributes.get("type") or "text").lower() in {"text", "email"})
        forms.append(
            Form(
                action=(form.attributes.get("action") or "")[:2000],
                method=(form.attributes.get("method") or "get").lower()[:10],
                password_fields=passwords,
                text_fields=texts,
            )
        )
    password_fields = len(tree.css('input[type="password" i]'))

    scripts = "\n".join(s.text() for s in tree.css("script"))[:MAX_SCRIPT]
    refresh = None
    for meta in tree.css("meta[http-equiv]"):
        if (meta.attributes.get("http-equiv") or "").lower() == "refresh":
            found = _REFRESH_URL_RE.search(meta.attributes.get("content") or "")
            refresh = found.group(1).strip() if found else None
    iframes = tuple((f.attributes.get("src") or "")[:500] for f in tree.css("iframe")[:20])

    hiding = may_hide(html)
    stylesheet = hiding and tree.css_first("style") is not None
    tree.strip_tags(["script", "style", "head", "title", "noscript"])
    root = tree.body or tree.root
    text = _clean(root.text(separator=" ")) if root is not None else ""
    # Last: reading what is hidden takes it out of the tree.
    hidden = read_tree(tree, stylesheet) if hiding else NOTHING
    return HtmlFacts(
        text=text[:MAX_TEXT],
        links=tuple(links),
        forms=tuple(forms),
        password_fields=password_fields,
        scripts=scripts,
        data_uris=tuple(data_uris[:50]),
        downloads=tuple(downloads[:20]),
        meta_refresh=refresh,
        iframes=iframes,
        truncated=truncated,
        hidden=hidden,
        images=tuple(images),
    )
