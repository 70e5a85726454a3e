"""Text built to be read by people but not by filters.

- ``INVISIBLE_CHARACTERS``: zero-width or tag characters inside the sender's name, the subject,
  or splitting words of the body. Marketing preheaders pad with invisible characters *between*
  words; only characters *inside* words count in the body.
- ``MIXED_SCRIPT_WORDS``: words spelled with Latin letters and Greek or Cyrillic look-alikes.
- ``HIDDEN_TEXT``: HTML text styled to be invisible (display:none, zero font size or opacity,
  collapsed boxes, light text on a light background) that is long enough to carry filler words
  meant to dilute filters, or salting characters spread through the words.
"""

from __future__ import annotations

from mailverdict.engine import textnorm
from mailverdict.engine.checks import hiding
from mailverdict.engine.context import ScanContext
from mailverdict.engine.message import Message
from mailverdict.engine.verdict import Finding

NAMES = ("INVISIBLE_CHARACTERS", "HIDDEN_TEXT", "MIXED_SCRIPT_WORDS")

MIN_HIDDEN_WORDS = 12  # preheaders hide a sentence; filler hides paragraphs
# One hidden block up to this long is a preheader (the inbox preview line senders hide at the top of
# the HTML); filler against filters runs longer, or is spread over several places.
MAX_PREHEADER_WORDS = 30
MIN_HIDDEN_PIECES = 8  # salting hides a few letters in many places


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

    mixed = [m for text in (name, msg.subject) for m in textnorm.mixed_words(text)]
    mixed += textnorm.mixed_words(msg.text[:20_000])[:5]
    if mixed:
        findings.append(Finding("MIXED_SCRIPT_WORDS", min(1.0, 0.5 + 0.25 * len(mixed)), tuple(mixed[:3])))

    hidden = hiding.hidden(msg)
    hidden_words, pieces = hidden.words, hidden.pieces
    preheader = pieces == 1 and hidden_words <= MAX_PREHEADER_WORDS
    if (hidden_words >= MIN_HIDDEN_WORDS and not preheader) or pieces >= MIN_HIDDEN_PIECES:
        strength = min(1.0, max(hidden_words / 60, pieces / 20))
        shown = f"{hidden_words} words in {pieces} place(s) styled invisible"
        findings.append(Finding("HIDDEN_TEXT", strength, (shown,)))
    return findings
