from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import httpx
import pytest

from mailverdict.api.app import create_app
from mailverdict.settings import Settings
from mailverdict.store.db import Database
from tests.conftest import LiveServer
from tests.factories import Tenant, tenant


@dataclass
class Api:
    server: LiveServer
    tenant: Tenant
    client: httpx.Client

    def url(self, path: str, account_id: str | None = None) -> str:
        return f"/accounts/{account_id or self.tenant.account_id}/email-security{path}"

    @property
    def auth(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.tenant.token}"}


@pytest.fixture
def api(db: Database, settings: Settings) -> Iterator[Api]:
    with LiveServer(create_app(settings, db)) as server, httpx.Client(base_url=server.base_url, timeout=30) as client:
        yield Api(server, tenant(db), client)
