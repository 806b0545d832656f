"""Autosaved drafts: unsaved form contents kept inside the encrypted vault.

A draft is keyed by ``kind`` (e.g. ``"worksheet:abc"``) and ``ref`` (the record it edits,
``""`` for a new one). Forms save a draft every few seconds and on lock, close and page
switch, and discard it once the record itself is saved; after a crash the next unlock
finds the draft and offers it back.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import DateTime, Integer, String, Text, UniqueConstraint, delete, select
from sqlalchemy.orm import Mapped, Session, mapped_column

from recovery_desktop.domain.base import Base, utcnow


class DraftRow(Base):
    __tablename__ = "drafts"
    __table_args__ = (UniqueConstraint("kind", "ref", name="uq_drafts_kind_ref"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(100))
    ref: Mapped[str] = mapped_column(String(100), default="", server_default="")
    payload: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


@dataclass(frozen=True)
class Draft:
    kind: str
    ref: str
    payload: dict[str, Any]
    updated_at: datetime


def _to_draft(row: DraftRow) -> Draft:
    return Draft(row.kind, row.ref, json.loads(row.payload), row.updated_at)


def save_draft(session: Session, kind: str, payload: dict[str, Any], ref: str = "") -> None:
    """Create or replace the draft for (kind, ref). ``payload`` must be JSON-serialisable."""
    text = json.dumps(payload, ensure_ascii=False)
    row = session.scalars(
        select(DraftRow).where(DraftRow.kind == kind, DraftRow.ref == ref)
    ).first()
    now = utcnow()
    if row is None:
        session.add(DraftRow(kind=kind, ref=ref, payload=text, created_at=now, updated_at=now))
    else:
        row.payload = text
        row.updated_at = now


def load_draft(session: Session, kind: str, ref: str = "") -> Draft | None:
    row = session.scalars(
        select(DraftRow).where(DraftRow.kind == kind, DraftRow.ref == ref)
    ).first()
    return None if row is None else _to_draft(row)


def discard_draft(session: Session, kind: str, ref: str = "") -> None:
    session.execute(delete(DraftRow).where(DraftRow.kind == kind, DraftRow.ref == ref))


def list_drafts(session: Session, kind_prefix: str = "") -> list[Draft]:
    query = select(DraftRow).order_by(DraftRow.updated_at.desc())
    if kind_prefix:
        query = query.where(DraftRow.kind.startswith(kind_prefix, autoescape=True))
    return [_to_draft(row) for row in session.scalars(query)]
