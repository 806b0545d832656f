"""ORM models of saved worksheets and of the definitions they were made with."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from recovery_desktop.domain.base import Base, utcnow

IN_PROGRESS = "in_progress"
COMPLETE = "complete"
STATUSES = (IN_PROGRESS, COMPLETE)

# The full-text index (FTS5, inside the encrypted database). Not an ORM table: export and
# backup carry the worksheets themselves, and the index is rebuilt from them.
FTS_TABLE = "worksheets_fts"
FTS_CREATE = (
    f"CREATE VIRTUAL TABLE IF NOT EXISTS {FTS_TABLE} USING fts5("
    "title, body, tokenize = 'unicode61 remove_diacritics 2')"
)


class WorksheetRow(Base):
    __tablename__ = "worksheets"
    __table_args__ = (
        Index("ix_worksheets_listing", "deleted_at", "updated_at"),
        Index("ix_worksheets_series", "series_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    definition_id: Mapped[str] = mapped_column(String(100))
    definition_version: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(20), default=IN_PROGRESS)
    behaviour: Mapped[str] = mapped_column(String(50), default="")
    values_json: Mapped[str] = mapped_column(Text, default="{}")
    # Versions of one worksheet ("start a new version"): same series, numbered from 1.
    series_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    series_no: Mapped[int] = mapped_column(Integer, default=1)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    # Deleting sets this first so the user can undo; purge_deleted() removes the row.
    deleted_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)


class DefinitionSnapshot(Base):
    """Each definition version a saved worksheet used, so old entries open after changes."""

    __tablename__ = "worksheet_definitions"

    definition_id: Mapped[str] = mapped_column(String(100), primary_key=True)
    version: Mapped[int] = mapped_column(Integer, primary_key=True)
    body: Mapped[str] = mapped_column(Text)
