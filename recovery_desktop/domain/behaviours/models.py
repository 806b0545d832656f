"""Tables for behaviours and goals. Goals are never edited in place: a change ends the
current goal (``ended_at``) and starts a new one, so the history of goals is kept."""

from __future__ import annotations

from datetime import date, datetime, time
from enum import StrEnum

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Integer,
    String,
    Text,
    Time,
)
from sqlalchemy.orm import Mapped, mapped_column

from recovery_desktop.domain.base import Base, utcnow


class Category(StrEnum):
    """The behaviour categories of the workbook (section 0), plus the user's own."""

    ALCOHOL = "alcohol"
    PRESCRIBED = "prescribed_drugs"
    LESS_HARMFUL = "drugs_less_harmful"
    GAMBLING = "gambling"
    SEX = "sex"
    MONEY = "money"
    SHOPPING = "shopping"
    OTHER = "other"


class GoalTier(StrEnum):
    ABSTINENT = "abstinent"
    CONTROL = "control"
    MINIMISING = "minimising"


class PlanPeriod(StrEnum):
    DAY = "day"
    WEEK = "week"


class BehaviourRow(Base):
    __tablename__ = "behaviours"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(Text)
    category: Mapped[str] = mapped_column(String(40))
    archived: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class GoalRow(Base):
    __tablename__ = "goals"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    tier: Mapped[str] = mapped_column(String(20))
    label: Mapped[str] = mapped_column(Text, default="")  # the user's own words for the goal
    plan_limit: Mapped[int | None] = mapped_column(Integer, nullable=True)
    plan_period: Mapped[str | None] = mapped_column(String(10), nullable=True)
    plan_counts: Mapped[str] = mapped_column(Text, default="")  # what counts towards the limit
    bottom_lines: Mapped[str] = mapped_column(Text, default="")  # inner circle, one a line
    clean_since: Mapped[date | None] = mapped_column(Date, nullable=True)  # a calendar date
    clean_since_time: Mapped[time | None] = mapped_column(Time, nullable=True)
    tz: Mapped[str] = mapped_column(String(64), default="UTC")
    started_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    ended_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True, index=True)


class GoalBehaviourRow(Base):
    """One goal can cover several behaviours (e.g. all mind-altering substances)."""

    __tablename__ = "goal_behaviours"

    goal_id: Mapped[int] = mapped_column(ForeignKey("goals.id"), primary_key=True)
    behaviour_id: Mapped[int] = mapped_column(ForeignKey("behaviours.id"), primary_key=True)
