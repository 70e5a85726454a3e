"""A PNG of a message as its reader would see it, drawn without ever rendering its HTML.

The HTML is parsed (selectolax) into visible text only: scripts, styles and remote images are
dropped, never fetched, and each link is shown with its real target, so the picture can be
looked at safely and shows where links really go. Pillow then draws a header block (From, To,
Subject, Date) and the wrapped text.
"""

from __future__ import annotations

import base64
import email
import email.policy
import io
import textwrap
from email.message import EmailMessage, Message

from PIL import Image, ImageDraw, ImageFont
from selectolax.lexbor import LexborHTMLParser

WIDTH = 800
MARGIN = 16
LINE_HEIGHT = 18
COLUMNS = 92
MAX_BODY_LINES = 120
_DROP = ("script", "style", "head", "noscript", "template", "iframe", "object", "embed", "svg")
_BLOCKS = ("p", "div", "br", "tr", "li", "h1", "h2", "h3", "h4", "h5", "h6", "table", "blockquote", "form")


def html_to_text(html: str) -> str:
    """Visible text of an HTML body, links as ``label <target>``, images as ``[image: alt]``."""
    tree = LexborHTMLParser(html)
    for selector in _DROP:
        for node in tree.css(selector):
            node.decompose()
    for node in tree.css("a[href]"):
        label = node.text(deep=True, separator=" ", strip=True)
        href = (node.attributes.get("href") or "").strip()
        node.replace_with(f"{label} <{href}>" if label and label != href else f"<{href}>")
    for node in tree.css("img"):
        alt = (node.attributes.get("alt") or "").strip()
        node.replace_with(f"[image{': ' + alt if alt else ''}]")
    for node in tree.css("input"):
        kind = (node.attributes.get("type") or "text").lower()
        node.replace_with(f"[{kind} field]")
    for tag in _BLOCKS:
        for node in tree.css(tag):
            node.insert_after("\n")
    body = tree.body or tree.root
    text = body.text(deep=True, separator="", strip=False) if body is not None else ""
    lines = (" ".join(line.split()) for line in text.splitlines())
    return "\n".join(line for line in lines if line)


def _decoded(part: Message) -> str:
    try:
        content = part.get_content()  # type: ignore[attr-defined]
        return content if isinstance(content, str) else ""
    except (LookupError, UnicodeError, AttributeError, ValueError):
        payload = part.get_payload(decode=True)
        return payload.decode("utf-8", "replace") if isinstance(payload, bytes) else ""


def visible_text(msg: EmailMessage) -> str:
    body = None
    try:
        body = msg.get_body(preferencelist=("html", "plain"))
    except (KeyError, TypeError, ValueError):
        body = None
    if body is None:
        return "(this message has no readable text body)"
    text = _decoded(body)
    return html_to_text(text) if body.get_content_type() == "text/html" else text


def _header(msg: EmailMessage, name: str) -> str:
    try:
        return str(msg.get(name, "") or "")
    except (ValueError, TypeError, IndexError):
        raw = msg.get_all(name, failobj=[""])
        return str(raw[0]) if raw else ""


def render(raw: bytes) -> bytes:
    """The PNG bytes of ``raw`` as displayed."""
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    assert isinstance(msg, EmailMessage)
    header = [f"{name}: {_header(msg, name)}" for name in ("From", "To", "Subject", "Date")]
    body: list[str] = []
    for paragraph in visible_text(msg).splitlines() or [""]:
        body.extend(textwrap.wrap(paragraph, COLUMNS, replace_whitespace=True, drop_whitespace=True) or [""])
    if len(body) > MAX_BODY_LINES:
        body = [*body[:MAX_BODY_LINES], f"... ({len(body) - MAX_BODY_LINES} more lines)"]
    header = [line for h in header for line in (textwrap.wrap(h, COLUMNS) or [""])]
    head_height = MARGIN * 2 + LINE_HEIGHT * len(header)
    height = head_height + MARGIN * 2 + LINE_HEIGHT * len(body)
    image = Image.new("RGB", (WIDTH, height), "white")
    draw = ImageDraw.Draw(image)
    font = ImageFont.load_default(size=13)
    draw.rectangle((0, 0, WIDTH, head_height), fill=(236, 239, 244))
    for i, line in enumerate(header):
        draw.text((MARGIN, MARGIN + i * LINE_HEIGHT), _drawable(line), fill=(20, 20, 20), font=font)
    for i, line in enumerate(body):
        draw.text((MARGIN, head_height + MARGIN + i * LINE_HEIGHT), _drawable(line), fill=(40, 40, 40), font=font)
    out = io.BytesIO()
    image.save(out, format="PNG", optimize=True)
    return out.getvalue()


def _drawable(line: str) -> str:
    # The bundled font covers Latin; anything it cannot draw (and control characters) shows as '?'.
    return "".join(ch if ch.isprintable() and ord(ch) < 0x2500 else "?" for ch in line)


def screenshot(raw: bytes) -> str:
    return base64.b64encode(render(raw)).decode()
