"""How each review section reads on screen: a title and a few plain lines of text.

A renderer is ``data -> (title, lines)``, registered under the section's key with
``register_renderer`` (e.g. the meetings log adds one for ``sections.MEETINGS``). A
section without a renderer is shown through its ``items()`` (label, value) pairs if it has
them (``domain.review.sections.LabelledRows``); anything else is left out rather than
shown raw. The same lines feed the screen-reader text and the compare view.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from typing import Any

from PySide6.QtCore import QCoreApplication

from recovery_desktop.domain.review import sections
from recovery_desktop.domain.review.builtin import CleanTimeWeek, UrgeWeek, WorksheetsWeek
from recovery_desktop.domain.review.mood import Medication, MoodWeek
from recovery_desktop.domain.review.plans import CarriedPlan
from recovery_desktop.domain.urges.models import Halt
from recovery_desktop.i18n import translate
from recovery_desktop.marks import QT_TRANSLATE_NOOP
from recovery_desktop.ui.review.common import day_text
from recovery_desktop.ui.urges.common import coping_label, fill, halt_label, situation_label

Renderer = Callable[[Any], tuple[str, list[str]]]
_RENDERERS: dict[str, Renderer] = {}


def _t(text: str) -> str:
    return QCoreApplication.translate("review", text)


tr_review = _t  # for the other review modules


def register_renderer(key: str) -> Callable[[Renderer], Renderer]:
    def register(func: Renderer) -> Renderer:
        _RENDERERS[key] = func
        return func

    return register


@cache
def _load_feature_views() -> None:
    """Renderers of the sections other features provide (meetings, contacts, steps,
    milestones) live in ``feature_views``, which imports this module: load it on first use."""
    from recovery_desktop.ui.review import feature_views  # noqa: F401


def render(key: str, data: Any) -> tuple[str, list[str]] | None:
    _load_feature_views()
    renderer = _RENDERERS.get(key)
    if renderer is not None:
        return renderer(data)
    items = getattr(data, "items", None)
    if callable(items):
        title = getattr(data, "title", key)
        return _t(str(title)), [f"{_t(str(label))}: {value}" for label, value in items()]
    return None


def percent(share: float | None) -> str:
    return "–" if share is None else f"{round(share * 100)}%"


def number(value: float | None, digits: int = 1) -> str:
    return "–" if value is None else f"{value:.{digits}f}"


MOOD_NAMES = {
    -3: QT_TRANSLATE_NOOP("review", "Very low"),
    -2: QT_TRANSLATE_NOOP("review", "Low"),
    -1: QT_TRANSLATE_NOOP("review", "A bit low"),
    0: QT_TRANSLATE_NOOP("review", "Balanced"),
    1: QT_TRANSLATE_NOOP("review", "A bit high"),
    2: QT_TRANSLATE_NOOP("review", "High"),
    3: QT_TRANSLATE_NOOP("review", "Very high"),
}


def mood_name(value: int) -> str:
    return _t(MOOD_NAMES.get(value, "Balanced"))


@register_renderer(sections.URGES)
def _urges(week: UrgeWeek) -> tuple[str, list[str]]:
    if not week.count:
        return translate("review", "Urges and lapses"), [
            translate("review", "No urges logged this week.")
        ]
    lines = [
        fill(
            translate(
                "review",
                "Urges: %1, kept to your goal: %2 (%3). Lapses: %4. Mean intensity %5, peak %6.",
            ),
            week.count,
            week.kept,
            percent(week.share_resisted),
            week.lapses,
            number(week.mean_intensity),
            week.peak_intensity,
        )
    ]
    for item in week.behaviours:
        lines.append(
            fill(
                translate("review", "%1: urges %2, mean %3, peak %4, kept to goal %5"),
                item.name,
                item.count,
                number(item.mean_intensity),
                item.peak_intensity,
                percent(item.share_resisted),
            )
        )
    if week.lapse_days:
        lines.append(
            translate("review", "Lapses (information, not failure): ")
            + ", ".join(f"{n.behaviour} {n.day.strftime('%a %d %b')}" for n in week.lapse_days)
        )
    if week.top_triggers:
        lines.append(
            translate("review", "Top triggers: ")
            + ", ".join(f"{text} ({n})" for text, n in week.top_triggers)
        )
    if week.top_situations:
        lines.append(
            translate("review", "Situations: ")
            + ", ".join(f"{situation_label(code)} ({n})" for code, n in week.top_situations)
        )
    if any(n for _k, n in week.halt):
        lines.append(
            translate("review", "HALT: ")
            + ", ".join(f"{halt_label(Halt[key.upper()])} {n}" for key, n in week.halt)
        )
    if week.coping_worked:
        lines.append(
            translate("review", "Coping that worked: ")
            + ", ".join(f"{coping_label(code)} ({n})" for code, n in week.coping_worked)
        )
    for signal in week.transfer:
        lines.append(
            fill(
                translate(
                    "review",
                    "Worth a look: %1 went from %2 to %3 over four weeks while %4 "
                    "went from %5 to %6. One behaviour can take another's place.",
                ),
                signal.rising,
                signal.rising_before,
                signal.rising_now,
                signal.falling,
                signal.falling_before,
                signal.falling_now,
            )
        )
    return translate("review", "Urges and lapses"), lines


@register_renderer(sections.CLEAN_TIME)
def _clean_time(week: CleanTimeWeek) -> tuple[str, list[str]]:
    return translate("review", "Clean time"), [
        fill(
            translate("review", "%1: %2 days (since %3)"),
            goal.label,
            goal.days,
            day_text(goal.since, year=True),
        )
        + (
            fill(translate("review", ", %1 lapses this week"), goal.lapses_this_week)
            if goal.lapses_this_week
            else ""
        )
        for goal in week.goals
    ]


@cache
def _worksheet_titles() -> dict[str, str]:
    from recovery_desktop.domain.worksheets.definitions import load_definitions, localized

    return {key: localized(d.title) for key, d in load_definitions().definitions.items()}


@register_renderer(sections.WORKSHEETS)
def _worksheets(week: WorksheetsWeek) -> tuple[str, list[str]]:
    titles = _worksheet_titles()
    lines = [
        fill(translate("review", "Finished: %1 (%2)"), titles.get(key, key), n)
        for key, n in week.completed
    ]
    if week.started:
        lines.append(fill(translate("review", "Started and still open: %1"), week.started))
    return translate("review", "Worksheets"), lines


@register_renderer(sections.MOOD)
def _mood(week: MoodWeek) -> tuple[str, list[str]]:
    lines = [
        fill(
            translate("review", "%1 check-ins. Mood on average: %2 (lowest: %3, highest: %4)."),
            len(week.entries),
            mood_name(round(week.mean_mood)),
            mood_name(week.lowest),
            mood_name(week.highest),
        ),
        fill(
            translate("review", "Anxiety on average %1 of 10. Sleep on average %2 hours."),
            number(week.mean_anxiety),
            number(week.mean_sleep),
        ),
    ]
    if week.medication_asked:
        lines.append(
            fill(
                translate("review", "Medication as prescribed on %1 of %2 days."),
                week.medication_days,
                week.medication_asked,
            )
        )
    if week.self_harm_days:
        lines.append(
            fill(
                translate(
                    "review",
                    "Days with thoughts of harming yourself: %1. You deserve support "
                    "with this; the crisis card is always one click away.",
                ),
                week.self_harm_days,
            )
        )
    return translate("review", "Mood"), lines


def medication_label(value: Medication) -> str:
    return {
        Medication.NOT_PRESCRIBED: translate("review", "Nothing prescribed"),
        Medication.AS_PRESCRIBED: translate("review", "Taken as prescribed"),
        Medication.PARTLY: translate("review", "Some of it"),
        Medication.NOT_TAKEN: translate("review", "Not taken"),
    }[value]


@register_renderer(sections.LAST_PLAN)
def _last_plan(plan: CarriedPlan) -> tuple[str, list[str]]:
    return translate("review", "Last week's plan"), [item.action for item in plan.items]
