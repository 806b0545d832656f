"""Step work in the weekly review: per fellowship, the steps started, completed or worked
on in the week and the journal entries written, plus the week's Step 10 nightly reviews.

Counts only for the Step 4 inventory and the Step 8 list: the review is something a person
may print or show, and an inventory is kept extra private. Not a word of either (nor of a
journal entry or a nightly review) goes into the section.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from recovery_desktop.domain.behaviours.cleantime import local_date
from recovery_desktop.domain.review.sections import STEP_PROGRESS, register_section
from recovery_desktop.domain.review.week import ReviewWindow
from recovery_desktop.domain.twelve_step.inventory import SECTIONS
from recovery_desktop.domain.twelve_step.models import (
    AmendsRow,
    NightlyReviewRow,
    StepJournalRow,
    StepProgressRow,
)
from recovery_desktop.domain.twelve_step.progress import summarise
from recovery_desktop.domain.twelve_step.service import list_fellowships, step_states


@dataclass(frozen=True)
class FellowshipWeek:
    fellowship_id: int
    name: str
    started: tuple[int, ...]  # steps whose start date falls in the week
    completed: tuple[int, ...]  # steps whose completion date falls in the week
    worked_on: tuple[int, ...]  # other steps whose record was changed in the week
    journal: tuple[tuple[int, int], ...]  # (step, entries dated in the week)
    inventory_entries: int  # Step 4 rows written in the week (a count, never the text)
    amends_names: int  # people added to the Step 8 list in the week (a count)
    done: int  # steps done so far, of twelve
    current: int | None  # the step being worked now, if any

    @property
    def active(self) -> bool:
        return bool(self.started or self.completed or self.worked_on or self.journal
                    or self.inventory_entries or self.amends_names)


@dataclass(frozen=True)
class StepWeek:
    fellowships: tuple[FellowshipWeek, ...]
    nightly_reviews: int  # Step 10 reviews dated in the week (one per evening at most)


def _in_week(window: ReviewWindow, moments: list[datetime]) -> int:
    return sum(1 for at in moments if window.contains(local_date(at, window.tz)))


def _fellowship_week(session: Session, window: ReviewWindow, fellowship_id: int,
                     name: str) -> FellowshipWeek:
    low, high = window.utc_bounds()
    started: list[int] = []
    completed: list[int] = []
    changed: list[int] = []
    for step, began, finished, updated in session.execute(
        select(StepProgressRow.step, StepProgressRow.started, StepProgressRow.completed,
               StepProgressRow.updated_at)
        .where(StepProgressRow.fellowship_id == fellowship_id)
        .order_by(StepProgressRow.step)
    ):
        if began is not None and window.contains(began):
            started.append(step)
        if finished is not None and window.contains(finished):
            completed.append(step)
        elif (updated is not None and low <= updated < high
              and window.contains(local_date(updated, window.tz)) and step not in started):
            changed.append(step)
    journal = Counter(session.scalars(
        select(StepJournalRow.step).where(StepJournalRow.fellowship_id == fellowship_id,
                                          StepJournalRow.entry_date >= window.start,
                                          StepJournalRow.entry_date <= window.end)))
    written = 0
    for section in SECTIONS.values():
        model = section.model
        written += _in_week(window, list(session.scalars(
            select(model.created_at).where(model.fellowship_id == fellowship_id,
                                           model.created_at >= low, model.created_at < high))))
    amends = _in_week(window, list(session.scalars(
        select(AmendsRow.created_at).where(AmendsRow.fellowship_id == fellowship_id,
                                           AmendsRow.created_at >= low,
                                           AmendsRow.created_at < high))))
    summary = summarise(step_states(session, fellowship_id))
    return FellowshipWeek(fellowship_id, name, tuple(started), tuple(completed),
                          tuple(changed), tuple(sorted(journal.items())), written, amends,
                          summary.done, summary.current)


@register_section(STEP_PROGRESS, order=48)
def step_week(session: Session, window: ReviewWindow) -> StepWeek | None:
    """Left out for someone with no fellowship on the Steps page and no nightly review."""
    nightly = int(session.scalar(select(func.count()).select_from(NightlyReviewRow).where(
        NightlyReviewRow.review_date >= window.start,
        NightlyReviewRow.review_date <= window.end)) or 0)
    weeks = tuple(_fellowship_week(session, window, f.id, f.name)
                  for f in list_fellowships(session))
    if not weeks and not nightly:
        return None
    return StepWeek(weeks, nightly)
