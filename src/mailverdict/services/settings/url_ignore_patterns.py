"""URL ignore patterns: regular expressions over URLs that link rewriting and checks leave alone."""

from __future__ import annotations

from typing import Any

from mailverdict.services.settings.crud import Resource
from mailverdict.services.settings.patterns import check_regex
from mailverdict.store.models import UrlIgnorePattern


def check(values: dict[str, Any]) -> dict[str, Any]:
    check_regex(values["pattern"])
    return values


RESOURCE = Resource(
    model=UrlIgnorePattern,
    label="URL ignore pattern",
    search_columns=("pattern", "comments"),
    check=check,
)
