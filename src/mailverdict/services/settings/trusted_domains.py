"""Trusted domains: partners whose look-alike or newly registered status is not held against them."""

from __future__ import annotations

from typing import Any

from mailverdict.services.settings.crud import Resource
from mailverdict.services.settings.patterns import check_domain, check_regex
from mailverdict.store.models import TrustedDomain


def check(values: dict[str, Any]) -> dict[str, Any]:
    if values.get("is_regex"):
        check_regex(values["pattern"])
    else:
        values["pattern"] = check_domain(values["pattern"])
    return values


RESOURCE = Resource(
    model=TrustedDomain,
    label="trusted domain",
    orderable=("pattern", "created_at"),
    search_columns=("pattern", "comments"),
    check=check,
    defaults={"is_regex": False, "is_recent": False, "is_similarity": False},
)
