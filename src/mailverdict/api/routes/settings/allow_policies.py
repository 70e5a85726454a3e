"""/settings/allow_policies."""

from typing import Any

from fastapi import APIRouter

from mailverdict.api.routes.settings.crud import SettingsApi, register
from mailverdict.api.shapes.settings import CreateAllowPolicy, PatternType, UpdateAllowPolicy
from mailverdict.services.settings.allow_policies import RESOURCE


def filters(is_exempt_recipient: bool | None = None, is_trusted_sender: bool | None = None,
            is_acceptable_sender: bool | None = None, verify_sender: bool | None = None,
            pattern_type: PatternType | None = None, pattern: str | None = None) -> dict[str, Any]:
    return {"is_exempt_recipient": is_exempt_recipient, "is_trusted_sender": is_trusted_sender,
            "is_acceptable_sender": is_acceptable_sender, "verify_sender": verify_sender,
            "pattern_type": pattern_type, "pattern": pattern}


def register_routes(router: APIRouter) -> None:
    register(router, SettingsApi("allow_policies", RESOURCE, CreateAllowPolicy, UpdateAllowPolicy, filters,
                                 replace=UpdateAllowPolicy))
