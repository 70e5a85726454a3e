"""Signing in with a token, the session cookie, revocation, choosing an account, signing out."""

from __future__ import annotations

import base64
import secrets

from mailverdict.services import accounts
from tests.dashboard.conftest import Site, csrf_of, post_form


def test_a_malformed_token_is_refused_with_a_message(site: Site) -> None:
    client = site.browser()
    response = post_form(client, "/dashboard/signin", {"token": "not a token"}, page="/dashboard/signin")
    assert response.status_code == 400
    assert "That is not an API token" in response.text
    assert client.get("/dashboard/").status_code == 303


def test_an_unknown_token_is_refused_with_a_message(site: Site) -> None:
    client = site.browser()
    response = post_form(client, "/dashboard/signin", {"token": secrets.token_urlsafe(30)}, page="/dashboard/signin")
    assert response.status_code == 403
    assert "Sign-in refused: the API token is not valid." in response.text


def test_a_revoked_token_is_refused_with_a_message(site: Site) -> None:
    accounts.revoke_token(site.db, site.tenant.token_id)
    client = site.browser()
    response = post_form(client, "/dashboard/signin", {"token": site.tenant.token}, page="/dashboard/signin")
    assert response.status_code == 403
    assert "the API token has been revoked" in response.text
    assert client.get("/dashboard/").headers["location"] == "/dashboard/signin?reason=signed_out"


def test_a_session_works_and_its_cookie_never_holds_the_token(site: Site) -> None:
    client = site.browser()
    assert client.get("/dashboard/").headers["location"] == "/dashboard/signin?reason=signed_out"
    page = client.get("/dashboard/signin")
    response = client.post("/dashboard/signin", data={"token": site.tenant.token, "csrf": csrf_of(page.text)})
    assert response.status_code == 303
    cookie = response.headers["set-cookie"]
    assert "HttpOnly" in cookie and "SameSite=strict" in cookie and "Path=/dashboard" in cookie
    value = cookie.split(";")[0].split("=", 1)[1]
    body = value.split(".")[0]
    decoded = base64.urlsafe_b64decode(body + "=" * (-len(body) % 4)).decode()
    assert site.tenant.token not in value and site.tenant.token not in decoded
    assert site.tenant.token_id in decoded
    home = client.get("/dashboard/")
    assert home.status_code == 200
    assert "Acme" in home.text and ">Write<" in home.text


def test_revoking_the_token_ends_the_session_on_the_next_request(site: Site) -> None:
    client = site.sign_in()
    assert client.get("/dashboard/").status_code == 200
    accounts.revoke_token(site.db, site.tenant.token_id)
    response = client.get("/dashboard/")
    assert response.status_code == 303
    assert response.headers["location"] == "/dashboard/signin?reason=revoked"
    assert "has been revoked" in client.get(response.headers["location"]).text


def test_a_forged_cookie_is_not_a_session(site: Site) -> None:
    client = site.sign_in()
    value = client.cookies["mailverdict_dashboard"]
    body, _, signature = value.partition(".")
    client.cookies.set("mailverdict_dashboard", f"{body}.{signature[:-2]}AA", domain="127.0.0.1",
                       path="/dashboard")
    response = client.get("/dashboard/")
    assert response.status_code == 303
    assert response.headers["location"] == "/dashboard/signin?reason=expired"


def test_a_token_for_two_accounts_chooses_one(site: Site) -> None:
    other = accounts.create_account(site.db, name="Globex")
    issued = accounts.create_token(site.db, account_ids=[site.tenant.account_id, other.id], name="both")
    client = site.browser()
    response = post_form(client, "/dashboard/signin", {"token": issued.value}, page="/dashboard/signin")
    assert response.headers["location"] == "/dashboard/accounts"
    assert client.get("/dashboard/").headers["location"] == "/dashboard/accounts"
    chosen = post_form(client, "/dashboard/accounts", {"account_id": other.id}, page="/dashboard/accounts")
    assert chosen.status_code == 303
    assert "Globex" in client.get("/dashboard/").text


def test_an_account_the_token_may_not_use_is_refused(site: Site) -> None:
    stranger = accounts.create_account(site.db, name="Initech")
    client = site.sign_in()
    response = post_form(client, "/dashboard/accounts", {"account_id": stranger.id}, page="/dashboard/accounts")
    assert response.status_code == 403
    assert "cannot access account" in response.text
    assert "Acme" in client.get("/dashboard/").text


def test_signing_out_ends_the_session(site: Site) -> None:
    client = site.sign_in()
    response = post_form(client, "/dashboard/signout", {}, page="/dashboard/")
    assert response.headers["location"] == "/dashboard/signin?reason=signed_out_now"
    assert client.get("/dashboard/").status_code == 303


def test_the_sign_in_form_needs_its_csrf_token(site: Site) -> None:
    client = site.browser()
    client.get("/dashboard/signin")
    response = client.post("/dashboard/signin", data={"token": site.tenant.token})
    assert response.status_code == 403
    assert "CSRF" in response.text
    assert client.get("/dashboard/").status_code == 303
