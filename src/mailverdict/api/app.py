"""The ASGI application: Cloudflare's API surface under /client/v4."""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from mailverdict import __version__
from mailverdict.api import backends, errors
from mailverdict.api.envelope import error_item, failure
from mailverdict.api.ratelimit import RateLimiter
from mailverdict.api.routes import bulk, health, investigate, phishguard, reclassify, submissions
from mailverdict.api.routes import settings as settings_routes
from mailverdict.dashboard import site as dashboard
from mailverdict.settings import Settings
from mailverdict.store.db import Database

API_PREFIX = "/client/v4"


def create_app(settings: Settings, db: Database | None = None, *, lifespan: Any = None) -> FastAPI:
    app = FastAPI(title="mailverdict", version=__version__, docs_url=f"{API_PREFIX}/docs",
                  openapi_url=f"{API_PREFIX}/openapi.json", redoc_url=None, lifespan=lifespan)
    app.state.settings = settings
    app.state.db = db or Database(settings.database_url)
    app.state.ratelimiter = RateLimiter(settings.rate_limit, settings.rate_window)
    backends.install(app, settings)
    # Routes are matched in order: reclassify, the hot path, first; bulk before investigate, so that
    # /investigate/bulk is not taken for /investigate/{investigate_id}.
    for module in (reclassify, health, bulk, investigate, submissions, phishguard, settings_routes):
        app.include_router(module.router, prefix=API_PREFIX)
    app.include_router(dashboard.router)
    errors.install(app)
    app.add_middleware(RateLimitHeaders)
    app.add_middleware(RefuseNulInUrl)
    return app


class RefuseNulInUrl:
    """No identifier or filter contains a NUL byte, and neither database takes one in a query
    (PostgreSQL refuses it in text; SQLite ends the string there). Refuse such URLs up front."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            url = scope.get("raw_path", b"") + b"?" + scope.get("query_string", b"")
            if b"\x00" in url or b"%00" in url or "\x00" in scope.get("path", ""):
                response = failure(400, [error_item(1001, "a NUL byte (%00) is not allowed in the URL")])
                await response(scope, receive, send)
                return
        await self.app(scope, receive, send)


class RateLimitHeaders:
    """Adds Ratelimit and Ratelimit-Policy to every response of a counted request."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                quota = scope.get("state", {}).get("quota")
                if quota is not None:
                    headers = list(message.get("headers", []))
                    headers += [(k.lower().encode(), v.encode()) for k, v in quota.headers().items()]
                    message["headers"] = headers
            await send(message)

        await self.app(scope, receive, send_with_headers)
