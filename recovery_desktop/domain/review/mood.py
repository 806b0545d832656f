"""Daily mood check-ins (optional; for people living with mood disorders as well as an
addiction, after the DBSA's mood calendars): save one per day and summarise a week.

The safety rule of the workbook (section 6): thoughts of self-harm, or the lowest mood,
call for the crisis card. ``save_mood`` says so; the UI shows the card gently, once.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.orm import Session

from recovery_desktop.domain.base import clean_text, utcnow
from recovery_desktop.domain.review.models import MoodRow
from recovery_desktop.marks import translate

MOOD_MIN, MOOD_MAX = -3, 3  # very low .. very high; 0 is balanced
MAX_NOTE = 10_000


class Medication(StrEnum):
    NOT_PRESCRIBED = ""
    AS_PRESCRIBED = "as_prescribed"
    PARTLY = "partly"
    NOT_TAKEN = "not_taken"


class InvalidMood(ValueError):
    def __init__(self, messages: list[str]) -> None:
        super().__init__("; ".join(messages))
        self.messages = messages


@dataclass(frozen=True)
class MoodInput:
    day: date
    mood: int
    anxiety: int = 0  # 0-10
    sleep_hours: float | None = None
    medication: Medication = Medication.NOT_PRESCRIBED
    self_harm_thoughts: bool = False
    note: str = ""


@dataclass(frozen=True)
class MoodEntry:
    day: date
    mood: int
    anxiety: int
    sleep_hours: float | None
    medication: Medication
    self_harm_thoughts: bool
    note: str


def needs_crisis_card(entry: MoodInput | MoodEntry) -> bool:
    return entry.self_harm_thoughts or entry.mood <= MOOD_MIN


def validate(entry: MoodInput, *, today: date) -> list[str]:
    problems = []
    if entry.day > today:
        problems.append(translate(
            "problems",
            "A check-in is for today or a day that has passed."))
    if not MOOD_MIN <= entry.mood <= MOOD_MAX:
        problems.append(translate("problems", "Please choose a mood on the scale."))
    if not 0 <= entry.anxiety <= 10:
        problems.append(translate("problems", "Anxiety is rated from 0 to 10."))
    if entry.sleep_hours is not None and not 0 <= entry.sleep_hours <= 24:
        problems.append(translate("problems", "Hours of sleep should be between 0 and 24."))
    return problems


def save_mood(session: Session, entry: MoodInput, *, tz: str, today: date,
              now_utc: datetime | None = None) -> int:
    """Save the day's check-in, replacing an earlier one of the same day."""
    problems = validate(entry, today=today)
    if problems:
        raise InvalidMood(problems)
    row = session.scalar(select(MoodRow).where(MoodRow.day == entry.day))
    if row is None:
        row = MoodRow(day=entry.day)
        session.add(row)
    row.mood, row.anxiety, row.sleep_hours = entry.mood, entry.anxiety, entry.sleep_hours
    row.medication = entry.medication.value
    row.self_harm_thoughts = entry.self_harm_thoughts
    row.note = clean_text(entry.note).strip()[:MAX_NOTE]
    row.tz, row.recorded_at = tz, now_utc or utcnow()
    session.flush()
    return row.id


def _medication(value: str) -> Medication:
    try:
        return Medication(value)
    except ValueError:
        return Medication.NOT_PRESCRIBED


def mood_entries(session: Session, start: date, end: date) -> list[MoodEntry]:
    return [
        MoodEntry(r.day, r.mood, r.anxiety, r.sleep_hours, _medication(r.medication),
                  bool(r.self_harm_thoughts), r.note)
        for r in session.scalars(select(MoodRow).where(MoodRow.day >= start, MoodRow.day <= end)
                                 .order_by(MoodRow.day))
    ]


def mood_for(session: Session, day: date) -> MoodEntry | None:
    found = mood_entries(session, day, day)
    return found[0] if found else None


@dataclass(frozen=True)
class MoodWeek:
    entries: tuple[MoodEntry, ...]
    mean_mood: float
    lowest: int
    highest: int
    mean_anxiety: float
    mean_sleep: float | None
    medication_days: int  # days taken as prescribed
    medication_asked: int  # days with a prescription recorded
    self_harm_days: int


def mood_week(session: Session, start: date, end: date) -> MoodWeek | None:
    entries = mood_entries(session, start, end)
    if not entries:
        return None
    sleeps = [e.sleep_hours for e in entries if e.sleep_hours is not None]
    prescribed = [e for e in entries if e.medication is not Medication.NOT_PRESCRIBED]
    return MoodWeek(
        entries=tuple(entries),
        mean_mood=sum(e.mood for e in entries) / len(entries),
        lowest=min(e.mood for e in entries),
        highest=max(e.mood for e in entries),
        mean_anxiety=sum(e.anxiety for e in entries) / len(entries),
        mean_sleep=sum(sleeps) / len(sleeps) if sleeps else None,
        medication_days=sum(1 for e in prescribed if e.medication is Medication.AS_PRESCRIBED),
        medication_asked=len(prescribed),
        self_harm_days=sum(1 for e in entries if e.self_harm_thoughts),
    )
