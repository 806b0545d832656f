"""Weekly reviews, their plan items and daily mood check-ins.

Revision ID: 0005_review
Revises: 0004_merge_features
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005_review"
down_revision = "0004_merge_features"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "reviews",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("week_start", sa.Date, nullable=False),
        sa.Column("week_end", sa.Date, nullable=False, unique=True),
        sa.Column("win", sa.Text, nullable=False),
        sa.Column("challenge", sa.Text, nullable=False),
        sa.Column("for_group", sa.Text, nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("updated_at", sa.DateTime, nullable=False),
    )
    op.create_table(
        "review_plan_items",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("review_id", sa.Integer, sa.ForeignKey("reviews.id"), nullable=False),
        sa.Column("position", sa.Integer, nullable=False),
        sa.Column("action", sa.Text, nullable=False),
        sa.Column("day", sa.Date, nullable=True),
        sa.Column("is_meeting", sa.Boolean, nullable=False),
        sa.Column("status", sa.String(20), nullable=False),
    )
    op.create_index("ix_review_plan_items_review_id", "review_plan_items", ["review_id"])
    op.create_table(
        "mood_checkins",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("day", sa.Date, nullable=False, unique=True),
        sa.Column("mood", sa.Integer, nullable=False),
        sa.Column("anxiety", sa.Integer, nullable=False),
        sa.Column("sleep_hours", sa.Float, nullable=True),
        sa.Column("medication", sa.String(20), nullable=False),
        sa.Column("self_harm_thoughts", sa.Boolean, nullable=False),
        sa.Column("note", sa.Text, nullable=False),
        sa.Column("tz", sa.String(64), nullable=False),
        sa.Column("recorded_at", sa.DateTime, nullable=False),
    )


def downgrade() -> None:
    op.drop_table("mood_checkins")
    op.drop_index("ix_review_plan_items_review_id", "review_plan_items")
    op.drop_table("review_plan_items")
    op.drop_table("reviews")
