"""Settings through the official SDK on a live server, and their effect on the scan context."""

from __future__ import annotations

from collections.abc import Iterator

import cloudflare
import pytest
from cloudflare import Cloudflare

from mailverdict.api.app import create_app
from mailverdict.services.context import scan_context
from mailverdict.settings import Settings
from mailverdict.store.db import Database
from tests.conftest import LiveServer
from tests.factories import Tenant, tenant


@pytest.fixture
def cf(db: Database, settings: Settings) -> Iterator[tuple[Cloudflare, Tenant]]:
    t = tenant(db)
    with LiveServer(create_app(settings, db)) as server:
        yield Cloudflare(api_token=t.token, base_url=server.base_url, max_retries=0), t


DOMAIN = {"allowed_delivery_modes": ["DIRECT"], "ip_restrictions": [], "drop_dispositions": ["MALICIOUS"],
          "regions": ["GLOBAL"]}


def test_domains_create_list_get_edit_replace_delete(cf: tuple[Cloudflare, Tenant]) -> None:
    client, t = cf
    domains = client.email_security.settings.domains
    made = domains.create(account_id=t.account_id, domain="Example.ORG", **DOMAIN)  # type: ignore[arg-type]
    assert made.domain == "example.org" and made.lookback_hops == 1
    with pytest.raises(cloudflare.ConflictError):
        domains.create(account_id=t.account_id, domain="example.org", **DOMAIN)  # type: ignore[arg-type]
    listed = list(domains.list(account_id=t.account_id, domain=["example.org"]))
    assert [d.id for d in listed] == [made.id]
    edited = domains.edit(made.id, account_id=t.account_id, lookback_hops=3)
    assert edited.lookback_hops == 3 and edited.drop_dispositions == ["MALICIOUS"]
    replaced = domains.update(made.id, account_id=t.account_id, allowed_delivery_modes=["BCC"], lookback_hops=2,
                              ip_restrictions=[], drop_dispositions=[], regions=["US"])
    assert (replaced.domain, replaced.allowed_delivery_modes) == ("example.org", ["BCC"])
    assert replaced.drop_dispositions == []
    assert [d.id for d in domains.list(account_id=t.account_id, allowed_delivery_mode="BCC")] == [made.id]
    assert domains.delete(made.id, account_id=t.account_id).id == made.id
    with pytest.raises(cloudflare.NotFoundError):
        domains.get(made.id, account_id=t.account_id)


def test_allow_and_block_patterns_feed_the_scan_context(cf: tuple[Cloudflare, Tenant], db: Database) -> None:
    client, t = cf
    s = client.email_security.settings
    s.allow_policies.create(account_id=t.account_id, pattern="partner.example", pattern_type="DOMAIN",
                            is_regex=False, is_trusted_sender=True, is_acceptable_sender=True,
                            is_exempt_recipient=False, verify_sender=True)
    s.block_senders.create(account_id=t.account_id, pattern="spammer@bad.example", pattern_type="EMAIL",
                           is_regex=False)
    s.trusted_domains.create(account_id=t.account_id, pattern="supplier.example", is_regex=False, is_recent=True,
                             is_similarity=False)
    s.impersonation_registry.create(account_id=t.account_id, name="Ada Lovelace", email="ada@example.org",
                                    is_email_regex=False)
    s.domains.create(account_id=t.account_id, domain="example.org", **DOMAIN)  # type: ignore[arg-type]
    with db.read() as session:
        context = scan_context(session, t.account_id)
    assert {(p.pattern, p.kind) for p in context.allow_patterns} == {
        ("partner.example", "trusted_sender"), ("partner.example", "acceptable_sender")}
    assert [(p.pattern, p.kind) for p in context.block_patterns] == [("spammer@bad.example", "blocked")]
    assert context.trusted_domains == ("supplier.example",)
    assert [(e.name, e.email) for e in context.impersonation_registry] == [("Ada Lovelace", "ada@example.org")]
    assert context.account_domains == ("example.org",)


def test_list_filters_order_and_batch(cf: tuple[Cloudflare, Tenant]) -> None:
    client, t = cf
    policies = client.email_security.settings.allow_policies
    for pattern in ("b@x.example", "a@x.example"):
        policies.create(account_id=t.account_id, pattern=pattern, pattern_type="EMAIL", is_regex=False,
                        is_trusted_sender=False, is_acceptable_sender=True, is_exempt_recipient=False,
                        verify_sender=False)
    ordered = [p.pattern for p in policies.list(account_id=t.account_id, order="pattern", direction="asc")]
    assert ordered == ["a@x.example", "b@x.example"]
    assert list(policies.list(account_id=t.account_id, is_trusted_sender=True)) == []
    first = ordered and next(iter(policies.list(account_id=t.account_id, pattern="a@x.example")))
    result = client.email_security.settings.block_senders.batch(
        account_id=t.account_id, deletes=[], patches=[], puts=[],
        posts=[{"pattern": "1.1.1.1", "pattern_type": "IP", "is_regex": False}])
    assert result.posts and result.posts[0].pattern == "1.1.1.1"
    with pytest.raises(cloudflare.BadRequestError, match="globally routable"):
        client.email_security.settings.block_senders.create(account_id=t.account_id, pattern="10.0.0.1",
                                                            pattern_type="IP", is_regex=False)
    with pytest.raises(cloudflare.BadRequestError, match="regular expression"):
        policies.create(account_id=t.account_id, pattern="(", pattern_type="EMAIL", is_regex=True,
                        is_trusted_sender=True, is_acceptable_sender=False, is_exempt_recipient=False,
                        verify_sender=False)
    assert first and policies.delete(first.id, account_id=t.account_id).id == first.id
