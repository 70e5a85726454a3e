"""Content policies: named regular expressions matched against a message's subject and/or body."""

from __future__ import annotations

from typing import Any

from mailverdict.errors import InvalidInput
from mailverdict.services.settings.crud import Resource
from mailverdict.services.settings.patterns import check_regex
from mailverdict.store.models import ContentPolicy

TARGETS = ("SUBJECT", "BODY")


def check(values: dict[str, Any]) -> dict[str, Any]:
    if not str(values.get("name") or "").strip():
        raise InvalidInput("name must not be empty")
    check_regex(values["pattern"])
    targets = list(dict.fromkeys(values.get("targets") or []))
    if not targets or any(t not in TARGETS for t in targets):
        raise InvalidInput(f"targets must list one or both of {', '.join(TARGETS)}, got {values.get('targets')!r}")
    values["targets"] = targets
    return values


RESOURCE = Resource(
    model=ContentPolicy,
    label="content policy",
    orderable=("name", "created_at"),
    search_columns=("name", "pattern"),
    check=check,
    defaults={"enabled": True, "targets": []},
)
