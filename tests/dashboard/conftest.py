"""A live server with the dashboard, a tenant, and browser-like clients (cookies kept, no redirects followed)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from urllib.parse import quote

import httpx
import pytest

from mailverdict.api.app import create_app
from mailverdict.settings import Settings
from mailverdict.store.db import Database
from mailverdict.store.models import Message
from tests.conftest import LiveServer
from tests.factories import Tenant, tenant

CSRF = re.compile(r'name="csrf" value="([^"]+)"')


@dataclass
class Site:
    server: LiveServer
    tenant: Tenant
    db: Database
    clients: list[httpx.Client]

    @property
    def origin(self) -> str:
        return f"http://127.0.0.1:{self.server.port}"

    def browser(self) -> httpx.Client:
        client = httpx.Client(base_url=self.origin, timeout=30, follow_redirects=False)
        self.clients.append(client)
        return client

    def sign_in(self, token: str | None = None) -> httpx.Client:
        """A browser signed in with ``token`` (the tenant's Write token by default)."""
        client = self.browser()
        response = post_form(client, "/dashboard/signin", {"token": token or self.tenant.token},
                             page="/dashboard/signin")
        assert response.status_code == 303, response.text
        assert response.headers["location"] == "/dashboard/"
        return client


def csrf_of(html: str) -> str:
    found = CSRF.search(html)
    assert found is not None, "the page has no form with a CSRF token"
    return found.group(1)


def post_form(client: httpx.Client, path: str, data: dict[str, str], *, page: str,
              files: dict[str, tuple[str, bytes, str]] | None = None) -> httpx.Response:
    """Post a form as a browser would: first load ``page`` to read its CSRF token."""
    loaded = client.get(page)
    assert loaded.status_code == 200, loaded.text
    return client.post(path, data={**data, "csrf": csrf_of(loaded.text)}, files=files)


def detail_path(message: Message, suffix: str = "") -> str:
    return f"/dashboard/messages/{quote(message.investigate_id, safe='')}{suffix}"


@pytest.fixture
def site(db: Database, settings: Settings) -> Iterator[Site]:
    with LiveServer(create_app(settings, db)) as server:
        made = Site(server, tenant(db), db, [])
        yield made
        for client in made.clients:
            client.close()
