"""Request bodies, and store rows shaped as the spec's response objects."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from pydantic import BaseModel, ConfigDict

from mailverdict.engine import Disposition
from mailverdict.store.models import ActionLog, Message, Submission


class ReclassifyBody(BaseModel):
    model_config = ConfigDict(extra="forbid")

    expected_disposition: Disposition
    eml_content: str | None = None
    escalated_submission_id: str | None = None


def iso(value: datetime | None) -> str | None:
    return value.isoformat().replace("+00:00", "Z") if value else None


def action_entry(entry: ActionLog) -> dict[str, Any]:
    return {
        "operation": entry.operation,
        "status": entry.status,
        "success": entry.success,
        "started_at": iso(entry.started_at),
        # ActionLogEntry requires completed_at: a pending entry reports when it started.
        "completed_at": iso(entry.completed_at or entry.started_at),
        # Its properties are plain strings, never null: leave out what is unknown.
        "properties": {k: str(entry.properties[k]) for k in ("folder", "requested_by")
                       if entry.properties.get(k) is not None},
    }


def message_details(m: Message, log: list[ActionLog] | None = None) -> dict[str, Any]:
    findings = m.verdict.get("findings", []) if m.verdict else []
    return {
        "id": m.investigate_id,
        "postfix_id": m.postfix_id,
        "postfix_id_outbound": None,
        "ts": iso(m.scanned_at or m.created_at),
        "scanned_at": iso(m.scanned_at),
        "sent_at": iso(m.sent_at),
        "sent_date": iso(m.sent_at),
        "alert_id": f"{m.postfix_id}-{(m.scanned_at or m.created_at).strftime('%Y-%m-%dT%H:%M:%S')}"
        if m.final_disposition not in (None, "NONE") else None,
        "message_id": m.message_id,
        "from": m.from_address,
        "from_name": m.from_name,
        "envelope_from": m.envelope_from,
        "to": m.to,
        "to_name": m.to_name,
        "envelope_to": m.envelope_to,
        "client_recipients": m.client_recipients,
        "replyto": m.replyto,
        "subject": m.subject,
        "delivery_mode": m.delivery_mode,
        "delivery_status": m.delivery_status or None,
        "final_disposition": m.final_disposition,
        "detection_reasons": m.detection_reasons,
        "threat_categories": m.threat_categories,
        "findings": [
            {"name": f["name"], "detail": f.get("description"), "value": "; ".join(f.get("evidence", [])) or None,
             "score": f.get("score"), "detection": None, "field": None, "portion": None, "reason": None,
             "attachment": None}
            for f in findings
        ],
        "edf_hash": m.edf_hash,
        "htmltext_structure_hash": None,
        "validation": m.validation or {"spf": None, "dkim": None, "dmarc": None, "comment": None},
        "is_quarantined": m.is_quarantined,
        "is_phish_submission": m.is_phish_submission,
        "post_delivery_operations": m.post_delivery_operations or None,
        "action_log": [action_entry(e) for e in (log or [])],
        "properties": m.properties or {},
        "smtp_helo_server_ip": m.smtp_helo_server_ip,
        "smtp_previous_hop_ip": m.smtp_previous_hop_ip,
        "x_originating_ip": m.x_originating_ip,
    }


def submission(s: Submission) -> dict[str, Any]:
    return {
        "submission_id": s.id,
        "requested_at": iso(s.requested_at),
        "requested_ts": iso(s.requested_at),
        "type": s.type,
        "requested_by": s.requested_by,
        "subject": s.subject,
        "original_postfix_id": s.original_postfix_id,
        "original_edf_hash": s.original_edf_hash,
        "original_disposition": s.original_disposition,
        "requested_disposition": s.requested_disposition,
        "outcome_disposition": s.outcome_disposition,
        "outcome": s.outcome,
        "status": s.status,
        "customer_status": s.customer_status,
        "escalated_as": s.escalated_as,
        "escalated_at": iso(s.escalated_at),
        "escalated_by": s.escalated_by,
        "escalated_submission_id": s.escalated_submission_id,
    }
