"""Tables of the 12-step tracker (workbook 4.3): the person's fellowships, their progress on
each step, step journals, the Step 4 inventory, the Step 8 list, Step 10 nightly reviews,
and the tracker's own drafts.

The three inventory tables and the drafts carry a ``private`` column named in
``PRIVATE_FLAG_INFO``, so the generic JSON and CSV exports leave those rows out unless the
person asks for them. Whether an inventory is extra private is chosen per fellowship
(``StepFellowshipRow.inventory_private``, on by default) and copied onto every row of it.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from recovery_desktop.domain.base import PRIVATE_FLAG_INFO, Base, utcnow

PRIVATE = {"info": {PRIVATE_FLAG_INFO: "private"}}


class StepFellowshipRow(Base):
    """A fellowship the person works the steps in: a known one, or their own by name."""

    __tablename__ = "step_fellowships"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    catalogue_id: Mapped[str] = mapped_column(String(40), default="")  # "" for their own
    own_name: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[int] = mapped_column(Integer, default=0)
    inventory_private: Mapped[bool] = mapped_column(Boolean, default=True)
    archived: Mapped[bool] = mapped_column(Boolean, default=False)  # "removed", work kept
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class StepProgressRow(Base):
    __tablename__ = "step_progress"
    __table_args__ = (UniqueConstraint("fellowship_id", "step", name="uq_step_progress"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    fellowship_id: Mapped[int] = mapped_column(ForeignKey("step_fellowships.id"))
    step: Mapped[int] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(20), default="not_started")
    started: Mapped[date | None] = mapped_column(Date, nullable=True)
    completed: Mapped[date | None] = mapped_column(Date, nullable=True)
    with_sponsor: Mapped[bool] = mapped_column(Boolean, default=False)
    notes: Mapped[str] = mapped_column(Text, default="")
    wording: Mapped[str] = mapped_column(Text, default="")  # the fellowship's text, pasted
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class StepJournalRow(Base):
    __tablename__ = "step_journal"
    __table_args__ = (Index("ix_step_journal_step", "fellowship_id", "step", "entry_date"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    fellowship_id: Mapped[int] = mapped_column(ForeignKey("step_fellowships.id"))
    step: Mapped[int] = mapped_column(Integer)
    entry_date: Mapped[date] = mapped_column(Date)
    body: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class ResentmentRow(Base):
    __tablename__ = "step4_resentments"
    __table_args__ = (Index("ix_step4_resentments_f", "fellowship_id"), PRIVATE)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    fellowship_id: Mapped[int] = mapped_column(ForeignKey("step_fellowships.id"))
    resentful_at: Mapped[str] = mapped_column(Text, default="")  # person, institution, idea
    cause: Mapped[str] = mapped_column(Text, default="")
    affects: Mapped[str] = mapped_column(Text, default="")  # codes, comma-separated
    my_part: Mapped[str] = mapped_column(Text, default="")
    private: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class FearRow(Base):
    __tablename__ = "step4_fears"
    __table_args__ = (Index("ix_step4_fears_f", "fellowship_id"), PRIVATE)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    fellowship_id: Mapped[int] = mapped_column(ForeignKey("step_fellowships.id"))
    fear: Mapped[str] = mapped_column(Text, default="")
    why: Mapped[str] = mapped_column(Text, default="")
    private: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class ConductRow(Base):
    __tablename__ = "step4_conduct"
    __table_args__ = (Index("ix_step4_conduct_f", "fellowship_id"), PRIVATE)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    fellowship_id: Mapped[int] = mapped_column(ForeignKey("step_fellowships.id"))
    situation: Mapped[str] = mapped_column(Text, default="")
    ways: Mapped[str] = mapped_column(Text, default="")  # selfish,dishonest,inconsiderate
    where_i_was: Mapped[str] = mapped_column(Text, default="")
    who_hurt: Mapped[str] = mapped_column(Text, default="")
    instead: Mapped[str] = mapped_column(Text, default="")
    private: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class AmendsRow(Base):
    """One person on the Step 8 list."""

    __tablename__ = "step8_list"
    __table_args__ = (Index("ix_step8_list_f", "fellowship_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    fellowship_id: Mapped[int] = mapped_column(ForeignKey("step_fellowships.id"))
    name: Mapped[str] = mapped_column(Text, default="")
    what_happened: Mapped[str] = mapped_column(Text, default="")
    how_affected: Mapped[str] = mapped_column(Text, default="")
    willing: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class NightlyReviewRow(Base):
    """A Step 10 review of one evening; one per date for the person, whatever fellowship."""

    __tablename__ = "step10_reviews"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    review_date: Mapped[date] = mapped_column(Date, unique=True)
    resentful: Mapped[bool] = mapped_column(Boolean, default=False)
    selfish: Mapped[bool] = mapped_column(Boolean, default=False)
    dishonest: Mapped[bool] = mapped_column(Boolean, default=False)
    afraid: Mapped[bool] = mapped_column(Boolean, default=False)
    owe_apology: Mapped[str] = mapped_column(Text, default="")
    amends_done: Mapped[str] = mapped_column(Text, default="")
    went_well: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class StepDraftRow(Base):
    """Unsaved form contents of this page. Its own table, not ``drafts``: a draft of an
    extra-private inventory row must stay out of exports just as the row would."""

    __tablename__ = "step_drafts"
    __table_args__ = (UniqueConstraint("kind", "ref", name="uq_step_drafts"), PRIVATE)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(40))
    ref: Mapped[str] = mapped_column(String(100), default="")
    payload: Mapped[str] = mapped_column(Text)
    private: Mapped[bool] = mapped_column(Boolean, default=False)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
