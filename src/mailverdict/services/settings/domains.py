"""Protected domains: the account's own domains, how their mail reaches us and what to drop.

A domain added through the API gets a verification token to publish as a DNS TXT record
(``_cf-email-sec-challenge.<domain>``, Cloudflare's name); ``check_verification`` looks for it.
Domains from before tokens existed were verified by other means and have none.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from mailverdict.errors import InvalidInput
from mailverdict.services.settings import crud
from mailverdict.services.settings.crud import Resource
from mailverdict.services.settings.patterns import check_domain
from mailverdict.store.db import Database
from mailverdict.store.models import Domain
from mailverdict.store.types import utcnow

CHALLENGE = "_cf-email-sec-challenge"
# name -> its TXT strings, or None when the name does not exist (as the engine's TxtResolver).
TxtLookup = Callable[[str], list[str] | None]


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


def _token() -> dict[str, Any]:
    return {"verification_token": f"cf-email-sec-verification={secrets.token_hex(16)}"}


RESOURCE = Resource(
    model=Domain,
    label="domain",
    orderable=("domain", "created_at"),
    search_columns=("domain", "comments"),
    check=check,
    unique="domain",
    defaults={"allowed_delivery_modes": [], "drop_dispositions": [], "ip_restrictions": [], "regions": [],
              "lookback_hops": 1, "status": "ACTIVE"},
    keep=("domain", "status", "verification_token", "verification_checked_at"),
    fresh=_token,
)


@dataclass(frozen=True, slots=True)
class Verification:
    status: str
    txt_record_name: str
    txt_record_value: str
    last_checked_at: datetime | None


def _verification(domain: Domain) -> Verification | None:
    if domain.verification_token is None:
        return None
    return Verification(domain.status or "PENDING", f"{CHALLENGE}.{domain.domain}", domain.verification_token,
                        domain.verification_checked_at)


def verification(db: Database, account_id: str, domain_id: str) -> Verification | None:
    """The TXT record that proves the domain, or None when it was verified by other means."""
    return _verification(crud.get(db, RESOURCE, account_id, domain_id))


def check_verification(db: Database, account_id: str, domain_id: str, lookup: TxtLookup) -> Verification | None:
    """Look for the TXT record now: found, the domain is ACTIVE; missing, FAILED."""
    found = verification(db, account_id, domain_id)
    if found is None:
        return None
    # The lookup runs outside any transaction: a slow DNS answer must not hold the write lock.
    published = found.txt_record_value in (lookup(found.txt_record_name) or [])
    with db.write() as session:
        domain = crud.find(session, RESOURCE, account_id, domain_id, lock=True)
        domain.status = "ACTIVE" if published else "FAILED"
        domain.verification_checked_at = utcnow()
        return _verification(domain)
