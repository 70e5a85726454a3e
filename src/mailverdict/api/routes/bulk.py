"""/investigate/bulk: create, list, get, cancel and delete bulk jobs, and list a job's messages."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Query
from fastapi.responses import JSONResponse

from mailverdict.api.deps import get_db, get_settings, json_body, reader, writer
from mailverdict.api.envelope import ok, page_info
from mailverdict.api.shapes import bulk as shapes
from mailverdict.services import bulk
from mailverdict.services.accounts import Principal
from mailverdict.settings import Settings
from mailverdict.store.db import Database

router = APIRouter()

PREFIX = "/accounts/{account_id}/email-security/investigate/bulk"
Db = Annotated[Database, Depends(get_db)]
Reader = Annotated[Principal, Depends(reader)]
Writer = Annotated[Principal, Depends(writer)]
Page = Annotated[int, Query(ge=1)]
PerPage = Annotated[int, Query(ge=1, le=1000)]


@router.post(PREFIX, status_code=201)
def create(account_id: str, principal: Writer, db: Db, settings: Annotated[Settings, Depends(get_settings)],
           body: Annotated[shapes.BulkActionBody, Depends(json_body(shapes.BulkActionBody))]) -> JSONResponse:
    job = bulk.create(db, settings, account_id, body.request(), requested_by=principal.label)
    return ok(shapes.job(job), status=201)


@router.get(PREFIX)
def list_jobs(account_id: str, principal: Reader, db: Db, page: Page = 1, per_page: PerPage = 20,
              action_type: shapes.Action | None = None,
              status: shapes.Status | None = None) -> JSONResponse:
    jobs, total = bulk.list_jobs(db, account_id, action_type=action_type, status=status, page=page, per_page=per_page)
    return ok([shapes.job(j) for j in jobs],
              result_info=page_info(page=page, per_page=per_page, count=len(jobs), total_count=total))


@router.get(PREFIX + "/{job_id}")
def get(account_id: str, job_id: str, principal: Reader, db: Db) -> JSONResponse:
    return ok(shapes.job(bulk.get(db, account_id, job_id)))


@router.delete(PREFIX + "/{job_id}")
def delete(account_id: str, job_id: str, principal: Writer, db: Db) -> JSONResponse:
    return ok({"id": bulk.delete(db, account_id, job_id)})


@router.post(PREFIX + "/{job_id}/cancel")
def cancel(account_id: str, job_id: str, principal: Writer, db: Db) -> JSONResponse:
    return ok(shapes.job(bulk.cancel(db, account_id, job_id)))


@router.get(PREFIX + "/{job_id}/messages")
def job_messages(account_id: str, job_id: str, principal: Reader, db: Db, page: Page = 1, per_page: PerPage = 20,
                 status: shapes.Status | None = None) -> JSONResponse:
    job = bulk.get(db, account_id, job_id)
    rows, total = bulk.messages(db, account_id, job_id, status=status, page=page, per_page=per_page)
    return ok([shapes.job_message(m, job) for m in rows],
              result_info=page_info(page=page, per_page=per_page, count=len(rows), total_count=total))
