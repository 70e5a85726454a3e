"""The dashboard's session cookie: who signed in, on which account, and the form (CSRF) token.

The cookie holds the API token's *id*, never its value, and is signed with HMAC-SHA256 under a
key kept in the data directory (``dashboard.key``, created on first use, mode 0600). Every
request looks the token up again by id, so revoking it ends the session at once. The cookie is
HttpOnly and SameSite=Strict; forms also carry the session's random CSRF token, compared in
constant time (``check_csrf``).

A visitor who has not signed in gets an anonymous session (a CSRF token and nothing else) so
that the sign-in form is protected too: no other site can sign a browser in to its own token.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
import os
import secrets
import time
from dataclasses import dataclass, replace
from pathlib import Path

from fastapi import Request
from starlette.responses import Response

from mailverdict.settings import Settings

COOKIE = "mailverdict_dashboard"
PATH = "/dashboard"
LIFETIME_SECONDS = 12 * 3600  # a working day; then the analyst signs in again
KEY_FILE = "dashboard.key"


class SignInRequired(Exception):
    """No valid session: the visitor is sent to the sign-in page with ``reason`` explained there."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class CsrfRefused(Exception):
    """A form was posted without this session's CSRF token (or from another origin)."""


@dataclass(frozen=True, slots=True)
class Session:
    csrf: str
    issued_at: int
    token_id: str | None = None
    account_id: str | None = None

    @classmethod
    def anonymous(cls) -> Session:
        return cls(csrf=secrets.token_urlsafe(32), issued_at=int(time.time()))

    def signed_in(self, token_id: str) -> Session:
        # A fresh CSRF token at sign-in, so a token seen before sign-in is worth nothing after it.
        return Session(csrf=secrets.token_urlsafe(32), issued_at=int(time.time()), token_id=token_id)

    def on_account(self, account_id: str) -> Session:
        return replace(self, account_id=account_id)


def signing_key(settings: Settings) -> bytes:
    """The HMAC key from the data directory, created (readable by this user only) the first time."""
    path = Path(settings.home) / KEY_FILE
    try:
        return bytes.fromhex(path.read_text().strip())
    except FileNotFoundError:
        pass
    path.parent.mkdir(parents=True, exist_ok=True)
    key = secrets.token_bytes(32)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:  # another process made it first: use theirs
        return bytes.fromhex(path.read_text().strip())
    with os.fdopen(fd, "w") as out:
        out.write(key.hex())
    return key


def _key(request: Request) -> bytes:
    state = request.app.state
    key: bytes | None = getattr(state, "dashboard_key", None)
    if key is None:
        key = state.dashboard_key = signing_key(state.settings)
    return key


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def encode(session: Session, key: bytes) -> str:
    body = _b64(json.dumps({"c": session.csrf, "i": session.issued_at, "t": session.token_id,
                            "a": session.account_id}, separators=(",", ":")).encode())
    return f"{body}.{_b64(hmac.new(key, body.encode(), hashlib.sha256).digest())}"


def decode(value: str, key: bytes, *, now: float | None = None) -> Session | None:
    """The session in a cookie value, or None if it is forged, malformed or expired."""
    body, _, signature = value.partition(".")
    expected = _b64(hmac.new(key, body.encode(), hashlib.sha256).digest())
    if not signature or not hmac.compare_digest(signature, expected):
        return None
    try:
        data = json.loads(_unb64(body))
        session = Session(csrf=str(data["c"]), issued_at=int(data["i"]), token_id=data.get("t"),
                          account_id=data.get("a"))
    except (ValueError, KeyError, TypeError, binascii.Error, UnicodeDecodeError):
        return None
    age = (now or time.time()) - session.issued_at
    return session if 0 <= age <= LIFETIME_SECONDS else None


def read(request: Request) -> Session | None:
    value = request.cookies.get(COOKIE)
    return decode(value, _key(request)) if value else None


def current_or_new(request: Request) -> Session:
    """The visitor's session, or a new anonymous one (the caller must then ``write`` it)."""
    return read(request) or Session.anonymous()


def write(request: Request, response: Response, session: Session) -> None:
    response.set_cookie(COOKIE, encode(session, _key(request)), max_age=LIFETIME_SECONDS, path=PATH,
                        httponly=True, samesite="strict", secure=request.url.scheme == "https")


def clear(response: Response) -> None:
    response.delete_cookie(COOKIE, path=PATH, httponly=True, samesite="strict")


def check_csrf(request: Request, session: Session, submitted: object) -> None:
    """Refuse a form whose CSRF token is missing or wrong, or which another origin posted."""
    origin = request.headers.get("origin")
    if origin is not None and origin != "null" and origin != f"{request.url.scheme}://{request.url.netloc}":
        raise CsrfRefused()
    if not isinstance(submitted, str) or not hmac.compare_digest(submitted.encode(), session.csrf.encode()):
        raise CsrfRefused()
