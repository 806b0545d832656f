"""Clean-time milestones in the weekly review: those reached during the week and the next
one for each goal, from the same ``clean_summary`` numbers the Clean time page shows.

Left out for someone who supports a loved one (``Role.SUPPORTING``) and for someone who
chose to hide the counters. Registered by importing ``domain.support`` (the feature whose
Clean time page owns the milestone settings); importing it from here would be circular,
since the review package itself imports this package.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from recovery_desktop.domain.behaviours.clean_summary import (
    clean_time_summaries,
    counters_allowed,
)
from recovery_desktop.domain.behaviours.milestones import Reached
from recovery_desktop.domain.review.sections import MILESTONES, register_section
from recovery_desktop.domain.review.week import ReviewWindow


@dataclass(frozen=True)
class GoalMilestones:
    goal_id: int
    title: str  # the goal's own label, or its behaviours' names
    days: int  # clean days at the end of the week (or now, for the week in progress)
    reached: tuple[Reached, ...]  # reached during the week, oldest first
    next: Reached | None  # the next one after the end of the week
    days_to_next: int | None  # local days from the end of the week, or from today


@dataclass(frozen=True)
class MilestonesWeek:
    goals: tuple[GoalMilestones, ...]
    to_now: bool  # the week is in progress: counted up to now, not to the end of the week

    @property
    def reached(self) -> int:
        return sum(len(goal.reached) for goal in self.goals)

    def rows(self) -> list[tuple[str, str]]:
        """Plain (label, value) pairs for a printed check-in sheet. Goals are numbered, not
        named (a sheet may be printed with neutral wording), in the clean-time order."""
        found = []
        for n, goal in enumerate(self.goals, 1):
            prefix = f"Goal {n}: " if len(self.goals) > 1 else ""
            for reached in goal.reached:
                found.append((prefix + "milestone reached",
                              f"{reached.milestone.code} ({reached.on.isoformat()})"))
            if goal.next is not None:
                found.append((prefix + "next milestone",
                              f"{goal.next.milestone.code} ({goal.next.on.isoformat()})"))
        return found


@register_section(MILESTONES, order=22)
def milestones_week(session: Session, window: ReviewWindow) -> MilestonesWeek | None:
    if not counters_allowed(session):
        return None
    goals = tuple(
        GoalMilestones(s.goal_id, s.title, s.days,
                       tuple(r for r in s.milestones.past if window.contains(r.on)),
                       s.milestones.next, s.days_to_next)
        for s in clean_time_summaries(session, window.end_utc(), window.tz))
    return MilestonesWeek(goals, window.end_utc() >= window.now_utc) if goals else None
