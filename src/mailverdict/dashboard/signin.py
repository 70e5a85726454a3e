"""Signing in with an API token, choosing the account to work on, and signing out."""

from __future__ import annotations

from fastapi import APIRouter, Request
from starlette.concurrency import run_in_threadpool
from starlette.responses import Response

from mailverdict.dashboard import session
from mailverdict.dashboard.access import get_db, read_form, signed_in
from mailverdict.dashboard.pages import DashboardRoute, render, see_other
from mailverdict.dashboard.session import Session
from mailverdict.errors import Forbidden, MalformedCredentials
from mailverdict.services import accounts
from mailverdict.services.accounts import authenticate

router = APIRouter(prefix="/dashboard", route_class=DashboardRoute)

# Why the visitor is on the sign-in page; only these fixed texts are shown (never a URL's text).
REASONS = {
    "signed_out": "Sign in with a Cloud Email Security API token.",
    "signed_out_now": "You have signed out.",
    "expired": "Your session has expired. Sign in again.",
    "revoked": "Your API token has been revoked or deleted. Sign in with another token.",
    "no_accounts": "Your API token may not use any account.",
}


def _signin_page(found: Session, message: str, *, status: int = 200, error: bool = False) -> Response:
    return render("signin.html", {"analyst": None, "csrf": found.csrf, "message": message, "error": error},
                  status=status)


@router.get("/signin")
def signin_form(request: Request, reason: str = "signed_out") -> Response:
    found = session.read(request)
    if found is None or found.token_id is not None:
        found = Session.anonymous()  # a fresh start: nothing of an older session carries over
    response = _signin_page(found, REASONS.get(reason, REASONS["signed_out"]))
    session.write(request, response, found)
    return response


@router.post("/signin")
async def signin(request: Request) -> Response:
    form = await read_form(request)
    found = session.read(request)
    if found is None:
        fresh = Session.anonymous()
        response = _signin_page(fresh, "The sign-in form had expired. Paste your token again.", status=403,
                                error=True)
        session.write(request, response, fresh)
        return response
    session.check_csrf(request, found, form.fields.get("csrf"))
    token = form.get("token")
    if not token:
        return _signin_page(found, "Paste an API token to sign in.", status=400, error=True)
    db = get_db(request)
    try:
        principal = await run_in_threadpool(authenticate, db, authorization=f"Bearer {token}", email=None, key=None)
    except MalformedCredentials:
        return _signin_page(found, "That is not an API token: a token is 40 letters, digits, '-' or '_'.",
                            status=400, error=True)
    except Forbidden as exc:
        text = exc.message.removeprefix("Authentication error: ")
        return _signin_page(found, f"Sign-in refused: {text}.", status=403, error=True)
    new = found.signed_in(principal.id)
    if len(principal.account_ids) == 1:
        new = new.on_account(next(iter(principal.account_ids)))
    response = see_other("/dashboard/" if new.account_id else "/dashboard/accounts")
    session.write(request, response, new)
    return response


@router.get("/accounts")
def choose_account(request: Request) -> Response:
    found, principal = signed_in(request)
    names = accounts.account_names(get_db(request), principal.account_ids)
    return render("accounts.html", {"analyst": None, "csrf": found.csrf, "accounts": names,
                                    "current": found.account_id})


@router.post("/accounts")
async def use_account(request: Request) -> Response:
    found, principal = await run_in_threadpool(signed_in, request)
    form = await read_form(request)
    session.check_csrf(request, found, form.fields.get("csrf"))
    account_id = form.get("account_id")
    # The same refusal for an account that does not exist as for one the token may not use.
    principal.require(account_id, write=False)
    response = see_other("/dashboard/")
    session.write(request, response, found.on_account(account_id))
    return response


@router.post("/signout")
async def signout(request: Request) -> Response:
    form = await read_form(request)
    found = session.read(request)
    if found is not None:
        session.check_csrf(request, found, form.fields.get("csrf"))
    response = see_other("/dashboard/signin?reason=signed_out_now")
    session.clear(response)
    return response
