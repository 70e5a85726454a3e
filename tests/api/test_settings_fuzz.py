"""Property-based run of the official OpenAPI's settings, submissions and PhishGuard operations
against a live server.

As in test_investigate_fuzz: schemathesis generates requests from the spec, and every response
must be a non-5xx that conforms to the spec's schema for its status. Each account has one row of
every settings resource, and most generated ids are swapped for that row's id, so the runs reach
the get/edit/delete/verification code and not only its 404. The spec lives in ../shared; without
it this module skips.

The default run is bounded for the suite (well under 90 s on both backends): generated cases
only. MAILVERDICT_FUZZ_DEEP=1 adds schemathesis' coverage cases (boundary values, nulls) and
schema-violating requests, and more examples: minutes, for before a release.
"""

from __future__ import annotations

import json
import os
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, Phase, settings

from mailverdict.api.app import create_app
from mailverdict.errors import NotFound
from mailverdict.services import phishguard
from mailverdict.services.settings import (
    allow_policies,
    block_senders,
    content_policies,
    crud,
    domains,
    impersonation_registry,
    sending_domain_restrictions,
    trusted_domains,
    url_ignore_patterns,
)
from mailverdict.settings import Settings
from mailverdict.store.db import Database
from mailverdict.store.models import Base
from tests.conftest import LiveServer
from tests.factories import tenant

SPEC = Path(__file__).resolve().parents[3] / "shared/reference/cloudflare-email-security.openapi.json"
if not SPEC.exists():
    pytest.skip(f"the official OpenAPI is not at {SPEC}", allow_module_level=True)

schemathesis = pytest.importorskip("schemathesis")
from schemathesis.checks import not_a_server_error  # noqa: E402
from schemathesis.specs.openapi.checks import response_schema_conformance, status_code_conformance  # noqa: E402

schema = schemathesis.openapi.from_dict(json.loads(SPEC.read_text())).include(
    path_regex=r"/email-security/(settings|submissions|phishguard)")
DEEP = os.environ.get("MAILVERDICT_FUZZ_DEEP") == "1"
if DEEP:
    schema.config.generation.update(modes=["positive", "negative"])

# One row per resource, as the path segment that names it.
ROWS: dict[str, tuple[crud.Resource[Any], dict[str, Any]]] = {
    "domains": (domains.RESOURCE, {"domain": "example.org", "allowed_delivery_modes": ["DIRECT"],
                                   "regions": ["GLOBAL"]}),
    "allow_policies": (allow_policies.RESOURCE, {"pattern": "partner.example", "pattern_type": "DOMAIN",
                                                 "is_trusted_sender": True}),
    "block_senders": (block_senders.RESOURCE, {"pattern": "bad@spam.example", "pattern_type": "EMAIL"}),
    "trusted_domains": (trusted_domains.RESOURCE, {"pattern": "supplier.example"}),
    "impersonation_registry": (impersonation_registry.RESOURCE, {"name": "Ada Lovelace",
                                                                 "email": "ada@example.org"}),
    "sending_domain_restrictions": (sending_domain_restrictions.RESOURCE, {"domain": "bank.example",
                                                                           "exclude": ["old.bank.example"]}),
    "url_ignore_patterns": (url_ignore_patterns.RESOURCE, {"pattern": r"https://sso\.example/.*"}),
    "content_policies": (content_policies.RESOURCE, {"name": "Wire", "pattern": "wire transfer",
                                                     "targets": ["SUBJECT"], "enabled": True}),
}


@dataclass
class Target:
    base_url: str
    token: str
    account_id: str
    db: Database
    row_ids: dict[str, str]  # resource path segment -> the id of its row

    def row_id(self, resource: str) -> str:
        """The id of the account's row of ``resource``, made again if an earlier case deleted it."""
        made, values = ROWS[resource]
        try:
            crud.get(self.db, made, self.account_id, self.row_ids[resource])
        except NotFound:
            self.row_ids[resource] = crud.create(self.db, made, self.account_id, values).id
        return self.row_ids[resource]


@pytest.fixture(scope="module", params=["sqlite", "postgres"])
def target(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Target]:
    # One server and database per backend for the whole module: a server per operation would
    # cost more than the operation's cases. Rows the cases add stay, as they would in use.
    if request.param == "postgres":
        url = str(request.getfixturevalue("postgres_url"))
    else:
        url = f"sqlite:///{tmp_path_factory.mktemp('fuzz') / 'settings.db'}"
    db = Database(url)
    db.upgrade()
    with db.write() as session:  # the PostgreSQL database is shared with other modules' tests
        for table in reversed(Base.metadata.sorted_tables):
            session.execute(table.delete())
    t = tenant(db)
    row_ids = {name: crud.create(db, resource, t.account_id, values).id for name, (resource, values) in ROWS.items()}
    phishguard.add_report(db, t.account_id, title="BEC attempt", content="details", disposition="MALICIOUS-BEC",
                          priority="HIGH", to=["cfo@example.org"], tags=[("campaign", "invoice")])
    settings = replace(Settings.from_env(tmp_path_factory.mktemp("fuzz-home")), database_url=url, rate_limit=0)
    try:
        with LiveServer(create_app(settings, db)) as server:
            yield Target(server.base_url, t.token, t.account_id, db, row_ids)
    finally:
        with db.write() as session:
            for table in reversed(Base.metadata.sorted_tables):
                session.execute(table.delete())
        db.dispose()


def _resource(path: str) -> str:
    return path.split("/settings/", 1)[-1].split("/", 1)[0]


@schema.parametrize()
@settings(max_examples=40 if DEEP else 8, deadline=None, derandomize=True,
          phases=[Phase.explicit, Phase.generate] if DEEP else [Phase.generate],
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow,
                                 HealthCheck.filter_too_much, HealthCheck.data_too_large])
def test_settings_and_submissions_conform_to_the_spec(case: Any, target: Target) -> None:
    params = case.path_parameters or {}
    if "account_id" in params:
        params["account_id"] = target.account_id
    for name, value in params.items():
        # Three in four cases name the account's real row; the rest keep the generated id (a 404 path).
        if name != "account_id" and zlib.crc32(str(value).encode()) % 4 < 3:
            params[name] = target.row_id(_resource(case.path))
    response = case.call(base_url=target.base_url, headers={"Authorization": f"Bearer {target.token}"},
                         timeout=30)
    case.validate_response(response, checks=[not_a_server_error, response_schema_conformance,
                                             status_code_conformance])


# Date-times the generator does not make (it sends RFC 3339 with an offset), each once answered
# 500: no offset, and instants that leave the representable range when moved to UTC.
@pytest.mark.parametrize(("path", "status"), [
    ("/submissions?start=2020-01-01T00:00:00", 200),
    ("/submissions?end=0001-01-01T00:00:00Z", 200),
    ("/submissions?start=0001-01-01T00:00:00%2B05:00", 400),
    ("/investigate?start=0001-01-01T00:00:00%2B05:00", 400),
    ("/phishguard/reports?start=2020-01-01T00:00:00&to_date=9999-12-31", 200),
    ("/phishguard/reports?end=9999-12-31T23:00:00-05:00", 400),
])
def test_edge_date_times_are_answered_without_a_server_error(target: Target, path: str, status: int) -> None:
    response = httpx.get(f"{target.base_url}/accounts/{target.account_id}/email-security{path}",
                         headers={"Authorization": f"Bearer {target.token}"}, timeout=30)
    assert response.status_code == status, response.text
    assert response.json()["success"] is (status == 200)
