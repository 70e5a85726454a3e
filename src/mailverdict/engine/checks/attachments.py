"""Attachments that run, hide what they are, or carry something that runs.

Names and declared types are what the sender says; sniffed types (magic bytes) are what the file
is. Both are used: an ``invoice.pdf`` that starts with ``MZ`` is worse than an honest ``setup.exe``.
"""

from __future__ import annotations

import re

from mailverdict.engine.context import ScanContext
from mailverdict.engine.files import (
    ARCHIVE_EXTENSIONS,
    DOCUMENT_EXTENSIONS,
    EXECUTABLE_EXTENSIONS,
    HTML_EXTENSIONS,
    MACRO_EXTENSIONS,
    extension,
)
from mailverdict.engine.message import AttachmentFile, Message
from mailverdict.engine.verdict import Finding

NAMES = (
    "ATTACH_EXECUTABLE",
    "ATTACH_MACRO",
    "ATTACH_DOUBLE_EXTENSION",
    "ATTACH_ARCHIVE_EXECUTABLE",
    "ATTACH_ENCRYPTED",
    "ATTACH_TYPE_MISMATCH",
    "ATTACH_HTML",
    "ATTACH_PASSWORD_GIVEN",
    "ATTACH_UNCOMMON_ARCHIVE",
)

# A password for the attachment written in the message itself: the encryption exists only to
# blind scanners, since the recipient is handed the key. Several languages, as lures are. After a
# label ("Password for the archive:") any word is the password; otherwise only one with a digit,
# so that "the password is in a separate mail" or "I'll text the password to you" hand nothing over.
_PASSWORD_GIVEN_RE = re.compile(
    r"(?:password|passcode|pwd|senha|contrase\w+|clave|passwort|kennwort|mot de passe|wachtwoord|parola|mật khẩu|hasło)"
    r"(?:(?:\s+\w+){0,3}?\s*[:=]\s*[\"'«]?[A-Za-z0-9!@#$%&*]{2,20}"
    r"|\s*(?:(?:is|-|é|es|ist|est|jest)\s*:?\s*)?[\"'«]?(?=[A-Za-z!@#$%&*]*\d)[A-Za-z0-9!@#$%&*]{2,20})",
    re.IGNORECASE,
)

# Archive formats other than zip: mail clients and many gateways cannot open them, which is why
# malware campaigns favour them ("PO_2291.rar", "invoice.xlsx.gz", "scan.arj"); business mail
# sends zip.
_UNCOMMON_ARCHIVE_KINDS = frozenset({"rar", "7z", "gzip", "cab"})
_UNCOMMON_ARCHIVE_EXTENSIONS = ARCHIVE_EXTENSIONS - {"zip"}

_SHORTCUTS = frozenset({"url", "website", "library-ms", "settingcontent-ms", "scf"})
_EXECUTABLE_KINDS = frozenset({"exe", "elf", "macho", "lnk", "iso"})
_ARCHIVE_KINDS = frozenset({"zip", "rar", "7z", "gzip", "cab"})
# Sniffed kinds and the extensions that honestly carry them.
_HONEST = {
    "exe": EXECUTABLE_EXTENSIONS,
    "zip": ARCHIVE_EXTENSIONS | {"jar", "apk", "xpi", "kmz", "epub", "odt", "ods", "odp", "appx", "msix"},
    "docx": {"docx", "docm", "dotx", "dotm"},
    "xlsx": {"xlsx", "xlsm", "xltx", "xltm", "xlam"},
    "pptx": {"pptx", "pptm", "ppsx", "ppsm", "potx"},
    "ole": {"doc", "xls", "ppt", "msi", "msg", "dot", "xlt", "pps", "pub", "vsd", "mpp"},
    "pdf": {"pdf", "ai"},
    "rar": {"rar"},
    "7z": {"7z"},
    "gzip": {"gz", "tgz", "z"},
    "html": HTML_EXTENSIONS | {"txt", "xml"},
    "png": {"png"},
    "jpeg": {"jpg", "jpeg", "jpe", "jfif"},
    "gif": {"gif"},
    "rtf": {"rtf", "doc"},
    "lnk": {"lnk"},
    "iso": {"iso", "img"},
    "elf": {"elf", "so", "bin", ""},
}


def _label(a: AttachmentFile) -> str:
    return a.filename or f"({a.content_type})"


def _double_extension(name: str) -> bool:
    """``invoice.pdf.exe`` and ``scan.doc     .js``: a harmless-looking extension hiding the real one."""
    pieces = [p.strip() for p in name.lower().split(".")]
    if len(pieces) < 3:
        return False
    return pieces[-1] in EXECUTABLE_EXTENSIONS | HTML_EXTENSIONS and pieces[-2] in DOCUMENT_EXTENSIONS


def _mismatch(a: AttachmentFile) -> str | None:
    kind = a.facts.sniffed
    ext = extension(a.filename)
    honest = _HONEST.get(kind or "")
    if kind is None or honest is None or not ext:
        return None
    if ext in honest or (kind == "zip" and ext in {"docx", "xlsx", "pptx"}):
        return None
    return f"{_label(a)} is really {kind}"


def _unlisted_archive(a: AttachmentFile) -> bool:
    kind = a.facts.sniffed
    archive = kind in _ARCHIVE_KINDS or (kind is None and extension(a.filename) in ARCHIVE_EXTENSIONS)
    return archive and not a.facts.members


def check(msg: Message, ctx: ScanContext) -> list[Finding]:
    hits: dict[str, list[str]] = {name: [] for name in NAMES}
    shortcuts = 0
    for a in msg.attachments:
        label = _label(a)
        ext = extension(a.filename)
        kind = a.facts.sniffed
        if ext in EXECUTABLE_EXTENSIONS or kind in _EXECUTABLE_KINDS:
            hits["ATTACH_EXECUTABLE"].append(f"{label} ({kind or ext})")
            if ext in _SHORTCUTS and kind is None:
                shortcuts += 1
        if ext in MACRO_EXTENSIONS or a.facts.macros:
            hits["ATTACH_MACRO"].append(label)
        if a.filename and _double_extension(a.filename):
            hits["ATTACH_DOUBLE_EXTENSION"].append(label)
        if a.facts.encrypted:
            hits["ATTACH_ENCRYPTED"].append(label)
        if ext in HTML_EXTENSIONS or kind == "html":
            hits["ATTACH_HTML"].append(label)
        problem = _mismatch(a)
        if problem:
            hits["ATTACH_TYPE_MISMATCH"].append(problem)
        if kind in _UNCOMMON_ARCHIVE_KINDS or (kind is None and ext in _UNCOMMON_ARCHIVE_EXTENSIONS):
            hits["ATTACH_UNCOMMON_ARCHIVE"].append(f"{label} ({kind or ext})")
        if kind in _ARCHIVE_KINDS or ext in ARCHIVE_EXTENSIONS:
            for member in a.facts.members:
                member_ext = extension(member.name)
                if member_ext in EXECUTABLE_EXTENSIONS | HTML_EXTENSIONS or member.sniffed in _EXECUTABLE_KINDS:
                    hits["ATTACH_ARCHIVE_EXECUTABLE"].append(f"{label} holds {member.name}")
                    break
    # An archive whose contents cannot be listed (RAR and 7z, or one encrypted down to its names) is
    # as closed to a scanner as an encrypted one once the text hands over a password.
    encrypted = [a for a in msg.attachments if a.facts.encrypted or _unlisted_archive(a)]
    if encrypted:
        given = _PASSWORD_GIVEN_RE.search(f"{msg.subject}\n{msg.text[:20_000]}")
        if given:
            hits["ATTACH_PASSWORD_GIVEN"].append(f"{_label(encrypted[0])}; text says {given.group(0)[:40]!r}")
    findings = []
    for name, found in hits.items():
        if found:
            # Text shortcuts (.url, .website) point elsewhere rather than run code themselves.
            only_shortcuts = name == "ATTACH_EXECUTABLE" and shortcuts == len(found)
            findings.append(Finding(name, 0.5 if only_shortcuts else 1.0, tuple(dict.fromkeys(found))[:3]))
    return findings
