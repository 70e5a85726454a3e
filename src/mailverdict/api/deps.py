"""Request dependencies: the database, the caller, the account it acts on, a parsed JSON body."""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable
from functools import partial
from typing import Annotated, Any, TypeVar

from fastapi import Depends, Path, Request
from fastapi.concurrency import run_in_threadpool
from pydantic import BaseModel, ValidationError

from mailverdict.api.errors import describe
from mailverdict.errors import InvalidInput, PayloadTooLarge
from mailverdict.services.accounts import Principal, authenticate, cached_principal
from mailverdict.settings import Settings
from mailverdict.store.db import Database

Model = TypeVar("Model", bound=BaseModel)


# The dependencies are coroutines, trivial ones included: FastAPI runs a plain function dependency
# in its threadpool, a thread hop on every request.


async def get_db(request: Request) -> Database:
    return _db(request)


async def get_settings(request: Request) -> Settings:
    return _settings(request)


def _db(request: Request) -> Database:
    return request.app.state.db  # type: ignore[no-any-return]


def _settings(request: Request) -> Settings:
    return request.app.state.settings  # type: ignore[no-any-return]


async def caller(request: Request) -> Principal:
    h = request.headers
    db = _db(request)
    headers = {"authorization": h.get("authorization"), "email": h.get("x-auth-email"), "key": h.get("x-auth-key")}
    # A credential seen moments ago is answered on the event loop; only a miss costs a thread hop.
    principal = cached_principal(db, **headers)
    if principal is None:
        principal = await run_in_threadpool(
            partial(authenticate, db, cache_seconds=_settings(request).auth_cache_seconds, **headers)
        )
    limiter = request.app.state.ratelimiter
    if limiter.enabled:
        request.state.quota = limiter.hit(f"{principal.kind}:{principal.id}")
    return principal


AccountId = Annotated[str, Path(max_length=32, description="Identifier.")]


async def reader(account_id: AccountId, principal: Annotated[Principal, Depends(caller)]) -> Principal:
    principal.require(account_id, write=False)
    return principal


async def writer(account_id: AccountId, principal: Annotated[Principal, Depends(caller)]) -> Principal:
    principal.require(account_id, write=True)
    return principal


def json_body(model: type[Model]) -> Callable[[Request], Awaitable[Model]]:
    """A dependency: the request's JSON body, read and validated after authentication."""

    async def parse(request: Request) -> Model:
        return await read_json(request, model)

    return parse


async def read_json(request: Request, model: type[Model]) -> Model:
    """Read and validate a JSON body within the configured size limit."""
    limit = _settings(request).max_eml_bytes * 4 // 3 + 1024 * 1024
    declared = request.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > limit:
        raise PayloadTooLarge(f"request body of {declared} bytes is over the {limit}-byte limit")
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise PayloadTooLarge(f"request body is over the {limit}-byte limit")
        chunks.append(chunk)
    raw = b"".join(chunks)
    if not raw.strip():
        raise InvalidInput("request body is required: send a JSON object")
    try:
        data: Any = json.loads(raw)
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise InvalidInput(f"malformed JSON in request body: {exc}") from exc
    if not isinstance(data, dict):
        raise InvalidInput("request body must be a JSON object")
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        raise InvalidInput("; ".join(describe(e) for e in exc.errors())) from exc
