"""Input no database can take (NUL bytes, huge integers) is a 400 envelope on both dialects, never a 500."""

from __future__ import annotations

import pytest

from tests.api.conftest import Api

URLS = [
    "/investigate?subject=a%00b",
    "/investigate?query=abc%00d",
    "/investigate/a%00b",
    "/investigate/bulk/a%00b",
    "/settings/domains/a%00b",
    "/investigate?page=99999999999999999999&detections_only=false",
]


@pytest.mark.parametrize("path", URLS)
def test_unstorable_values_in_the_url_are_refused(api: Api, path: str) -> None:
    response = api.client.get(api.url(path), headers=api.auth)
    assert response.status_code == 400
    body = response.json()
    assert body["success"] is False and body["errors"][0]["message"]


@pytest.mark.parametrize("body", [
    ("/settings/block_senders", {"pattern": "a\u0000b@x.example", "pattern_type": "EMAIL", "is_regex": False}),
    ("/settings/impersonation_registry", {"name": "x", "email": "a@b.example", "is_email_regex": False,
                                          "directory_id": 10**30}),
])
def test_unstorable_values_in_a_body_are_refused(api: Api, body: tuple[str, dict[str, object]]) -> None:
    path, payload = body
    response = api.client.post(api.url(path), json=payload, headers=api.auth)
    assert 400 <= response.status_code < 500, response.text
