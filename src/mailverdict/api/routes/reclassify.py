"""POST /investigate/{investigate_id}/reclassify: the service's hot path.

Every dependency FastAPI resolves costs time on each request, so this route takes only the caller
and reads the body, database and settings itself.
"""

from __future__ import annotations

import asyncio
from typing import Annotated

from fastapi import APIRouter, Depends, Request
from fastapi.responses import JSONResponse

from mailverdict.api.deps import AccountId, read_json, writer
from mailverdict.api.envelope import ok
from mailverdict.api.schemas import ReclassifyBody
from mailverdict.services import submissions
from mailverdict.services.accounts import Principal
from mailverdict.services.eml import decode_eml_content
from mailverdict.settings import Settings
from mailverdict.store.db import Database

router = APIRouter()


@router.post("/accounts/{account_id}/email-security/investigate/{investigate_id}/reclassify", status_code=202)
async def reclassify(
    request: Request,
    account_id: AccountId,
    investigate_id: str,
    principal: Annotated[Principal, Depends(writer)],
) -> JSONResponse:
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
