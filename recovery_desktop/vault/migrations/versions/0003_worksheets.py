"""SMART/REBT worksheets, the definitions they were made with, and their full-text index.

Revision ID: 0003_worksheets
Revises: 0002_links
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003_worksheets"
down_revision = "0002_links"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "worksheets",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("definition_id", sa.String(100), nullable=False),
        sa.Column("definition_version", sa.Integer, nullable=False),
        sa.Column("title", sa.Text, nullable=False),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("behaviour", sa.String(50), nullable=False),
        sa.Column("values_json", sa.Text, nullable=False),
        sa.Column("series_id", sa.Integer, nullable=True),
        sa.Column("series_no", sa.Integer, nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("updated_at", sa.DateTime, nullable=False),
        sa.Column("deleted_at", sa.DateTime, nullable=True),
    )
    op.create_index("ix_worksheets_listing", "worksheets", ["deleted_at", "updated_at"])
    op.create_index("ix_worksheets_series", "worksheets", ["series_id"])
    op.create_table(
        "worksheet_definitions",
        sa.Column("definition_id", sa.String(100), primary_key=True),
        sa.Column("version", sa.Integer, primary_key=True),
        sa.Column("body", sa.Text, nullable=False),
    )
    # FTS5 inside the encrypted database: the index is as encrypted as the rows.
    op.execute(
        "CREATE VIRTUAL TABLE worksheets_fts USING fts5("
        "title, body, tokenize = 'unicode61 remove_diacritics 2')"
    )


def downgrade() -> None:
    op.execute("DROP TABLE worksheets_fts")
    op.drop_table("worksheet_definitions")
    op.drop_table("worksheets")
