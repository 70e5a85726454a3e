"""What the caller knows that the message does not say: account policy, envelope, learned verdicts.

The engine never fetches anything; the service layer builds a ScanContext and passes it in.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from mailverdict.engine.verdict import Disposition

# name -> list of TXT record strings, or None when the name does not exist.
TxtResolver = Callable[[str], list[str] | None]


@dataclass(frozen=True, slots=True)
class Envelope:
    mail_from: str | None = None
    rcpt_to: tuple[str, ...] = ()
    helo: str | None = None
    client_ip: str | None = None


@dataclass(frozen=True, slots=True)
class ImpersonationEntry:
    name: str
    email: str
    is_email_regex: bool = False


@dataclass(frozen=True, slots=True)
class ListPattern:
    """An allow or block pattern: pattern_type is EMAIL, DOMAIN or IP."""

    pattern: str
    pattern_type: str
    is_regex: bool = False
    kind: str = ""  # allow: trusted_sender | acceptable_sender | exempt_recipient; block: blocked


@dataclass(frozen=True, slots=True)
class ContentPolicy:
    """An account's regular expression over the subject and/or body (only enabled ones are passed)."""

    name: str
    pattern: str
    targets: tuple[str, ...] = ("SUBJECT",)  # SUBJECT and/or BODY


@dataclass(frozen=True, slots=True)
class ScanContext:
    envelope: Envelope = field(default_factory=Envelope)
    account_domains: tuple[str, ...] = ()
    impersonation_registry: tuple[ImpersonationEntry, ...] = ()
    trusted_domains: tuple[str, ...] = ()
    allow_patterns: tuple[ListPattern, ...] = ()
    block_patterns: tuple[ListPattern, ...] = ()
    url_ignore_patterns: tuple[str, ...] = ()  # regular expressions over URLs the link checks should skip
    content_policies: tuple[ContentPolicy, ...] = ()
    # fingerprint (edf_hash or fuzzy_hash) -> disposition taught by accepted submissions
    learned: Mapping[str, Disposition] = field(default_factory=dict)
    dns_txt: TxtResolver | None = None  # None: offline, no DNS-based verification
    enabled_checks: frozenset[str] | None = None  # None: all checks
