"""Clean time per goal for the "Clean time" page, the Today page and the weekly review.

One read per call, plain dataclasses out. Preferences live in the vault (``vault_settings``):
- ``clean_time.hidden``: the person prefers not to see counters (nothing is counted on screen);
- ``clean_time.milestones``: ``{"codes": ["24h", "30d", ...], "yearly": true}``;
- ``clean_time.celebrated``: which milestones were already celebrated, as
  ``"<goal id>:<streak start>:<code>"``, so each is celebrated once, and a new streak after
  a lapse can celebrate its own 30 days again.

Someone using the app only to support a loved one (``Role.SUPPORTING``) gets no counters:
``clean_time_summaries`` returns nothing for them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time

from sqlalchemy.orm import Session

from recovery_desktop.domain.behaviours import service as behaviours
from recovery_desktop.domain.behaviours.cleantime import CleanTime, local_date, to_local, to_utc
from recovery_desktop.domain.behaviours.milestones import (
    Milestone,
    MilestoneStatus,
    Reached,
    Span,
    default_milestones,
    milestone_status,
    normalise,
    parse,
    span,
)
from recovery_desktop.domain.behaviours.models import GoalTier
from recovery_desktop.domain.profile import Role, get_setting, load_profile, set_setting

HIDDEN_KEY = "clean_time.hidden"
MILESTONES_KEY = "clean_time.milestones"
CELEBRATED_KEY = "clean_time.celebrated"


@dataclass(frozen=True)
class CleanTimeSummary:
    goal_id: int
    title: str  # the goal's own label, or its behaviours' names
    clean: CleanTime
    span: Span  # years, months and days of the running streak
    hours: int | None  # whole hours so far while under 24 hours, else None
    milestones: MilestoneStatus
    to_celebrate: Reached | None  # the newest milestone reached and not yet celebrated

    @property
    def days(self) -> int:
        return self.clean.days

    @property
    def days_to_next(self) -> int | None:
        """Local days from now to the next milestone (0: today); None if none is left."""
        upcoming = self.milestones.next
        if upcoming is None:
            return None
        return (upcoming.on - self.clean.current_start).days - self.days


@dataclass(frozen=True)
class MilestoneSettings:
    milestones: tuple[Milestone, ...]
    yearly: bool


def counters_hidden(session: Session) -> bool:
    return bool(get_setting(session, HIDDEN_KEY, False))


def set_counters_hidden(session: Session, hidden: bool) -> None:
    set_setting(session, HIDDEN_KEY, bool(hidden))


def counters_allowed(session: Session) -> bool:
    """False for a family member (supporting role) and for someone who hid the counters."""
    return load_profile(session).role is not Role.SUPPORTING and not counters_hidden(session)


def milestone_settings(session: Session) -> MilestoneSettings:
    raw = get_setting(session, MILESTONES_KEY, None)
    if not isinstance(raw, dict):
        return MilestoneSettings(tuple(default_milestones()), True)
    codes = raw.get("codes", [])
    parsed = [parse(str(code)) for code in codes] if isinstance(codes, list) else []
    return MilestoneSettings(tuple(normalise(m for m in parsed if m is not None)),
                             bool(raw.get("yearly", True)))


def save_milestone_settings(session: Session, milestones: Sequence[Milestone],
                            yearly: bool) -> None:
    set_setting(session, MILESTONES_KEY,
                {"codes": [m.code for m in normalise(milestones)], "yearly": bool(yearly)})


def reset_milestone_settings(session: Session) -> None:
    save_milestone_settings(session, default_milestones(), True)


def _celebrated(session: Session) -> set[str]:
    raw = get_setting(session, CELEBRATED_KEY, [])
    return {str(key) for key in raw} if isinstance(raw, list) else set()


def celebration_key(goal_id: int, streak_start: date, milestone: Milestone) -> str:
    return f"{goal_id}:{streak_start.isoformat()}:{milestone.code}"


def mark_celebrated(session: Session, summary: CleanTimeSummary) -> None:
    """Remember every milestone this streak has reached, so none is celebrated again."""
    keys = _celebrated(session)
    keys.update(celebration_key(summary.goal_id, summary.clean.current_start, r.milestone)
                for r in summary.milestones.past)
    set_setting(session, CELEBRATED_KEY, sorted(keys))


def _title(goal: behaviours.Goal, names: dict[int, str]) -> str:
    if goal.label:
        return goal.label
    return ", ".join(names.get(i, "?") for i in goal.behaviour_ids) or "?"


def _since_time(goal: behaviours.Goal, clean: CleanTime) -> time | None:
    """The time of day the running streak began: the clean date's own time, or the lapse's."""
    if clean.lapses and clean.current_start != clean.clean_since:
        last = clean.lapses[-1]
        return to_local(last.at_utc, last.tz).time().replace(microsecond=0)
    return goal.clean_since_time


def clean_time_summaries(session: Session, now_utc: datetime, tz: str) -> list[CleanTimeSummary]:
    """Clean time of every current abstinent goal with a clean date, as of ``now_utc``.

    ``now_utc`` is naive UTC, ``tz`` the zone the person is in now. Empty for someone who
    only supports a loved one; counters the person hid are still computed (the page decides
    what to show: call ``counters_allowed``).
    """
    from recovery_desktop.domain.urges import service as urges  # the log owns lapses

    if load_profile(session).role is Role.SUPPORTING:
        return []
    prefs = milestone_settings(session)
    celebrated = _celebrated(session)
    names = {b.id: b.name for b in behaviours.list_behaviours(session, include_archived=True)}
    summaries = []
    for goal in behaviours.current_goals(session):
        if goal.tier is not GoalTier.ABSTINENT or goal.clean_since is None:
            continue
        clean = urges.goal_clean_time(session, goal, now_utc=now_utc, tz=tz)
        if clean is None:
            continue
        since_time = _since_time(goal, clean)
        status = milestone_status(clean.current_start, now_utc=now_utc, tz=tz,
                                  codes=prefs.milestones, yearly=prefs.yearly,
                                  since_time=since_time)
        fresh = [r for r in status.past
                 if celebration_key(goal.id, clean.current_start, r.milestone) not in celebrated]
        elapsed = now_utc - status_start_utc(clean.current_start, since_time, tz)
        hours = int(elapsed.total_seconds() // 3600) if elapsed.days < 1 else None
        summaries.append(CleanTimeSummary(
            goal_id=goal.id, title=_title(goal, names), clean=clean,
            span=span(clean.current_start, local_date(now_utc, tz)),
            hours=max(0, hours) if hours is not None else None, milestones=status,
            to_celebrate=fresh[-1] if fresh else None))
    return summaries


def status_start_utc(start: date, since_time: time | None, tz: str) -> datetime:
    return to_utc(datetime.combine(start, since_time or time(0)), tz)
