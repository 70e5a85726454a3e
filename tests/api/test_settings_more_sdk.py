"""Sending domain restrictions, URL ignore patterns, content policies, domain verification and
PhishGuard reports through the official SDK (and raw HTTP where SDK 5.9.0 has no method) on a
live server, and their effect on the scan context."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime

import cloudflare
import httpx
import pytest
from cloudflare import Cloudflare

from mailverdict.api.app import create_app
from mailverdict.engine.context import ContentPolicy
from mailverdict.services import phishguard
from mailverdict.services.context import scan_context
from mailverdict.services.settings import domains
from mailverdict.settings import Settings
from mailverdict.store.db import Database
from mailverdict.store.models import Domain
from tests.conftest import LiveServer
from tests.factories import Tenant, tenant


@dataclass
class Live:
    sdk: Cloudflare
    http: httpx.Client  # for the operations SDK 5.9.0 does not offer
    tenant: Tenant

    @property
    def account_id(self) -> str:
        return self.tenant.account_id

    def post(self, path: str, body: object) -> httpx.Response:
        return self.http.post(f"/accounts/{self.account_id}/email-security{path}", json=body)

    def get(self, path: str) -> httpx.Response:
        return self.http.get(f"/accounts/{self.account_id}/email-security{path}")


@pytest.fixture
def live(db: Database, settings: Settings) -> Iterator[Live]:
    t = tenant(db)
    with LiveServer(create_app(settings, db)) as server, httpx.Client(
            base_url=server.base_url, headers={"Authorization": f"Bearer {t.token}"}, timeout=30) as http:
        yield Live(Cloudflare(api_token=t.token, base_url=server.base_url, max_retries=0), http, t)


def test_sending_domain_restrictions_crud_and_batch_deletes(live: Live) -> None:
    restrictions = live.sdk.email_security.settings.sending_domain_restrictions
    made = restrictions.create(account_id=live.account_id, domain="Bank.Example",
                               exclude=["legacy.bank.example", "LEGACY.bank.example"])
    assert made is not None and (made.domain, made.exclude) == ("bank.example", ["legacy.bank.example"])
    with pytest.raises(cloudflare.ConflictError):
        restrictions.create(account_id=live.account_id, domain="bank.example", exclude=[])
    with pytest.raises(cloudflare.BadRequestError, match="not a subdomain"):
        restrictions.create(account_id=live.account_id, domain="other.example", exclude=["bank.example"])
    other = restrictions.create(account_id=live.account_id, domain="agency.example", exclude=[])
    assert other is not None and made.id is not None and other.id is not None
    assert [r.domain for r in restrictions.list(account_id=live.account_id, order="domain")] == [
        "agency.example", "bank.example"]
    assert [r.id for r in restrictions.list(account_id=live.account_id, search="BANK")] == [made.id]
    edited = restrictions.edit(made.id, account_id=live.account_id, comments="TLS only")
    assert edited is not None and (edited.comments, edited.exclude) == ("TLS only", ["legacy.bank.example"])
    got = restrictions.get(made.id, account_id=live.account_id)
    assert got is not None and got.modified_at is not None and got.last_modified == got.modified_at

    refused = live.post("/settings/sending_domain_restrictions/batch",
                        {"deletes": [], "posts": [{"domain": "x.example", "exclude": []}]})
    assert refused.status_code == 400 and "posts" in refused.json()["errors"][0]["message"]
    # All or nothing: an unknown id fails the batch and the known one stays.
    partial = live.post("/settings/sending_domain_restrictions/batch",
                        {"deletes": [{"id": other.id}, {"id": "00000000-0000-0000-0000-000000000000"}]})
    assert partial.status_code == 404
    assert restrictions.get(other.id, account_id=live.account_id) is not None
    done = live.post("/settings/sending_domain_restrictions/batch", {"deletes": [{"id": other.id}]})
    assert done.status_code == 200 and done.json()["result"] == {"deletes": [{"id": other.id}]}
    deleted = restrictions.delete(made.id, account_id=live.account_id)
    assert deleted is not None and deleted.id == made.id
    assert list(restrictions.list(account_id=live.account_id)) == []


def test_url_ignore_patterns_crud_and_batch(live: Live) -> None:
    patterns = live.sdk.email_security.settings.url_ignore_patterns
    made = patterns.create(account_id=live.account_id, pattern=r"https://sso\.example\.org/.*",
                           comments="our login page")
    assert made is not None and made.pattern == r"https://sso\.example\.org/.*"
    with pytest.raises(cloudflare.BadRequestError, match="regular expression"):
        patterns.create(account_id=live.account_id, pattern="(unclosed")
    with pytest.raises(cloudflare.BadRequestError, match="unknown field"):  # additionalProperties: false
        patterns.create(account_id=live.account_id, pattern="ok", extra_body={"is_regex": True})
    edited = patterns.edit(made.id, account_id=live.account_id, pattern=r"https://sso\.example\.org/login")
    assert edited is not None and edited.comments == "our login page"

    second = patterns.create(account_id=live.account_id, pattern="second", comments="will be replaced")
    assert second is not None
    result = live.post("/settings/url_ignore_patterns/batch", {
        "deletes": [], "patches": [{"id": made.id, "comments": "patched"}],
        "puts": [{"id": second.id, "pattern": "replaced"}], "posts": [{"pattern": "first"}]})
    assert result.status_code == 200, result.text
    body = result.json()["result"]
    assert (body["patches"][0]["comments"], body["patches"][0]["pattern"]) == ("patched", edited.pattern)
    # A put replaces the whole value: what it leaves out is reset.
    assert (body["puts"][0]["pattern"], body["puts"][0]["comments"]) == ("replaced", None)
    assert [p["pattern"] for p in body["posts"]] == ["first"]
    refused = live.post("/settings/url_ignore_patterns/batch", {"deletes": [{"id": made.id}], "patches": [],
                                                               "puts": [], "posts": [{"pattern": "["}]})
    assert refused.status_code == 400
    page1 = patterns.list(account_id=live.account_id, per_page=2)
    assert len(page1.result) == 2 and {p.pattern for p in page1} == {"replaced", "first", edited.pattern}
    assert patterns.get(made.id, account_id=live.account_id) is not None  # the refused batch deleted nothing
    assert patterns.delete(made.id, account_id=live.account_id) is not None
    with pytest.raises(cloudflare.NotFoundError):
        patterns.get(made.id, account_id=live.account_id)


def test_content_policies_crud_filters_and_batch(live: Live) -> None:
    policies = live.sdk.email_security.settings.content_policies
    wire = policies.create(account_id=live.account_id, name="Wire fraud", pattern=r"wire\s+transfer",
                           targets=["SUBJECT", "BODY", "SUBJECT"], enabled=True, notes="finance asked")
    assert wire is not None and wire.id is not None and wire.targets == ["SUBJECT", "BODY"]
    assert wire.notes == "finance asked"
    with pytest.raises(cloudflare.BadRequestError):
        policies.create(account_id=live.account_id, name="Bad", pattern="x", targets=[], enabled=True)
    with pytest.raises(cloudflare.BadRequestError, match="regular expression"):
        policies.create(account_id=live.account_id, name="Bad", pattern="*x", targets=["BODY"], enabled=True)
    result = policies.batch(account_id=live.account_id, deletes=[], puts=[],
                            # SDK 5.9.0's Patch type leaves out "id", which the spec requires.
                            patches=[{"id": wire.id, "enabled": False}],  # type: ignore[typeddict-unknown-key]
                            posts=[{"name": "Gift cards", "pattern": "gift ?cards?", "targets": ["BODY"],
                                    "enabled": True}])
    assert result is not None and result.patches and result.patches[0].enabled is False
    assert result.posts and result.posts[0].name == "Gift cards"
    assert [p.name for p in policies.list(account_id=live.account_id, enabled=True)] == ["Gift cards"]
    assert [p.name for p in policies.list(account_id=live.account_id, name="Wire fraud")] == ["Wire fraud"]
    assert [p.name for p in policies.list(account_id=live.account_id, order="name", direction="desc")] == [
        "Wire fraud", "Gift cards"]
    assert [p.name for p in policies.list(account_id=live.account_id, search="GIFT")] == ["Gift cards"]
    raw = live.get(f"/settings/content_policies/{wire.id}").json()["result"]
    assert "comments" not in raw and raw["notes"] == "finance asked"
    edited = policies.edit(wire.id, account_id=live.account_id, enabled=True, notes=None)
    assert edited is not None and edited.enabled is True and edited.notes is None
    deleted = policies.delete(wire.id, account_id=live.account_id)
    assert deleted is not None and deleted.id == wire.id


def test_url_ignore_patterns_and_enabled_content_policies_feed_the_scan_context(live: Live, db: Database) -> None:
    s = live.sdk.email_security.settings
    s.url_ignore_patterns.create(account_id=live.account_id, pattern=r"https://intranet\.example/.*")
    s.content_policies.create(account_id=live.account_id, name="On", pattern="invoice", targets=["SUBJECT"],
                              enabled=True)
    s.content_policies.create(account_id=live.account_id, name="Off", pattern="lottery", targets=["BODY"],
                              enabled=False)
    with db.read() as session:
        context = scan_context(session, live.account_id)
    assert context.url_ignore_patterns == (r"https://intranet\.example/.*",)
    assert context.content_policies == (ContentPolicy("On", "invoice", ("SUBJECT",)),)


DOMAIN = {"allowed_delivery_modes": ["DIRECT"], "ip_restrictions": [], "drop_dispositions": [],
          "regions": ["GLOBAL"]}


def test_domain_verification_record_check_and_204(live: Live, db: Database) -> None:
    made = live.sdk.email_security.settings.domains.create(account_id=live.account_id, domain="example.org",
                                                           **DOMAIN)  # type: ignore[arg-type]
    assert made is not None and made.id is not None
    response = live.get(f"/settings/domains/{made.id}/verification")
    assert response.status_code == 200
    info = response.json()["result"]
    assert info["txt_record_name"] == "_cf-email-sec-challenge.example.org"
    assert info["txt_record_value"].startswith("cf-email-sec-verification=") and info["last_checked_at"] is None
    assert "verification_token" not in live.get(f"/settings/domains/{made.id}").json()["result"]
    # A PUT replaces the settings, not the domain's proof of ownership.
    live.sdk.email_security.settings.domains.update(made.id, account_id=live.account_id, lookback_hops=2,
                                                    **DOMAIN)  # type: ignore[arg-type]
    assert live.get(f"/settings/domains/{made.id}/verification").json()["result"] == info

    published = {"_cf-email-sec-challenge.example.org": ["unrelated", info["txt_record_value"]]}
    checked = domains.check_verification(db, live.account_id, made.id, published.get)
    assert checked is not None and checked.status == "ACTIVE" and checked.last_checked_at is not None
    missing = domains.check_verification(db, live.account_id, made.id, lambda name: None)
    assert missing is not None and missing.status == "FAILED"
    assert live.get(f"/settings/domains/{made.id}/verification").json()["result"]["status"] == "FAILED"

    with db.write() as session:  # as a domain from before tokens: verified some other way
        row = session.get(Domain, made.id)
        assert row is not None
        row.verification_token = None
    empty = live.get(f"/settings/domains/{made.id}/verification")
    assert empty.status_code == 204 and empty.content == b""
    assert live.get("/settings/domains/00000000-0000-0000-0000-000000000000/verification").status_code == 404


def _report(db: Database, account_id: str, title: str, day: int, disposition: str = "MALICIOUS") -> int:
    at = datetime(2026, 10, day, 12, tzinfo=UTC)
    return phishguard.add_report(db, account_id, title=title, content=f"{title} details", disposition=disposition,
                                 priority="HIGH", to=["cfo@example.org"], from_address="ceo@examp1e.org",
                                 postfix_id="4Njp3P0STMz2c02Q", occurred_at=at, created_at=at,
                                 tags=[("campaign", title.lower())]).id


def test_phishguard_reports_by_date_and_page(live: Live, db: Database) -> None:
    ids = {day: _report(db, live.account_id, f"Report {day}", day) for day in (1, 10, 20)}
    _report(db, tenant(db, name="Other").account_id, "Not ours", 10)
    reports = live.sdk.email_security.phishguard.reports
    listed = list(reports.list(account_id=live.account_id, per_page=2))  # the SDK follows page 2 itself
    assert [r.id for r in listed] == [ids[20], ids[10], ids[1]]
    first = listed[0]
    assert (first.title, first.disposition, first.priority) == ("Report 20", "MALICIOUS", "HIGH")
    assert first.fields.to == ["cfo@example.org"] and first.fields.from_ == "ceo@examp1e.org"
    assert first.tags and (first.tags[0].category, first.tags[0].value) == ("campaign", "report 20")
    assert first.created_at == datetime(2026, 10, 20, 12, tzinfo=UTC)
    window = reports.list(account_id=live.account_id, start=datetime(2026, 10, 5, tzinfo=UTC),
                          end=datetime(2026, 10, 20, 12, tzinfo=UTC))
    assert [r.id for r in window] == [ids[20], ids[10]]  # end is inclusive
    by_day = reports.list(account_id=live.account_id, from_date="2026-10-10", to_date="2026-10-10")
    assert [r.id for r in by_day] == [ids[10]]
    # start takes precedence over the deprecated from_date.
    both = reports.list(account_id=live.account_id, start="2026-10-15T00:00:00Z", from_date="2026-10-01")
    assert [r.id for r in both] == [ids[20]]
    with pytest.raises(cloudflare.BadRequestError, match="after end"):
        reports.list(account_id=live.account_id, start="2026-10-15T00:00:00Z", end="2026-10-01T00:00:00Z")
    page2 = live.get("/phishguard/reports?per_page=2&page=2").json()
    assert page2["result_info"] == {"page": 2, "per_page": 2, "count": 1, "total_count": 3}
