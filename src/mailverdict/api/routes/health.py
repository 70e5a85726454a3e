from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends
from fastapi.responses import JSONResponse
from sqlalchemy import text

from mailverdict import __version__
from mailverdict.api.deps import get_db
from mailverdict.api.envelope import error_item, failure, ok
from mailverdict.store.db import Database

router = APIRouter()


@router.get("/health")
def health(db: Annotated[Database, Depends(get_db)]) -> JSONResponse:
    """Readiness: answers 200 once the database answers."""
    try:
        with db.read() as session:
            session.execute(text("SELECT 1"))
    except Exception as exc:  # the point is to report any database failure, not raise it
        return failure(503, [error_item(1503, f"database unavailable: {exc.__class__.__name__}")])
    return ok({"status": "ok", "version": __version__, "database": db.dialect})
