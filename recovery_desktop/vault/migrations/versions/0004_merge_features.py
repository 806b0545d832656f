"""Join the worksheets and urge-log branches into one head again (no schema change).

Revision ID: 0004_merge_features
Revises: 0003_urge_log, 0003_worksheets
"""

from __future__ import annotations

revision = "0004_merge_features"
down_revision = ("0003_urge_log", "0003_worksheets")
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
