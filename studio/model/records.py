"""What the repository hands out: plain records of stored campaigns, their history, audit log,
waivers and who is signed in.

They live in the model (not in :mod:`studio.storage`) so the review, the report and the export can
name them without importing the database layer; :mod:`studio.storage.repository` re-exports them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any

from studio.model.campaign import Campaign, CampaignStatus


class Role(StrEnum):
    """What the signed-in person may do."""

    #: the laptop user (SQLite), or the team database's owner or a superuser: everything
    OWNER = "owner"
    #: edits campaigns, approves them, waives findings, changes brand rules
    BRAND_MANAGER = "brand_manager"
    #: edits campaigns, submits them for review, exports approved ones
    MARKETER = "marketer"


@dataclass(frozen=True)
class Identity:
    """Who is signed in: the login (the server's ``session_user`` in team mode) and the role."""

    login: str
    role: Role
    #: a team login on PostgreSQL: the server records this login as the actor, whatever is sent
    team: bool = False


@dataclass(frozen=True)
class TeamMember:
    """A login holding a studio role on the server."""

    login: str
    role: Role
    can_login: bool


@dataclass(frozen=True)
class CampaignSummary:
    """What a campaign list shows (no document parsing needed)."""

    id: int
    key: str
    name: str
    brand: str
    status: CampaignStatus
    primary_locale: str
    timezone: str
    locales: tuple[str, ...]
    channels: tuple[str, ...]
    valid_from: datetime
    valid_until: datetime
    version: int
    updated_at: datetime


@dataclass(frozen=True)
class StoredCampaign:
    """A campaign as stored: its summary (id, key, version…) and the validated document."""

    summary: CampaignSummary
    campaign: Campaign

    @property
    def key(self) -> str:
        return self.summary.key

    @property
    def version(self) -> int:
        return self.summary.version


@dataclass(frozen=True)
class RevisionInfo:
    """One entry of a campaign's history."""

    number: int
    created_at: datetime
    author: str
    note: str
    name: str
    status: str


@dataclass(frozen=True)
class AuditEvent:
    """One line of a campaign's audit log."""

    at: datetime
    actor: str
    action: str
    revision: int | None
    comment: str
    data: dict[str, Any]


@dataclass(frozen=True)
class Waiver:
    """A finding accepted on purpose, with who accepted it and why."""

    id: int
    fingerprint: str
    rule: str
    channel: str | None
    locale: str | None
    field: str | None
    match: str
    justification: str
    actor: str
    at: datetime
    revoked_at: datetime | None = None
    revoked_by: str | None = None

    @property
    def active(self) -> bool:
        return self.revoked_at is None
