"""Protected domains: the account's own domains, how their mail reaches us and what to drop."""

from __future__ import annotations

from typing import Any

from mailverdict.errors import InvalidInput
from mailverdict.services.settings.crud import Resource
from mailverdict.services.settings.patterns import check_domain
from mailverdict.store.models import Domain


def check(values: dict[str, Any]) -> dict[str, Any]:
    values["domain"] = check_domain(values["domain"], "domain")
    for name, low, high in (("allowed_delivery_modes", 1, 10), ("regions", 1, 10), ("drop_dispositions", 0, 10),
                            ("ip_restrictions", 0, 100)):
        items = list(dict.fromkeys(values.get(name) or []))
        if not low <= len(items) <= high:
            raise InvalidInput(f"{name} must have {low} to {high} items, got {len(items)}")
        values[name] = items
    hops = values.get("lookback_hops")
    if hops is None or not 1 <= int(hops) <= 20:
        raise InvalidInput(f"lookback_hops must be between 1 and 20, got {hops!r}")
    return values


RESOURCE = Resource(
    model=Domain,
    label="domain",
    orderable=("domain", "created_at"),
    search_columns=("domain", "comments"),
    check=check,
    unique="domain",
    defaults={"allowed_delivery_modes": [], "drop_dispositions": [], "ip_restrictions": [], "regions": [],
              "lookback_hops": 1, "status": "ACTIVE"},
    keep=("domain", "status"),
)
