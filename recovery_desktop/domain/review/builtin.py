"""The review sections this package can fill now: urges, clean time, worksheets, mood and
last week's plan. Each is a provider (see ``sections``) over one week of local days."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from recovery_desktop.domain.behaviours import service as behaviours
from recovery_desktop.domain.behaviours.clean_summary import counters_allowed
from recovery_desktop.domain.behaviours.cleantime import local_date
from recovery_desktop.domain.review import plans
from recovery_desktop.domain.review.mood import MoodWeek, mood_week
from recovery_desktop.domain.review.sections import (
    CLEAN_TIME,
    LAST_PLAN,
    MOOD,
    URGES,
    WORKSHEETS,
    register_section,
)
from recovery_desktop.domain.review.week import ReviewWindow
from recovery_desktop.domain.urges import service as urges
from recovery_desktop.domain.urges.insights import SHARED_CLOCK, compute
from recovery_desktop.domain.urges.models import HALT_FLAGS, KEPT, Outcome, UrgeRow
from recovery_desktop.domain.urges.transfer import WINDOW_DAYS, detect_transfer
from recovery_desktop.domain.worksheets.models import COMPLETE, WorksheetRow


@dataclass(frozen=True)
class BehaviourWeek:
    behaviour_id: int
    name: str
    count: int
    kept: int  # resisted, or within plan
    lapses: int
    mean_intensity: float | None
    peak_intensity: int | None
    per_day: tuple[int, ...]  # urges on each of the seven days, oldest first

    @property
    def share_resisted(self) -> float | None:
        return self.kept / self.count if self.count else None


@dataclass(frozen=True)
class LapseNote:
    day: date
    behaviour: str


@dataclass(frozen=True)
class TransferNote:
    rising: str
    falling: str
    rising_before: int
    rising_now: int
    falling_before: int
    falling_now: int


@dataclass(frozen=True)
class UrgeWeek:
    count: int
    kept: int
    lapses: int
    mean_intensity: float | None
    peak_intensity: int | None
    behaviours: tuple[BehaviourWeek, ...]  # most urges first
    lapse_days: tuple[LapseNote, ...]
    top_triggers: tuple[tuple[str, int], ...]
    top_situations: tuple[tuple[str, int], ...]  # situation codes (urges.models.SITUATIONS)
    halt: tuple[tuple[str, int], ...]  # ("hungry", n), ... in HALT order
    coping_worked: tuple[tuple[str, int], ...]  # coping codes used when the urge passed
    transfer: tuple[TransferNote, ...]

    @property
    def share_resisted(self) -> float | None:
        return self.kept / self.count if self.count else None


@register_section(URGES, order=10)
def urge_week(session: Session, window: ReviewWindow) -> UrgeWeek:
    names = {b.id: b.name for b in behaviours.list_behaviours(session, include_archived=True)}
    # Transfer compares two 28-day windows ending on the review day: read those days once.
    since = window.end - timedelta(days=2 * WINDOW_DAYS)
    flt = urges.LogFilter(start_utc=ReviewWindow(since, window.end, window.tz,
                                                 window.now_utc).utc_bounds()[0],
                          end_utc=window.utc_bounds()[1])
    facts = urges.facts(session, flt)
    found = compute(facts, start=window.start, end=window.end, top=5)
    per_day: dict[int, list[int]] = {}
    lapse_days: list[LapseNote] = []
    low, high = window.utc_bounds()
    for fact in facts:
        if not low <= fact.occurred_at < high:
            continue
        day = SHARED_CLOCK.local(fact.occurred_at, fact.tz).date()
        if not window.contains(day):
            continue
        per_day.setdefault(fact.behaviour_id, [0] * 7)[(day - window.start).days] += 1
        if fact.outcome is Outcome.LAPSED:
            lapse_days.append(LapseNote(day, names.get(fact.behaviour_id, "?")))
    rows = tuple(sorted(
        (BehaviourWeek(bid, names.get(bid, "?"), s.count, s.kept, s.lapses, s.mean_intensity,
                       s.peak_intensity, tuple(per_day.get(bid, [0] * 7)))
         for bid, s in found.per_behaviour.items()),
        key=lambda b: (-b.count, b.name.casefold(), b.behaviour_id)))
    signals = detect_transfer(facts, today=min(window.end, local_date(window.now_utc,
                                                                      window.tz)))
    overall = found.overall
    return UrgeWeek(
        count=overall.count, kept=overall.kept, lapses=overall.lapses,
        mean_intensity=overall.mean_intensity, peak_intensity=overall.peak_intensity,
        behaviours=rows,
        lapse_days=tuple(sorted(lapse_days, key=lambda n: (n.day, n.behaviour))),
        top_triggers=tuple(found.top_triggers), top_situations=tuple(found.top_situations),
        halt=tuple((flag.name.lower() if flag.name else "", found.halt[flag])
                   for flag in HALT_FLAGS),
        coping_worked=tuple(_coping_worked(session, window)),
        transfer=tuple(TransferNote(names.get(s.rising_id, "?"), names.get(s.falling_id, "?"),
                                    s.rising_before, s.rising_now, s.falling_before,
                                    s.falling_now) for s in signals),
    )


def _coping_worked(session: Session, window: ReviewWindow,
                   top: int = 5) -> list[tuple[str, int]]:
    low, high = window.utc_bounds()
    counts: Counter[str] = Counter()
    for at, tz, codes in session.execute(
        select(UrgeRow.occurred_at, UrgeRow.tz, UrgeRow.coping).where(
            UrgeRow.occurred_at >= low, UrgeRow.occurred_at < high,
            UrgeRow.outcome.in_([o.value for o in KEPT]), UrgeRow.coping != "")
    ):
        if window.contains(SHARED_CLOCK.local(at, tz).date()):
            counts.update(code for code in codes.split(",") if code)
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:top]


@dataclass(frozen=True)
class GoalCleanTime:
    goal_id: int
    label: str  # the goal's own words, or the behaviours it covers
    days: int  # as of the end of the week (or now, for the week in progress)
    since: date
    lapses_this_week: int


@dataclass(frozen=True)
class CleanTimeWeek:
    goals: tuple[GoalCleanTime, ...]


@register_section(CLEAN_TIME, order=20)
def clean_time_week(session: Session, window: ReviewWindow) -> CleanTimeWeek | None:
    if not counters_allowed(session):
        return None  # a family member, or someone who prefers not to count
    names = {b.id: b.name for b in behaviours.list_behaviours(session, include_archived=True)}
    at = window.end_utc()
    items: list[GoalCleanTime] = []
    for goal in behaviours.current_goals(session):
        clean = urges.goal_clean_time(session, goal, now_utc=at, tz=window.tz)
        if clean is None:
            continue
        label = goal.label or ", ".join(names.get(b, "?") for b in goal.behaviour_ids)
        week_lapses = sum(1 for lapse in clean.lapses if window.contains(lapse.local_date))
        items.append(GoalCleanTime(goal.id, label, clean.days, clean.current_start,
                                   week_lapses))
    return CleanTimeWeek(tuple(items)) if items else None


@dataclass(frozen=True)
class WorksheetsWeek:
    completed: tuple[tuple[str, int], ...]  # (definition id, how many finished this week)
    started: int  # begun this week and not finished yet


@register_section(WORKSHEETS, order=30)
def worksheets_week(session: Session, window: ReviewWindow) -> WorksheetsWeek | None:
    low, high = window.utc_bounds()
    done: Counter[str] = Counter()
    started = 0
    for definition, status, created, updated in session.execute(
        select(WorksheetRow.definition_id, WorksheetRow.status, WorksheetRow.created_at,
               WorksheetRow.updated_at).where(
            WorksheetRow.deleted_at.is_(None), WorksheetRow.updated_at >= low,
            WorksheetRow.created_at < high)
    ):
        if status == COMPLETE and window.contains(local_date(updated, window.tz)):
            done[definition] += 1
        elif status != COMPLETE and window.contains(local_date(created, window.tz)):
            started += 1
    if not done and not started:
        return None
    return WorksheetsWeek(tuple(sorted(done.items(), key=lambda kv: (-kv[1], kv[0]))),
                          started)


@register_section(MOOD, order=50)
def mood_section(session: Session, window: ReviewWindow) -> MoodWeek | None:
    return mood_week(session, window.start, window.end)


@register_section(LAST_PLAN, order=5)
def last_plan(session: Session, window: ReviewWindow) -> plans.CarriedPlan | None:
    return plans.carried_plan(session, window)
