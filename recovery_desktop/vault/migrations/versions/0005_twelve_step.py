"""The 12-step tracker: fellowships, step progress, journals, Steps 4, 8 and 10, drafts.

Revision ID: 0005_twelve_step
Revises: 0004_merge_features
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005_twelve_step"
down_revision = "0004_merge_features"
branch_labels = None
depends_on = None


def _fk() -> sa.Column:
    return sa.Column("fellowship_id", sa.Integer, sa.ForeignKey("step_fellowships.id"),
                     nullable=False)


def _stamps() -> list[sa.Column]:
    return [sa.Column("created_at", sa.DateTime, nullable=False),
            sa.Column("updated_at", sa.DateTime, nullable=False)]


def _texts(*names: str) -> list[sa.Column]:
    return [sa.Column(name, sa.Text, nullable=False) for name in names]


def upgrade() -> None:
    op.create_table(
        "step_fellowships",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("catalogue_id", sa.String(40), nullable=False),
        sa.Column("own_name", sa.Text, nullable=False),
        sa.Column("position", sa.Integer, nullable=False),
        sa.Column("inventory_private", sa.Boolean, nullable=False),
        sa.Column("archived", sa.Boolean, nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
    )
    op.create_table(
        "step_progress",
        sa.Column("id", sa.Integer, primary_key=True),
        _fk(),
        sa.Column("step", sa.Integer, nullable=False),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("started", sa.Date, nullable=True),
        sa.Column("completed", sa.Date, nullable=True),
        sa.Column("with_sponsor", sa.Boolean, nullable=False),
        *_texts("notes", "wording"),
        sa.Column("updated_at", sa.DateTime, nullable=False),
        sa.UniqueConstraint("fellowship_id", "step", name="uq_step_progress"),
    )
    op.create_table(
        "step_journal",
        sa.Column("id", sa.Integer, primary_key=True),
        _fk(),
        sa.Column("step", sa.Integer, nullable=False),
        sa.Column("entry_date", sa.Date, nullable=False),
        *_texts("body"),
        *_stamps(),
    )
    op.create_index("ix_step_journal_step", "step_journal", ["fellowship_id", "step",
                                                             "entry_date"])
    for table, texts in (("step4_resentments", ("resentful_at", "cause", "affects", "my_part")),
                         ("step4_fears", ("fear", "why")),
                         ("step4_conduct", ("situation", "ways", "where_i_was", "who_hurt",
                                            "instead"))):
        op.create_table(
            table,
            sa.Column("id", sa.Integer, primary_key=True),
            _fk(),
            *_texts(*texts),
            sa.Column("private", sa.Boolean, nullable=False),
            *_stamps(),
        )
        op.create_index(f"ix_{table}_f", table, ["fellowship_id"])
    op.create_table(
        "step8_list",
        sa.Column("id", sa.Integer, primary_key=True),
        _fk(),
        *_texts("name", "what_happened", "how_affected"),
        sa.Column("willing", sa.Boolean, nullable=False),
        *_stamps(),
    )
    op.create_index("ix_step8_list_f", "step8_list", ["fellowship_id"])
    op.create_table(
        "step10_reviews",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("review_date", sa.Date, nullable=False, unique=True),
        *(sa.Column(name, sa.Boolean, nullable=False)
          for name in ("resentful", "selfish", "dishonest", "afraid")),
        *_texts("owe_apology", "amends_done", "went_well"),
        *_stamps(),
    )
    op.create_table(
        "step_drafts",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("kind", sa.String(40), nullable=False),
        sa.Column("ref", sa.String(100), nullable=False),
        *_texts("payload"),
        sa.Column("private", sa.Boolean, nullable=False),
        sa.Column("updated_at", sa.DateTime, nullable=False),
        sa.UniqueConstraint("kind", "ref", name="uq_step_drafts"),
    )


def downgrade() -> None:
    for table in ("step_drafts", "step10_reviews", "step8_list", "step4_conduct",
                  "step4_fears", "step4_resentments", "step_journal", "step_progress",
                  "step_fellowships"):
        op.drop_table(table)
