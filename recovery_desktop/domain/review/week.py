"""Review weeks: seven local calendar days ending on the person's review day.

Days are calendar dates in the person's zone (as ``behaviours/cleantime.py`` counts them),
so a week is always seven days, whether a clock change made it 167 or 169 hours long or
the person crossed time zones. Weekdays are Python's (Monday = 0).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from recovery_desktop.domain.behaviours.cleantime import local_date, zone

WEEK = timedelta(days=7)


def default_review_weekday(first_day_of_week: int) -> int:
    """The locale's last weekday: the day before its first (``first_day_of_week`` 0-6)."""
    return (first_day_of_week - 1) % 7


def qt_weekday(qt_day: int) -> int:
    """Qt's day numbers (Monday = 1 .. Sunday = 7) as Python's (Monday = 0)."""
    return (qt_day - 1) % 7


@dataclass(frozen=True)
class ReviewWindow:
    start: date  # first day, inclusive
    end: date  # the review day, inclusive
    tz: str  # the zone the days are counted in
    now_utc: datetime  # naive UTC: "now" for anything that counts up to the present

    @property
    def days(self) -> list[date]:
        return [self.start + timedelta(days=i) for i in range(7)]

    @property
    def next_start(self) -> date:
        return self.end + timedelta(days=1)

    @property
    def next_end(self) -> date:
        return self.end + WEEK

    def previous(self) -> ReviewWindow:
        return ReviewWindow(self.start - WEEK, self.end - WEEK, self.tz, self.now_utc)

    def following(self) -> ReviewWindow:
        return ReviewWindow(self.start + WEEK, self.end + WEEK, self.tz, self.now_utc)

    def utc_bounds(self) -> tuple[datetime, datetime]:
        """Naive UTC instants bracketing the window generously (zones differ by up to 26 h);
        callers still check each entry's local date."""
        return (datetime.combine(self.start - timedelta(days=2), time()),
                datetime.combine(self.end + timedelta(days=3), time()))

    def end_utc(self) -> datetime:
        """The end of the review day in ``tz``, as naive UTC, capped at now."""
        local_end = datetime.combine(self.end + timedelta(days=1), time(), tzinfo=zone(self.tz))
        end = local_end.astimezone(UTC).replace(tzinfo=None) - timedelta(seconds=1)
        return min(end, self.now_utc)

    def contains(self, day: date) -> bool:
        return self.start <= day <= self.end


def window_ending(end: date, *, tz: str, now_utc: datetime) -> ReviewWindow:
    return ReviewWindow(end - timedelta(days=6), end, tz, now_utc)


def current_window(now_utc: datetime, tz: str, review_weekday: int) -> ReviewWindow:
    """The week in progress: it ends on the next review day on or after today, so on the
    review day itself it is exactly the last seven days."""
    today = local_date(now_utc, tz)
    end = today + timedelta(days=(review_weekday - today.weekday()) % 7)
    return window_ending(end, tz=tz, now_utc=now_utc)
