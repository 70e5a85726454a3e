"""One place maps every error to a status and Cloudflare's failure envelope. Nothing answers 500
with a traceback: an unexpected error is logged and answered with a plain envelope."""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException

from mailverdict.api.envelope import error_item, failure
from mailverdict.errors import MailverdictError, RateLimited

log = logging.getLogger(__name__)


def install(app: FastAPI) -> None:
    app.add_exception_handler(MailverdictError, _service_error)  # type: ignore[arg-type]
    app.add_exception_handler(RequestValidationError, _validation_error)  # type: ignore[arg-type]
    app.add_exception_handler(HTTPException, _http_error)  # type: ignore[arg-type]
    app.add_exception_handler(Exception, _unexpected)


async def _service_error(request: Request, exc: MailverdictError) -> JSONResponse:
    headers = None
    if isinstance(exc, RateLimited):
        limiter = request.app.state.ratelimiter
        headers = {"Retry-After": str(exc.retry_after),
                   "Ratelimit": f'"default";r=0;t={exc.retry_after}',
                   "Ratelimit-Policy": f'"burst";q={limiter.limit};w={limiter.window}'}
    return failure(exc.status, [error_item(exc.code, exc.message, exc.chain)], headers=headers)


async def _validation_error(request: Request, exc: RequestValidationError) -> JSONResponse:
    errors = [error_item(1001, describe(e)) for e in exc.errors()]
    return failure(400, errors or [error_item(1001, "invalid request")])


def describe(error: Any) -> str:
    """A pydantic error as a sentence naming the field and what was wrong."""
    loc = [str(part) for part in error.get("loc", ()) if part not in ("body", "query", "path")]
    where = ".".join(loc)
    kind = error.get("type", "")
    if kind == "json_invalid":
        detail = error.get("ctx", {}).get("error", "")
        return f"malformed JSON in request body: {detail}".rstrip(": ")
    if kind == "missing":
        return f"{where}: field required" if where else "request body is required"
    if kind == "extra_forbidden":
        return f"{where}: unknown field"
    if kind == "enum" or kind == "literal_error":
        expected = error.get("ctx", {}).get("expected", "")
        return f"{where}: {error.get('input')!r} is not one of {expected}"
    if kind == "string_too_long":
        return f"{where} must be at most {error.get('ctx', {}).get('max_length')} characters"
    if kind in ("model_attributes_type", "dict_type", "model_type"):
        return "request body must be a JSON object"
    message = error.get("msg", "invalid value")
    return f"{where}: {message}" if where else message


async def _http_error(request: Request, exc: HTTPException) -> JSONResponse:
    if exc.status_code == 404:
        return failure(404, [error_item(7003, f"Could not route to {request.url.path}, perhaps your object "
                                              "identifier is invalid?"), error_item(7000, "No route for that URI")])
    if exc.status_code == 405:
        return failure(405, [error_item(7001, f"Method {request.method} not allowed for {request.url.path}")])
    return failure(exc.status_code, [error_item(1000 + exc.status_code, str(exc.detail))])


async def _unexpected(request: Request, exc: Exception) -> JSONResponse:
    log.exception("unhandled error on %s %s", request.method, request.url.path)
    return failure(500, [error_item(1500, "internal error; the request was not applied")])
