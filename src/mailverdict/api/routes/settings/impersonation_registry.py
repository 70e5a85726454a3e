"""/settings/impersonation_registry."""

from typing import Any

from fastapi import APIRouter

from mailverdict.api.routes.settings.crud import SettingsApi, register
from mailverdict.api.shapes.settings import CreateImpersonationRegistry, Provenance, UpdateImpersonationRegistry
from mailverdict.services.settings.impersonation_registry import RESOURCE


def filters(provenance: Provenance | None = None) -> dict[str, Any]:
    return {"provenance": provenance}


def register_routes(router: APIRouter) -> None:
    register(router, SettingsApi("impersonation_registry", RESOURCE, CreateImpersonationRegistry,
                                 UpdateImpersonationRegistry, filters))
