"""Cloudflare's response envelope: ``{success, errors, messages, result}`` (+ ``result_info``)."""

from __future__ import annotations

from typing import Any

from fastapi.responses import JSONResponse


def ok(result: Any, *, status: int = 200, result_info: dict[str, Any] | None = None,
       headers: dict[str, str] | None = None) -> JSONResponse:
    body: dict[str, Any] = {"success": True, "errors": [], "messages": [], "result": result}
    if result_info is not None:
        body["result_info"] = result_info
    return JSONResponse(body, status_code=status, headers=headers)


def failure(status: int, errors: list[dict[str, Any]], *, headers: dict[str, str] | None = None) -> JSONResponse:
    return JSONResponse({"success": False, "errors": errors, "messages": [], "result": None},
                        status_code=status, headers=headers)


def error_item(code: int, message: str, chain: list[tuple[int, str]] | None = None) -> dict[str, Any]:
    item: dict[str, Any] = {"code": code, "message": message}
    if chain:
        item["error_chain"] = [{"code": c, "message": m} for c, m in chain]
    return item


def page_info(*, page: int, per_page: int, count: int, total_count: int) -> dict[str, int]:
    return {"page": page, "per_page": per_page, "count": count, "total_count": total_count}
