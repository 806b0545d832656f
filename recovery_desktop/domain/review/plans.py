"""Saved reviews and their plans: write a week's review, carry its plan into the next.

A review's plan covers the seven days after its review day. The next week's review shows
that plan again, each item to be marked done, partly or not done: the person is
accountable to themselves, nobody else. Text is cleaned (``clean_text``) and capped.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from enum import StrEnum

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from recovery_desktop.domain.base import clean_text, utcnow
from recovery_desktop.domain.review.models import PlanItemRow, ReviewRow
from recovery_desktop.domain.review.week import ReviewWindow
from recovery_desktop.marks import translate

MAX_TEXT = 20_000
MAX_ACTION = 500
MAX_ITEMS = 30


class PlanStatus(StrEnum):
    OPEN = "open"
    DONE = "done"
    PARTLY = "partly"
    NOT_DONE = "not_done"


class InvalidReview(ValueError):
    def __init__(self, messages: Sequence[str]) -> None:
        super().__init__("; ".join(messages))
        self.messages = list(messages)


@dataclass(frozen=True)
class PlanItem:
    action: str
    day: date | None = None  # None: some day that week
    is_meeting: bool = False
    status: PlanStatus = PlanStatus.OPEN
    id: int | None = None


@dataclass(frozen=True)
class ReviewInput:
    win: str = ""
    challenge: str = ""
    for_group: str = ""
    plan: tuple[PlanItem, ...] = ()
    # Ticks for the plan carried from last week: plan item id -> status.
    last_plan_status: dict[int, PlanStatus] = field(default_factory=dict)


@dataclass(frozen=True)
class SavedReview:
    id: int
    week_start: date
    week_end: date
    win: str
    challenge: str
    for_group: str
    plan: tuple[PlanItem, ...]
    updated_at: datetime


@dataclass(frozen=True)
class CarriedPlan:
    review_id: int
    week_end: date  # of the review that made the plan
    items: tuple[PlanItem, ...]


def _text(value: str, limit: int) -> str:
    return clean_text(value).strip()[:limit]


def validate(window: ReviewWindow, entry: ReviewInput) -> list[str]:
    problems = []
    if len(entry.plan) > MAX_ITEMS:
        problems.append(translate(
            "problems",
            "Please keep the plan to %1 actions or fewer.").replace("%1", str(MAX_ITEMS)))
    for item in entry.plan:
        if item.day is not None and not window.next_start <= item.day <= window.next_end:
            problems.append(translate(
                "problems",
                "Each planned day should fall in the seven days after the review day (%1 to "
                "%2).")
                .replace("%1", window.next_start.isoformat())
                .replace("%2", window.next_end.isoformat()))
            break
    return problems


def save_review(session: Session, window: ReviewWindow, entry: ReviewInput, *,
                now_utc: datetime | None = None) -> int:
    """Create or update the review of ``window`` (one per review day)."""
    problems = validate(window, entry)
    if problems:
        raise InvalidReview(problems)
    now = now_utc or utcnow()
    row = session.scalar(select(ReviewRow).where(ReviewRow.week_end == window.end))
    if row is None:
        row = ReviewRow(week_start=window.start, week_end=window.end, created_at=now)
        session.add(row)
    row.win = _text(entry.win, MAX_TEXT)
    row.challenge = _text(entry.challenge, MAX_TEXT)
    row.for_group = _text(entry.for_group, MAX_TEXT)
    row.updated_at = now
    session.flush()
    old = {item.id: item for item in session.scalars(
        select(PlanItemRow).where(PlanItemRow.review_id == row.id))}
    kept_ids = {item.id for item in entry.plan if item.id in old}
    session.execute(delete(PlanItemRow).where(PlanItemRow.review_id == row.id,
                                              PlanItemRow.id.notin_(kept_ids)))
    position = 0
    for item in entry.plan:
        action = _text(item.action, MAX_ACTION)
        if not action:
            continue  # an empty row is not a plan
        existing = old.get(item.id) if item.id is not None else None
        target = existing or PlanItemRow(review_id=row.id, status=item.status.value)
        target.position, target.action, target.day = position, action, item.day
        target.is_meeting = item.is_meeting
        if existing is None:
            session.add(target)
        position += 1
    for item_id, status in entry.last_plan_status.items():
        set_status(session, item_id, status)
    session.flush()
    return row.id


def set_status(session: Session, item_id: int, status: PlanStatus) -> None:
    item = session.get(PlanItemRow, item_id)
    if item is not None:
        item.status = status.value


def _status(value: str) -> PlanStatus:
    try:
        return PlanStatus(value)
    except ValueError:
        return PlanStatus.OPEN


def _items(session: Session, review_id: int) -> tuple[PlanItem, ...]:
    return tuple(
        PlanItem(r.action, r.day, bool(r.is_meeting), _status(r.status), r.id)
        for r in session.scalars(select(PlanItemRow).where(PlanItemRow.review_id == review_id)
                                 .order_by(PlanItemRow.position, PlanItemRow.id)))


def load_review(session: Session, week_end: date) -> SavedReview | None:
    row = session.scalar(select(ReviewRow).where(ReviewRow.week_end == week_end))
    if row is None:
        return None
    return SavedReview(row.id, row.week_start, row.week_end, row.win, row.challenge,
                       row.for_group, _items(session, row.id), row.updated_at)


def review_days(session: Session) -> list[date]:
    """The review day of every saved review, newest first."""
    return list(session.scalars(select(ReviewRow.week_end).order_by(ReviewRow.week_end.desc())))


def carried_plan(session: Session, window: ReviewWindow) -> CarriedPlan | None:
    """The plan made in the latest review of the week before ``window`` (if any): its days
    are this window's days."""
    row = session.execute(
        select(ReviewRow.id, ReviewRow.week_end)
        .where(ReviewRow.week_end < window.start,
               ReviewRow.week_end >= window.start - timedelta(days=7))
        .order_by(ReviewRow.week_end.desc()).limit(1)
    ).first()
    if row is None:
        return None
    items = _items(session, row[0])
    return CarriedPlan(row[0], row[1], items) if items else None


def plan_for_days(session: Session, start: date, end: date) -> list[PlanItem]:
    """Plan items meant for ``start``..``end`` (the Today page's week), dated ones by day;
    undated items of the review whose plan covers ``start`` come along."""
    items: list[PlanItem] = []
    reviews = session.execute(
        select(ReviewRow.id, ReviewRow.week_end)
        .where(ReviewRow.week_end < end, ReviewRow.week_end >= start - timedelta(days=7))
    ).all()
    for review_id, week_end in reviews:
        for item in _items(session, review_id):
            dated = item.day is not None and start <= item.day <= end
            undated = item.day is None and week_end < start <= week_end + timedelta(days=7)
            if dated or undated:
                items.append(item)
    return sorted(items, key=lambda i: (i.day or date.max, i.id or 0))
