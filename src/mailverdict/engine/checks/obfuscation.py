"""Text built to be read by people but not by filters.

- ``INVISIBLE_CHARACTERS``: zero-width or tag characters inside the sender's name, the subject,
  or splitting words of the body. Marketing preheaders pad with invisible characters *between*
  words; only characters *inside* words count in the body.
- ``MIXED_SCRIPT_WORDS``: words spelled with Latin letters and Greek or Cyrillic look-alikes.
- ``HIDDEN_TEXT``: HTML text styled to be invisible (display:none, zero font size, white on
  white) that is long enough to carry filler words meant to dilute filters.
"""

from __future__ import annotations

import re

from mailverdict.engine import textnorm
from mailverdict.engine.context import ScanContext
from mailverdict.engine.message import Message
from mailverdict.engine.verdict import Finding

NAMES = ("INVISIBLE_CHARACTERS", "HIDDEN_TEXT", "MIXED_SCRIPT_WORDS")

# A word mixing Latin letters with Greek or Cyrillic look-alikes ("Group" written with a Greek omicron)
# reads normally but matches no filter. Real Greek or Russian words do not mix in Latin letters.
_LATIN = "A-Za-z"
_LOOKALIKE_SCRIPTS = "\u0370-\u03ff\u0400-\u04ff"
_MIXED_RE = re.compile(
    f"\\b(?=[{_LATIN}{_LOOKALIKE_SCRIPTS}]*[{_LATIN}])(?=[{_LATIN}{_LOOKALIKE_SCRIPTS}]*[{_LOOKALIKE_SCRIPTS}])"
    f"[{_LATIN}{_LOOKALIKE_SCRIPTS}]{{3,}}\\b"
)
# Any Greek or Cyrillic letter at all: most texts have none, and this finds that out at C speed.
_LOOKALIKE_RE = re.compile(f"[{_LOOKALIKE_SCRIPTS}]")


def _mixed_words(text: str) -> list[re.Match[str]]:
    return list(_MIXED_RE.finditer(text)) if _LOOKALIKE_RE.search(text) else []


_HIDDEN_STYLE_RE = re.compile(
    r"<(?:div|span|p|td|font)\b[^>]{0,400}style\s*=\s*[\"'][^\"']{0,400}"
    r"(?:display\s*:\s*none|font-size\s*:\s*0(?:px|pt|em)?\s*[;\"']|visibility\s*:\s*hidden"
    r"|color\s*:\s*(?:#fff(?:fff)?|white)\b[^\"']{0,200}background(?:-color)?\s*:\s*(?:#fff(?:fff)?|white)\b)"
    r"[^>]*>([^<]{0,2000})",
    re.IGNORECASE,
)
MIN_HIDDEN_WORDS = 12  # preheaders hide a sentence; filler hides paragraphs


def check(msg: Message, ctx: ScanContext) -> list[Finding]:
    findings: list[Finding] = []
    evidence: list[str] = []
    name = msg.from_name or ""
    if textnorm.invisible_count(name):
        evidence.append(f"display name {textnorm.strip_invisible(name)[:60]!r}")
    if textnorm.hidden_in_words(msg.subject):
        evidence.append(f"subject {textnorm.strip_invisible(msg.subject)[:60]!r}")
    in_body = textnorm.hidden_in_words(msg.text[:50_000])
    if in_body >= 3:
        evidence.append(f"{in_body} words split by invisible characters in the body")
    if evidence:
        findings.append(Finding("INVISIBLE_CHARACTERS", 1.0, tuple(evidence)))

    mixed = [m.group(0) for text in (name, msg.subject) for m in _mixed_words(text)]
    mixed += [m.group(0) for m in _mixed_words(msg.text[:20_000])][:5]
    if mixed:
        findings.append(Finding("MIXED_SCRIPT_WORDS", min(1.0, 0.5 + 0.25 * len(mixed)), tuple(mixed[:3])))

    source = msg.html_source[:300_000]
    if source:
        hidden_words = sum(len(m.group(1).split()) for m in _HIDDEN_STYLE_RE.finditer(source))
        if hidden_words >= MIN_HIDDEN_WORDS:
            strength = min(1.0, hidden_words / 60)
            findings.append(Finding("HIDDEN_TEXT", strength, (f"{hidden_words} words styled invisible",)))
    return findings
