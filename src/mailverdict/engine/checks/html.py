"""Active and deceptive HTML: credential forms, smuggled payloads, scripts and redirects.

Mail clients do not run scripts or submit forms inside a message the way browsers do, so a
message that carries them is built for something other than reading: an HTML attachment opened
in a browser, or a page that asks for a password.
"""

from __future__ import annotations

import re

from mailverdict.engine.context import ScanContext
from mailverdict.engine.html import HtmlFacts, read_html
from mailverdict.engine.message import Message
from mailverdict.engine.verdict import Finding

NAMES = ("CREDENTIAL_FORM", "HTML_FORM", "HTML_SMUGGLING", "HTML_SCRIPT", "META_REFRESH", "HTML_IFRAME")

MAX_ATTACHED_HTML = 2 * 1024 * 1024
# The building blocks of HTML smuggling: decode a payload and hand it to the browser as a file.
_DECODE_RE = re.compile(r"\batob\s*\(|\bUint8Array\b|fromCharCode|\bunescape\s*\(|base64ToArrayBuffer", re.I)
_BLOB_RE = re.compile(r"new\s+Blob\s*\(|msSaveOrOpenBlob|msSaveBlob|createObjectURL|\.download\s*=", re.I)
# Pages that send what was typed somewhere: fetch/XHR posts or form submit calls.
_EXFIL_RE = re.compile(r"XMLHttpRequest|\bfetch\s*\(|\$\.(?:ajax|post)\s*\(|\.submit\s*\(", re.I)
_ATTACHMENT = "HTML attachment"  # where a finding was seen, as its evidence says
# A script that sends the page elsewhere: an attached file that only opens someone's web page.
_NAVIGATE_RE = re.compile(r"\blocation(?:\.href)?\s*=(?!=)|location\.(?:replace|assign)\s*\(|window\.open\s*\(", re.I)
_PASSWORD_WORD_RE = re.compile(r"password|passwd|passcode|\bpin\b|mot de passe|contrase", re.I)
_LARGE_DATA_URI = 2000  # characters; icons are small, payloads are not


def _attached_html(msg: Message) -> list[HtmlFacts]:
    """HTML attachments matter as much as the body: they open in a browser, scripts and all."""
    facts = []
    for attachment in msg.attachments:
        name = (attachment.filename or "").lower()
        if attachment.facts.sniffed == "html" or name.endswith((".htm", ".html", ".shtml", ".xhtml", ".svg")):
            facts.append(read_html(attachment.content[:MAX_ATTACHED_HTML].decode("utf-8", "replace")))
    return facts[:5]


def _forms(facts: HtmlFacts, where: str) -> list[Finding]:
    found: list[Finding] = []
    asks_password = facts.password_fields > 0 or any(f.password_fields for f in facts.forms)
    if asks_password:
        actions = [f.action[:100] or "(no action)" for f in facts.forms] or ["(script-driven inputs)"]
        found.append(Finding("CREDENTIAL_FORM", 1.0, (f"password input in {where}", *actions[:2])))
    elif facts.forms:
        strength = 1.0 if any(f.text_fields for f in facts.forms) else 0.5
        found.append(Finding("HTML_FORM", strength, (f"form in {where}", facts.forms[0].action[:100] or "(no action)")))
    return found


def _smuggling(facts: HtmlFacts, where: str) -> Finding | None:
    evidence: list[str] = []
    if _DECODE_RE.search(facts.scripts) and _BLOB_RE.search(facts.scripts):
        evidence.append(f"script decodes a payload into a Blob in {where}")
    for uri in facts.data_uris:
        mime, _, size = uri.rpartition(":")
        if size.isdigit() and int(size) >= _LARGE_DATA_URI:
            evidence.append(f"{mime} data: URI of {size} chars in {where}")
    if facts.downloads and (facts.data_uris or "blob:" in facts.scripts or _BLOB_RE.search(facts.scripts)):
        evidence.append(f"download attribute {facts.downloads[0]!r}")
    if not evidence:
        return None
    return Finding("HTML_SMUGGLING", 1.0, tuple(evidence[:3]))


def check(msg: Message, ctx: ScanContext) -> list[Finding]:
    findings: list[Finding] = []
    sources = [("message body", msg.html)] if msg.html_source else []
    sources += [(_ATTACHMENT, facts) for facts in _attached_html(msg)]
    seen: set[str] = set()
    for where, facts in sources:
        candidates = _forms(facts, where)
        smuggling = _smuggling(facts, where)
        if smuggling:
            candidates.append(smuggling)
        if facts.scripts.strip():
            strong = _EXFIL_RE.search(facts.scripts) or _PASSWORD_WORD_RE.search(facts.scripts)
            navigates = where == _ATTACHMENT and _NAVIGATE_RE.search(facts.scripts)
            strength = 1.0 if strong or navigates else 0.5
            candidates.append(Finding("HTML_SCRIPT", strength, (f"script in {where}", facts.scripts.strip()[:80])))
        if facts.meta_refresh:
            candidates.append(Finding("META_REFRESH", 1.0, (f"refresh to {facts.meta_refresh[:100]}",)))
        if facts.iframes:
            candidates.append(Finding("HTML_IFRAME", 1.0, (f"iframe in {where}", facts.iframes[0][:100])))
        for finding in candidates:
            if finding.name not in seen:
                seen.add(finding.name)
                findings.append(finding)
    return findings
