"""Property-based run of the official OpenAPI's investigate operations against a live server.

Schemathesis generates requests from the spec (valid and edge-case parameters and bodies); every
response must be a non-5xx that conforms to the spec's schema for its status. Path parameters are
pointed at a real account (and, for most cases, a real message) so the runs reach past the auth
and lookup layers. The spec lives in ../shared; without it this module skips.
"""

from __future__ import annotations

import json
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, settings

from mailverdict.api.app import create_app
from mailverdict.settings import Settings
from mailverdict.store.db import Database
from mailverdict.store.models import Message
from tests.conftest import LiveServer
from tests.factories import eml, phish, stored, tenant

SPEC = Path(__file__).resolve().parents[3] / "shared/reference/cloudflare-email-security.openapi.json"
if not SPEC.exists():
    pytest.skip(f"the official OpenAPI is not at {SPEC}", allow_module_level=True)

schemathesis = pytest.importorskip("schemathesis")
from schemathesis.checks import not_a_server_error  # noqa: E402
from schemathesis.specs.openapi.checks import response_schema_conformance, status_code_conformance  # noqa: E402

schema = schemathesis.openapi.from_dict(json.loads(SPEC.read_text())).include(path_regex=r"/investigate").exclude(
    path_regex=r"/reclassify$"
)


@dataclass
class Target:
    base_url: str
    token: str
    account_id: str
    message_ids: list[str]


@pytest.fixture
def target(db: Database, settings: Settings) -> Iterator[Target]:
    t = tenant(db)
    made = [stored(db, t.account_id, phish()), stored(db, t.account_id, eml())]
    with db.write() as session:
        row = session.get(Message, made[0].id)
        assert row is not None
        row.is_quarantined = True
    with LiveServer(create_app(settings, db)) as server:
        yield Target(server.base_url, t.token, t.account_id, [m.investigate_id for m in made])


@schema.parametrize()
@settings(max_examples=12, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow,
                                 HealthCheck.filter_too_much, HealthCheck.data_too_large])
def test_investigate_operations_conform_to_the_spec(case: Any, target: Target) -> None:
    params = case.path_parameters or {}
    if "account_id" in params:
        params["account_id"] = target.account_id
    if "investigate_id" in params:
        # Three in four cases name a real message; the rest keep the generated id (a 404 path).
        choice = zlib.crc32(str(params["investigate_id"]).encode()) % 4
        if choice < 2:
            params["investigate_id"] = target.message_ids[choice]
    response = case.call(base_url=target.base_url, headers={"Authorization": f"Bearer {target.token}"},
                         timeout=30)
    case.validate_response(response, checks=[not_a_server_error, response_schema_conformance,
                                             status_code_conformance])
