"""Links between records of different features (e.g. an ABC worksheet about a lapse).

Generic on purpose: a link joins two (kind, id) pairs, so a feature can point at another
without a foreign key into its tables. Links are kept in both directions by one row.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import DateTime, Integer, String, UniqueConstraint, delete, or_, select
from sqlalchemy.orm import Mapped, Session, mapped_column

from recovery_desktop.domain.base import Base, utcnow


class LinkRow(Base):
    __tablename__ = "links"
    __table_args__ = (UniqueConstraint("a_kind", "a_id", "b_kind", "b_id", name="uq_links_pair"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    a_kind: Mapped[str] = mapped_column(String(50))
    a_id: Mapped[int] = mapped_column(Integer)
    b_kind: Mapped[str] = mapped_column(String(50))
    b_id: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


@dataclass(frozen=True, order=True)
class Ref:
    """A record anywhere in the vault, e.g. ``Ref("worksheet", 12)`` or ``Ref("urge", 7)``."""

    kind: str
    id: int


def _ordered(a: Ref, b: Ref) -> tuple[Ref, Ref]:
    # One row per pair whichever way round it was linked.
    return (a, b) if a <= b else (b, a)


def link(session: Session, a: Ref, b: Ref) -> None:
    if a == b:
        raise ValueError("a record cannot be linked to itself")
    first, second = _ordered(a, b)
    exists = session.scalars(
        select(LinkRow.id).where(
            LinkRow.a_kind == first.kind,
            LinkRow.a_id == first.id,
            LinkRow.b_kind == second.kind,
            LinkRow.b_id == second.id,
        )
    ).first()
    if exists is None:
        session.add(
            LinkRow(
                a_kind=first.kind,
                a_id=first.id,
                b_kind=second.kind,
                b_id=second.id,
                created_at=utcnow(),
            )
        )


def unlink(session: Session, a: Ref, b: Ref) -> None:
    first, second = _ordered(a, b)
    session.execute(
        delete(LinkRow).where(
            LinkRow.a_kind == first.kind,
            LinkRow.a_id == first.id,
            LinkRow.b_kind == second.kind,
            LinkRow.b_id == second.id,
        )
    )


def linked_to(session: Session, ref: Ref, kind: str | None = None) -> list[Ref]:
    """Everything linked to ``ref`` (optionally only of ``kind``), oldest link first."""
    rows = session.scalars(
        select(LinkRow)
        .where(
            or_(
                (LinkRow.a_kind == ref.kind) & (LinkRow.a_id == ref.id),
                (LinkRow.b_kind == ref.kind) & (LinkRow.b_id == ref.id),
            )
        )
        .order_by(LinkRow.created_at, LinkRow.id)
    )
    found = []
    for row in rows:
        other = (
            Ref(row.b_kind, row.b_id)
            if (row.a_kind, row.a_id) == (ref.kind, ref.id)
            else Ref(row.a_kind, row.a_id)
        )
        if kind is None or other.kind == kind:
            found.append(other)
    return found


def forget(session: Session, ref: Ref) -> None:
    """Remove every link of a record that is being deleted for good."""
    session.execute(
        delete(LinkRow).where(
            or_(
                (LinkRow.a_kind == ref.kind) & (LinkRow.a_id == ref.id),
                (LinkRow.b_kind == ref.kind) & (LinkRow.b_id == ref.id),
            )
        )
    )
