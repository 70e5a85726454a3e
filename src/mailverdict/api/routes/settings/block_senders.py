"""/settings/block_senders."""

from typing import Any

from fastapi import APIRouter

from mailverdict.api.routes.settings.crud import SettingsApi, register
from mailverdict.api.shapes.settings import CreateBlockedSender, PatternType, UpdateBlockedSender
from mailverdict.services.settings.block_senders import RESOURCE


def filters(pattern_type: PatternType | None = None, pattern: str | None = None) -> dict[str, Any]:
    return {"pattern_type": pattern_type, "pattern": pattern}


def register_routes(router: APIRouter) -> None:
    register(router, SettingsApi("block_senders", RESOURCE, CreateBlockedSender, UpdateBlockedSender, filters,
                                 replace=UpdateBlockedSender))
