"""The Investigation page: search form, preset screens, results with similar-email counts, paging."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Request
from starlette.responses import Response

from mailverdict.dashboard import forms
from mailverdict.dashboard.access import Analyst, analyst, get_db
from mailverdict.dashboard.pages import DashboardRoute, render
from mailverdict.errors import InvalidInput
from mailverdict.services import investigate
from mailverdict.services.search import SearchParams
from mailverdict.store.models import Message

router = APIRouter(prefix="/dashboard", route_class=DashboardRoute)

PER_PAGE = 50
# The product's "popular screens": fixed seven-day presets (product.md §2.1), as search metrics.
SCREENS = {"malicious": "Malicious", "spoof": "Spoof", "suspicious": "Suspicious", "spam": "Spam",
           "moved": "Moved emails", "reclassified": "Reclassified emails"}


@dataclass(frozen=True, slots=True)
class Criteria:
    """The search as the form holds it (text), so the form and paging links can repeat it."""

    start: str = ""
    end: str = ""
    query: str = ""
    disposition: str = ""
    include_all: str = ""
    edf_hash: str = ""
    screen: str = ""

    def link(self, **extra: str | None) -> str:
        return forms.link("/dashboard/", start=self.start, end=self.end, query=self.query,
                          disposition=self.disposition, include_all=self.include_all, edf_hash=self.edf_hash,
                          screen=self.screen, **extra)

    def cleared(self, name: str) -> str:
        """This search without one of its criteria."""
        return replace(self, **{name: ""}).link()


def _row(message: Message, similar: dict[str, int], criteria: Criteria) -> dict[str, Any]:
    count = similar.get(message.edf_hash or "", 0)
    return {
        "href": forms.message_path(message.investigate_id),
        "scanned_at": message.scanned_at,
        "from_name": message.from_name or "",
        "from_address": message.from_address or message.envelope_from or "",
        "to": ", ".join(message.to or message.envelope_to or []),
        "subject": message.subject or "",
        "disposition": message.final_disposition or "",
        "quarantined": message.is_quarantined,
        "similar": count,
        # Every message of the fingerprint (benign ones too), in the same window.
        "similar_href": Criteria(start=criteria.start, end=criteria.end, include_all="1",
                                 edf_hash=message.edf_hash or "").link() if message.edf_hash else None,
    }


@router.get("/")
def search_page(request: Request, who: Annotated[Analyst, Depends(analyst)], start: str = "", end: str = "",
                query: str = "", disposition: str = "", include_all: str = "", edf_hash: str = "",
                screen: str = "", cursor: str = "") -> Response:
    criteria = Criteria(start, end, query.strip(), disposition, "1" if include_all else "", edf_hash.strip(),
                        screen if screen in SCREENS else "")
    context = who.page(criteria=criteria, screens=SCREENS, dispositions=forms.DISPOSITIONS, rows=[], error=None,
                       newer=None, older=None, window=None)
    try:
        window = forms.date_range(start, end, days=7 if criteria.screen else forms.DEFAULT_DAYS)
        params = SearchParams(start=window.start, end=window.end, query=criteria.query or None,
                              detections_only=not criteria.include_all,
                              final_disposition=forms.disposition(disposition), metric=criteria.screen or None)
        db = get_db(request)
        if criteria.edf_hash:
            params = replace(params, edf_hash=criteria.edf_hash)
        page = investigate.find(db, who.account_id, params, per_page=PER_PAGE, cursor=cursor or None,
                                page=None).page
    except InvalidInput as exc:
        context["error"] = exc.message
        return render("search.html", context, status=400)
    hashes = {m.edf_hash for m in page.rows if m.edf_hash}
    # Counted over the same window the count's link searches, so the two always agree.
    similar = investigate.similar_counts(db, who.account_id, hashes, window.start, window.end)
    shown = Criteria(window.start_text, window.end_text, criteria.query, criteria.disposition, criteria.include_all,
                     criteria.edf_hash, criteria.screen)
    context.update(
        criteria=shown,
        window=window,
        rows=[_row(m, similar, shown) for m in page.rows],
        newer=shown.link(cursor=page.previous) if page.previous else None,
        older=shown.link(cursor=page.next) if page.next else None,
    )
    return render("search.html", context)
