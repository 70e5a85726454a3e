from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends
from fastapi.responses import JSONResponse

from mailverdict.api.deps import get_db, reader
from mailverdict.api.envelope import ok
from mailverdict.api.schemas import message_details
from mailverdict.services import messages
from mailverdict.services.accounts import Principal
from mailverdict.store.db import Database

router = APIRouter()

PREFIX = "/accounts/{account_id}/email-security/investigate"


@router.get(PREFIX + "/{investigate_id}")
def get_message(
    account_id: str,
    investigate_id: str,
    principal: Annotated[Principal, Depends(reader)],
    db: Annotated[Database, Depends(get_db)],
    submission: bool = False,
) -> JSONResponse:
    message = messages.find_message(db, account_id, investigate_id, submission=submission)
    return ok(message_details(message, messages.action_log(db, message)))
