"""What the engine returns: findings, the verdict, and the facts it read off the message."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field


class Disposition(enum.StrEnum):
    """The six dispositions, most severe first (see ``SEVERITY``)."""

    MALICIOUS = "MALICIOUS"
    SUSPICIOUS = "SUSPICIOUS"
    SPOOF = "SPOOF"
    SPAM = "SPAM"
    BULK = "BULK"
    NONE = "NONE"

    @property
    def severity(self) -> int:
        """Higher is worse: NONE is 0, MALICIOUS is 5."""
        return SEVERITY[self]


SEVERITY: dict[Disposition, int] = {
    Disposition.NONE: 0,
    Disposition.BULK: 1,
    Disposition.SPAM: 2,
    Disposition.SPOOF: 3,
    Disposition.SUSPICIOUS: 4,
    Disposition.MALICIOUS: 5,
}


@dataclass(frozen=True, slots=True)
class Finding:
    """One named symbol a check emitted, Rspamd style.

    ``strength`` (0-1) scales the symbol's score from scores.toml; ``score`` is the
    result after scaling and group caps, filled in by the scorer.
    """

    name: str
    strength: float = 1.0
    evidence: tuple[str, ...] = ()
    score: float = 0.0
    group: str = ""
    description: str = ""


@dataclass(frozen=True, slots=True)
class Link:
    href: str
    text: str | None = None


@dataclass(frozen=True, slots=True)
class Attachment:
    filename: str | None
    content_type: str | None
    size: int
    md5: str
    sha1: str
    sha256: str
    encrypted: bool = False
    detection: Disposition | None = None


@dataclass(frozen=True, slots=True)
class Validation:
    """SPF/DKIM/DMARC as the spec's Validation object: pass|neutral|fail|error|none."""

    spf: str | None = None
    dkim: str | None = None
    dmarc: str | None = None
    comment: str | None = None


@dataclass(frozen=True, slots=True)
class MessageSummary:
    """Header metadata and content facts the store and the investigate API need."""

    message_id: str | None = None
    subject: str | None = None
    from_address: str | None = None
    from_name: str | None = None
    to: tuple[str, ...] = ()
    to_name: tuple[str, ...] = ()
    cc: tuple[str, ...] = ()
    reply_to: str | None = None
    sent_at: str | None = None  # ISO 8601 from the Date header, when it parses
    x_originating_ip: str | None = None
    headers: tuple[tuple[str, str], ...] = ()
    links: tuple[Link, ...] = ()
    attachments: tuple[Attachment, ...] = ()
    malformed: bool = False
    defects: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Verdict:
    """The outcome of one scan: a disposition and every reason for it."""

    disposition: Disposition
    score: float
    thresholds: dict[str, float]
    findings: tuple[Finding, ...]
    detection_reasons: tuple[str, ...]
    threat_categories: tuple[str, ...]
    validation: Validation
    edf_hash: str
    fuzzy_hash: str
    summary: MessageSummary
    forced_by: str | None = None
    extra: dict[str, str] = field(default_factory=dict)
    # Evidence totals per axis (threat, spoof, spam, bulk) that the thresholds were compared with.
    axis_scores: dict[str, float] = field(default_factory=dict)
