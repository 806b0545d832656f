"""Clean time, streaks and lapse history: pure functions with an injectable clock.

Conventions (see the workbook, 4.4):
- Instants are naive UTC datetimes plus the IANA zone the person was in when they logged
  them; a lapse belongs to the *local* calendar date it happened on, in that zone.
- The clean-since date is a calendar date in the person's own zone. It never shifts with
  daylight saving or travel: "today" is the calendar date in the zone they are in now, and
  the count is the number of calendar days between the two.
- ``LAST_USE`` (default): the clean date is the day of last use, so a lapse today makes the
  count 0 today and 1 tomorrow. ``DAY_AFTER``: the count starts the day after a lapse.
- A lapse never erases history: it closes the current streak and opens the next one.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from enum import StrEnum
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError


class Convention(StrEnum):
    LAST_USE = "last_use"
    DAY_AFTER = "day_after"


def zone(name: str) -> ZoneInfo:
    """The named zone, or UTC when the name is unknown (e.g. from another machine)."""
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo("UTC")


def to_local(at_utc: datetime, tz: str) -> datetime:
    """A stored naive-UTC instant as an aware local datetime in ``tz``."""
    return at_utc.replace(tzinfo=UTC).astimezone(zone(tz))


def local_date(at_utc: datetime, tz: str) -> date:
    return to_local(at_utc, tz).date()


def to_utc(local: datetime, tz: str) -> datetime:
    """A naive local wall-clock time in ``tz`` as naive UTC for storage."""
    aware = local.replace(tzinfo=zone(tz)) if local.tzinfo is None else local
    return aware.astimezone(UTC).replace(tzinfo=None)


@dataclass(frozen=True)
class Lapse:
    at_utc: datetime  # naive UTC
    tz: str  # the zone the person was in when it happened
    note: str = ""
    entry_id: int | None = None

    @property
    def local_date(self) -> date:
        return local_date(self.at_utc, self.tz)


@dataclass(frozen=True)
class Streak:
    start: date
    end: date | None  # the date of the lapse that closed it; None while it is still going
    days: int


@dataclass(frozen=True)
class CleanTime:
    clean_since: date  # as the person set it
    current_start: date  # the clean date of the running streak
    days: int  # calendar days in the running streak
    streaks: tuple[Streak, ...]  # oldest first, the running one last
    longest_days: int
    total_clean_days: int  # all streaks added up: the history a lapse does not wipe
    lapses: tuple[Lapse, ...]  # oldest first, only those on or after clean_since


def _restart(lapse_day: date, convention: Convention) -> date:
    return lapse_day if convention is Convention.LAST_USE else lapse_day + timedelta(days=1)


def clean_time(
    clean_since: date,
    lapses: Sequence[Lapse],
    *,
    now_utc: datetime,
    tz: str,
    convention: Convention = Convention.LAST_USE,
) -> CleanTime:
    """Clean time for one goal as of ``now_utc`` (naive UTC) for someone now in ``tz``."""
    today = local_date(now_utc, tz)
    counted = sorted(
        (lapse for lapse in lapses if clean_since <= lapse.local_date <= today),
        key=lambda lapse: lapse.at_utc,
    )
    streaks: list[Streak] = []
    start = clean_since
    for lapse in counted:
        day = lapse.local_date
        streaks.append(Streak(start, day, max(0, (day - start).days)))
        start = max(start, _restart(day, convention))
    running = max(0, (today - start).days)
    streaks.append(Streak(start, None, running))
    return CleanTime(
        clean_since=clean_since,
        current_start=start,
        days=running,
        streaks=tuple(streaks),
        longest_days=max(s.days for s in streaks),
        total_clean_days=sum(s.days for s in streaks),
        lapses=tuple(counted),
    )


def elapsed_since(since_date: date, since_time: time | None, *, now_utc: datetime,
                  tz: str) -> timedelta:
    """Real time elapsed since a local date (and time) in ``tz``: a DST night is 23 or 25 h.

    Used for the first day ("24 hours"); the day count itself is calendar-based.
    """
    local = datetime.combine(since_date, since_time or time(0, 0))
    return now_utc - to_utc(local, tz)


def week_start(day: date) -> date:
    return day - timedelta(days=day.weekday())
