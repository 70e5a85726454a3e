"""The impersonation registry: people (name and address) whose display name others may forge."""

from __future__ import annotations

from typing import Any

from mailverdict.errors import InvalidInput
from mailverdict.services.settings.crud import Resource
from mailverdict.services.settings.patterns import check_regex
from mailverdict.store.models import ImpersonationRegistryEntry

PROVENANCES = ("A1S_INTERNAL", "SNOOPY-CASB_OFFICE_365", "SNOOPY-OFFICE_365", "SNOOPY-GOOGLE_DIRECTORY")


def check(values: dict[str, Any]) -> dict[str, Any]:
    if not str(values.get("name") or "").strip():
        raise InvalidInput("name must not be empty")
    if values.get("is_email_regex"):
        check_regex(values["email"], "email")
    elif "@" not in str(values.get("email") or ""):
        raise InvalidInput(f"email: {values.get('email')!r} is not an email address")
    else:
        values["email"] = values["email"].strip().lower()
    # The spec's Provenance is a non-null enum: an explicit null means "entered here".
    values["provenance"] = values.get("provenance") or "A1S_INTERNAL"
    return values


RESOURCE = Resource(
    model=ImpersonationRegistryEntry,
    label="impersonation registry entry",
    orderable=("name", "email", "created_at"),
    search_columns=("name", "email", "comments"),
    check=check,
    defaults={"is_email_regex": False, "provenance": "A1S_INTERNAL"},
)
