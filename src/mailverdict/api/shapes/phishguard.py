"""PhishGuard: a report row as the spec's PhishGuardReport."""

from __future__ import annotations

from typing import Any

from mailverdict.api.schemas import iso
from mailverdict.store.models import PhishGuardReport


def report(r: PhishGuardReport) -> dict[str, Any]:
    return {
        "id": r.id,
        "title": r.title,
        "content": r.content,
        "disposition": r.disposition,
        "priority": r.priority,
        "tags": r.tags,
        "created_at": iso(r.created_at),
        "updated_at": iso(r.updated_at),
        "ts": iso(r.created_at),  # deprecated name of created_at
        "fields": {"to": r.to, "from": r.from_address, "postfix_id": r.postfix_id,
                   "occurred_at": iso(r.occurred_at), "ts": iso(r.occurred_at)},
    }
