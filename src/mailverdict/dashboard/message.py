"""Email details: Details, Action log, Raw message, Mail trace and Preview tabs, and the .eml download.

Tabs are links (``?tab=``), so each is one server-rendered page. The message's HTML is never
rendered: the raw source is shown as escaped text, links as text (not anchors), and the
preview is the PNG the preview service draws from visible text.
"""

from __future__ import annotations

import base64
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Request
from starlette.responses import Response

from mailverdict.dashboard import forms
from mailverdict.dashboard.access import Analyst, analyst, get_db
from mailverdict.dashboard.pages import DashboardRoute, render
from mailverdict.services import investigate, messages
from mailverdict.services.mailbox import Folder
from mailverdict.store.models import Message

router = APIRouter(prefix="/dashboard/messages", route_class=DashboardRoute)

TABS = {"details": "Details", "log": "Action log", "raw": "Raw message", "trace": "Mail trace", "preview": "Preview"}
RAW_SHOWN = 512 * 1024  # characters of source shown on the page; the download has all of it
# The product's labels for the move destinations (product.md §2.5).
FOLDERS = {Folder.INBOX.value: "Inbox", Folder.JUNK.value: "Junk email", Folder.DELETED.value: "Trash",
           Folder.SOFT_DELETED.value: "Soft delete", Folder.PURGED.value: "Hard delete"}
# What an action's redirect reports; fixed texts, so nothing in a URL is echoed onto the page.
NOTICES = {
    "reclassified": "Submission recorded. The message will be re-analysed; follow it on the Submissions page.",
    "released": "Released from quarantine and delivered to every recipient.",
    "release_partial": "Release attempted: not every recipient received the message. See the action log.",
    "moved": "Moved for every recipient.",
    "move_failed": "The move failed for at least one recipient. See the action log.",
}


def _summary(message: Message) -> dict[str, Any]:
    return {
        "investigate_id": message.investigate_id,
        "postfix_id": message.postfix_id,
        "subject": message.subject or "",
        "from_name": message.from_name or "",
        "from_address": message.from_address or "",
        "envelope_from": message.envelope_from or "",
        "to": ", ".join(message.to or []),
        "recipients": ", ".join(message.client_recipients or message.envelope_to or []),
        "replyto": message.replyto or "",
        "message_id": message.message_id or "",
        "scanned_at": message.scanned_at,
        "sent_at": message.sent_at,
        "disposition": message.final_disposition or "",
        "scan_disposition": message.scan_disposition or "",
        "quarantined": message.is_quarantined,
        "delivery_status": ", ".join(message.delivery_status or []),
        "delivery_mode": message.delivery_mode or "",
        "edf_hash": message.edf_hash or "",
    }


def _details(message: Message, record: dict[str, Any]) -> dict[str, Any]:
    validation = message.validation or {}
    return {
        "threat_categories": list(message.threat_categories or []),
        "reasons": list(message.detection_reasons or []),
        "validation": [(name.upper(), validation.get(name) or "none") for name in ("spf", "dkim", "dmarc")],
        "validation_comment": validation.get("comment") or "",
        "sender": [("IP", message.smtp_previous_hop_ip), ("HELO IP", message.smtp_helo_server_ip),
                   ("X-Originating-IP", message.x_originating_ip),
                   ("Registered domain", _registered_domain(message.envelope_from or message.from_address))],
        "score": record.get("score"),
        "thresholds": record.get("thresholds") or {},
        "forced_by": record.get("forced_by"),
        "findings": sorted(record.get("findings", []), key=lambda f: -(f.get("score") or 0)),
        "links": record.get("links", []),
        "attachments": record.get("attachments", []),
        "headers": [(str(h[0]), str(h[1])) for h in record.get("headers", [])],
    }


def _registered_domain(address: str | None) -> str | None:
    # The last two labels: close enough for an analyst's eye (the API's sender_info.pld does the same).
    if not address or "@" not in address:
        return None
    return ".".join(address.rpartition("@")[2].lower().split(".")[-2:])


@router.get("/{investigate_id}")
def details_page(request: Request, investigate_id: str, who: Annotated[Analyst, Depends(analyst)],
                 tab: str = "details", notice: str = "") -> Response:
    db = get_db(request)
    tab = tab if tab in TABS else "details"
    context: dict[str, Any] = {"details": None, "log": None, "raw": None, "raw_truncated": False, "trace": None}
    if tab == "details":
        message, record = investigate.detections(db, who.account_id, investigate_id)
        context["details"] = _details(message, record)
    else:
        message = messages.find_message(db, who.account_id, investigate_id)
    if tab == "log":
        context["log"] = [{"operation": e.operation, "status": e.status, "success": e.success,
                           "started_at": e.started_at, "completed_at": e.completed_at,
                           "properties": sorted((str(k), _text(v)) for k, v in (e.properties or {}).items())}
                          for e in investigate.action_log(db, who.account_id, investigate_id)]
    elif tab == "raw":
        raw = investigate.raw(db, who.account_id, investigate_id)
        context["raw"], context["raw_truncated"] = raw[:RAW_SHOWN], len(raw) > RAW_SHOWN
    elif tab == "trace":
        context["trace"] = investigate.message_trace(db, who.account_id, investigate_id)
    path = forms.message_path(message.investigate_id)
    return render("message.html", who.page(
        m=_summary(message), tab=tab, tabs={key: (label, f"{path}?tab={key}") for key, label in TABS.items()},
        path=path, notice=NOTICES.get(notice), folders=FOLDERS, dispositions=forms.DISPOSITIONS,
        similar_href=forms.link("/dashboard/", edf_hash=message.edf_hash, include_all="1"),
        **context))


def _text(value: object) -> str:
    if isinstance(value, list):
        return ", ".join(str(v) for v in value) or "—"
    return "—" if value is None else str(value)


@router.get("/{investigate_id}/raw.eml")
def download_raw(request: Request, investigate_id: str, who: Annotated[Analyst, Depends(analyst)]) -> Response:
    message = messages.find_message(get_db(request), who.account_id, investigate_id)
    content = messages.raw_message(get_db(request), who.account_id, investigate_id)
    # octet-stream and attachment: the browser saves the file and never renders any of it.
    return Response(content, media_type="application/octet-stream",
                    headers={"Content-Disposition": f'attachment; filename="{message.postfix_id}.eml"'})


@router.get("/{investigate_id}/preview.png")
def preview_png(request: Request, investigate_id: str, who: Annotated[Analyst, Depends(analyst)]) -> Response:
    screenshot = investigate.preview_image(get_db(request), who.account_id, investigate_id,
                                           requested_by=who.principal.label)
    return Response(base64.b64decode(screenshot), media_type="image/png")
