"""POST /investigate/{investigate_id}/reclassify: the service's hot path.

This one route is a plain Starlette endpoint rather than a FastAPI one: resolving dependencies and
validating parameters through FastAPI cost about as much CPU per request as the rest of the route
together (docs/decisions/0003). It does the same steps in the same order as the other routes:
authenticate, check ``account_id``'s length, check the permission, then read the body.
"""

from __future__ import annotations

import asyncio

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse

from mailverdict.api.deps import caller, read_json
from mailverdict.api.envelope import ok
from mailverdict.api.schemas import ReclassifyBody
from mailverdict.errors import InvalidInput
from mailverdict.services import submissions
from mailverdict.services.eml import decode_eml_content
from mailverdict.settings import Settings
from mailverdict.store.db import Database

router = APIRouter()
ACCOUNT_ID_MAX = 32


async def reclassify(request: Request) -> JSONResponse:
    account_id: str = request.path_params["account_id"]
    investigate_id: str = request.path_params["investigate_id"]
    principal = await caller(request)
    if len(account_id) > ACCOUNT_ID_MAX:
        raise InvalidInput(f"account_id must be at most {ACCOUNT_ID_MAX} characters")
    principal.require(account_id, write=True)
    body = await read_json(request, ReclassifyBody)
    settings: Settings = request.app.state.settings
    db: Database = request.app.state.db
    eml = None
    if body.eml_content is not None:  # up to 25 MiB to decode and check: not on the event loop
        eml = await asyncio.to_thread(decode_eml_content, body.eml_content, max_bytes=settings.max_eml_bytes)
    await submissions.reclassify_async(
        db,
        settings,
        principal,
        account_id=account_id,
        investigate_id=investigate_id,
        expected_disposition=body.expected_disposition,
        eml=eml,
        escalated_submission_id=body.escalated_submission_id,
    )
    return ok({}, status=202)


router.add_route("/accounts/{account_id}/email-security/investigate/{investigate_id}/reclassify", reclassify,
                 methods=["POST"], include_in_schema=False)
