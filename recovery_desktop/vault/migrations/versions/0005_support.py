"""Meetings log, support network (people, contacts). Clean-time preferences, milestones
celebrated and crisis-card lines are vault settings and need no table.

Revision ID: 0005_support
Revises: 0004_merge_features
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005_support"
down_revision = "0004_merge_features"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "meetings",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("attended_at", sa.DateTime, nullable=False),
        sa.Column("tz", sa.String(64), nullable=False),
        sa.Column("fellowship", sa.Text, nullable=False),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("access", sa.String(10), nullable=False),
        sa.Column("formats", sa.Text, nullable=False),
        sa.Column("mode", sa.String(12), nullable=False),
        sa.Column("shared", sa.Boolean, nullable=False),
        sa.Column("notes", sa.Text, nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("updated_at", sa.DateTime, nullable=False),
    )
    op.create_index("ix_meetings_attended_at", "meetings", ["attended_at"])
    op.create_table(
        "support_people",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("relations", sa.Text, nullable=False),
        sa.Column("phone", sa.Text, nullable=False),
        sa.Column("text_number", sa.Text, nullable=False),
        sa.Column("email", sa.Text, nullable=False),
        sa.Column("other_contact", sa.Text, nullable=False),
        sa.Column("notes", sa.Text, nullable=False),
        sa.Column("on_crisis_card", sa.Boolean, nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("updated_at", sa.DateTime, nullable=False),
    )
    op.create_table(
        "support_contacts",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("person_id", sa.Integer, sa.ForeignKey("support_people.id"), nullable=False),
        sa.Column("at_utc", sa.DateTime, nullable=False),
        sa.Column("tz", sa.String(64), nullable=False),
        sa.Column("way", sa.String(12), nullable=False),
        sa.Column("note", sa.Text, nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
    )
    op.create_index("ix_support_contacts_person_id", "support_contacts", ["person_id"])
    op.create_index("ix_support_contacts_at_utc", "support_contacts", ["at_utc"])


def downgrade() -> None:
    op.drop_table("support_contacts")
    op.drop_table("support_people")
    op.drop_table("meetings")
