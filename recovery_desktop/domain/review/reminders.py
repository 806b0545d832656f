"""Gentle reminders: which are due now. Pure: the caller passes the local time, the
preferences and what has already been shown, so tests drive it with a fake clock.

Each kind fires at most once per local calendar day, at or after its hour:
- ``REVIEW`` on the review weekday;
- ``MOOD`` every day, unless today's check-in is already done;
- ``MEETING`` on a day the plan has a meeting (only known while the vault is open).
A reminder missed while the app was closed is not replayed later the same day (it would be
stale news); ``catch_up`` lets the caller decide otherwise. The wording lives in the UI and
never includes anything from the vault.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum


class Kind(StrEnum):
    REVIEW = "review"
    MOOD = "mood"
    MEETING = "meeting"


@dataclass(frozen=True)
class ReminderPrefs:
    review: bool = False
    mood: bool = False
    meetings: bool = False
    review_weekday: int = 6  # Monday = 0
    review_hour: int = 18
    mood_hour: int = 20
    meeting_hour: int = 9

    @property
    def any_on(self) -> bool:
        return self.review or self.mood or self.meetings


@dataclass
class ReminderSchedule:
    prefs: ReminderPrefs
    fired: dict[Kind, date] = field(default_factory=dict)
    catch_up_hours: int = 3  # how long after its hour a reminder may still appear

    def due(self, now_local: datetime, *, mood_done: bool = False,
            meeting_days: Collection[date] = ()) -> list[Kind]:
        """The reminders to show now; each is then remembered as shown for today."""
        today, hour = now_local.date(), now_local.hour
        wanted: list[tuple[Kind, int]] = []
        prefs = self.prefs
        if prefs.review and today.weekday() == prefs.review_weekday:
            wanted.append((Kind.REVIEW, prefs.review_hour))
        if prefs.mood and not mood_done:
            wanted.append((Kind.MOOD, prefs.mood_hour))
        if prefs.meetings and today in meeting_days:
            wanted.append((Kind.MEETING, prefs.meeting_hour))
        due = [kind for kind, at in wanted
               if at <= hour < at + self.catch_up_hours and self.fired.get(kind) != today]
        for kind in due:
            self.fired[kind] = today
        return due

    def next_check_seconds(self, now_local: datetime) -> int:
        """Seconds until the next minute boundary: checking once a minute is plenty."""
        return 60 - now_local.second
