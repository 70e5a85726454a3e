from __future__ import annotations

from datetime import datetime
from typing import Annotated, Literal

from fastapi import APIRouter, Depends, Query
from fastapi.responses import JSONResponse

from mailverdict.api.deps import get_db, reader
from mailverdict.api.envelope import ok, page_info
from mailverdict.api.schemas import submission
from mailverdict.engine import Disposition
from mailverdict.services import submissions
from mailverdict.services.accounts import Principal
from mailverdict.store.db import Database

router = APIRouter()

Order = Literal["submission_id", "subject", "original_disposition", "requested_disposition",
                "outcome_disposition", "requested_at"]


@router.get("/accounts/{account_id}/email-security/submissions")
def list_submissions(
    account_id: str,
    principal: Annotated[Principal, Depends(reader)],
    db: Annotated[Database, Depends(get_db)],
    start: datetime | None = None,
    end: datetime | None = None,
    type: Literal["TEAM", "USER"] | None = None,
    submission_id: str | None = None,
    original_disposition: Disposition | None = None,
    requested_disposition: Disposition | None = None,
    outcome_disposition: Disposition | None = None,
    status: str | None = None,
    query: str | None = None,
    escalated_from_user: bool | None = None,
    order: Order = "requested_at",
    direction: Literal["asc", "desc"] = "desc",
    page: Annotated[int, Query(ge=1)] = 1,
    per_page: Annotated[int, Query(ge=1, le=1000)] = 20,
) -> JSONResponse:
    f = submissions.SubmissionFilter(
        start=start, end=end, type=type, submission_id=submission_id,
        original_disposition=original_disposition, requested_disposition=requested_disposition,
        outcome_disposition=outcome_disposition, status=status, query=query,
        escalated_from_user=escalated_from_user, order=order, direction=direction, page=page, per_page=per_page,
    )
    rows, total = submissions.list_submissions(db, account_id, f)
    return ok([submission(s) for s in rows],
              result_info=page_info(page=page, per_page=per_page, count=len(rows), total_count=total))
