"""The declarative base every feature's ORM models share, and small column helpers.

Tables may set ``__table_args__ = {"info": {"private_flag": "<column>"}}``: rows whose
flag column is true are "extra private" and left out of exports unless asked for.
"""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy.orm import DeclarativeBase

PRIVATE_FLAG_INFO = "private_flag"


class Base(DeclarativeBase):
    pass


def utcnow() -> datetime:
    """Naive UTC for storage (SQLite has no time zones); convert at the edges."""
    return datetime.now(UTC).replace(tzinfo=None)


def clean_text(text: str) -> str:
    """User text as stored: NUL bytes dropped (they truncate text in many tools)."""
    return text.replace("\x00", "")
