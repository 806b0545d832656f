"""Links between records of different features.

Revision ID: 0002_links
Revises: 0001_base
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002_links"
down_revision = "0001_base"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "links",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("a_kind", sa.String(50), nullable=False),
        sa.Column("a_id", sa.Integer, nullable=False),
        sa.Column("b_kind", sa.String(50), nullable=False),
        sa.Column("b_id", sa.Integer, nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.UniqueConstraint("a_kind", "a_id", "b_kind", "b_id", name="uq_links_pair"),
    )
    op.create_index("ix_links_a", "links", ["a_kind", "a_id"])
    op.create_index("ix_links_b", "links", ["b_kind", "b_id"])


def downgrade() -> None:
    op.drop_table("links")
