"""Step work in the weekly review: per fellowship, the steps started, completed or worked
on in the week and the journal entries written, plus the week's Step 10 nightly reviews.

Counts only for the Step 4 inventory and the Step 8 list: the review is something a person
may print or show, and an inventory is kept extra private. Not a word of either (nor of a
journal entry or a nightly review) goes into the section.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Any

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
from recovery_desktop.domain.twelve_step.progress import StepState, status_of, summarise
from recovery_desktop.domain.twelve_step.service import list_fellowships


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

    def rows(self) -> list[tuple[str, str]]:
        """Plain (label, value) pairs for a printed check-in sheet. Leaves out the Step 4
        and Step 8 counts too: a sheet may be shared with a group."""
        found = []
        for item in self.fellowships:
            value = f"{item.done}/12"
            if item.current is not None:
                value += f", Step {item.current}"
            found.append((item.name, value))
            if item.completed:
                found.append(("Steps completed", ", ".join(map(str, item.completed))))
            if item.started:
                found.append(("Steps started", ", ".join(map(str, item.started))))
            if item.journal:
                found.append(("Step journal entries", str(sum(n for _s, n in item.journal))))
        if self.nightly_reviews:
            found.append(("Step 10 nightly reviews", str(self.nightly_reviews)))
        return found


def _created_in_week(session: Session, window: ReviewWindow, model: Any) -> Counter[int]:
    """Rows of ``model`` created on the week's local days, per fellowship."""
    low, high = window.utc_bounds()
    return Counter(fellowship for fellowship, at in session.execute(
        select(model.fellowship_id, model.created_at).where(
            model.created_at >= low, model.created_at < high))
        if window.contains(local_date(at, window.tz)))


def _fellowship_weeks(session: Session, window: ReviewWindow,
                      fellowships: list[tuple[int, str]]) -> tuple[FellowshipWeek, ...]:
    """Every fellowship at once: a fixed handful of queries, however many there are."""
    low, high = window.utc_bounds()
    states: dict[int, list[StepState]] = {}
    started: dict[int, list[int]] = {}
    completed: dict[int, list[int]] = {}
    changed: dict[int, list[int]] = {}
    for fid, step, status, began, finished, updated in session.execute(
        select(StepProgressRow.fellowship_id, StepProgressRow.step, StepProgressRow.status,
               StepProgressRow.started, StepProgressRow.completed, StepProgressRow.updated_at)
        .order_by(StepProgressRow.fellowship_id, StepProgressRow.step)
    ):
        states.setdefault(fid, []).append(StepState(step, status_of(status), began, finished))
        if began is not None and window.contains(began):
            started.setdefault(fid, []).append(step)
        if finished is not None and window.contains(finished):
            completed.setdefault(fid, []).append(step)
        elif (updated is not None and low <= updated < high
              and window.contains(local_date(updated, window.tz))
              and step not in started.get(fid, [])):
            changed.setdefault(fid, []).append(step)
    journal: dict[int, Counter[int]] = {}
    for fid, step in session.execute(
        select(StepJournalRow.fellowship_id, StepJournalRow.step).where(
            StepJournalRow.entry_date >= window.start, StepJournalRow.entry_date <= window.end)
    ):
        journal.setdefault(fid, Counter())[step] += 1
    written: Counter[int] = Counter()
    for section in SECTIONS.values():
        written.update(_created_in_week(session, window, section.model))
    amends = _created_in_week(session, window, AmendsRow)
    weeks = []
    for fid, name in fellowships:
        summary = summarise(states.get(fid, []))
        weeks.append(FellowshipWeek(
            fid, name, tuple(started.get(fid, ())), tuple(completed.get(fid, ())),
            tuple(changed.get(fid, ())), tuple(sorted(journal.get(fid, Counter()).items())),
            written[fid], amends[fid], summary.done, summary.current))
    return tuple(weeks)


@register_section(STEP_PROGRESS, order=48)
def step_week(session: Session, window: ReviewWindow) -> StepWeek | None:
    """Left out for someone with no fellowship on the Steps page and no nightly review."""
    nightly = int(session.scalar(select(func.count()).select_from(NightlyReviewRow).where(
        NightlyReviewRow.review_date >= window.start,
        NightlyReviewRow.review_date <= window.end)) or 0)
    weeks = _fellowship_weeks(session, window,
                              [(f.id, f.name) for f in list_fellowships(session)])
    if not weeks and not nightly:
        return None
    return StepWeek(weeks, nightly)
