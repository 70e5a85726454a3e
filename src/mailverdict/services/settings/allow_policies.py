"""Allow policies: senders to trust or accept, recipients to exempt from scanning."""

from __future__ import annotations

from typing import Any

from mailverdict.errors import InvalidInput
from mailverdict.services.settings.crud import Resource
from mailverdict.services.settings.patterns import check_pattern
from mailverdict.store.models import AllowPolicy

FLAGS = ("is_trusted_sender", "is_acceptable_sender", "is_exempt_recipient")


def check(values: dict[str, Any]) -> dict[str, Any]:
    if not any(values.get(flag) for flag in FLAGS):
        raise InvalidInput(f"an allow policy needs at least one of {', '.join(FLAGS)} set to true")
    values["pattern"] = check_pattern(values["pattern"], values["pattern_type"], is_regex=bool(values["is_regex"]))
    return values


RESOURCE = Resource(
    model=AllowPolicy,
    label="allow policy",
    orderable=("pattern", "created_at"),
    search_columns=("pattern", "comments"),
    check=check,
    defaults={"is_regex": False, "is_trusted_sender": False, "is_acceptable_sender": False,
              "is_exempt_recipient": False, "verify_sender": False},
)
