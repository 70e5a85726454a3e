"""Reclassify, release and move from the details page: Write only, CSRF-checked, recorded in the store."""

from __future__ import annotations

from sqlalchemy import func, select

from mailverdict.store.db import Database
from mailverdict.store.models import ActionLog, MailboxItem, Message, Submission
from tests.dashboard.conftest import Site, csrf_of, detail_path, post_form
from tests.factories import eml, phish, stored


def submissions_of(db: Database) -> list[Submission]:
    with db.read() as session:
        return list(session.scalars(select(Submission)))


def test_reclassify_through_the_form_creates_a_submission(site: Site) -> None:
    message = stored(site.db, site.tenant.account_id, phish())
    client = site.sign_in()
    response = post_form(client, detail_path(message, "/reclassify"), {"expected_disposition": "NONE"},
                         page=detail_path(message), files={"eml": ("", b"", "application/octet-stream")})
    assert response.status_code == 303, response.text
    assert response.headers["location"] == detail_path(message, "?tab=log&notice=reclassified")
    [submission] = submissions_of(site.db)
    assert submission.message_id == message.id
    assert submission.requested_disposition == "NONE"
    assert submission.requested_by == "token:writer"
    assert submission.uploaded_message_id is None
    page = client.get(response.headers["location"]).text
    assert "Submission recorded" in page and "SUBMISSION" in page


def test_reclassify_with_an_uploaded_eml(site: Site) -> None:
    message = stored(site.db, site.tenant.account_id, eml(subject="Looks clean"))
    upload = eml(subject="Looks clean", body="The full message the analyst saved from the mailbox.\n")
    client = site.sign_in()
    response = post_form(client, detail_path(message, "/reclassify"), {"expected_disposition": "MALICIOUS"},
                         page=detail_path(message), files={"eml": ("saved.eml", upload, "message/rfc822")})
    assert response.status_code == 303, response.text
    [submission] = submissions_of(site.db)
    assert submission.uploaded_message_id is not None
    with site.db.read() as session:
        uploaded = session.get(Message, submission.uploaded_message_id)
        assert uploaded is not None and uploaded.source == "submission"


def test_an_upload_that_is_not_mail_is_refused(site: Site) -> None:
    message = stored(site.db, site.tenant.account_id, phish())
    client = site.sign_in()
    response = post_form(client, detail_path(message, "/reclassify"), {"expected_disposition": "SPAM"},
                         page=detail_path(message), files={"eml": ("cat.png", b"\x89PNG\r\n\x1a\n....", "image/png")})
    assert response.status_code == 400
    assert "does not decode to an RFC 5322 message" in response.text
    assert submissions_of(site.db) == []


def test_a_read_only_session_sees_no_actions_and_is_refused(site: Site) -> None:
    message = stored(site.db, site.tenant.account_id, phish())
    client = site.sign_in(site.tenant.read_token)
    page = client.get(detail_path(message)).text
    assert "Read only" in page and "Your token is read-only" in page
    assert "/reclassify" not in page and "/move" not in page and "/release" not in page
    for action, data in (("/reclassify", {"expected_disposition": "NONE"}), ("/move", {"destination": "JunkEmail"}),
                         ("/release", {})):
        response = client.post(detail_path(message, action), data={**data, "csrf": csrf_of(page)})
        assert response.status_code == 403, action
        assert "needs the &#39;Cloud Email Security: Write&#39; permission" in response.text
    assert submissions_of(site.db) == []
    with site.db.read() as session:
        assert session.scalar(select(func.count()).select_from(ActionLog)) == 0


def test_a_form_without_its_csrf_token_is_refused(site: Site) -> None:
    message = stored(site.db, site.tenant.account_id, phish())
    client = site.sign_in()
    client.get(detail_path(message))
    missing = client.post(detail_path(message, "/reclassify"), data={"expected_disposition": "NONE"})
    assert missing.status_code == 403
    assert "security token (CSRF)" in missing.text
    wrong = client.post(detail_path(message, "/reclassify"), data={"expected_disposition": "NONE", "csrf": "x" * 43})
    assert wrong.status_code == 403
    assert submissions_of(site.db) == []


def test_a_form_posted_from_another_origin_is_refused(site: Site) -> None:
    message = stored(site.db, site.tenant.account_id, phish())
    client = site.sign_in()
    token = csrf_of(client.get(detail_path(message)).text)
    response = client.post(detail_path(message, "/reclassify"), data={"expected_disposition": "NONE", "csrf": token},
                           headers={"Origin": "http://evil.example"})
    assert response.status_code == 403
    assert submissions_of(site.db) == []


def test_move_and_release(site: Site) -> None:
    delivered = stored(site.db, site.tenant.account_id, eml(subject="Move me"))
    held = stored(site.db, site.tenant.account_id, phish())
    with site.db.write() as session:
        row = session.get(Message, held.id)
        assert row is not None
        row.is_quarantined, row.delivery_status = True, ["quarantined"]
    client = site.sign_in()
    assert "/release" not in client.get(detail_path(delivered)).text
    moved = post_form(client, detail_path(delivered, "/move"), {"destination": "JunkEmail"},
                      page=detail_path(delivered))
    assert moved.headers["location"].endswith("notice=moved")
    page = client.get(detail_path(held)).text
    assert "/release" in page and "/move" not in page
    released = post_form(client, detail_path(held, "/release"), {}, page=detail_path(held))
    assert released.headers["location"].endswith("notice=released")
    with site.db.read() as session:
        folders = {m: f for m, f in session.execute(select(MailboxItem.message_id, MailboxItem.folder))}
        assert folders == {delivered.id: "JunkEmail", held.id: "Inbox"}
        row = session.get(Message, held.id)
        assert row is not None and not row.is_quarantined
    again = post_form(client, detail_path(held, "/release"), {}, page=detail_path(delivered))
    assert again.status_code == 409
    assert "not quarantined" in again.text


def test_a_bad_destination_is_refused(site: Site) -> None:
    message = stored(site.db, site.tenant.account_id, eml())
    client = site.sign_in()
    response = post_form(client, detail_path(message, "/move"), {"destination": "Outbox"}, page=detail_path(message))
    assert response.status_code == 400
    assert "destination: choose one of" in response.text
