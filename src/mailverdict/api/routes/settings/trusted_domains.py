"""/settings/trusted_domains."""

from typing import Any

from fastapi import APIRouter

from mailverdict.api.routes.settings.crud import SettingsApi, register
from mailverdict.api.shapes.settings import CreateTrustedDomain, UpdateTrustedDomain
from mailverdict.services.settings.trusted_domains import RESOURCE


def filters(is_recent: bool | None = None, is_similarity: bool | None = None,
            pattern: str | None = None) -> dict[str, Any]:
    return {"is_recent": is_recent, "is_similarity": is_similarity, "pattern": pattern}


def register_routes(router: APIRouter) -> None:
    register(router, SettingsApi("trusted_domains", RESOURCE, CreateTrustedDomain, UpdateTrustedDomain, filters))
