"""The Investigation page: hostile text escaped, filters, similar-email counts, cursor paging."""

from __future__ import annotations

import pytest

from mailverdict.dashboard import investigation
from tests.dashboard.conftest import Site, detail_path
from tests.factories import eml, phish, stored

HOSTILE = "<script>alert(1)</script>"


def test_results_show_an_imported_message_escaped(site: Site) -> None:
    message = stored(site.db, site.tenant.account_id,
                     eml(subject=HOSTILE, sender='"<img src=x onerror=alert(2)>" <eve@example.net>'))
    client = site.sign_in()
    page = client.get("/dashboard/", params={"include_all": "1"})
    assert page.status_code == 200
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page.text
    assert HOSTILE not in page.text
    assert "&lt;img src=x onerror=alert(2)&gt;" in page.text and "<img src=x" not in page.text
    assert detail_path(message) in page.text


def test_detections_only_unless_all_mail_is_included(site: Site) -> None:
    stored(site.db, site.tenant.account_id, eml(subject="Lunch on Friday"))
    bad = stored(site.db, site.tenant.account_id, phish())
    assert bad.final_disposition not in (None, "NONE")
    client = site.sign_in()
    detections = client.get("/dashboard/").text
    assert "Urgent: verify your account password now" in detections
    assert "Lunch on Friday" not in detections
    everything = client.get("/dashboard/", params={"include_all": "1"}).text
    assert "Lunch on Friday" in everything


def test_query_and_disposition_filter(site: Site) -> None:
    stored(site.db, site.tenant.account_id, eml(subject="Invoice 4471 overdue"))
    stored(site.db, site.tenant.account_id, eml(subject="Team offsite agenda"))
    client = site.sign_in()
    found = client.get("/dashboard/", params={"include_all": "1", "query": "subject:invoice"}).text
    assert "Invoice 4471 overdue" in found and "Team offsite agenda" not in found
    clean = client.get("/dashboard/", params={"disposition": "MALICIOUS", "include_all": "1"}).text
    assert "Invoice 4471 overdue" not in clean


def test_similar_emails_are_counted_and_listed_by_fingerprint(site: Site) -> None:
    for _ in range(3):
        stored(site.db, site.tenant.account_id, phish())
    lone = stored(site.db, site.tenant.account_id, eml(subject="Something else entirely"))
    client = site.sign_in()
    page = client.get("/dashboard/", params={"include_all": "1"}).text
    assert page.count('title="List the emails with the same fingerprint">3</a>') == 3
    assert 'title="List the emails with the same fingerprint">1</a>' in page
    link = page.split('title="List the emails with the same fingerprint">3')[0].rsplit('href="', 1)[1].split('"')[0]
    similar = client.get(link.replace("&amp;", "&"))
    assert similar.status_code == 200
    assert similar.text.count("Urgent: verify your account password now") == 3
    assert "Something else entirely" not in similar.text
    assert lone.edf_hash is not None


def test_cursor_paging_walks_every_result_once(site: Site, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(investigation, "PER_PAGE", 2)
    subjects = [f"Weekly digest number {i}" for i in range(5)]
    for subject in subjects:
        stored(site.db, site.tenant.account_id, eml(subject=subject))
    client = site.sign_in()
    seen: list[str] = []
    url: str | None = "/dashboard/?include_all=1"
    pages = 0
    while url is not None:
        text = client.get(url).text
        pages += 1
        seen += sorted((s for s in subjects if s in text), key=text.index)
        older = text.split('">Older →</a>')[0].rsplit('href="', 1)[1] if "Older →" in text else None
        url = older.replace("&amp;", "&") if older else None
    assert pages == 3
    assert sorted(seen) == sorted(subjects)
    assert seen == subjects[::-1]  # newest first


def test_a_bad_date_is_explained_on_the_page(site: Site) -> None:
    client = site.sign_in()
    response = client.get("/dashboard/", params={"start": "yesterday"})
    assert response.status_code == 400
    assert "give a date as yyyy-mm-dd" in response.text
    late = client.get("/dashboard/", params={"start": "2026-03-05", "end": "2026-03-01"})
    assert "the start date is after the end date" in late.text


def test_a_preset_screen_searches_seven_days_of_one_disposition(site: Site) -> None:
    stored(site.db, site.tenant.account_id, phish())
    stored(site.db, site.tenant.account_id, eml(subject="Plain hello"))
    client = site.sign_in()
    page = client.get("/dashboard/", params={"screen": "malicious"}).text
    assert "Screen: Malicious" in page
    assert "Plain hello" not in page
