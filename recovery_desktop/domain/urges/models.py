"""The urge-log table and its code lists (workbook sections 2.6 and 5)."""

from __future__ import annotations

from datetime import datetime
from enum import IntFlag, StrEnum

from sqlalchemy import DateTime, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from recovery_desktop.domain.base import Base, utcnow
from recovery_desktop.domain.behaviours.models import BehaviourRow  # noqa: F401 (FK target)


class Outcome(StrEnum):
    RESISTED = "resisted"
    LAPSED = "lapsed"
    WITHIN_PLAN = "within_plan"  # control or minimising goals only
    OVER_PLAN = "over_plan"


# Outcomes where the person kept to their goal.
KEPT = frozenset({Outcome.RESISTED, Outcome.WITHIN_PLAN})


class Halt(IntFlag):
    NONE = 0
    HUNGRY = 1
    ANGRY = 2
    LONELY = 4
    TIRED = 8


HALT_FLAGS = (Halt.HUNGRY, Halt.ANGRY, Halt.LONELY, Halt.TIRED)

# High-risk situation types (Marlatt's commonest relapse situations and a few more).
SITUATIONS = (
    "negative_feeling",
    "physical_discomfort",
    "good_mood",
    "testing_myself",
    "sudden_craving",
    "conflict",
    "pressure_from_others",
    "celebrating",
)

# Coping codes: DEADS plus the other tools (workbook 2.6).
COPING = (
    "deny_delay",
    "escape",
    "avoid",
    "attack",
    "accept",
    "distract",
    "substitute",
    "disarm",
    "abc",
    "urge_surf",
    "halt_fix",
    "call_support",
    "meeting",
)


class UrgeRow(Base):
    __tablename__ = "urge_entries"
    __table_args__ = (Index("ix_urge_entries_when", "occurred_at", "id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    behaviour_id: Mapped[int] = mapped_column(ForeignKey("behaviours.id"), index=True)
    occurred_at: Mapped[datetime] = mapped_column(DateTime)  # naive UTC
    tz: Mapped[str] = mapped_column(String(64))  # the person's zone when it happened
    intensity: Mapped[int] = mapped_column(Integer)  # 0-10, at its peak
    outcome: Mapped[str] = mapped_column(String(20))
    halt: Mapped[int] = mapped_column(Integer, default=0)  # Halt flags
    where_text: Mapped[str] = mapped_column(Text, default="")
    with_whom: Mapped[str] = mapped_column(Text, default="")
    doing: Mapped[str] = mapped_column(Text, default="")
    trigger: Mapped[str] = mapped_column(Text, default="")
    situations: Mapped[str] = mapped_column(Text, default="")  # codes, comma-separated
    feelings: Mapped[str] = mapped_column(Text, default="[]")  # JSON [[name, 0-10], ...]
    self_talk: Mapped[str] = mapped_column(Text, default="")
    duration_min: Mapped[int | None] = mapped_column(Integer, nullable=True)
    coping: Mapped[str] = mapped_column(Text, default="")  # codes, comma-separated
    amount: Mapped[str] = mapped_column(Text, default="")
    note: Mapped[str] = mapped_column(Text, default="")  # for next time
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
