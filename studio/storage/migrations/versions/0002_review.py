"""Review: audit log and waivers.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-24
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from studio.storage.tables import AwareDateTime

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "audit_event",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "campaign_id", sa.Integer(), sa.ForeignKey("campaign.id", ondelete="CASCADE"), nullable=False
        ),
        sa.Column("at", AwareDateTime(), nullable=False),
        sa.Column("actor", sa.String(length=120), nullable=False),
        sa.Column("action", sa.String(length=40), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=True),
        sa.Column("comment", sa.Text(), nullable=False),
        sa.Column("data", sa.Text(), nullable=False),
    )
    op.create_index("ix_audit_event_campaign_id", "audit_event", ["campaign_id"])
    op.create_table(
        "waiver",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "campaign_id", sa.Integer(), sa.ForeignKey("campaign.id", ondelete="CASCADE"), nullable=False
        ),
        sa.Column("fingerprint", sa.String(length=400), nullable=False),
        sa.Column("rule", sa.String(length=120), nullable=False),
        sa.Column("channel", sa.String(length=40), nullable=True),
        sa.Column("locale", sa.String(length=35), nullable=True),
        sa.Column("field", sa.String(length=120), nullable=True),
        sa.Column("match", sa.Text(), nullable=False),
        sa.Column("justification", sa.Text(), nullable=False),
        sa.Column("actor", sa.String(length=120), nullable=False),
        sa.Column("at", AwareDateTime(), nullable=False),
        sa.Column("revoked_at", AwareDateTime(), nullable=True),
        sa.Column("revoked_by", sa.String(length=120), nullable=True),
    )
    op.create_index("ix_waiver_campaign_id", "waiver", ["campaign_id"])


def downgrade() -> None:
    op.drop_index("ix_waiver_campaign_id", table_name="waiver")
    op.drop_table("waiver")
    op.drop_index("ix_audit_event_campaign_id", table_name="audit_event")
    op.drop_table("audit_event")
