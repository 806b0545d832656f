"""Clean-time milestones: pure functions with the clock and the zone passed in.

A milestone is a code: a whole number and a unit, ``h`` hours, ``d`` days, ``m`` months or
``y`` years ("24h", "30d", "6m", "1y"). The default list follows the workbook (4.4): 24
hours, 30, 60 and 90 days, 6 and 9 months, 1 year, 18 months, then every year.

Conventions:
- Day, month and year milestones are calendar dates in the person's zone, counted from the
  clean date (as ``cleantime`` counts days): 90 days after 1 March is 30 May whatever the
  clocks did in between, and the milestone is reached at the start of that local day.
- A month or year that lands on a day the month lacks falls on the month's last day: one
  year from 29 February 2024 is 28 February 2025, and 29 February again in 2028.
- Hour milestones are real elapsed time (a daylight-saving night is 23 or 25 hours) from the
  clean date's time of day (midnight if none was given).
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from recovery_desktop.domain.behaviours.cleantime import local_date, to_utc

DEFAULT_CODES: tuple[str, ...] = ("24h", "30d", "60d", "90d", "6m", "9m", "1y", "18m")
UNITS = ("h", "d", "m", "y")
_CODE = re.compile(r"^\s*(\d{1,4})\s*([hdmy])\s*$", re.IGNORECASE)
MAX_YEARS = 200  # yearly milestones stop somewhere; nobody counts further


@dataclass(frozen=True, order=True)
class Milestone:
    amount: int
    unit: str  # one of UNITS

    @property
    def code(self) -> str:
        return f"{self.amount}{self.unit}"

    @property
    def rough_days(self) -> float:
        """For sorting and for telling two codes apart ("12m" and "1y" are one milestone)."""
        return self.amount * {"h": 1 / 24, "d": 1, "m": 30.4375, "y": 365.25}[self.unit]


@dataclass(frozen=True)
class Reached:
    milestone: Milestone
    on: date  # the local date it is (or was) reached
    at_utc: datetime  # the naive-UTC instant it is (or was) reached


@dataclass(frozen=True)
class MilestoneStatus:
    past: tuple[Reached, ...]  # oldest first
    next: Reached | None  # None only past MAX_YEARS with no yearly milestones left


def parse(code: str) -> Milestone | None:
    """A milestone from its code, or None if the code is not one ("0d" is not one either)."""
    match = _CODE.match(code)
    if match is None or int(match.group(1)) == 0:
        return None
    return Milestone(int(match.group(1)), match.group(2).lower())


def parse_list(text: str) -> tuple[list[Milestone], list[str]]:
    """Milestones from a comma- or space-separated list, and the parts that were not codes."""
    good: list[Milestone] = []
    bad: list[str] = []
    for part in re.split(r"[,;\s]+", text.strip()):
        if not part:
            continue
        milestone = parse(part)
        if milestone is None:
            bad.append(part)
        else:
            good.append(milestone)
    return normalise(good), bad


def default_milestones() -> list[Milestone]:
    return normalise(m for m in (parse(code) for code in DEFAULT_CODES) if m is not None)


def normalise(milestones: Iterable[Milestone]) -> list[Milestone]:
    """Sorted by length, without duplicates (the first code of a length is kept)."""
    seen: dict[float, Milestone] = {}
    for milestone in milestones:
        seen.setdefault(round(milestone.rough_days, 6), milestone)
    return sorted(seen.values(), key=lambda m: m.rough_days)


def add_months(start: date, months: int) -> date:
    """``start`` plus whole months, clamped to the month's last day (29 Feb + 1y = 28 Feb)."""
    index = start.year * 12 + start.month - 1 + months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(start.day, last))


def reached_on(milestone: Milestone, start: date) -> date:
    """The local date a day, month or year milestone falls on (hours: the date they end)."""
    if milestone.unit == "d":
        return start + timedelta(days=milestone.amount)
    if milestone.unit == "m":
        return add_months(start, milestone.amount)
    if milestone.unit == "y":
        return add_months(start, 12 * milestone.amount)
    return start + timedelta(hours=milestone.amount)


def _reached(milestone: Milestone, start: date, since_time: time | None, tz: str) -> Reached:
    if milestone.unit == "h":
        at = to_utc(datetime.combine(start, since_time or time(0)), tz) + timedelta(
            hours=milestone.amount)
        return Reached(milestone, local_date(at, tz), at)
    on = reached_on(milestone, start)
    return Reached(milestone, on, to_utc(datetime.combine(on, time(0)), tz))


def _schedule(codes: Sequence[Milestone], yearly: bool) -> Iterable[Milestone]:
    """The listed milestones, then (if ``yearly``) every whole year after the longest one."""
    listed = normalise(codes)
    yield from listed
    if not yearly:
        return
    longest = listed[-1].rough_days if listed else 0.0
    taken = {round(m.rough_days, 6) for m in listed}
    for years in range(1, MAX_YEARS + 1):
        milestone = Milestone(years, "y")
        if milestone.rough_days > longest and round(milestone.rough_days, 6) not in taken:
            yield milestone


def milestone_status(
    start: date,
    *,
    now_utc: datetime,
    tz: str,
    codes: Sequence[Milestone] | None = None,
    yearly: bool = True,
    since_time: time | None = None,
) -> MilestoneStatus:
    """Milestones reached since ``start`` (a local clean date) and the next one, as of now."""
    chosen = list(codes) if codes is not None else default_milestones()
    past: list[Reached] = []
    upcoming: Reached | None = None
    for milestone in _schedule(chosen, yearly):
        reached = _reached(milestone, start, since_time, tz)
        if reached.at_utc <= now_utc:
            past.append(reached)
        else:
            upcoming = reached
            break
    past.sort(key=lambda r: r.at_utc)
    return MilestoneStatus(tuple(past), upcoming)


@dataclass(frozen=True)
class Span:
    years: int
    months: int
    days: int


def span(start: date, today: date) -> Span:
    """Whole years, months and days from ``start`` to ``today`` (month ends clamped)."""
    if today <= start:
        return Span(0, 0, 0)
    months = (today.year - start.year) * 12 + today.month - start.month
    if add_months(start, months) > today:
        months -= 1
    anchor = add_months(start, months)
    return Span(months // 12, months % 12, (today - anchor).days)


def next_local_midnight(now_utc: datetime, tz: str) -> datetime:
    """The naive-UTC instant of the next local midnight in ``tz`` (a DST day is 23 or 25 h)."""
    tomorrow = local_date(now_utc, tz) + timedelta(days=1)
    return to_utc(datetime.combine(tomorrow, time(0)), tz)
