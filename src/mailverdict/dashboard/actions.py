"""Acting on a message from its details page: request reclassification, release, move.

Each needs the Write permission: the page hides the forms from a Read token, and these routes
refuse it again (``require_write``), since a form can be posted without the page. Each answer
is a redirect back to the message (post/redirect/get), so reloading does not repeat the action.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Request
from starlette.responses import Response

from mailverdict.dashboard import forms
from mailverdict.dashboard.access import Posted, get_db, get_settings, posted, posted_with_upload, require_write
from mailverdict.dashboard.pages import DashboardRoute, see_other
from mailverdict.engine import Disposition
from mailverdict.errors import InvalidInput, PayloadTooLarge
from mailverdict.services import remediation, submissions
from mailverdict.services.delivery import DeliveryAgent
from mailverdict.services.eml import require_rfc5322
from mailverdict.services.mailbox import Folder, Mailbox

router = APIRouter(prefix="/dashboard/messages", route_class=DashboardRoute)


def _back(investigate_id: str, notice: str) -> Response:
    return see_other(forms.message_path(investigate_id, f"?tab=log&notice={notice}"))


@router.post("/{investigate_id}/reclassify")
def reclassify(request: Request, investigate_id: str, post: Annotated[Posted, Depends(posted_with_upload)]) -> Response:
    require_write(post.analyst)
    requested = forms.disposition(post.form.get("expected_disposition"), "expected_disposition")
    if requested is None:
        raise InvalidInput("expected_disposition: choose the disposition this message should have")
    settings = get_settings(request)
    eml = post.form.files.get("eml")
    if eml is not None:
        if len(eml) > settings.max_eml_bytes:
            raise PayloadTooLarge(f"the EML is {len(eml)} bytes, over the {settings.max_eml_bytes}-byte limit")
        require_rfc5322(eml, field="the uploaded EML")
    submissions.reclassify(get_db(request), settings, post.analyst.principal, account_id=post.analyst.account_id,
                           investigate_id=investigate_id, expected_disposition=Disposition(requested), eml=eml)
    return _back(investigate_id, "reclassified")


@router.post("/{investigate_id}/release")
def release(request: Request, investigate_id: str, post: Annotated[Posted, Depends(posted)]) -> Response:
    require_write(post.analyst)
    agent: DeliveryAgent = request.app.state.delivery
    mailbox: Mailbox = request.app.state.mailbox
    [released] = remediation.release(get_db(request), agent, mailbox, post.analyst.account_id, [investigate_id],
                                     requested_by=post.analyst.principal.label)
    complete = released.delivered and not released.undelivered and not released.failed
    return _back(investigate_id, "released" if complete else "release_partial")


@router.post("/{investigate_id}/move")
def move(request: Request, investigate_id: str, post: Annotated[Posted, Depends(posted)]) -> Response:
    require_write(post.analyst)
    destination = post.form.get("destination")
    if destination not in {f.value for f in Folder}:
        raise InvalidInput(f"destination: choose one of {', '.join(f.value for f in Folder)}")
    mailbox: Mailbox = request.app.state.mailbox
    moved = remediation.move(get_db(request), mailbox, post.analyst.account_id, [investigate_id],
                             Folder(destination), requested_by=post.analyst.principal.label)
    return _back(investigate_id, "moved" if all(m.result.success for m in moved) else "move_failed")
