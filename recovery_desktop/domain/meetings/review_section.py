"""The meetings log in the weekly review: meetings attended in the week, the 90-in-90
counter if it is on, and meetings per week for the review's trend charts.

A meeting counts on the local date it was attended in the zone the person was in then (as
urges do), so a Sunday evening meeting abroad stays on Sunday. Nothing the person wrote
about a meeting (its notes) goes into the review: only when, which group, how and whether
they shared.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import exists, func, select
from sqlalchemy.orm import Session

from recovery_desktop.domain.behaviours.cleantime import local_date, to_utc
from recovery_desktop.domain.meetings.models import MeetingRow, Mode
from recovery_desktop.domain.meetings.service import (
    NinetyStatus,
    meetings_between,
    ninety_start,
)
from recovery_desktop.domain.review.sections import MEETINGS, register_section, register_trend
from recovery_desktop.domain.review.week import ReviewWindow

NINETY_DAYS = 90


@dataclass(frozen=True)
class MeetingLine:
    day: date  # local date attended
    fellowship: str  # a catalogue id or the person's own name for the group
    name: str  # the meeting's own name, "" if none given
    mode: Mode
    formats: tuple[str, ...]
    shared: bool


@dataclass(frozen=True)
class MeetingsWeek:
    meetings: tuple[MeetingLine, ...]  # oldest first
    ninety: NinetyStatus | None  # as of the end of the week; None when off or not in play

    @property
    def count(self) -> int:
        return len(self.meetings)

    @property
    def shared(self) -> int:
        return sum(1 for m in self.meetings if m.shared)

    def rows(self) -> list[tuple[str, str]]:
        """Plain (label, value) pairs for a printed check-in sheet: numbers, no groups."""
        found = [("Meetings attended", str(self.count))]
        if self.shared:
            found.append(("Shared at", str(self.shared)))
        if self.ninety is not None:
            found.append(("90 in 90", f"{min(max(self.ninety.day, 1), 90)}/90, "
                                      f"{self.ninety.meetings}"))
        return found


def _any_meeting(session: Session) -> bool:
    return bool(session.scalar(select(exists().where(MeetingRow.id.is_not(None)))))


def _ninety_as_of(session: Session, window: ReviewWindow) -> NinetyStatus | None:
    """The 90-in-90 counter as it stood at the end of the week (counted as the Meetings page
    counts it, in local days of the person's zone), for a week overlapping its 90 days."""
    start = ninety_start(session)
    if start is None:
        return None
    last = start + timedelta(days=NINETY_DAYS - 1)
    if window.end < start or window.start > last:
        return None
    until = min(window.end, last) + timedelta(days=1)
    low = to_utc(datetime.combine(start, time()), window.tz)
    high = to_utc(datetime.combine(until, time()), window.tz)
    count = session.scalar(select(func.count()).select_from(MeetingRow).where(
        MeetingRow.attended_at >= low, MeetingRow.attended_at < high)) or 0
    day = (min(window.end, local_date(window.now_utc, window.tz)) - start).days + 1
    return NinetyStatus(start, day, int(count))


@register_section(MEETINGS, order=40)
def meetings_week(session: Session, window: ReviewWindow) -> MeetingsWeek | None:
    """The week's meetings; left out for someone who has never logged one (and has no
    90 in 90 running), so a person who does not go to meetings is not shown a zero."""
    low, high = window.utc_bounds()
    lines = tuple(
        MeetingLine(local_date(m.attended_at, m.tz), m.fellowship, m.name, m.mode, m.formats,
                    m.shared)
        for m in meetings_between(session, low, high)
        if window.contains(local_date(m.attended_at, m.tz)))
    ninety = _ninety_as_of(session, window)
    if not lines and ninety is None and not _any_meeting(session):
        return None
    return MeetingsWeek(lines, ninety)


@register_trend(MEETINGS, order=40)
def meetings_per_week(session: Session, windows: Sequence[ReviewWindow]) -> list[float | None]:
    """Meetings attended in each window (oldest first); all ``None`` for someone who has
    never logged a meeting, so the chart is left out rather than drawn flat at zero."""
    if not windows:
        return []
    first, last = windows[0], windows[-1]
    counts = [0] * len(windows)
    rows = session.execute(
        select(MeetingRow.attended_at, MeetingRow.tz).where(
            MeetingRow.attended_at >= first.utc_bounds()[0],
            MeetingRow.attended_at < last.utc_bounds()[1]))
    for attended_at, tz in rows:
        day = local_date(attended_at, tz)
        for i, window in enumerate(windows):
            if window.contains(day):
                counts[i] += 1
                break
    if not any(counts) and not _any_meeting(session):
        return [None] * len(windows)
    return [float(n) for n in counts]
