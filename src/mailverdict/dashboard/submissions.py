"""The Submissions page: team (and user) submissions with status, outcome and outcome disposition."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Request
from starlette.responses import Response

from mailverdict.dashboard import forms
from mailverdict.dashboard.access import Analyst, analyst, get_db
from mailverdict.dashboard.pages import DashboardRoute, render
from mailverdict.errors import InvalidInput
from mailverdict.services import submissions
from mailverdict.services.outcome import ACCEPTED, FAILED, REJECTED, SUBMITTED
from mailverdict.store.models import Submission

router = APIRouter(prefix="/dashboard", route_class=DashboardRoute)

PER_PAGE = 50
STATUSES = [SUBMITTED, ACCEPTED, REJECTED, FAILED]
TYPES = {"TEAM": "Team", "USER": "User"}


def _row(s: Submission) -> dict[str, Any]:
    return {
        "id": s.id,
        "requested_at": s.requested_at,
        "type": s.type,
        "requested_by": s.requested_by or "",
        "subject": s.subject or "",
        "original_disposition": s.original_disposition or "",
        "requested_disposition": s.requested_disposition,
        "outcome_disposition": s.outcome_disposition or "",
        "status": s.status,
        "outcome": s.outcome or "",
        # The original message by its postfix_id, whatever its disposition.
        "message_href": forms.link("/dashboard/", query=s.original_postfix_id, include_all="1")
        if s.original_postfix_id else None,
    }


@router.get("/submissions")
def submissions_page(request: Request, who: Annotated[Analyst, Depends(analyst)], start: str = "", end: str = "",
                     status: str = "", type: str = "", requested_disposition: str = "",
                     outcome_disposition: str = "", query: str = "", page: int = 1) -> Response:
    chosen = {"start": start, "end": end, "status": status if status in STATUSES else "",
              "type": type if type in TYPES else "", "requested_disposition": requested_disposition,
              "outcome_disposition": outcome_disposition, "query": query.strip()}
    context = who.page(chosen=chosen, statuses=STATUSES, types=TYPES, dispositions=forms.DISPOSITIONS, rows=[],
                       error=None, total=0, newer=None, older=None)
    page = max(page, 1)
    try:
        window = forms.date_range(start, end)
        f = submissions.SubmissionFilter(
            start=window.start, end=window.end, type=chosen["type"] or None, status=chosen["status"] or None,
            requested_disposition=forms.disposition(requested_disposition, "requested_disposition"),
            outcome_disposition=forms.disposition(outcome_disposition, "outcome_disposition"),
            query=chosen["query"] or None, page=page, per_page=PER_PAGE)
        rows, total = submissions.list_submissions(get_db(request), who.account_id, f)
    except InvalidInput as exc:
        context["error"] = exc.message
        return render("submissions.html", context, status=400)
    chosen.update(start=window.start_text, end=window.end_text)

    def link(to_page: int) -> str:
        return forms.link("/dashboard/submissions", **chosen, page=str(to_page))

    context.update(chosen=chosen, rows=[_row(s) for s in rows], total=total,
                   newer=link(page - 1) if page > 1 else None,
                   older=link(page + 1) if page * PER_PAGE < total else None)
    return render("submissions.html", context)
