"""How the sections other features add to the review read on screen: meetings, contacts
with the support network, step work and milestones (see ``section_views``, which loads
this module the first time it renders anything).

Lines are short and plain; a week with nothing in it says so without judgement.
"""

from __future__ import annotations

from datetime import date

from recovery_desktop.domain.behaviours.review_section import MilestonesWeek
from recovery_desktop.domain.meetings.review_section import MeetingLine, MeetingsWeek
from recovery_desktop.domain.review import sections
from recovery_desktop.domain.support.review_section import ContactLine, ContactsWeek
from recovery_desktop.domain.twelve_step.review_section import FellowshipWeek, StepWeek
from recovery_desktop.i18n import translate
from recovery_desktop.ui.review.common import day_text
from recovery_desktop.ui.review.section_views import register_renderer, tr_review
from recovery_desktop.ui.support.common import (
    fellowship_text,
    format_label,
    milestone_text,
    mode_label,
    relation_label,
    way_label,
)
from recovery_desktop.ui.urges.common import fill

_t = tr_review
INDENT = "\u2003"  # an em space: a fellowship's details sit under its name


def _count(amount: int, one: str, many: str) -> str:
    return _t(one) if amount == 1 else fill(_t(many), amount)


def _steps(steps: tuple[int, ...]) -> str:
    return ", ".join(str(step) for step in steps)


def _day(day: date) -> str:
    return day_text(day)


def _meeting(line: MeetingLine) -> str:
    parts = [fellowship_text(line.fellowship)]
    if line.name:
        parts.append(line.name)
    parts.append(mode_label(line.mode))
    if line.formats:
        parts.append(", ".join(format_label(code) for code in line.formats))
    if line.shared:
        parts.append(translate("review", "you shared"))
    return f"{_day(line.day)}: " + " · ".join(parts)


@register_renderer(sections.MEETINGS)
def _meetings(week: MeetingsWeek) -> tuple[str, list[str]]:
    if week.count:
        head = fill(
            translate("review", "%1 this week"), _count(week.count, "1 meeting", "%1 meetings")
        )
        if week.shared:
            head += fill(translate("review", "; you shared at %1"), week.shared)
        lines = [head + "."]
        lines += [_meeting(line) for line in week.meetings]
    else:
        lines = [translate("review", "No meetings logged this week.")]
    ninety = week.ninety
    if ninety is not None:
        lines.append(
            fill(
                translate("review", "90 in 90: finished, %1 in the 90 days."),
                _count(ninety.meetings, "1 meeting", "%1 meetings"),
            )
            if ninety.finished
            else fill(
                translate("review", "90 in 90: day %1 of 90, %2 so far."),
                max(ninety.day, 1),
                _count(ninety.meetings, "1 meeting", "%1 meetings"),
            )
        )
    return translate("review", "Meetings"), lines


def _contact(line: ContactLine) -> str:
    who = line.person
    if line.relations:
        who += " (" + ", ".join(relation_label(r).lower() for r in line.relations) + ")"
    return fill(translate("review", "%1: %2, %3"), _day(line.day), who, way_label(line.way).lower())


@register_renderer(sections.SPONSOR_CONTACTS)
def _contacts(week: ContactsWeek) -> tuple[str, list[str]]:
    if not week.contacts:
        return translate("review", "Sponsor and support contacts"), [
            translate("review", "No contacts logged this week.")
        ]
    lines: list[str] = []
    if week.has_sponsor:
        lines.append(
            fill(
                translate("review", "With your sponsor: %1."),
                _count(len(week.sponsor), "1 contact", "%1 contacts"),
            )
            if week.sponsor
            else translate("review", "No contact with your sponsor logged this week.")
        )
    if week.others:
        lines.append(
            fill(
                translate("review", "With other people in your support network: %1."),
                _count(len(week.others), "1 contact", "%1 contacts"),
            )
        )
    lines += [_contact(line) for line in (*week.sponsor, *week.others)]
    return translate("review", "Sponsor and support contacts"), lines


def _fellowship(item: FellowshipWeek) -> list[str]:
    head = fill(translate("review", "%1: %2 of 12 steps done"), item.name, item.done)
    if item.current is not None:
        head += fill(translate("review", ", working on Step %1"), item.current)
    lines = [head + "."]
    details: list[str] = []
    done = []
    if item.completed:
        done.append(fill(translate("review", "completed Step %1"), _steps(item.completed)))
    if item.started:
        done.append(fill(translate("review", "started Step %1"), _steps(item.started)))
    if item.worked_on:
        done.append(fill(translate("review", "worked on Step %1"), _steps(item.worked_on)))
    if done:
        details.append(translate("review", "This week: ") + "; ".join(done) + ".")
    if item.journal:
        details.append(
            translate("review", "Journal entries: ")
            + ", ".join(
                fill(translate("review", "Step %1 (%2)"), step, n) for step, n in item.journal
            )
            + "."
        )
    if item.inventory_entries:
        details.append(
            fill(
                translate("review", "Step 4 inventory: %1 written (kept private)."),
                _count(item.inventory_entries, "1 entry", "%1 entries"),
            )
        )
    if item.amends_names:
        details.append(
            fill(
                translate("review", "Step 8 list: %1 added."),
                _count(item.amends_names, "1 name", "%1 names"),
            )
        )
    return lines + [INDENT + line for line in details]


@register_renderer(sections.STEP_PROGRESS)
def _step_work(week: StepWeek) -> tuple[str, list[str]]:
    lines: list[str] = []
    for item in week.fellowships:
        lines += _fellowship(item)
    if week.nightly_reviews:
        lines.append(
            fill(
                translate("review", "Step 10 nightly reviews: %1."),
                _count(week.nightly_reviews, "1 evening", "%1 evenings"),
            )
        )
    if not week.nightly_reviews and not any(item.active for item in week.fellowships):
        lines.append(translate("review", "No step work logged this week."))
    return translate("review", "Step work"), lines


@register_renderer(sections.MILESTONES)
def _milestones(week: MilestonesWeek) -> tuple[str, list[str]]:
    lines: list[str] = []
    for goal in week.goals:
        for reached in goal.reached:
            lines.append(
                fill(
                    translate("review", "%1: you reached %2 on %3. Well done."),
                    goal.title,
                    milestone_text(reached.milestone),
                    _day(reached.on),
                )
            )
    for goal in week.goals:
        upcoming, to_go = goal.next, goal.days_to_next
        if upcoming is None:
            continue
        text = fill(
            translate("review", "%1: next milestone %2, on %3"),
            goal.title,
            milestone_text(upcoming.milestone),
            day_text(upcoming.on, year=True),
        )
        if week.to_now and to_go is not None:  # "in 3 days" only makes sense from today
            text += (
                " ("
                + (
                    translate("review", "today")
                    if to_go <= 0
                    else translate("review", "tomorrow")
                    if to_go == 1
                    else fill(translate("review", "in %1"), _count(to_go, "1 day", "%1 days"))
                )
                + ")"
            )
        lines.append(text + ".")
    return translate("review", "Milestones"), lines
