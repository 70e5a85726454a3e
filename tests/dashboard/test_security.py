"""Headers every dashboard answer carries, and pages without any script."""

from __future__ import annotations

from mailverdict.dashboard.pages import CSP
from tests.dashboard.conftest import Site, detail_path
from tests.factories import phish, stored


def test_every_page_has_the_content_security_policy_and_no_script(site: Site) -> None:
    message = stored(site.db, site.tenant.account_id, phish())
    anonymous = site.browser()
    client = site.sign_in()
    answers = [anonymous.get("/dashboard/signin"), anonymous.get("/dashboard/"), client.get("/dashboard/"),
               client.get("/dashboard/submissions"), client.get("/dashboard/accounts"),
               *(client.get(detail_path(message), params={"tab": tab})
                 for tab in ("details", "log", "raw", "trace", "preview")),
               client.get("/dashboard/messages/nope"), client.post(detail_path(message, "/move"))]
    assert [a.status_code for a in answers[-2:]] == [404, 403]
    for answer in answers:
        assert answer.headers["content-security-policy"] == CSP, answer.url
        assert answer.headers["x-content-type-options"] == "nosniff"
        assert answer.headers["x-frame-options"] == "DENY"
        assert "<script" not in answer.text.lower()
    assert "script-src" not in CSP and "default-src 'none'" in CSP
    for answer in answers:
        if answer.status_code == 200:
            assert answer.headers["cache-control"] == "no-store"


def test_the_stylesheet_is_served_from_the_package(site: Site) -> None:
    response = site.browser().get("/dashboard/static/dashboard.css")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/css")
    assert ".disp.malicious" in response.text
    assert "url(" not in response.text  # nothing remote, nothing to load


def test_the_api_is_unchanged_by_the_dashboard(site: Site) -> None:
    response = site.browser().get(f"/client/v4/accounts/{site.tenant.account_id}/email-security/submissions",
                                  headers={"Authorization": f"Bearer {site.tenant.token}"})
    assert response.status_code == 200
    assert response.json()["success"] is True
    assert "content-security-policy" not in response.headers
