"""``studio campaign list`` without the model layer: the campaign rows read through SQLAlchemy Core.

:meth:`Repository.list_campaigns <studio.storage.revisions.Revisions.list_campaigns>` goes through
SQLModel and returns :class:`~studio.model.records.CampaignSummary` records, which import pydantic
and the campaign model (a third of the command's time). A listing on the command line needs only
the row's columns: :func:`quick_listing` reads the same rows with the same filters and order, and
gives up (None) whenever the full path would do more than read — a database not yet seeded, a
workspace that does not resolve, a server that refuses — so that path runs and says what it says.
"""

from __future__ import annotations

import os
import unicodedata
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import sqlalchemy as sa

#: the folders a workspace must have (:data:`studio.workspace.REQUIRED_FOLDERS`; a test keeps them equal)
REQUIRED_FOLDERS = ("brand_rules", "templates", "assets")
#: the metadata key a seeded database holds (:data:`studio.app._SEEDED`; a test keeps them equal)
SEEDED_KEY = "seeded-from-workspace"

_CAMPAIGN = sa.table(
    "campaign",
    sa.column("id", sa.Integer),
    sa.column("key", sa.String),
    sa.column("name", sa.String),
    sa.column("brand", sa.String),
    sa.column("status", sa.String),
    sa.column("primary_locale", sa.String),
    sa.column("timezone", sa.String),
    sa.column("locales", sa.String),
    sa.column("channels", sa.String),
    sa.column("search_text", sa.Text),
    sa.column("valid_from", sa.DateTime(timezone=True)),
    sa.column("valid_until", sa.DateTime(timezone=True)),
    sa.column("version", sa.Integer),
    sa.column("updated_at", sa.DateTime(timezone=True)),
)
_META = sa.table("studio_meta", sa.column("key", sa.String), sa.column("value", sa.Text))


@dataclass(frozen=True)
class ListedCampaign:
    """A campaign row as the list shows it (the columns of a ``CampaignSummary``, status as text)."""

    id: int
    key: str
    name: str
    brand: str
    status: str
    primary_locale: str
    timezone: str
    locales: tuple[str, ...]
    channels: tuple[str, ...]
    valid_from: datetime
    valid_until: datetime
    version: int
    updated_at: datetime


def _aware(value: datetime) -> datetime:
    """As :class:`~studio.storage.tables.AwareDateTime` reads it: SQLite keeps UTC without offset."""
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value


def search_text(text: str) -> str:
    """Folded for search: lower case, no accents (``Turrón`` and ``turron`` match)."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def workspace_resolves(explicit: Path | str | None) -> bool:
    """Whether :meth:`Workspace.resolve <studio.workspace.Workspace.resolve>` would find a workspace
    (its choice: ``explicit`` > ``STUDIO_WORKSPACE`` > the saved setting > the demo), without the
    model layer it imports. A bundle's first run (the demo copied) is the full path's."""
    from studio.settings import Settings

    chosen = explicit or os.environ.get("STUDIO_WORKSPACE") or Settings.load().workspace
    if not chosen:
        from studio import frozen

        if frozen.bundle_dir() is not None:
            return False
        chosen = Path(__file__).resolve().parents[2]  # default_root(): the repository's own folders
    root = Path(chosen).expanduser().resolve()
    return root.is_dir() and all((root / name).is_dir() for name in REQUIRED_FOLDERS)


def _filtered(query: Any, search: str, status: str | None, locale: str | None) -> Any:
    """The filters of ``Revisions._filtered``: every word of ``search``, the status, the locale."""
    c = _CAMPAIGN.c
    if search.strip():
        for word in search_text(search).split():
            query = query.where(c.search_text.contains(word, autoescape=True))
    if status:
        query = query.where(c.status == status)
    if locale:
        query = query.where(c.locales.contains(f" {locale} "))
    return query


def quick_listing(
    database: str | None, *, search: str = "", status: str | None = None, locale: str | None = None
) -> list[ListedCampaign] | None:
    """The campaigns ``Repository.list_campaigns`` lists, newest change first; None when the full
    path must run (database to create, migrate or seed; any error, which it reports)."""
    from sqlalchemy.exc import SQLAlchemyError

    from studio.errors import StudioError
    from studio.storage.db import HEAD_REVISION, _at_revision, create_engine

    try:
        engine = create_engine(database)
    except StudioError:
        return None
    try:
        if not _at_revision(engine, HEAD_REVISION):
            return None
        c = _CAMPAIGN.c
        query = _filtered(sa.select(_CAMPAIGN), search, status, locale)
        query = query.order_by(c.updated_at.desc(), c.id.desc())
        with engine.connect() as connection:
            seeded = connection.execute(sa.select(_META.c.value).where(_META.c.key == SEEDED_KEY)).first()
            if (
                seeded is None
                and not connection.execute(sa.select(sa.func.count()).select_from(_CAMPAIGN)).scalar()
            ):
                return None  # open_studio would seed the workspace's campaigns first
            rows = connection.execute(query).mappings().all()
    except SQLAlchemyError:
        return None
    finally:
        engine.dispose()
    return [
        ListedCampaign(
            id=row["id"],
            key=row["key"],
            name=row["name"],
            brand=row["brand"],
            status=row["status"],
            primary_locale=row["primary_locale"],
            timezone=row["timezone"],
            locales=tuple(row["locales"].split()),
            channels=tuple(row["channels"].split()),
            valid_from=_aware(row["valid_from"]),
            valid_until=_aware(row["valid_until"]),
            version=row["version"],
            updated_at=_aware(row["updated_at"]),
        )
        for row in rows
    ]
