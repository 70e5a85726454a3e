"""The reclassify endpoint over real HTTP: the 202, and every way a request can be wrong."""

from __future__ import annotations

import base64
from dataclasses import replace

import httpx
import pytest
from sqlalchemy import func, select

from mailverdict.api.app import create_app
from mailverdict.settings import Settings
from mailverdict.store.db import Database
from mailverdict.store.models import Job, JobEvent, Message, Submission
from tests.api.conftest import Api
from tests.conftest import LiveServer
from tests.factories import eml, phish, stored, tenant


def _post(api: Api, investigate_id: str, body: object = None, *, content: bytes | None = None) -> httpx.Response:
    url = api.url(f"/investigate/{investigate_id}/reclassify")
    if content is not None:
        return api.client.post(url, headers={**api.auth, "Content-Type": "application/json"}, content=content)
    return api.client.post(url, headers=api.auth, json=body)


def _error(r: httpx.Response, status: int) -> str:
    assert r.status_code == status, r.text
    body = r.json()
    assert body["success"] is False and body["result"] is None and body["messages"] == []
    assert body["errors"] and all(e["code"] >= 1000 for e in body["errors"])
    return str(body["errors"][0]["message"])


def test_accepted_with_202_and_the_exact_envelope(api: Api, db: Database) -> None:
    message = stored(db, api.tenant.account_id)
    r = _post(api, message.investigate_id, {"expected_disposition": "MALICIOUS"})
    assert r.status_code == 202
    assert r.json() == {"success": True, "errors": [], "messages": [], "result": {}}
    with db.read() as session:
        submission = session.scalars(select(Submission)).one()
        job = session.scalars(select(Job)).one()
    assert submission.status == "submitted" and submission.requested_disposition == "MALICIOUS"
    assert submission.original_postfix_id == message.postfix_id
    assert submission.original_edf_hash == message.edf_hash
    assert submission.original_disposition == message.scan_disposition
    assert submission.requested_by == "token:writer"
    assert job.payload == {"submission_id": submission.id}


def test_uploaded_eml_is_stored_as_its_own_record(api: Api, db: Database) -> None:
    message = stored(db, api.tenant.account_id)
    upload = phish()
    r = _post(api, message.investigate_id,
              {"expected_disposition": "MALICIOUS", "eml_content": base64.b64encode(upload).decode()})
    assert r.status_code == 202
    with db.read() as session:
        submission = session.scalars(select(Submission)).one()
        uploaded = session.get(Message, submission.uploaded_message_id)
        assert uploaded is not None and uploaded.id != message.id
        assert uploaded.source == "submission" and uploaded.delivery_mode == "REVIEW_SUBMISSION"


def test_escalated_submission_must_exist_in_the_account(api: Api, db: Database) -> None:
    message = stored(db, api.tenant.account_id)
    msg = _error(_post(api, message.investigate_id, {"expected_disposition": "SPAM",
                                                     "escalated_submission_id": "nope"}), 400)
    assert msg == "escalated_submission_id 'nope' names no submission of this account"
    assert _post(api, message.investigate_id, {"expected_disposition": "SPAM"}).status_code == 202
    with db.read() as session:
        first = session.scalars(select(Submission)).one()
    assert _post(api, message.investigate_id,
                 {"expected_disposition": "MALICIOUS", "escalated_submission_id": first.id}).status_code == 202
    with db.read() as session:
        first = session.get(Submission, first.id)
        assert first is not None
        assert first.customer_status == "escalated" and first.escalated_as == "MALICIOUS"
        assert first.escalated_submission_id is not None


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ({}, "expected_disposition: field required"),
        ({"expected_disposition": "EVIL"}, "expected_disposition: 'EVIL' is not one of"),
        ({"expected_disposition": "none"}, "expected_disposition: 'none' is not one of"),
        ({"expected_disposition": "NONE", "colour": "red"}, "colour: unknown field"),
        ({"expected_disposition": "NONE", "eml_content": "***not base64***"}, "eml_content is not valid base64"),
        ({"expected_disposition": "NONE", "eml_content": base64.b64encode(b"\x89PNG\r\n\x1a\n....").decode()},
         "eml_content does not decode to an RFC 5322 message"),
        ({"expected_disposition": "NONE", "eml_content": base64.b64encode(b"just some words\n").decode()},
         "eml_content does not decode to an RFC 5322 message"),
        ({"expected_disposition": "NONE", "eml_content": ""}, "eml_content does not decode to an RFC 5322 message"),
        ({"expected_disposition": 5}, "expected_disposition: 5 is not one of"),
        ([1, 2], "request body must be a JSON object"),
    ],
)
def test_bad_bodies_are_400_with_a_reason(api: Api, db: Database, body: object, expected: str) -> None:
    message = stored(db, api.tenant.account_id)
    assert expected in _error(_post(api, message.investigate_id, body), 400)
    with db.read() as session:
        assert session.scalar(select(func.count()).select_from(Submission)) == 0


def test_malformed_json(api: Api, db: Database) -> None:
    message = stored(db, api.tenant.account_id)
    assert "malformed JSON in request body" in _error(_post(api, message.investigate_id, content=b'{"expected_'), 400)
    assert "request body is required" in _error(_post(api, message.investigate_id, content=b""), 400)


def test_unknown_investigate_id_is_404(api: Api) -> None:
    msg = _error(_post(api, "4Njp3P0STMz2c02Q-2024-01-05T10:00:00-12345678", {"expected_disposition": "NONE"}), 404)
    assert msg == "no message with investigate_id '4Njp3P0STMz2c02Q-2024-01-05T10:00:00-12345678' in this account"


def test_message_of_another_account_is_404(api: Api, db: Database) -> None:
    other = tenant(db, name="Other")
    message = stored(db, other.account_id)
    _error(_post(api, message.investigate_id, {"expected_disposition": "NONE"}), 404)


def test_eml_over_the_size_limit_is_413(db: Database, settings: Settings) -> None:
    small = replace(settings, max_eml_bytes=2000)
    t = tenant(db)
    message = stored(db, t.account_id)
    big = eml(body="x" * 5000)
    with LiveServer(create_app(small, db)) as server, httpx.Client(base_url=server.base_url) as client:
        r = client.post(f"/accounts/{t.account_id}/email-security/investigate/{message.investigate_id}/reclassify",
                        headers={"Authorization": f"Bearer {t.token}"},
                        json={"expected_disposition": "NONE", "eml_content": base64.b64encode(big).decode()})
        assert r.status_code == 413
        assert "over the 2000-byte EML limit" in r.json()["errors"][0]["message"]
        huge = b'{"expected_disposition": "NONE", "eml_content": "' + b"A" * 2_000_000 + b'"}'
        r = client.post(f"/accounts/{t.account_id}/email-security/investigate/{message.investigate_id}/reclassify",
                        headers={"Authorization": f"Bearer {t.token}", "Content-Type": "application/json"},
                        content=huge)
        assert r.status_code == 413


def test_unknown_route_and_wrong_method(api: Api) -> None:
    r = api.client.get("/accounts/x/email-security/nothing-here", headers=api.auth)
    assert r.status_code == 404
    assert [e["code"] for e in r.json()["errors"]] == [7003, 7000]
    r = api.client.delete(api.url("/submissions"), headers=api.auth)
    assert _error(r, 405) == f"Method DELETE not allowed for /client/v4{api.url('/submissions')}"


def test_submission_and_job_commit_together(api: Api, db: Database) -> None:
    message = stored(db, api.tenant.account_id)
    for _ in range(3):
        assert _post(api, message.investigate_id, {"expected_disposition": "SPAM"}).status_code == 202
    with db.read() as session:
        submissions = session.scalars(select(Submission)).all()
        jobs = session.scalars(select(Job)).all()
        events = session.scalars(select(JobEvent).where(JobEvent.transition == "enqueued")).all()
    assert len(submissions) == len(jobs) == len(events) == 3
    assert {j.payload["submission_id"] for j in jobs} == {s.id for s in submissions}


def test_rate_limit_headers_and_429(db: Database, settings: Settings) -> None:
    limited = replace(settings, rate_limit=3, rate_window=300)
    t = tenant(db)
    with LiveServer(create_app(limited, db)) as server, httpx.Client(base_url=server.base_url) as client:
        url = f"/accounts/{t.account_id}/email-security/submissions"
        headers = {"Authorization": f"Bearer {t.token}"}
        first = client.get(url, headers=headers)
        assert first.headers["Ratelimit"].startswith('"default";r=2;t=')
        assert first.headers["Ratelimit-Policy"] == '"burst";q=3;w=300'
        client.get(url, headers=headers)
        client.get(url, headers=headers)
        over = client.get(url, headers=headers)
        assert over.status_code == 429
        assert over.headers["Retry-After"] == "300"
        assert "More than 3 requests per 300 seconds reached" in over.json()["errors"][0]["message"]
        # Another credential has its own quota.
        other = client.get(url, headers={"Authorization": f"Bearer {t.read_token}"})
        assert other.status_code == 200


def test_the_hand_written_route_answers_like_the_others(api: Api, db: Database) -> None:
    """The reclassify route is a plain Starlette endpoint: the same errors, in the same order."""
    message = stored(db, api.tenant.account_id)
    path = f"/investigate/{message.investigate_id}/reclassify"
    r = api.client.get(api.url(path), headers=api.auth)
    assert _error(r, 405) == f"Method GET not allowed for /client/v4{api.url(path)}"
    too_long = f"/accounts/{'a' * 33}/email-security{path}"
    r = api.client.post(too_long, headers=api.auth, json={"expected_disposition": "SPAM"})
    assert _error(r, 400) == "account_id must be at most 32 characters"
    r = api.client.post(too_long, json={"expected_disposition": "SPAM"})  # credentials are checked first
    assert r.status_code == 400 and [e["code"] for e in r.json()["errors"]] == [9106]
