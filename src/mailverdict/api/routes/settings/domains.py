"""/settings/domains, its verification record, and its deprecated bulk DELETE (a JSON array of
``{"id": ...}``)."""

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import JSONResponse, Response

from mailverdict.api.envelope import ok
from mailverdict.api.routes.settings.crud import Db, Reader, SettingsApi, Writer, register
from mailverdict.api.shapes.investigate import read_json
from mailverdict.api.shapes.settings import CreateDomain, DeliveryMode, ReplaceDomain, UpdateDomain, verification
from mailverdict.errors import InvalidInput
from mailverdict.services.settings import crud, domains
from mailverdict.services.settings.domains import RESOURCE


def filters(allowed_delivery_mode: DeliveryMode | None = None, domain: Annotated[list[str] | None, Query()] = None,
            active_delivery_mode: DeliveryMode | None = None, integration_id: str | None = None,
            status: str | None = None) -> dict[str, Any]:
    # Every mode this service uses is active once allowed, so both mode filters test the allowed list.
    return {"domain": [d.lower() for d in domain] if domain else None, "integration_id": integration_id,
            "status": status.upper() if status else None,
            "allowed_delivery_modes__has": allowed_delivery_mode or active_delivery_mode}


async def id_list(request: Request) -> list[str]:
    data = await read_json(request)
    if not isinstance(data, list) or not data or not all(isinstance(i, dict) and isinstance(i.get("id"), str)
                                                         for i in data):
        raise InvalidInput('request body must be a non-empty JSON array of {"id": "<domain id>"}')
    return [i["id"] for i in data]


def register_routes(router: APIRouter) -> None:
    register(router, SettingsApi("domains", RESOURCE, CreateDomain, UpdateDomain, filters, replace=ReplaceDomain))

    @router.get("/accounts/{account_id}/email-security/settings/domains/{domain_id}/verification")
    def get_verification(account_id: str, domain_id: str, principal: Reader, db: Db) -> Response:
        found = domains.verification(db, account_id, domain_id)
        return Response(status_code=204) if found is None else ok(verification(found))

    @router.delete("/accounts/{account_id}/email-security/settings/domains")
    def delete_many(account_id: str, principal: Writer, db: Db,
                    ids: Annotated[list[str], Depends(id_list)]) -> JSONResponse:
        return ok([{"id": i} for i in crud.delete(db, RESOURCE, account_id, ids)])
