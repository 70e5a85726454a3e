"""Blocked senders: mail from these patterns is judged MALICIOUS whatever it says."""

from __future__ import annotations

from typing import Any

from mailverdict.services.settings.crud import Resource
from mailverdict.services.settings.patterns import check_pattern
from mailverdict.store.models import BlockedSender


def check(values: dict[str, Any]) -> dict[str, Any]:
    values["pattern"] = check_pattern(values["pattern"], values["pattern_type"], is_regex=bool(values["is_regex"]),
                                      routable_ip=True)
    return values


RESOURCE = Resource(
    model=BlockedSender,
    label="blocked sender",
    orderable=("pattern", "created_at"),
    search_columns=("pattern", "comments"),
    check=check,
    defaults={"is_regex": False},
)
