"""The routes every settings resource has, registered from one description per resource.

list (GET), create (POST, 201), batch (POST /batch, all four operations or only deletes), get,
edit (PATCH), delete, and replace (PUT) where the resource has a replace body. Each route
validates, calls services.settings.crud and wraps the envelope, like any other route.
"""

# No ``from __future__ import annotations`` here: FastAPI must resolve these annotations at
# registration time, inside ``register``.

from collections.abc import Callable
from dataclasses import dataclass
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Query
from fastapi.responses import JSONResponse
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from mailverdict.api.deps import get_db, json_body, reader, writer
from mailverdict.api.envelope import ok, page_info
from mailverdict.api.errors import describe
from mailverdict.api.shapes.settings import Body, row
from mailverdict.errors import InvalidInput
from mailverdict.services.accounts import Principal
from mailverdict.services.settings import crud
from mailverdict.store.db import Database

Db = Annotated[Database, Depends(get_db)]
Reader = Annotated[Principal, Depends(reader)]
Writer = Annotated[Principal, Depends(writer)]
Filters = dict[str, Any]


@dataclass(frozen=True)
class SettingsApi:
    path: str  # under /settings/
    resource: crud.Resource[Any]
    create: type[Body]
    update: type[Body]
    filters: Callable[..., Filters]  # a dependency reading the resource's list filters
    replace: type[Body] | None = None  # PUT /{id}, and the shape of batch "puts"
    batch_put: type[Body] | None = None  # batch "puts" where there is no PUT /{id} (default: update)
    deletes_only: bool = False  # the batch takes only "deletes"


class IdOnly(BaseModel):
    id: str


class DeletesBody(BaseModel):
    model_config = ConfigDict(extra="forbid")  # patches, puts or posts here would be dropped: refuse them
    deletes: list[IdOnly] = Field(max_length=crud.MAX_BATCH)


class BatchBody(BaseModel):
    deletes: list[IdOnly] = Field(max_length=crud.MAX_BATCH)
    patches: list[dict[str, Any]] = Field(max_length=crud.MAX_BATCH)
    puts: list[dict[str, Any]] = Field(max_length=crud.MAX_BATCH)
    posts: list[dict[str, Any]] = Field(max_length=crud.MAX_BATCH)


def _validated(model: type[Body], items: list[dict[str, Any]], name: str) -> list[dict[str, Any]]:
    out = []
    for index, item in enumerate(items):
        try:
            out.append(model.model_validate(item).values())
        except ValidationError as exc:
            raise InvalidInput(f"{name}[{index}]: " + "; ".join(describe(e) for e in exc.errors())) from exc
    return out


def _with_ids(model: type[Body], items: list[dict[str, Any]], name: str) -> list[tuple[str, dict[str, Any]]]:
    for index, item in enumerate(items):
        if not isinstance(item.get("id"), str):
            raise InvalidInput(f"{name}[{index}].id: field required")
    values = _validated(model, [{k: v for k, v in i.items() if k != "id"} for i in items], name)
    return [(item["id"], v) for item, v in zip(items, values, strict=True)]


def _batch(api: SettingsApi, db: Database, account_id: str, body: BatchBody | DeletesBody) -> dict[str, Any]:
    if isinstance(body, DeletesBody):
        deleted = crud.batch(db, api.resource, account_id, deletes=[d.id for d in body.deletes], patches=[],
                             puts=[], posts=[])
        return {"deletes": [{"id": i} for i in deleted.deletes]}
    result = crud.batch(db, api.resource, account_id, deletes=[d.id for d in body.deletes],
                        patches=_with_ids(api.update, body.patches, "patches"),
                        puts=_with_ids(api.replace or api.batch_put or api.update, body.puts, "puts"),
                        posts=_validated(api.create, body.posts, "posts"))
    return {"deletes": [{"id": i} for i in result.deletes], "patches": [row(r) for r in result.patches],
            "puts": [row(r) for r in result.puts], "posts": [row(r) for r in result.posts]}


def register(router: APIRouter, api: SettingsApi) -> None:
    base = f"/accounts/{{account_id}}/email-security/settings/{api.path}"
    item = base + "/{row_id}"
    resource = api.resource
    batch_body: type[BatchBody | DeletesBody] = DeletesBody if api.deletes_only else BatchBody

    @router.get(base)
    def list_rows(account_id: str, principal: Reader, db: Db, filters: Filters = Depends(api.filters),
                  page: Annotated[int, Query(ge=1)] = 1, per_page: Annotated[int, Query(ge=1, le=1000)] = 20,
                  search: str | None = None, order: str | None = None,
                  direction: Literal["asc", "desc"] = "asc") -> JSONResponse:
        q = crud.ListQuery(filters, search, order, direction, page, per_page)
        rows, total = crud.list_rows(db, resource, account_id, q)
        return ok([row(r) for r in rows], result_info=page_info(page=page, per_page=per_page, count=len(rows),
                                                               total_count=total))

    @router.post(base, status_code=201)
    def create(account_id: str, principal: Writer, db: Db,
               body: Body = Depends(json_body(api.create))) -> JSONResponse:
        return ok(row(crud.create(db, resource, account_id, body.values())), status=201)

    @router.post(base + "/batch")
    def batch(account_id: str, principal: Writer, db: Db,
              body: BatchBody | DeletesBody = Depends(json_body(batch_body))) -> JSONResponse:
        return ok(_batch(api, db, account_id, body))

    @router.get(item)
    def get(account_id: str, row_id: str, principal: Reader, db: Db) -> JSONResponse:
        return ok(row(crud.get(db, resource, account_id, row_id)))

    @router.patch(item)
    def edit(account_id: str, row_id: str, principal: Writer, db: Db,
             body: Body = Depends(json_body(api.update))) -> JSONResponse:
        values = body.values()
        if not values:
            raise InvalidInput("request body must set at least one field")
        return ok(row(crud.update(db, resource, account_id, row_id, values)))

    @router.delete(item)
    def delete(account_id: str, row_id: str, principal: Writer, db: Db) -> JSONResponse:
        return ok({"id": crud.delete(db, resource, account_id, [row_id])[0]})

    if api.replace is not None:
        replace_body = api.replace

        @router.put(item)
        def replace(account_id: str, row_id: str, principal: Writer, db: Db,
                    body: Body = Depends(json_body(replace_body))) -> JSONResponse:
            return ok(row(crud.update(db, resource, account_id, row_id, body.values(), replace=True)))
