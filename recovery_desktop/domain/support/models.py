"""People in a person's support network and the contacts they log with them."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from sqlalchemy import Boolean, DateTime, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from recovery_desktop.domain.base import Base, utcnow


class Relation(StrEnum):
    SPONSOR = "sponsor"
    SPONSEE = "sponsee"
    FACILITATOR = "facilitator"
    THERAPIST = "therapist"
    FAMILY = "family"
    FRIEND = "friend"
    OTHER = "other"


class ContactWay(StrEnum):
    CALL = "call"
    TEXT = "text"
    EMAIL = "email"
    IN_PERSON = "in_person"
    ONLINE = "online"
    OTHER = "other"


class PersonRow(Base):
    __tablename__ = "support_people"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(Text)
    relations: Mapped[str] = mapped_column(Text, default="")  # comma-separated Relation codes
    phone: Mapped[str] = mapped_column(Text, default="")
    text_number: Mapped[str] = mapped_column(Text, default="")  # for text messages
    email: Mapped[str] = mapped_column(Text, default="")
    other_contact: Mapped[str] = mapped_column(Text, default="")  # free text: an app, a handle
    notes: Mapped[str] = mapped_column(Text, default="")
    on_crisis_card: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class ContactRow(Base):
    __tablename__ = "support_contacts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("support_people.id"), index=True)
    at_utc: Mapped[datetime] = mapped_column(DateTime, index=True)  # naive UTC
    tz: Mapped[str] = mapped_column(String(64))
    way: Mapped[str] = mapped_column(String(12))
    note: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
