"""What the Today page shows, gathered in one session: clean time per goal (with the next
milestone once a milestone source is plugged in), today's urges and lapses, this week's
plan and whether today's mood check-in is done.

Milestones come from another feature: it calls ``set_milestone_source(func)`` with
``func(days_clean) -> (milestone name, days to go) | None`` and each clean-time line then
carries ``next_milestone``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy.orm import Session

from recovery_desktop.domain.behaviours import service as behaviours
from recovery_desktop.domain.behaviours.cleantime import local_date
from recovery_desktop.domain.review import plans
from recovery_desktop.domain.review.mood import MoodEntry, mood_for
from recovery_desktop.domain.review.plans import PlanItem
from recovery_desktop.domain.review.week import current_window
from recovery_desktop.domain.urges import service as urges
from recovery_desktop.domain.urges.insights import SHARED_CLOCK
from recovery_desktop.domain.urges.models import Outcome

MilestoneSource = Callable[[int], tuple[str, int] | None]
_milestones: list[MilestoneSource] = []


def set_milestone_source(source: MilestoneSource | None) -> None:
    _milestones.clear()
    if source is not None:
        _milestones.append(source)


@dataclass(frozen=True)
class CleanLine:
    goal_id: int
    label: str
    days: int
    since: date
    next_milestone: tuple[str, int] | None  # (name, days to go)


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
    for goal in behaviours.current_goals(session):
        clean = urges.goal_clean_time(session, goal, now_utc=now_utc, tz=tz)
        if clean is None:
            continue
        label = goal.label or ", ".join(names.get(b, "?") for b in goal.behaviour_ids)
        upcoming = _milestones[0](clean.days) if _milestones else None
        lines.append(CleanLine(goal.id, label, clean.days, clean.current_start, upcoming))
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
