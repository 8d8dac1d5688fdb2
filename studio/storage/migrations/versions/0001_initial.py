"""First tables: campaigns, their revisions, studio metadata.

Revision ID: 0001
Revises:
Create Date: 2026-11-24
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from studio.storage.tables import AwareDateTime

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "campaign",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("key", sa.String(length=80), nullable=False, unique=True),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("brand", sa.String(length=120), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("primary_locale", sa.String(length=35), nullable=False),
        sa.Column("timezone", sa.String(length=64), nullable=False),
        sa.Column("locales", sa.String(length=400), nullable=False),
        sa.Column("channels", sa.String(length=400), nullable=False),
        sa.Column("search_text", sa.Text(), nullable=False),
        sa.Column("valid_from", AwareDateTime(), nullable=False),
        sa.Column("valid_until", AwareDateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", AwareDateTime(), nullable=False),
        sa.Column("updated_at", AwareDateTime(), nullable=False),
    )
    op.create_index("ix_campaign_name", "campaign", ["name"])
    op.create_index("ix_campaign_status", "campaign", ["status"])
    op.create_index("ix_campaign_updated_at", "campaign", ["updated_at"])
    op.create_table(
        "campaign_revision",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "campaign_id", sa.Integer(), sa.ForeignKey("campaign.id", ondelete="CASCADE"), nullable=False
        ),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("document", sa.Text(), nullable=False),
        sa.Column("created_at", AwareDateTime(), nullable=False),
        sa.Column("author", sa.String(length=120), nullable=False),
        sa.Column("note", sa.String(length=500), nullable=False),
        sa.UniqueConstraint("campaign_id", "number", name="uq_revision_campaign_number"),
    )
    op.create_index("ix_campaign_revision_campaign_id", "campaign_revision", ["campaign_id"])
    op.create_table(
        "studio_meta",
        sa.Column("key", sa.String(length=80), primary_key=True),
        sa.Column("value", sa.Text(), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("studio_meta")
    op.drop_index("ix_campaign_revision_campaign_id", table_name="campaign_revision")
    op.drop_table("campaign_revision")
    op.drop_index("ix_campaign_updated_at", table_name="campaign")
    op.drop_index("ix_campaign_status", table_name="campaign")
    op.drop_index("ix_campaign_name", table_name="campaign")
    op.drop_table("campaign")
