"""The repository: the only door to the database. GUI and CLI call the same methods.

Sessions are short (one per call). Every save appends a revision; the campaign row keeps
the head revision's number as ``version`` so a save can name the version it started from
and a concurrent change is refused instead of silently overwritten (a compare-and-set on the
version, which holds on SQLite and PostgreSQL alike).

Roles: on SQLite one person does everything (:attr:`Role.OWNER`). On PostgreSQL (team mode) each
person signs in with their own login, granted ``studio_marketer`` or ``studio_brand_manager``;
:meth:`Repository.current_role` tells the GUI which, the repository refuses what the role may not
do with a :class:`~studio.errors.PermissionDeniedError`, and the server enforces the same rules
(migrations 0003 and 0004) for any client, psql included.
"""

from __future__ import annotations

from studio.model.records import (
    AuditEvent,
    CampaignSummary,
    Identity,
    RevisionInfo,
    Role,
    StoredCampaign,
    TeamMember,
    Waiver,
)
from studio.storage.base import current_user
from studio.storage.listing import search_text
from studio.storage.review import ReviewLog
from studio.storage.revisions import Revisions, slugify, summary_of
from studio.storage.team import GROUP_ROLES, TeamAdmin

__all__ = [  # the record types live in studio.model.records; their old import path keeps working
    "GROUP_ROLES",
    "AuditEvent",
    "CampaignSummary",
    "Identity",
    "Repository",
    "RevisionInfo",
    "Role",
    "StoredCampaign",
    "TeamMember",
    "Waiver",
    "current_user",
    "search_text",
    "slugify",
    "summary_of",
]


class Repository(Revisions, ReviewLog, TeamAdmin):
    """Campaigns and their revisions in one database (SQLite file or any SQLAlchemy URL).

    One class for its callers, written by concern: the session and who is signed in
    (:mod:`studio.storage.base`), campaigns and revisions (:mod:`studio.storage.revisions`), the
    audit log and waivers (:mod:`studio.storage.review`), team roles (:mod:`studio.storage.team`).
    """
