"""Settings: request bodies per resource (as CreateX / UpdateX / ReplaceDomain shape them) and rows out."""

from __future__ import annotations

from typing import Any, Literal
from uuid import UUID

from pydantic import BaseModel, ConfigDict, Field

from mailverdict.api.schemas import iso
from mailverdict.api.shapes.investigate import DispositionLabel
from mailverdict.services.settings.domains import Verification
from mailverdict.store.models import AllowPolicy, ContentPolicy, Domain, SettingRow

PatternType = Literal["EMAIL", "DOMAIN", "IP", "UNKNOWN"]
DeliveryMode = Literal["DIRECT", "BCC", "JOURNAL", "API", "RETRO_SCAN"]
Region = Literal["GLOBAL", "AU", "DE", "IN", "US"]
Folder = Literal["AllItems", "Inbox"]
Provenance = Literal["A1S_INTERNAL", "SNOOPY-CASB_OFFICE_365", "SNOOPY-OFFICE_365", "SNOOPY-GOOGLE_DIRECTORY"]
Comments = Field(default=None, max_length=1024)
Pattern = Field(min_length=1, max_length=1024)
ContentTarget = Literal["SUBJECT", "BODY"]


class Body(BaseModel):
    # Unknown (e.g. read-only or deprecated) fields are ignored, as Cloudflare does.
    model_config = ConfigDict(extra="ignore")

    def values(self) -> dict[str, Any]:
        """Only what the client sent: a PATCH must not reset what it left out."""
        return self.model_dump(mode="json", exclude_unset=True)


class CreateAllowPolicy(Body):
    pattern: str = Pattern
    pattern_type: PatternType
    is_regex: bool
    is_trusted_sender: bool
    is_acceptable_sender: bool
    is_exempt_recipient: bool
    verify_sender: bool
    comments: str | None = Comments


class UpdateAllowPolicy(Body):
    pattern: str | None = Field(default=None, min_length=1, max_length=1024)
    pattern_type: PatternType | None = None
    is_regex: bool | None = None
    is_trusted_sender: bool | None = None
    is_acceptable_sender: bool | None = None
    is_exempt_recipient: bool | None = None
    verify_sender: bool | None = None
    comments: str | None = Comments


class CreateBlockedSender(Body):
    pattern: str = Pattern
    pattern_type: PatternType
    is_regex: bool
    comments: str | None = Comments


class UpdateBlockedSender(Body):
    pattern: str | None = Field(default=None, min_length=1, max_length=1024)
    pattern_type: PatternType | None = None
    is_regex: bool | None = None
    comments: str | None = Comments


class CreateTrustedDomain(Body):
    pattern: str = Pattern
    is_regex: bool
    is_recent: bool
    is_similarity: bool
    comments: str | None = Comments


class UpdateTrustedDomain(Body):
    pattern: str | None = Field(default=None, min_length=1, max_length=1024)
    is_regex: bool | None = None
    is_recent: bool | None = None
    is_similarity: bool | None = None
    comments: str | None = Comments


class CreateImpersonationRegistry(Body):
    name: str = Field(max_length=1024)
    email: str = Field(max_length=1024)
    is_email_regex: bool
    comments: str | None = None
    directory_id: int | None = None
    directory_node_id: int | None = None
    external_directory_node_id: str | None = Field(default=None, max_length=200)
    provenance: Provenance | None = None


class UpdateImpersonationRegistry(Body):
    name: str | None = Field(default=None, max_length=1024)
    email: str | None = Field(default=None, max_length=1024)
    is_email_regex: bool | None = None
    comments: str | None = None
    directory_id: int | None = None
    directory_node_id: int | None = None
    external_directory_node_id: str | None = Field(default=None, max_length=200)
    provenance: Provenance | None = None


class UpdateDomain(Body):
    allowed_delivery_modes: list[DeliveryMode] | None = Field(default=None, max_length=10)
    drop_dispositions: list[DispositionLabel] | None = Field(default=None, max_length=10)
    ip_restrictions: list[str] | None = Field(default=None, max_length=100)
    regions: list[Region] | None = Field(default=None, max_length=10)
    folder: Folder | None = None
    integration_id: UUID | None = None
    lookback_hops: int | None = Field(default=None, ge=1, le=20)
    require_tls_inbound: bool | None = None
    require_tls_outbound: bool | None = None
    transport: str | None = None


class ReplaceDomain(UpdateDomain):
    allowed_delivery_modes: list[DeliveryMode] = Field(min_length=1, max_length=10)
    drop_dispositions: list[DispositionLabel] = Field(max_length=10)
    ip_restrictions: list[str] = Field(max_length=100)
    regions: list[Region] = Field(min_length=1, max_length=10)


class CreateDomain(ReplaceDomain):
    model_config = ConfigDict(extra="forbid")  # CreateDomain is additionalProperties: false
    domain: str = Field(min_length=1, max_length=253)


class CreateSendingDomainRestriction(Body):
    domain: str = Field(min_length=1, max_length=253)
    exclude: list[str] = Field(max_length=1000)
    comments: str | None = Comments


class UpdateSendingDomainRestriction(Body):
    domain: str | None = Field(default=None, min_length=1, max_length=253)
    exclude: list[str] | None = Field(default=None, max_length=1000)
    comments: str | None = Comments


class CreateUrlIgnorePattern(Body):
    model_config = ConfigDict(extra="forbid")  # additionalProperties: false in the spec
    pattern: str = Pattern
    comments: str | None = Comments


class UpdateUrlIgnorePattern(Body):
    model_config = ConfigDict(extra="forbid")
    pattern: str | None = Field(default=None, min_length=1, max_length=1024)
    comments: str | None = Comments


class CreateContentPolicy(Body):
    name: str = Field(min_length=1, max_length=256)
    pattern: str = Field(min_length=1, max_length=2048)
    targets: list[ContentTarget] = Field(min_length=1)
    enabled: bool
    notes: str | None = Field(default=None, max_length=4096)


class UpdateContentPolicy(Body):
    name: str | None = Field(default=None, min_length=1, max_length=256)
    pattern: str | None = Field(default=None, min_length=1, max_length=2048)
    targets: list[ContentTarget] | None = Field(default=None, min_length=1)
    enabled: bool | None = None
    notes: str | None = Field(default=None, max_length=4096)


def row(r: SettingRow) -> dict[str, Any]:
    """Any settings row as its resource object: its columns plus the spec's timestamps."""
    out: dict[str, Any] = {c.key: getattr(r, c.key) for c in r.__table__.columns  # type: ignore[attr-defined]
                           if c.key != "account_id"}
    out.update(created_at=iso(r.created_at), modified_at=iso(r.modified_at), last_modified=iso(r.modified_at))
    if isinstance(r, AllowPolicy):
        out.update(is_sender=r.is_trusted_sender or r.is_acceptable_sender, is_recipient=r.is_exempt_recipient,
                   is_spoof=False)
    if isinstance(r, Domain):
        out.update(transport=r.transport or "", inbox_provider=None, o365_tenant_id=None, spf_status=None,
                   dmarc_status=None)
        del out["verification_token"], out["verification_checked_at"]  # shown by .../verification only
    if isinstance(r, ContentPolicy):
        del out["comments"]  # a content policy's note is ``notes``
    return out


def verification(v: Verification) -> dict[str, Any]:
    return {"status": v.status, "txt_record_name": v.txt_record_name, "txt_record_value": v.txt_record_value,
            "last_checked_at": iso(v.last_checked_at)}
