"""Join the 12-step, support-network and weekly-review branches into one head (no schema change).

Revision ID: 0006_merge_features
Revises: 0005_review, 0005_support, 0005_twelve_step
"""

from __future__ import annotations

revision = "0006_merge_features"
down_revision = ("0005_review", "0005_support", "0005_twelve_step")
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
