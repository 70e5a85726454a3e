from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends
from fastapi.responses import JSONResponse

from mailverdict.api.deps import get_db, get_settings, json_body, writer
from mailverdict.api.envelope import ok
from mailverdict.api.schemas import ReclassifyBody
from mailverdict.services import submissions
from mailverdict.services.accounts import Principal
from mailverdict.services.eml import decode_eml_content
from mailverdict.settings import Settings
from mailverdict.store.db import Database

router = APIRouter()


@router.post("/accounts/{account_id}/email-security/investigate/{investigate_id}/reclassify", status_code=202)
def reclassify(
    account_id: str,
    investigate_id: str,
    principal: Annotated[Principal, Depends(writer)],
    body: Annotated[ReclassifyBody, Depends(json_body(ReclassifyBody))],
    db: Annotated[Database, Depends(get_db)],
    settings: Annotated[Settings, Depends(get_settings)],
) -> JSONResponse:
    eml = (
        decode_eml_content(body.eml_content, max_bytes=settings.max_eml_bytes) if body.eml_content is not None else None
    )
    submissions.reclassify(
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
