"""GET /phishguard/reports."""

from __future__ import annotations

from datetime import date, datetime
from typing import Annotated

from fastapi import APIRouter, Depends, Query
from fastapi.responses import JSONResponse

from mailverdict.api.deps import get_db, reader
from mailverdict.api.envelope import ok, page_info
from mailverdict.api.shapes.phishguard import report
from mailverdict.services import phishguard
from mailverdict.services.accounts import Principal
from mailverdict.store.db import Database

router = APIRouter()


@router.get("/accounts/{account_id}/email-security/phishguard/reports")
def list_reports(account_id: str, principal: Annotated[Principal, Depends(reader)],
                 db: Annotated[Database, Depends(get_db)], start: datetime | None = None, end: datetime | None = None,
                 from_date: date | None = None, to_date: date | None = None,
                 page: Annotated[int, Query(ge=1)] = 1,
                 per_page: Annotated[int, Query(ge=1, le=1000)] = 20) -> JSONResponse:
    q = phishguard.ReportQuery(start, end, from_date, to_date, page, per_page)
    rows, total = phishguard.list_reports(db, account_id, q)
    # The later spec's collection envelope; clients of the older one ignore result_info.
    return ok([report(r) for r in rows], result_info=page_info(page=page, per_page=per_page, count=len(rows),
                                                               total_count=total))
