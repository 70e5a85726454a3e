"""Sending domain restrictions: mail from a domain must arrive over TLS, except from the
subdomains it excludes."""

from __future__ import annotations

from typing import Any

from mailverdict.errors import InvalidInput
from mailverdict.services.settings.crud import Resource
from mailverdict.services.settings.patterns import check_domain
from mailverdict.store.models import SendingDomainRestriction


def check(values: dict[str, Any]) -> dict[str, Any]:
    domain = check_domain(values["domain"], "domain")
    exclude = []
    for index, name in enumerate(values.get("exclude") or []):
        sub = check_domain(name, f"exclude[{index}]")
        # An exclusion outside the domain would never apply: say so rather than keep it silently.
        if not sub.endswith("." + domain):
            raise InvalidInput(f"exclude[{index}]: {name!r} is not a subdomain of {domain!r}")
        exclude.append(sub)
    values["domain"], values["exclude"] = domain, list(dict.fromkeys(exclude))
    return values


RESOURCE = Resource(
    model=SendingDomainRestriction,
    label="sending domain restriction",
    orderable=("domain", "created_at"),
    search_columns=("domain", "comments"),
    check=check,
    unique="domain",
    defaults={"exclude": []},
)
