"""Who is looking: the signed-in analyst of a request, and posted forms checked for CSRF.

Every request re-reads the token by id (``accounts.token_principal``), so a revoked token or a
token that lost the account is turned away on its next click, not at the cookie's expiry.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Annotated, Any

from fastapi import Depends, Request
from starlette.datastructures import UploadFile

from mailverdict.dashboard import session
from mailverdict.dashboard.session import Session, SignInRequired
from mailverdict.errors import Forbidden, InvalidInput, PayloadTooLarge
from mailverdict.services import accounts
from mailverdict.services.accounts import Principal
from mailverdict.settings import Settings
from mailverdict.store.db import Database

FORM_LIMIT = 64 * 1024  # a form without a file: a few short fields


def get_db(request: Request) -> Database:
    return request.app.state.db  # type: ignore[no-any-return]


def get_settings(request: Request) -> Settings:
    return request.app.state.settings  # type: ignore[no-any-return]


@dataclass(frozen=True, slots=True)
class Analyst:
    session: Session
    principal: Principal
    account_id: str
    account_name: str

    @property
    def can_write(self) -> bool:
        return self.principal.can_write

    def page(self, **context: Any) -> dict[str, Any]:
        """A template's context with what the layout shows (account, permissions, CSRF token)."""
        return {"analyst": self, "csrf": self.session.csrf, **context}


def signed_in(request: Request) -> tuple[Session, Principal]:
    """The session and its token's current rights; the account may not be chosen yet."""
    found = session.read(request)
    if found is None:
        raise SignInRequired("expired" if session.COOKIE in request.cookies else "signed_out")
    if found.token_id is None:
        raise SignInRequired("signed_out")
    try:
        principal = accounts.token_principal(get_db(request), found.token_id)
    except Forbidden as exc:
        raise SignInRequired("revoked") from exc
    if not principal.account_ids:
        raise SignInRequired("no_accounts")
    return found, principal


def analyst(request: Request) -> Analyst:
    found, principal = signed_in(request)
    if found.account_id is None or found.account_id not in principal.account_ids:
        raise SignInRequired("account")
    names = accounts.account_names(get_db(request), frozenset({found.account_id}))
    return Analyst(found, principal, found.account_id, names.get(found.account_id, found.account_id))


@dataclass(frozen=True, slots=True)
class Form:
    fields: dict[str, str]
    files: dict[str, bytes] = field(default_factory=dict)

    def get(self, name: str) -> str:
        return self.fields.get(name, "").strip()


async def read_form(request: Request, *, limit: int = FORM_LIMIT) -> Form:
    """A posted form within ``limit`` bytes: text fields and the bytes of any uploaded files."""
    declared = request.headers.get("content-length")
    if declared is None or not declared.isdigit():
        raise InvalidInput("a form must be sent with a Content-Length")
    if int(declared) > limit:
        raise PayloadTooLarge(f"the form is {declared} bytes, over the {limit}-byte limit")
    fields: dict[str, str] = {}
    files: dict[str, bytes] = {}
    async with request.form(max_files=1, max_fields=32) as posted:
        for name, value in posted.multi_items():
            if isinstance(value, UploadFile):
                content = await value.read()
                if content:  # a file input left empty still sends an empty part
                    files[name] = content
            else:
                fields[name] = value
    return Form(fields, files)


@dataclass(frozen=True, slots=True)
class Posted:
    analyst: Analyst
    form: Form


async def posted(request: Request, who: Annotated[Analyst, Depends(analyst)]) -> Posted:
    """A form posted by the signed-in analyst, with this session's CSRF token."""
    form = await read_form(request)
    session.check_csrf(request, who.session, form.fields.get("csrf"))
    return Posted(who, form)


async def posted_with_upload(request: Request, who: Annotated[Analyst, Depends(analyst)]) -> Posted:
    """As ``posted``, for a form that may carry an EML up to the configured size limit."""
    form = await read_form(request, limit=get_settings(request).max_eml_bytes + FORM_LIMIT)
    session.check_csrf(request, who.session, form.fields.get("csrf"))
    return Posted(who, form)


def require_write(who: Analyst) -> None:
    """Refuse an action to a Read token, with the permission it lacks."""
    who.principal.require(who.account_id, write=True)
