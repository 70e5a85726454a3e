"""What an attachment really is: magic-byte sniffing, hashes and a bounded look inside archives.

Archives are read from their central directory only; member bodies are never decompressed except
small ones needed to sniff nested types, and then with a hard cap on bytes read. A zip bomb costs
the same as any other zip.
"""

from __future__ import annotations

import hashlib
import io
import zipfile
import zlib
from dataclasses import dataclass, field

MAX_ZIP_MEMBERS = 500
MAX_MEMBER_SNIFF = 4096  # bytes read from a member to sniff its type
MAX_MEMBER_COMPRESSED = 2 * 1024 * 1024  # only sniff members this small when compressed

EXECUTABLE_EXTENSIONS = frozenset(
    {
        "exe",
        "scr",
        "com",
        "pif",
        "bat",
        "cmd",
        "cpl",
        "msi",
        "msp",
        "dll",
        "hta",
        "jar",
        "js",
        "jse",
        "vbs",
        "vbe",
        "wsf",
        "wsh",
        "ps1",
        "psm1",
        "lnk",
        "reg",
        "scf",
        "inf",
        "iso",
        "img",
        "vhd",
        "vhdx",
        "appx",
        "msix",
        "application",
        "gadget",
        "chm",
        "sct",
        "xll",
        "elf",
        "apk",
        "dmg",
        "pkg",
        "sh",
        "url",
        "website",
        "xbap",
        "one",
        "mobileconfig",
        "svgz",
        "wim",
        "ade",
        "adp",
        "mde",
        "mst",
        "ps2",
        "jnlp",
        "library-ms",
        "settingcontent-ms",
    }
)
MACRO_EXTENSIONS = frozenset({"docm", "dotm", "xlsm", "xltm", "xlam", "pptm", "potm", "ppam", "ppsm", "sldm"})
ARCHIVE_EXTENSIONS = frozenset({"zip", "rar", "7z", "gz", "tgz", "bz2", "xz", "tar", "cab", "ace", "arj", "lzh", "z"})
HTML_EXTENSIONS = frozenset({"htm", "html", "xhtml", "shtml", "svg", "mht", "mhtml"})
DOCUMENT_EXTENSIONS = frozenset(
    {
        "pdf",
        "doc",
        "docx",
        "xls",
        "xlsx",
        "ppt",
        "pptx",
        "rtf",
        "txt",
        "csv",
        "odt",
        "ods",
        "jpg",
        "jpeg",
        "png",
        "gif",
        "bmp",
        "tif",
        "tiff",
        "mp3",
        "wav",
        "mp4",
        "avi",
        "mov",
    }
)


@dataclass(frozen=True, slots=True)
class ArchiveMember:
    name: str
    size: int  # declared uncompressed size; never trusted, never decompressed in full
    encrypted: bool
    sniffed: str | None = None


@dataclass(frozen=True, slots=True)
class FileFacts:
    sniffed: str | None  # short kind name: exe, elf, zip, ole, pdf, html, ...
    md5: str
    sha1: str
    sha256: str
    size: int
    encrypted: bool = False
    macros: bool = False
    members: tuple[ArchiveMember, ...] = field(default_factory=tuple)


def extension(filename: str | None) -> str:
    if not filename or "." not in filename:
        return ""
    return filename.rsplit(".", 1)[1].strip().lower()[:20]


# File signatures, checked in order: the kind a file's first bytes announce.
_MAGIC: tuple[tuple[tuple[bytes, ...], str], ...] = (
    ((b"MZ",), "exe"),
    ((b"\x7fELF",), "elf"),
    ((b"\xcf\xfa\xed\xfe", b"\xce\xfa\xed\xfe", b"\xca\xfe\xba\xbe"), "macho"),
    ((b"PK\x03\x04", b"PK\x05\x06"), "zip"),
    ((b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",), "ole"),
    ((b"%PDF",), "pdf"),
    ((b"Rar!",), "rar"),
    ((b"7z\xbc\xaf\x27\x1c",), "7z"),
    ((b"\x1f\x8b",), "gzip"),
    ((b"MSCF",), "cab"),
    ((b"L\x00\x00\x00\x01\x14\x02\x00",), "lnk"),
    ((b"{\\rtf",), "rtf"),
    ((b"\x89PNG",), "png"),
    ((b"\xff\xd8\xff",), "jpeg"),
    ((b"GIF87a", b"GIF89a"), "gif"),
)


def sniff(data: bytes) -> str | None:
    """The kind a file's first bytes announce, independent of its declared name and type."""
    head = data[:512]
    for prefixes, kind in _MAGIC:
        if head.startswith(prefixes):
            return kind
    if len(data) > 0x8006 and data[0x8001:0x8006] == b"CD001":
        return "iso"
    lowered = head.lstrip().lower()
    if lowered.startswith((b"<!doctype html", b"<html", b"<head", b"<body", b"<script", b"<svg", b"<form")):
        return "html"
    return None


def _office_kind(names: set[str]) -> str | None:
    if "[Content_Types].xml" in names:
        if any(n.startswith("word/") for n in names):
            return "docx"
        if any(n.startswith("xl/") for n in names):
            return "xlsx"
        if any(n.startswith("ppt/") for n in names):
            return "pptx"
        return "ooxml"
    return None


def _read_zip(data: bytes) -> tuple[str, tuple[ArchiveMember, ...], bool, bool]:
    """(kind, members, any encrypted, macros) from the central directory; bounded reads only."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        infos = archive.infolist()[:MAX_ZIP_MEMBERS]
    except (zipfile.BadZipFile, zlib.error, OSError, ValueError, EOFError, NotImplementedError, RuntimeError):
        return "zip", (), False, False
    names = {info.filename for info in infos}
    office = _office_kind(names)
    macros = any(n.lower().endswith("vbaproject.bin") for n in names)
    members: list[ArchiveMember] = []
    any_encrypted = False
    for info in infos:
        encrypted = bool(info.flag_bits & 0x1)
        any_encrypted = any_encrypted or encrypted
        kind = None
        if office is None and not encrypted and not info.is_dir() and info.compress_size <= MAX_MEMBER_COMPRESSED:
            try:
                with archive.open(info) as handle:
                    kind = sniff(handle.read(MAX_MEMBER_SNIFF))
            except (zipfile.BadZipFile, zlib.error, OSError, ValueError, EOFError, NotImplementedError, RuntimeError):
                kind = None
        members.append(ArchiveMember(info.filename[:300], info.file_size, encrypted, kind))
    return office or "zip", tuple(members), any_encrypted, macros


def inspect(data: bytes) -> FileFacts:
    """Hashes, sniffed kind, macro and encryption flags, and archive members of one attachment."""
    kind = sniff(data)
    members: tuple[ArchiveMember, ...] = ()
    encrypted = False
    macros = False
    if kind == "zip":
        kind, members, encrypted, macros = _read_zip(data)
    elif kind == "ole":
        # OLE compound files (doc/xls/msi) carry VBA in a stream whose name is stored in UTF-16.
        macros = b"V\x00B\x00A\x00" in data or b"_VBA_PROJECT" in data
        encrypted = b"E\x00n\x00c\x00r\x00y\x00p\x00t\x00e\x00d\x00P\x00a\x00c\x00k\x00a\x00g\x00e" in data
    elif kind == "pdf":
        encrypted = b"/Encrypt" in data[:200_000] or b"/Encrypt" in data[-4096:]
    elif kind == "rar":
        # RAR4 sets MHD_PASSWORD (0x80) in the main header's flags when headers are encrypted.
        encrypted = len(data) > 11 and data[9] == 0x73 and data[10] & 0x80 != 0
    return FileFacts(
        sniffed=kind,
        md5=hashlib.md5(data, usedforsecurity=False).hexdigest(),
        sha1=hashlib.sha1(data, usedforsecurity=False).hexdigest(),
        sha256=hashlib.sha256(data).hexdigest(),
        size=len(data),
        encrypted=encrypted,
        macros=macros,
        members=members,
    )


@dataclass(frozen=True, slots=True)
class DocumentLink:
    """A web link a document attachment (PDF, Office) carries."""

    url: str
    source: str  # the document's file name, or its content type when it has none
