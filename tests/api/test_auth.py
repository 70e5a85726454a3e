"""Credentials and permissions, over real HTTP: each failure has its own status, code and message."""

from __future__ import annotations

import pytest

from mailverdict.errors import Forbidden
from mailverdict.services import accounts
from mailverdict.store.db import Database
from tests.api.conftest import Api
from tests.factories import stored, tenant


def _submissions(api: Api, headers: dict[str, str], account_id: str | None = None):  # type: ignore[no-untyped-def]
    return api.client.get(api.url("/submissions", account_id), headers=headers)


def test_no_credentials_is_400_9106(api: Api) -> None:
    r = _submissions(api, {})
    assert r.status_code == 400
    body = r.json()
    assert body["success"] is False and body["result"] is None
    assert body["errors"][0]["code"] == 9106
    assert "Missing X-Auth-Key, X-Auth-Email or Authorization" in body["errors"][0]["message"]


def test_malformed_authorization_header(api: Api) -> None:
    r = _submissions(api, {"Authorization": "Basic dXNlcjpwYXNz"})
    assert r.status_code == 400
    error = r.json()["errors"][0]
    assert error["code"] == 6003
    assert error["error_chain"] == [{"code": 6111, "message": "Invalid format for Authorization header"}]


def test_malformed_and_missing_global_key_headers(api: Api) -> None:
    r = _submissions(api, {"X-Auth-Email": api.tenant.email, "X-Auth-Key": "not-a-key"})
    assert r.status_code == 400
    assert r.json()["errors"][0]["error_chain"] == [{"code": 6103, "message": "Invalid format for X-Auth-Key header"}]
    r = _submissions(api, {"X-Auth-Email": api.tenant.email})
    assert r.status_code == 400
    assert r.json()["errors"][0]["error_chain"] == [{"code": 6101, "message": "Missing X-Auth-Key header"}]


def test_unknown_token_is_403(api: Api) -> None:
    r = _submissions(api, {"Authorization": "Bearer " + "x" * 40})
    assert r.status_code == 403
    assert r.json()["errors"] == [{"code": 10000, "message": "Authentication error: the API token is not valid"}]


def test_revoked_token_is_refused_from_the_next_request(api: Api, db: Database) -> None:
    assert _submissions(api, api.auth).status_code == 200
    accounts.revoke_token(db, api.tenant.token_id)
    r = _submissions(api, api.auth)
    assert r.status_code == 403
    assert r.json()["errors"][0]["message"] == "Authentication error: the API token has been revoked"


def test_wrong_global_key_is_403_9103(api: Api) -> None:
    r = _submissions(api, {"X-Auth-Email": api.tenant.email, "X-Auth-Key": "0" * 37})
    assert r.status_code == 403
    assert r.json()["errors"] == [{"code": 9103, "message": "Unknown X-Auth-Key or X-Auth-Email"}]


def test_global_key_works(api: Api) -> None:
    r = _submissions(api, {"X-Auth-Email": api.tenant.email, "X-Auth-Key": api.tenant.api_key})
    assert r.status_code == 200, r.text
    assert r.json()["success"] is True


def test_read_only_token_may_read_but_not_reclassify(api: Api, db: Database) -> None:
    message = stored(db, api.tenant.account_id)
    read = {"Authorization": f"Bearer {api.tenant.read_token}"}
    assert _submissions(api, read).status_code == 200
    r = api.client.post(api.url(f"/investigate/{message.investigate_id}/reclassify"), headers=read,
                        json={"expected_disposition": "NONE"})
    assert r.status_code == 403
    assert "needs the 'Cloud Email Security: Write' permission" in r.json()["errors"][0]["message"]


def test_foreign_and_missing_accounts_look_the_same(api: Api, db: Database) -> None:
    other = tenant(db, name="Other")
    foreign = _submissions(api, api.auth, other.account_id)
    missing = _submissions(api, api.auth, "f" * 32)
    assert foreign.status_code == missing.status_code == 403
    shape = [e["message"].replace(other.account_id, "ID") for e in foreign.json()["errors"]]
    assert shape == [e["message"].replace("f" * 32, "ID") for e in missing.json()["errors"]]


def test_account_id_over_32_characters(api: Api) -> None:
    r = _submissions(api, api.auth, "a" * 33)
    assert r.status_code == 400
    assert r.json()["errors"][0]["message"] == "account_id must be at most 32 characters"


def test_cached_credentials_expire_and_in_process_revocation_is_immediate(db: Database) -> None:
    from sqlalchemy import update

    from mailverdict.store.models import ApiToken
    from mailverdict.store.types import utcnow

    t = tenant(db)
    headers = {"authorization": f"Bearer {t.token}", "email": None, "key": None}
    assert accounts.cached_principal(db, **headers) is None
    principal = accounts.authenticate(db, cache_seconds=0.2, **headers)
    assert accounts.cached_principal(db, **headers) == principal
    # Revoked behind the cache's back (as another process would): seen once the entry expires.
    with db.write() as session:
        session.execute(update(ApiToken).where(ApiToken.id == t.token_id).values(revoked_at=utcnow()))
    assert accounts.cached_principal(db, **headers) == principal
    import time

    time.sleep(0.25)
    assert accounts.cached_principal(db, **headers) is None
    with pytest.raises(Forbidden):
        accounts.authenticate(db, cache_seconds=5, **headers)
    other = tenant(db, name="Other")
    other_headers = {"authorization": f"Bearer {other.token}", "email": None, "key": None}
    accounts.authenticate(db, cache_seconds=5, **other_headers)
    accounts.revoke_token(db, other.token_id)
    assert accounts.cached_principal(db, **other_headers) is None
