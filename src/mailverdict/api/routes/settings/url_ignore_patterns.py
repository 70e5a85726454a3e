"""/settings/url_ignore_patterns."""

from typing import Any

from fastapi import APIRouter

from mailverdict.api.routes.settings.crud import SettingsApi, register
from mailverdict.api.shapes.settings import CreateUrlIgnorePattern, UpdateUrlIgnorePattern
from mailverdict.services.settings.url_ignore_patterns import RESOURCE


def filters() -> dict[str, Any]:
    return {}


def register_routes(router: APIRouter) -> None:
    register(router, SettingsApi("url_ignore_patterns", RESOURCE, CreateUrlIgnorePattern, UpdateUrlIgnorePattern,
                                 filters, batch_put=CreateUrlIgnorePattern))
