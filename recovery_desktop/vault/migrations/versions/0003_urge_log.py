"""Behaviours, goals (with history) and the urge log.

Revision ID: 0003_urge_log
Revises: 0002_links
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003_urge_log"
down_revision = "0002_links"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "behaviours",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("category", sa.String(40), nullable=False),
        sa.Column("archived", sa.Boolean, nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
    )
    op.create_table(
        "goals",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("tier", sa.String(20), nullable=False),
        sa.Column("label", sa.Text, nullable=False),
        sa.Column("plan_limit", sa.Integer, nullable=True),
        sa.Column("plan_period", sa.String(10), nullable=True),
        sa.Column("plan_counts", sa.Text, nullable=False),
        sa.Column("bottom_lines", sa.Text, nullable=False),
        sa.Column("clean_since", sa.Date, nullable=True),
        sa.Column("clean_since_time", sa.Time, nullable=True),
        sa.Column("tz", sa.String(64), nullable=False),
        sa.Column("started_at", sa.DateTime, nullable=False),
        sa.Column("ended_at", sa.DateTime, nullable=True),
    )
    op.create_index("ix_goals_ended_at", "goals", ["ended_at"])
    op.create_table(
        "goal_behaviours",
        sa.Column("goal_id", sa.Integer, sa.ForeignKey("goals.id"), primary_key=True),
        sa.Column("behaviour_id", sa.Integer, sa.ForeignKey("behaviours.id"), primary_key=True),
    )
    op.create_table(
        "urge_entries",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("behaviour_id", sa.Integer, sa.ForeignKey("behaviours.id"), nullable=False),
        sa.Column("occurred_at", sa.DateTime, nullable=False),
        sa.Column("tz", sa.String(64), nullable=False),
        sa.Column("intensity", sa.Integer, nullable=False),
        sa.Column("outcome", sa.String(20), nullable=False),
        sa.Column("halt", sa.Integer, nullable=False),
        *(sa.Column(name, sa.Text, nullable=False) for name in (
            "where_text", "with_whom", "doing", "trigger", "situations", "feelings",
            "self_talk")),
        sa.Column("duration_min", sa.Integer, nullable=True),
        sa.Column("coping", sa.Text, nullable=False),
        sa.Column("amount", sa.Text, nullable=False),
        sa.Column("note", sa.Text, nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("updated_at", sa.DateTime, nullable=False),
    )
    op.create_index("ix_urge_entries_behaviour_id", "urge_entries", ["behaviour_id"])
    op.create_index("ix_urge_entries_when", "urge_entries", ["occurred_at", "id"])


def downgrade() -> None:
    op.drop_table("urge_entries")
    op.drop_table("goal_behaviours")
    op.drop_table("goals")
    op.drop_table("behaviours")
