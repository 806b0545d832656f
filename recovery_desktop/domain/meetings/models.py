"""The meetings table and its code lists (workbook 4.5)."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from sqlalchemy import Boolean, DateTime, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from recovery_desktop.domain.base import Base, utcnow


class Access(StrEnum):
    UNSAID = ""
    OPEN = "open"  # anyone welcome
    CLOSED = "closed"  # for people who share the problem or the wish to stop


class Mode(StrEnum):
    IN_PERSON = "in_person"
    ONLINE = "online"


# Formats a meeting can have (several at once), in the order they are offered.
FORMATS: tuple[str, ...] = ("speaker", "discussion", "beginners", "step", "literature")


class MeetingRow(Base):
    __tablename__ = "meetings"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    attended_at: Mapped[datetime] = mapped_column(DateTime, index=True)  # naive UTC
    tz: Mapped[str] = mapped_column(String(64))  # the zone the person was in
    fellowship: Mapped[str] = mapped_column(Text)  # a catalogue id, or the person's own name
    name: Mapped[str] = mapped_column(Text, default="")
    access: Mapped[str] = mapped_column(String(10), default="")
    formats: Mapped[str] = mapped_column(Text, default="")  # comma-separated FORMATS codes
    mode: Mapped[str] = mapped_column(String(12), default=Mode.IN_PERSON.value)
    shared: Mapped[bool] = mapped_column(Boolean, default=False)
    notes: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
