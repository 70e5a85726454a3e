"""Checking sender/recipient patterns (allow policies, blocked senders, trusted domains)."""

from __future__ import annotations

import ipaddress
import re

from mailverdict.errors import InvalidInput

PATTERN_TYPES = ("EMAIL", "DOMAIN", "IP")
_DOMAIN = re.compile(r"^(?=.{1,253}$)(?:\*\.)?(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)*[a-z0-9-]{1,63}$")


def check_regex(pattern: str, field: str = "pattern") -> None:
    try:
        re.compile(pattern)
    except re.error as exc:
        raise InvalidInput(f"{field}: not a valid regular expression: {exc}") from exc


def check_domain(value: str, field: str = "pattern") -> str:
    domain = value.strip().lower().rstrip(".")
    if not _DOMAIN.match(domain):
        raise InvalidInput(f"{field}: {value!r} is not a domain name")
    return domain


def check_pattern(pattern: str, pattern_type: str, *, is_regex: bool, routable_ip: bool = False) -> str:
    """Validate a pattern for its type and return it normalized (lowercased where case never matters)."""
    if pattern_type not in PATTERN_TYPES:
        raise InvalidInput(f"pattern_type must be one of {', '.join(PATTERN_TYPES)} (UNKNOWN cannot be written), "
                           f"got {pattern_type!r}")
    if not pattern or len(pattern) > 1024:
        raise InvalidInput("pattern must be 1 to 1024 characters")
    if is_regex:
        check_regex(pattern)
        return pattern
    if pattern_type == "EMAIL":
        local, at, domain = pattern.strip().rpartition("@")
        if not at or not local:
            raise InvalidInput(f"pattern: {pattern!r} is not an email address (pattern_type EMAIL)")
        return f"{local.lower()}@{check_domain(domain)}"
    if pattern_type == "DOMAIN":
        return check_domain(pattern)
    try:
        network = ipaddress.ip_network(pattern.strip(), strict=False)
    except ValueError as exc:
        raise InvalidInput(f"pattern: {pattern!r} is not an IP address or CIDR range (pattern_type IP)") from exc
    if routable_ip and not network.is_global:
        raise InvalidInput(f"pattern: {pattern!r} is not a globally routable address")
    return str(network) if network.num_addresses > 1 else str(network.network_address)
