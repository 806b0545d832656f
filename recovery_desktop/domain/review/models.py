"""Tables for weekly reviews, their plan items and daily mood check-ins."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, DateTime, Float, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from recovery_desktop.domain.base import Base, utcnow


class ReviewRow(Base):
    """One saved weekly review: the seven local days ``week_start``..``week_end``."""

    __tablename__ = "reviews"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    week_start: Mapped[date] = mapped_column(Date)
    week_end: Mapped[date] = mapped_column(Date, unique=True)
    win: Mapped[str] = mapped_column(Text, default="")
    challenge: Mapped[str] = mapped_column(Text, default="")
    for_group: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class PlanItemRow(Base):
    """An action planned for the seven days after a review, ticked off in the next one."""

    __tablename__ = "review_plan_items"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    review_id: Mapped[int] = mapped_column(ForeignKey("reviews.id"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    action: Mapped[str] = mapped_column(Text, default="")
    day: Mapped[date | None] = mapped_column(Date, nullable=True)  # None: any day that week
    is_meeting: Mapped[bool] = mapped_column(Boolean, default=False)
    status: Mapped[str] = mapped_column(String(20), default="open")


class MoodRow(Base):
    """A daily mood check-in (DBSA-style). One per local calendar day; a second replaces."""

    __tablename__ = "mood_checkins"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    day: Mapped[date] = mapped_column(Date, unique=True)
    mood: Mapped[int] = mapped_column(Integer)  # -3 very low .. +3 very high
    anxiety: Mapped[int] = mapped_column(Integer, default=0)  # 0-10
    sleep_hours: Mapped[float | None] = mapped_column(Float, nullable=True)
    medication: Mapped[str] = mapped_column(String(20), default="")  # see Medication
    self_harm_thoughts: Mapped[bool] = mapped_column(Boolean, default=False)
    note: Mapped[str] = mapped_column(Text, default="")
    tz: Mapped[str] = mapped_column(String(64), default="UTC")
    recorded_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
