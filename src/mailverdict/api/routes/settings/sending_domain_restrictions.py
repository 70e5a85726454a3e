"""/settings/sending_domain_restrictions (its batch takes only deletes)."""

from typing import Any

from fastapi import APIRouter

from mailverdict.api.routes.settings.crud import SettingsApi, register
from mailverdict.api.shapes.settings import CreateSendingDomainRestriction, UpdateSendingDomainRestriction
from mailverdict.services.settings.sending_domain_restrictions import RESOURCE


def filters() -> dict[str, Any]:
    return {}  # list takes only the shared page, search and order parameters


def register_routes(router: APIRouter) -> None:
    register(router, SettingsApi("sending_domain_restrictions", RESOURCE, CreateSendingDomainRestriction,
                                 UpdateSendingDomainRestriction, filters, deletes_only=True))
