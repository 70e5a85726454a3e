"""Web links and pictures carried by Word, Excel and PowerPoint attachments (OOXML), read offline.

The Office twin of ``pdflinks.py``: a document whose only content is a "view the file" hyperlink,
or a QR code picture (payroll and benefits notices sent as .docx, 2023-2024), keeps the link out of
the body. A hyperlink is a relationship with ``TargetMode="External"`` in the package's ``.rels``
parts; pictures sit under ``*/media/``. Both are read from the zip with bounded reads: at most
``MAX_RELS`` relationship parts of ``MAX_RELS_BYTES`` each, ``MAX_PICTURES`` pictures of at most
``MAX_PICTURE_BYTES``, and only documents the parser kept (``message.MAX_KEPT_DOCUMENT``). Encrypted
documents are OLE files, not zips, and are not read. As with PDFs, a document naming more than
``MAX_DOCUMENT_LINKS`` distinct links is a document, not a button, and its links are not counted.
"""

from __future__ import annotations

import html
import io
import re
import zipfile
import zlib

from mailverdict.engine import urls
from mailverdict.engine.files import DocumentLink
from mailverdict.engine.message import Message

MAX_DOCUMENTS = 3
MAX_RELS = 20
MAX_RELS_BYTES = 256 * 1024
MAX_PICTURES = 4
MAX_PICTURE_BYTES = 2 * 1024 * 1024
MAX_DOCUMENT_LINKS = 10
MAX_URLS = 5
_KINDS = frozenset({"docx", "xlsx", "pptx"})
_RELATIONSHIP_RE = re.compile(rb"<Relationship\b[^<>]{0,4096}>", re.IGNORECASE)
_TARGET_RE = re.compile(rb"\bTarget\s*=\s*\"([^\"]{1,2048})\"", re.IGNORECASE)
_PICTURE_RE = re.compile(r"/media/[^/]+\.(?:png|jpe?g|gif|bmp)$", re.IGNORECASE)
_BROKEN = (zipfile.BadZipFile, zlib.error, OSError, ValueError, EOFError, NotImplementedError, RuntimeError, KeyError)


def links(msg: Message) -> tuple[DocumentLink, ...]:
    """The web links the message's Office attachments carry, read once per message and shared."""
    return msg.once("officelinks", _links)


def pictures(msg: Message) -> list[tuple[str, bytes]]:
    """(source, bytes) of pictures inside the message's Office attachments, for the QR reader."""
    return msg.once("officepictures", _pictures)


def _documents(msg: Message) -> list[tuple[str, bytes]]:
    found = [
        ((a.filename or a.content_type)[:100], a.content)
        for a in msg.attachments
        if a.content and a.facts.sniffed in _KINDS
    ]
    return found[:MAX_DOCUMENTS]


def _links(msg: Message) -> tuple[DocumentLink, ...]:
    found: dict[str, DocumentLink] = {}
    for source, data in _documents(msg):
        document = read(data)
        if len(document) <= MAX_DOCUMENT_LINKS:
            for url in document:
                found.setdefault(url, DocumentLink(url, source))
    return tuple(found.values())[:MAX_URLS]


def read(data: bytes) -> list[str]:
    """The distinct web links (http, https) one OOXML package links to, in order; empty for anything else."""
    found: dict[str, None] = {}
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            parts = [i for i in package.infolist()[:500] if i.filename.endswith(".rels") and not i.is_dir()]
            for info in parts[:MAX_RELS]:
                with package.open(info) as handle:
                    text = handle.read(MAX_RELS_BYTES)
                for relationship in _RELATIONSHIP_RE.findall(text):
                    if b"External" not in relationship:
                        continue
                    target = _TARGET_RE.search(relationship)
                    url = html.unescape(target.group(1).decode("utf-8", "replace")).strip() if target else ""
                    if url.lower().startswith(("http://", "https://")) and urls.url_host(url):
                        found.setdefault(url, None)
                if len(found) > MAX_DOCUMENT_LINKS:
                    break
    except _BROKEN:
        pass  # a damaged package: what was read before the damage counts
    return list(found)


def _pictures(msg: Message) -> list[tuple[str, bytes]]:
    out: list[tuple[str, bytes]] = []
    for source, data in _documents(msg):
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as package:
                for info in package.infolist()[:500]:
                    if len(out) >= MAX_PICTURES:
                        return out
                    if _PICTURE_RE.search(info.filename) and info.file_size <= MAX_PICTURE_BYTES:
                        with package.open(info) as handle:
                            out.append((f"a picture in {source}", handle.read(MAX_PICTURE_BYTES)))
        except _BROKEN:
            continue
    return out
