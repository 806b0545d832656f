"""One compact row each for the review sections other features add to the check-in sheet.

The sheet is meant to be shared with a group, so these rows carry counts and dates only:
no people's names, no meeting or contact notes, nothing of the Step 4 inventory or the
Step 8 list. With neutral behaviour names on, goals and fellowships are numbered instead of
named (a fellowship's name says what the person is recovering from). One row per section
keeps a usual week on one page.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate, QLocale

from recovery_desktop.domain.behaviours.milestones import Milestone
from recovery_desktop.domain.behaviours.review_section import MilestonesWeek
from recovery_desktop.domain.fellowships import FELLOWSHIPS
from recovery_desktop.domain.meetings.review_section import MeetingsWeek
from recovery_desktop.domain.support.review_section import ContactsWeek
from recovery_desktop.domain.twelve_step.review_section import StepWeek
from recovery_desktop.i18n import translate
from recovery_desktop.printing.options import PrintOptions

Rows = list[tuple[str, str]]
_SHORT_NAMES = {f.name: f.short for f in FELLOWSHIPS}


def _fill(text: str, *values: object) -> str:
    for n, value in reversed(list(enumerate(values, 1))):
        text = text.replace(f"%{n}", str(value))
    return text


def short_date(day: date) -> str:
    return QLocale.system().toString(QDate(day.year, day.month, day.day), "d MMM yyyy")


def milestone_label(milestone: Milestone) -> str:
    one, many = {
        "h": (translate("Printing", "1 hour"), translate("Printing", "%1 hours")),
        "d": (translate("Printing", "1 day"), translate("Printing", "%1 days")),
        "m": (translate("Printing", "1 month"), translate("Printing", "%1 months")),
        "y": (translate("Printing", "1 year"), translate("Printing", "%1 years")),
    }[milestone.unit]
    return one if milestone.amount == 1 else _fill(many, milestone.amount)


def section_row(
    data: Any, options: PrintOptions, goal_numbers: dict[int, int]
) -> tuple[str, Rows] | None:
    """The title and rows for a section this module knows, else None. ``goal_numbers``
    numbers goals as the sheet's clean-time rows do, so "Goal 2" is one goal throughout."""
    if isinstance(data, MeetingsWeek):
        return translate("Printing", "Meetings"), _meetings(data)
    if isinstance(data, ContactsWeek):
        return translate("Printing", "Support contacts"), _contacts(data)
    if isinstance(data, StepWeek):
        return translate("Printing", "Step work"), _steps(data, options)
    if isinstance(data, MilestonesWeek):
        return translate("Printing", "Milestones"), _milestones(data, options, goal_numbers)
    return None


def _meetings(week: MeetingsWeek) -> Rows:
    shared = sum(1 for m in week.meetings if m.shared)
    value = _fill(translate("Printing", "attended %1, shared at %2"), len(week.meetings), shared)
    if week.ninety is not None:
        value += _fill(
            translate("Printing", "; 90 in 90: %1 meetings in %2 days"),
            week.ninety.meetings,
            min(week.ninety.day, 90),
        )
    return [("", value)]


def _contacts(week: ContactsWeek) -> Rows:
    sponsor = sum(1 for c in week.contacts if any(r.value == "sponsor" for r in c.relations))
    others = len(week.contacts) - sponsor
    if week.has_sponsor:
        return [
            (
                "",
                _fill(translate("Printing", "with my sponsor %1, with others %2"), sponsor, others),
            )
        ]
    return [("", _fill(translate("Printing", "contacts %1"), others))]


def _steps(week: StepWeek, options: PrintOptions) -> Rows:
    rows = []
    for n, item in enumerate(week.fellowships, 1):
        name = (
            _fill(translate("Printing", "Fellowship %1"), n)
            if options.neutral_behaviours
            else _SHORT_NAMES.get(item.name, item.name)
        )
        value = _fill(translate("Printing", "%1 of 12 steps done"), item.done)
        if item.current is not None:
            value += _fill(translate("Printing", ", working on Step %1"), item.current)
        entries = sum(count for _step, count in item.journal)
        if entries:
            value += _fill(translate("Printing", ", journal entries %1"), entries)
        rows.append((name, value))
    if week.nightly_reviews:
        rows.append((translate("Printing", "Nightly reviews"), str(week.nightly_reviews)))
    return rows


def _milestones(week: MilestonesWeek, options: PrintOptions, goal_numbers: dict[int, int]) -> Rows:
    rows = []
    numbers = dict(goal_numbers)
    for goal in week.goals:
        n = numbers.setdefault(goal.goal_id, len(numbers) + 1)
        name = (
            _fill(translate("Printing", "Goal %1"), n) if options.neutral_behaviours else goal.title
        )
        # The next milestone goes on the goal's clean-time row (next_milestones).
        parts = [
            _fill(
                translate("Printing", "reached %1 on %2"),
                milestone_label(r.milestone),
                short_date(r.on),
            )
            for r in goal.reached
        ]
        if parts:
            rows.append((name, "; ".join(parts)))
    return rows


def next_milestones(data: object) -> dict[int, str]:
    """Goal id -> "60 days on 20 Dec 2026", for the clean-time rows."""
    if not isinstance(data, MilestonesWeek):
        return {}
    return {
        goal.goal_id: _fill(
            translate("Printing", "%1 on %2"),
            milestone_label(goal.next.milestone),
            short_date(goal.next.on),
        )
        for goal in data.goals
        if goal.next is not None
    }
