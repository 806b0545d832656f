"""Behaviours and goals inside one session: plain dataclasses out, ids in.

Removing a behaviour that anything still refers to archives it instead (never a silent
loss): features that refer to behaviours register a counter in ``REFERENCE_COUNTERS``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from recovery_desktop.domain.base import clean_text, utcnow
from recovery_desktop.domain.behaviours.models import (
    BehaviourRow,
    Category,
    GoalBehaviourRow,
    GoalRow,
    GoalTier,
    PlanPeriod,
)
from recovery_desktop.marks import translate

MAX_NAME = 200

# (session, behaviour id) -> how many records refer to it. Features append to this list.
REFERENCE_COUNTERS: list[Callable[[Session, int], int]] = []


class InvalidInput(ValueError):
    """Input the person can fix; ``messages`` are ready to show (plain English here, the UI
    translates its own)."""

    def __init__(self, messages: Sequence[str]) -> None:
        super().__init__("; ".join(messages))
        self.messages = list(messages)


@dataclass(frozen=True)
class Behaviour:
    id: int
    name: str
    category: Category
    archived: bool


@dataclass(frozen=True)
class Goal:
    id: int
    tier: GoalTier
    label: str
    behaviour_ids: tuple[int, ...]
    plan_limit: int | None
    plan_period: PlanPeriod | None
    plan_counts: str
    bottom_lines: str
    clean_since: date | None
    clean_since_time: time | None
    tz: str
    started_at: datetime
    ended_at: datetime | None


def _category(value: str) -> Category:
    try:
        return Category(value)
    except ValueError:
        return Category.OTHER


def _behaviour(row: BehaviourRow) -> Behaviour:
    return Behaviour(row.id, row.name, _category(row.category), bool(row.archived))


def _name(name: str) -> str:
    cleaned = clean_text(name).strip()
    if not cleaned:
        raise InvalidInput([translate(
            "problems",
            "Please give the behaviour a name, in your own words.")])
    if len(cleaned) > MAX_NAME:
        raise InvalidInput([translate(
            "problems",
            "Please keep the name under %1 characters.").replace("%1", str(MAX_NAME))])
    return cleaned


def add_behaviour(session: Session, name: str, category: Category) -> int:
    row = BehaviourRow(name=_name(name), category=category.value, archived=False,
                       created_at=utcnow())
    session.add(row)
    session.flush()
    return row.id


def rename_behaviour(session: Session, behaviour_id: int, name: str) -> None:
    row = session.get(BehaviourRow, behaviour_id)
    if row is not None:
        row.name = _name(name)


def list_behaviours(session: Session, *, include_archived: bool = False) -> list[Behaviour]:
    query = select(BehaviourRow).order_by(BehaviourRow.id)
    if not include_archived:
        query = query.where(BehaviourRow.archived.is_(False))
    return [_behaviour(row) for row in session.scalars(query)]


def get_behaviour(session: Session, behaviour_id: int) -> Behaviour | None:
    row = session.get(BehaviourRow, behaviour_id)
    return None if row is None else _behaviour(row)


def set_archived(session: Session, behaviour_id: int, archived: bool) -> None:
    row = session.get(BehaviourRow, behaviour_id)
    if row is not None:
        row.archived = archived


def references(session: Session, behaviour_id: int) -> int:
    goals = session.scalar(
        select(func.count()).select_from(GoalBehaviourRow)
        .where(GoalBehaviourRow.behaviour_id == behaviour_id)
    ) or 0
    return int(goals) + sum(count(session, behaviour_id) for count in REFERENCE_COUNTERS)


def remove_behaviour(session: Session, behaviour_id: int) -> str:
    """Delete a behaviour nothing refers to; otherwise archive it. Returns what happened."""
    if references(session, behaviour_id):
        set_archived(session, behaviour_id, True)
        return "archived"
    session.execute(delete(BehaviourRow).where(BehaviourRow.id == behaviour_id))
    return "deleted"


# -- goals ---------------------------------------------------------------------------------


def needs_medical_note(category: Category, tier: GoalTier) -> bool:
    """Stopping alcohol or some prescribed drugs suddenly can be dangerous (withdrawal)."""
    return tier is GoalTier.ABSTINENT and category in (Category.ALCOHOL, Category.PRESCRIBED)


def _goal(row: GoalRow, behaviour_ids: tuple[int, ...]) -> Goal:
    return Goal(
        id=row.id,
        tier=GoalTier(row.tier),
        label=row.label,
        behaviour_ids=behaviour_ids,
        plan_limit=row.plan_limit,
        plan_period=PlanPeriod(row.plan_period) if row.plan_period else None,
        plan_counts=row.plan_counts,
        bottom_lines=row.bottom_lines,
        clean_since=row.clean_since,
        clean_since_time=row.clean_since_time,
        tz=row.tz,
        started_at=row.started_at,
        ended_at=row.ended_at,
    )


def _goals(session: Session, rows: Sequence[GoalRow]) -> list[Goal]:
    ids = [row.id for row in rows]
    members: dict[int, list[int]] = {goal_id: [] for goal_id in ids}
    if ids:
        for goal_id, behaviour_id in session.execute(
            select(GoalBehaviourRow.goal_id, GoalBehaviourRow.behaviour_id)
            .where(GoalBehaviourRow.goal_id.in_(ids))
            .order_by(GoalBehaviourRow.behaviour_id)
        ):
            members[goal_id].append(behaviour_id)
    return [_goal(row, tuple(members[row.id])) for row in rows]


def set_goal(
    session: Session,
    behaviour_ids: Sequence[int],
    tier: GoalTier,
    *,
    tz: str,
    label: str = "",
    plan_limit: int | None = None,
    plan_period: PlanPeriod | None = None,
    plan_counts: str = "",
    bottom_lines: str = "",
    clean_since: date | None = None,
    clean_since_time: time | None = None,
    now: datetime | None = None,
) -> int:
    """Start a goal for these behaviours, ending the goals that covered any of them."""
    if not behaviour_ids:
        raise InvalidInput([translate(
            "problems",
            "Please choose at least one behaviour for this goal.")])
    if plan_limit is not None and not 0 <= plan_limit <= 100_000:
        raise InvalidInput([translate(
            "problems",
            "The plan's limit should be a number from 0 to 100,000.")])
    moment = now or utcnow()
    for goal in current_goals(session, behaviour_ids):
        row = session.get(GoalRow, goal.id)
        if row is not None:
            row.ended_at = moment
    abstinent = tier is GoalTier.ABSTINENT
    row = GoalRow(
        tier=tier.value,
        label=clean_text(label).strip()[:MAX_NAME],
        plan_limit=None if abstinent else plan_limit,
        plan_period=None if abstinent or plan_period is None else plan_period.value,
        plan_counts=clean_text(plan_counts),
        bottom_lines=clean_text(bottom_lines),
        clean_since=clean_since if abstinent else None,
        clean_since_time=clean_since_time if abstinent else None,
        tz=tz,
        started_at=moment,
        ended_at=None,
    )
    session.add(row)
    session.flush()
    for behaviour_id in sorted(set(behaviour_ids)):
        session.add(GoalBehaviourRow(goal_id=row.id, behaviour_id=behaviour_id))
    session.flush()
    return row.id


def current_goals(session: Session, behaviour_ids: Sequence[int] | None = None) -> list[Goal]:
    query = select(GoalRow).where(GoalRow.ended_at.is_(None)).order_by(GoalRow.id)
    if behaviour_ids is not None:
        query = query.where(
            GoalRow.id.in_(
                select(GoalBehaviourRow.goal_id)
                .where(GoalBehaviourRow.behaviour_id.in_(list(behaviour_ids)))
            )
        )
    return _goals(session, list(session.scalars(query)))


def goal_for(session: Session, behaviour_id: int) -> Goal | None:
    goals = current_goals(session, [behaviour_id])
    return goals[-1] if goals else None


def goal_history(session: Session, behaviour_id: int) -> list[Goal]:
    """Every goal that ever covered the behaviour, oldest first."""
    query = (
        select(GoalRow)
        .where(
            GoalRow.id.in_(
                select(GoalBehaviourRow.goal_id)
                .where(GoalBehaviourRow.behaviour_id == behaviour_id)
            )
        )
        .order_by(GoalRow.started_at, GoalRow.id)
    )
    return _goals(session, list(session.scalars(query)))
