"""The Submissions page: status, outcome and outcome disposition, and its filters."""

from __future__ import annotations

from mailverdict.engine import Disposition
from mailverdict.services import submissions
from mailverdict.services.accounts import Principal
from mailverdict.settings import Settings
from mailverdict.store.models import Submission
from tests.dashboard.conftest import Site
from tests.factories import eml, phish, stored


def submit(site: Site, settings: Settings, raw: bytes, requested: Disposition) -> Submission:
    message = stored(site.db, site.tenant.account_id, raw)
    analyst = Principal("token", site.tenant.token_id, "token:writer", True, frozenset({site.tenant.account_id}))
    return submissions.reclassify(site.db, settings, analyst, account_id=site.tenant.account_id,
                                  investigate_id=message.investigate_id, expected_disposition=requested)


def decide(site: Site, submission_id: str, status: str, disposition: str, outcome: str) -> None:
    with site.db.write() as session:
        row = session.get(Submission, submission_id)
        assert row is not None
        row.status, row.outcome_disposition, row.outcome = status, disposition, outcome


def test_submissions_show_status_outcome_and_filters(site: Site, settings: Settings) -> None:
    pending = submit(site, settings, eml(subject="<b>Pending</b> one"), Disposition.SPAM)
    accepted = submit(site, settings, phish(), Disposition.MALICIOUS)
    decide(site, accepted.id, "accepted", "MALICIOUS", "reanalysis agrees: MALICIOUS")
    client = site.sign_in()
    page = client.get("/dashboard/submissions").text
    assert "2 submissions" in page
    assert "&lt;b&gt;Pending&lt;/b&gt; one" in page and "<b>Pending</b>" not in page
    assert "reanalysis agrees: MALICIOUS" in page
    assert '<span class="status accepted">Accepted</span>' in page
    assert '<span class="status submitted">Submitted</span>' in page
    only_accepted = client.get("/dashboard/submissions", params={"status": "accepted"}).text
    assert "1 submission<" in only_accepted and "Pending" not in only_accepted
    by_request = client.get("/dashboard/submissions", params={"requested_disposition": "SPAM"}).text
    assert "Pending" in by_request and "reanalysis agrees" not in by_request
    by_outcome = client.get("/dashboard/submissions", params={"outcome_disposition": "MALICIOUS"}).text
    assert "reanalysis agrees" in by_outcome and "Pending" not in by_outcome
    assert f"query={pending.original_postfix_id}" in page


def test_a_date_range_before_the_submissions_finds_none(site: Site, settings: Settings) -> None:
    submit(site, settings, phish(), Disposition.MALICIOUS)
    client = site.sign_in()
    page = client.get("/dashboard/submissions", params={"start": "2020-01-01", "end": "2020-01-31"}).text
    assert "0 submissions" in page and "No submissions match." in page
    bad = client.get("/dashboard/submissions", params={"outcome_disposition": "MAYBE"})
    assert bad.status_code == 400 and "outcome_disposition: choose one of" in bad.text
