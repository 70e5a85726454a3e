"""The dashboard as one router, mounted by ``api/app.py`` beside the API."""

from __future__ import annotations

from fastapi import APIRouter
from starlette.responses import Response

from mailverdict.dashboard import actions, investigation, message, pages, signin, submissions

router = APIRouter(include_in_schema=False)


@router.get("/dashboard/static/dashboard.css")
def stylesheet() -> Response:
    return pages.secure(pages.stylesheet())


@router.get("/dashboard")
def dashboard_root() -> Response:
    return pages.secure(pages.see_other("/dashboard/"))


for module in (signin, investigation, message, actions, submissions):
    router.include_router(module.router)
