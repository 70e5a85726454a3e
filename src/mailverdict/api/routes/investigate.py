"""GET/POST /investigate...: search, one message's views, preview, move and release."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends
from fastapi.responses import JSONResponse

from mailverdict.api.backends import get_delivery, get_mailbox
from mailverdict.api.deps import get_db, json_body, reader, writer
from mailverdict.api.envelope import ok
from mailverdict.api.schemas import message_details
from mailverdict.api.shapes import investigate as shapes
from mailverdict.errors import InvalidInput
from mailverdict.services import investigate, messages, remediation
from mailverdict.services.accounts import Principal
from mailverdict.services.delivery import DeliveryAgent
from mailverdict.services.mailbox import Mailbox
from mailverdict.services.search import SearchParams
from mailverdict.store.db import Database

router = APIRouter()

PREFIX = "/accounts/{account_id}/email-security/investigate"
Db = Annotated[Database, Depends(get_db)]
Reader = Annotated[Principal, Depends(reader)]
Writer = Annotated[Principal, Depends(writer)]


@router.get(PREFIX)
def search(account_id: str, principal: Reader, db: Db, params: Annotated[SearchParams, Depends(shapes.search_params)],
           paging: Annotated[shapes.Paging, Depends(shapes.paging)]) -> JSONResponse:
    found = investigate.find(db, account_id, params, per_page=paging.per_page, cursor=paging.cursor, page=paging.page)
    rows = [message_details(m, found.logs.get(m.id, [])) for m in found.page.rows]
    return ok(rows, result_info=shapes.cursor_info(paging.per_page, len(rows), found.page.next, found.page.previous))


@router.post(PREFIX + "/move")
def move_many(account_id: str, principal: Writer, db: Db, mailbox: Annotated[Mailbox, Depends(get_mailbox)],
              body: Annotated[shapes.BulkMoveBody, Depends(json_body(shapes.BulkMoveBody))]) -> JSONResponse:
    if not body.ids and not body.postfix_ids:
        raise InvalidInput("ids: give the investigate ids to move (postfix_ids is deprecated but accepted)")
    postfix = not body.ids
    ids = body.ids or body.postfix_ids or []
    moved = remediation.move(db, mailbox, account_id, ids, body.destination, requested_by=principal.label,
                             postfix=postfix)
    return ok([shapes.move_item(m) for m in moved])


@router.post(PREFIX + "/preview")
def preview_by_id(account_id: str, principal: Reader, db: Db,
                  body: Annotated[shapes.PreviewBody, Depends(json_body(shapes.PreviewBody))]) -> JSONResponse:
    if not body.id and not body.postfix_id:
        raise InvalidInput("id: field required (or postfix_id, as older clients send)")
    screenshot = investigate.preview_image(db, account_id, body.id, postfix_id=body.postfix_id,
                                           requested_by=principal.label)
    return ok({"screenshot": screenshot})


@router.post(PREFIX + "/release")
def release(account_id: str, principal: Writer, db: Db, mailbox: Annotated[Mailbox, Depends(get_mailbox)],
            agent: Annotated[DeliveryAgent, Depends(get_delivery)],
            ids: Annotated[list[str], Depends(shapes.release_ids)]) -> JSONResponse:
    released = remediation.release(db, agent, mailbox, account_id, ids, requested_by=principal.label)
    return ok([shapes.release_item(r) for r in released])


@router.get(PREFIX + "/{investigate_id}")
def get_message(account_id: str, investigate_id: str, principal: Reader, db: Db,
                submission: bool = False) -> JSONResponse:
    message = messages.find_message(db, account_id, investigate_id, submission=submission)
    return ok(message_details(message, messages.action_log(db, message)))


@router.get(PREFIX + "/{investigate_id}/detections")
def detections(account_id: str, investigate_id: str, principal: Reader, db: Db) -> JSONResponse:
    message, record = investigate.detections(db, account_id, investigate_id)
    return ok(shapes.detections(message, record))


@router.get(PREFIX + "/{investigate_id}/raw")
def raw(account_id: str, investigate_id: str, principal: Reader, db: Db) -> JSONResponse:
    return ok({"raw": investigate.raw(db, account_id, investigate_id)})


@router.get(PREFIX + "/{investigate_id}/trace")
def trace(account_id: str, investigate_id: str, principal: Reader, db: Db) -> JSONResponse:
    return ok(shapes.message_trace(investigate.message_trace(db, account_id, investigate_id)))


@router.get(PREFIX + "/{investigate_id}/action_log")
def action_log(account_id: str, investigate_id: str, principal: Reader, db: Db) -> JSONResponse:
    return ok([shapes.action_entry(e) for e in investigate.action_log(db, account_id, investigate_id)])


@router.get(PREFIX + "/{investigate_id}/preview")
def preview(account_id: str, investigate_id: str, principal: Reader, db: Db) -> JSONResponse:
    screenshot = investigate.preview_image(db, account_id, investigate_id, requested_by=principal.label)
    return ok({"screenshot": screenshot})


@router.post(PREFIX + "/{investigate_id}/move")
def move(account_id: str, investigate_id: str, principal: Writer, db: Db,
         mailbox: Annotated[Mailbox, Depends(get_mailbox)],
         body: Annotated[shapes.MoveBody, Depends(json_body(shapes.MoveBody))]) -> JSONResponse:
    moved = remediation.move(db, mailbox, account_id, [investigate_id], body.destination,
                             requested_by=principal.label)
    return ok([shapes.move_item(m) for m in moved])
