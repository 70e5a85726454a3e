"""Calendar invitations (text/calendar, RFC 5545): the words a mail client shows of one.

An invite's title, place and description are shown to the reader like a message body, and an
invitation whose only content is the calendar part carries its whole lure there.
"""

from __future__ import annotations

import re

_SHOWN = ("SUMMARY", "LOCATION", "DESCRIPTION")
_PROPERTY_RE = re.compile(r"^([A-Za-z-]+)(?:;[^:]*)?:(.*)$")
_ESCAPE_RE = re.compile(r"\\([nN,;\\])")
MAX_LINES = 2_000


def _unescape(value: str) -> str:
    return _ESCAPE_RE.sub(lambda m: "\n" if m.group(1) in "nN" else m.group(1), value)


def shown_text(calendar: str) -> str:
    """The SUMMARY, LOCATION and DESCRIPTION values of every event, unfolded and unescaped."""
    lines: list[str] = []
    for line in calendar.splitlines()[:MAX_LINES]:
        if line[:1] in (" ", "\t") and lines:
            lines[-1] += line[1:]  # a folded line continues the one before (RFC 5545 3.1)
        else:
            lines.append(line)
    shown: list[str] = []
    for line in lines:
        found = _PROPERTY_RE.match(line)
        if found and found.group(1).upper() in _SHOWN and found.group(2).strip():
            shown.append(_unescape(found.group(2)))
    return "\n\n".join(shown)
