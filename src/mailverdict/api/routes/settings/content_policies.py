"""/settings/content_policies (in SDK 5.9.0 and the later spec)."""

from typing import Any

from fastapi import APIRouter

from mailverdict.api.routes.settings.crud import SettingsApi, register
from mailverdict.api.shapes.settings import CreateContentPolicy, UpdateContentPolicy
from mailverdict.services.settings.content_policies import RESOURCE


def filters(enabled: bool | None = None, name: str | None = None) -> dict[str, Any]:
    return {"enabled": enabled, "name": name}


def register_routes(router: APIRouter) -> None:
    register(router, SettingsApi("content_policies", RESOURCE, CreateContentPolicy, UpdateContentPolicy, filters,
                                 batch_put=CreateContentPolicy))
