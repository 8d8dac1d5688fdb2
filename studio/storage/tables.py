"""Database tables. Only the repository uses them; everyone else sees model objects.

A campaign row holds what lists and filters need; every save adds a revision row with the
whole campaign document as JSON, so nothing a user typed is ever overwritten.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Dialect
from sqlmodel import Field, SQLModel


class AwareDateTime(sa.types.TypeDecorator[datetime]):
    """A timezone-aware timestamp on every backend (SQLite keeps no offset: store UTC, read UTC)."""

    impl = sa.DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime: the studio stores timezone-aware values only")
        return value.astimezone(UTC)

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        assert isinstance(value, datetime)
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value


def _ts(**kwargs: Any) -> Any:
    return Field(sa_column=sa.Column(AwareDateTime(), nullable=False, **kwargs))


class CampaignRow(SQLModel, table=True):
    __tablename__ = "campaign"

    id: int | None = Field(default=None, primary_key=True)
    key: str = Field(max_length=80, sa_column_kwargs={"unique": True}, nullable=False)
    name: str = Field(max_length=200, index=True)
    brand: str = Field(max_length=120)
    status: str = Field(max_length=20, index=True)
    primary_locale: str = Field(max_length=35)
    timezone: str = Field(max_length=64)
    #: space-delimited with a leading and trailing space (" es-ES en-US "), for locale filters
    locales: str = Field(max_length=400)
    channels: str = Field(max_length=400)
    #: name, key, brand and objective folded (lower case, no accents) for search
    search_text: str = Field(sa_column=sa.Column(sa.Text, nullable=False))
    valid_from: datetime = _ts()
    valid_until: datetime = _ts()
    #: head revision number; a save names the version it started from (optimistic concurrency)
    version: int = Field(default=1)
    created_at: datetime = _ts()
    updated_at: datetime = _ts(index=True)


class RevisionRow(SQLModel, table=True):
    __tablename__ = "campaign_revision"
    __table_args__ = (sa.UniqueConstraint("campaign_id", "number", name="uq_revision_campaign_number"),)

    id: int | None = Field(default=None, primary_key=True)
    campaign_id: int = Field(
        sa_column=sa.Column(
            sa.Integer, sa.ForeignKey("campaign.id", ondelete="CASCADE"), nullable=False, index=True
        )
    )
    number: int
    document: str = Field(sa_column=sa.Column(sa.Text, nullable=False))
    created_at: datetime = _ts()
    author: str = Field(max_length=120)
    note: str = Field(default="", max_length=500)


class MetaRow(SQLModel, table=True):
    __tablename__ = "studio_meta"

    key: str = Field(primary_key=True, max_length=80)
    value: str = Field(sa_column=sa.Column(sa.Text, nullable=False))


metadata = SQLModel.metadata


class EventRow(SQLModel, table=True):
    """The audit log: who did what to a campaign, when, at which revision."""

    __tablename__ = "audit_event"

    id: int | None = Field(default=None, primary_key=True)
    campaign_id: int = Field(
        sa_column=sa.Column(
            sa.Integer, sa.ForeignKey("campaign.id", ondelete="CASCADE"), nullable=False, index=True
        )
    )
    at: datetime = _ts()
    actor: str = Field(max_length=120)
    action: str = Field(max_length=40)
    revision: int | None = None
    comment: str = Field(sa_column=sa.Column(sa.Text, nullable=False, default=""))
    data: str = Field(sa_column=sa.Column(sa.Text, nullable=False, default="{}"))


class WaiverRow(SQLModel, table=True):
    """A finding a reviewer accepted on purpose, with the reason (shown in the report)."""

    __tablename__ = "waiver"

    id: int | None = Field(default=None, primary_key=True)
    campaign_id: int = Field(
        sa_column=sa.Column(
            sa.Integer, sa.ForeignKey("campaign.id", ondelete="CASCADE"), nullable=False, index=True
        )
    )
    fingerprint: str = Field(max_length=400)
    rule: str = Field(max_length=120)
    channel: str | None = Field(default=None, max_length=40)
    locale: str | None = Field(default=None, max_length=35)
    field: str | None = Field(default=None, max_length=120)
    match: str = Field(sa_column=sa.Column(sa.Text, nullable=False, default=""))
    justification: str = Field(sa_column=sa.Column(sa.Text, nullable=False))
    actor: str = Field(max_length=120)
    at: datetime = _ts()
    revoked_at: datetime | None = Field(default=None, sa_column=sa.Column(AwareDateTime(), nullable=True))
    revoked_by: str | None = Field(default=None, max_length=120)
