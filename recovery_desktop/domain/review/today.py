"""What the Today page shows, gathered in one session: clean time per goal with its next
milestone, today's urges and lapses, this week's plan and whether today's mood check-in is
done.

Clean time comes from ``behaviours.clean_summary.clean_time_summaries``, the function the
Clean time page uses, so both pages show the same days, the same streak start and the same
next milestone (from the person's own milestone list). No counters for someone supporting a
loved one, nor for someone who chose to hide them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy.orm import Session

from recovery_desktop.domain.behaviours import service as behaviours
from recovery_desktop.domain.behaviours.clean_summary import (
    clean_time_summaries,
    counters_allowed,
)
from recovery_desktop.domain.behaviours.cleantime import local_date
from recovery_desktop.domain.behaviours.milestones import Milestone
from recovery_desktop.domain.review import plans
from recovery_desktop.domain.review.mood import MoodEntry, mood_for
from recovery_desktop.domain.review.plans import PlanItem
from recovery_desktop.domain.review.week import current_window
from recovery_desktop.domain.urges import service as urges
from recovery_desktop.domain.urges.insights import SHARED_CLOCK
from recovery_desktop.domain.urges.models import Outcome


@dataclass(frozen=True)
class CleanLine:
    goal_id: int
    label: str
    days: int
    hours: int | None  # whole hours while the streak is under a day (as the Clean time page)
    since: date
    next_milestone: Milestone | None
    next_on: date | None  # the local date of the next milestone
    days_to_next: int | None  # 0: it is today


@dataclass(frozen=True)
class TodaySummary:
    today: date
    clean: tuple[CleanLine, ...]
    urges_today: tuple[tuple[str, int, int], ...]  # (behaviour, urges, lapses)
    plan: tuple[PlanItem, ...]  # this week's, from the last review
    week_start: date
    week_end: date
    mood: MoodEntry | None


def today_summary(session: Session, *, now_utc: datetime, tz: str,
                  review_weekday: int) -> TodaySummary:
    today = local_date(now_utc, tz)
    names = {b.id: b.name for b in behaviours.list_behaviours(session, include_archived=True)}
    lines: list[CleanLine] = []
    if counters_allowed(session):
        for summary in clean_time_summaries(session, now_utc, tz):
            upcoming = summary.milestones.next
            lines.append(CleanLine(
                summary.goal_id, summary.title, summary.days, summary.hours,
                summary.clean.current_start, upcoming.milestone if upcoming else None,
                upcoming.on if upcoming else None, summary.days_to_next))
    counts: dict[int, list[int]] = {}
    flt = urges.LogFilter(start_utc=datetime.combine(today - timedelta(days=1), time()),
                          end_utc=datetime.combine(today + timedelta(days=2), time()))
    for fact in urges.facts(session, flt):
        if SHARED_CLOCK.local(fact.occurred_at, fact.tz).date() != today:
            continue
        row = counts.setdefault(fact.behaviour_id, [0, 0])
        row[0] += 1
        row[1] += fact.outcome is Outcome.LAPSED
    window = current_window(now_utc, tz, review_weekday)
    return TodaySummary(
        today=today, clean=tuple(lines),
        urges_today=tuple(sorted(((names.get(b, "?"), n, lapsed)
                                  for b, (n, lapsed) in counts.items()),
                                 key=lambda r: (-r[1], r[0]))),
        plan=tuple(plans.plan_for_days(session, window.start, window.end)),
        week_start=window.start, week_end=window.end, mood=mood_for(session, today))
