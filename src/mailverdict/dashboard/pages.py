"""Rendering: the Jinja2 templates, the security headers every page carries, and error pages.

Messages are hostile input, so every template is autoescaped and nothing is marked safe; the
Content-Security-Policy allows no script at all, no remote loads, and forms only to this
origin. The dashboard needs no JavaScript: tabs are links and actions are plain forms.
"""

from __future__ import annotations

from collections.abc import Callable, Coroutine
from datetime import datetime
from importlib import resources
from typing import Any

from fastapi import Request
from fastapi.exceptions import RequestValidationError
from fastapi.routing import APIRoute
from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape
from starlette.responses import HTMLResponse, RedirectResponse, Response

from mailverdict.dashboard import session
from mailverdict.errors import MailverdictError

CSP = ("default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; "
       "base-uri 'none'")
SECURITY_HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    # same-origin, not no-referrer: with no-referrer browsers post "Origin: null", which hides the origin check.
    "Referrer-Policy": "same-origin",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Cross-Origin-Resource-Policy": "same-origin",
}
DISPOSITION_STYLES = {"MALICIOUS": "malicious", "SUSPICIOUS": "suspicious", "SPOOF": "spoof", "SPAM": "spam",
                      "BULK": "bulk", "NONE": "clean"}

templates = Environment(
    loader=PackageLoader("mailverdict.dashboard", "templates"),
    autoescape=select_autoescape(default=True, default_for_string=True),
    undefined=StrictUndefined,  # a misspelt variable is an error in the tests, not a blank on the page
    trim_blocks=True,
    lstrip_blocks=True,
)


def when(value: datetime | None) -> str:
    return value.strftime("%Y-%m-%d %H:%M:%S") if value is not None else "—"


def disposition_style(value: str | None) -> str:
    return DISPOSITION_STYLES.get(value or "", "unknown")


templates.filters["when"] = when
templates.filters["disposition_style"] = disposition_style


def render(name: str, context: dict[str, Any], *, status: int = 200) -> HTMLResponse:
    return HTMLResponse(templates.get_template(name).render(**context), status_code=status)


def error_page(request: Request, status: int, message: str) -> HTMLResponse:
    investigate_id = request.path_params.get("investigate_id")
    back = f"/dashboard/messages/{investigate_id}" if investigate_id else "/dashboard/"
    return render("error.html", {"analyst": None, "status": status, "message": message, "back": back},
                  status=status)


def see_other(location: str) -> RedirectResponse:
    return RedirectResponse(location, status_code=303)


def secure(response: Response) -> Response:
    for name, value in SECURITY_HEADERS.items():
        response.headers.setdefault(name, value)
    response.headers.setdefault("Cache-Control", "no-store")  # pages hold message data
    return response


Handler = Callable[[Request], Coroutine[Any, Any, Response]]


class DashboardRoute(APIRoute):
    """A route whose errors become HTML pages (not the API's JSON envelope) and whose answers
    all carry the security headers."""

    def get_route_handler(self) -> Handler:
        handler = super().get_route_handler()

        async def guarded(request: Request) -> Response:
            try:
                response = await handler(request)
            except session.SignInRequired as exc:
                if exc.reason == "account":
                    response = see_other("/dashboard/accounts")
                else:
                    response = see_other(f"/dashboard/signin?reason={exc.reason}")
                    session.clear(response)
            except session.CsrfRefused:
                response = error_page(request, 403, "This form was refused: it did not carry this session's "
                                      "security token (CSRF). Reload the page and submit it again.")
            except MailverdictError as exc:
                response = error_page(request, exc.status, exc.message)
            except RequestValidationError as exc:
                problems = "; ".join(f"{'.'.join(str(p) for p in e.get('loc', ())[1:])}: {e.get('msg')}"
                                     for e in exc.errors())
                response = error_page(request, 400, f"The request was not understood: {problems}")
            return secure(response)

        return guarded


STYLESHEET = resources.files("mailverdict.dashboard").joinpath("static/dashboard.css").read_bytes()


def stylesheet() -> Response:
    response = Response(STYLESHEET, media_type="text/css")
    response.headers["Cache-Control"] = "max-age=3600"
    return response
