"""Shared bits of the urge-log screens: translated labels, the wall clock, small helpers."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QTimeZone
from PySide6.QtWidgets import QComboBox, QWidget

from recovery_desktop.domain.base import utcnow
from recovery_desktop.domain.behaviours.models import Category, GoalTier, PlanPeriod
from recovery_desktop.domain.urges.models import Halt, Outcome
from recovery_desktop.i18n import translate


def _t(text: str) -> str:
    return QCoreApplication.translate("urges", text)


def system_zone() -> str:
    name = bytes(QTimeZone.systemTimeZoneId().data()).decode("ascii", "replace")
    return name or "UTC"


@dataclass
class WallClock:
    """The time seam for these screens: tests inject a fixed instant and zone."""

    now_utc: Callable[[], datetime] = utcnow
    zone: Callable[[], str] = field(default=system_zone)


def named(widget: QWidget, name: str) -> QWidget:
    """Screen readers (and tests) find controls by their accessible name: the visible label."""
    widget.setAccessibleName(name)
    return widget


def fill_behaviour_filter(combo: QComboBox, choices: Sequence[tuple[str, int]]) -> None:
    """Refill a behaviour filter ("All behaviours" first), keeping the current choice."""
    current = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    combo.addItem(translate("urges", "All behaviours"), None)
    for name, behaviour_id in choices:
        combo.addItem(name, behaviour_id)
    combo.setCurrentIndex(max(0, combo.findData(current)))
    combo.blockSignals(False)


def category_label(category: Category) -> str:
    return {
        Category.ALCOHOL: translate("urges", "Drinking alcohol"),
        Category.PRESCRIBED: translate("urges", "Prescribed drugs"),
        Category.LESS_HARMFUL: translate("urges", "Drugs seen as less harmful"),
        Category.GAMBLING: translate("urges", "Gambling"),
        Category.SEX: translate("urges", "Sex"),
        Category.MONEY: translate("urges", "Money"),
        Category.SHOPPING: translate("urges", "Shopping"),
        Category.OTHER: translate("urges", "Something else"),
    }[category]


def tier_label(tier: GoalTier) -> str:
    return {
        GoalTier.ABSTINENT: translate("urges", "Not at all (abstinent)"),
        GoalTier.CONTROL: translate("urges", "Within limits I set (control)"),
        GoalTier.MINIMISING: translate("urges", "Less than now (minimising)"),
    }[tier]


def period_label(period: PlanPeriod) -> str:
    return {PlanPeriod.DAY: translate("urges", "a day"),
            PlanPeriod.WEEK: translate("urges", "a week")}[period]


def outcome_label(outcome: Outcome) -> str:
    return {
        Outcome.RESISTED: translate("urges", "It passed; I did not act on it"),
        Outcome.LAPSED: translate("urges", "I lapsed"),
        Outcome.WITHIN_PLAN: translate("urges", "Within my plan"),
        Outcome.OVER_PLAN: translate("urges", "Over my plan"),
    }[outcome]


def outcome_short(outcome: Outcome) -> str:
    return {
        Outcome.RESISTED: translate("urges", "Passed"),
        Outcome.LAPSED: translate("urges", "Lapse"),
        Outcome.WITHIN_PLAN: translate("urges", "Within plan"),
        Outcome.OVER_PLAN: translate("urges", "Over plan"),
    }[outcome]


def halt_label(flag: Halt) -> str:
    return {Halt.HUNGRY: translate("urges", "Hungry"), Halt.ANGRY: translate("urges", "Angry"),
            Halt.LONELY: translate("urges", "Lonely"),
            Halt.TIRED: translate("urges", "Tired")}.get(flag, "")


def halt_short(halt: Halt) -> str:
    letters = {Halt.HUNGRY: "H", Halt.ANGRY: "A", Halt.LONELY: "L", Halt.TIRED: "T"}
    return " ".join(letter for flag, letter in letters.items() if halt & flag)


def situation_label(code: str) -> str:
    return {
        "negative_feeling": translate("urges", "A painful feeling"),
        "physical_discomfort": translate("urges", "Pain or feeling unwell"),
        "good_mood": translate("urges", "A good mood"),
        "testing_myself": translate("urges", "Testing myself"),
        "sudden_craving": translate("urges", "A sudden craving"),
        "conflict": translate("urges", "Conflict with someone"),
        "pressure_from_others": translate("urges", "Pressure from others"),
        "celebrating": translate("urges", "Celebrating"),
    }.get(code, code)


def coping_label(code: str) -> str:
    return {
        "deny_delay": translate("urges", "Delayed it (it will pass)"),
        "escape": translate("urges", "Left the situation"),
        "avoid": translate("urges", "Avoided the trigger"),
        "attack": translate("urges", "Argued back at the urge"),
        "accept": translate("urges", "Let it peak and fade"),
        "distract": translate("urges", "Distracted myself"),
        "substitute": translate("urges", "Did something healthy instead"),
        "disarm": translate("urges", "DISARM"),
        "abc": translate("urges", "ABC"),
        "urge_surf": translate("urges", "Urge surfing"),
        "halt_fix": translate("urges", "Ate, rested or reached out (HALT)"),
        "call_support": translate("urges", "Called someone"),
        "meeting": translate("urges", "Went to a meeting"),
    }.get(code, code)


def local_time_text(at_utc: datetime, tz: str, current_zone: str) -> str:
    """'2026-11-23 19:05', plus the zone when it is not the one the person is in now."""
    from recovery_desktop.domain.behaviours.cleantime import to_local

    local = to_local(at_utc, tz)
    text = local.strftime("%Y-%m-%d %H:%M")
    return text if tz == current_zone else f"{text} ({local.tzname()})"


def fill(template: str, *values: object) -> str:
    """Qt-style %1, %2 … placeholders, filled in one pass (a value may itself hold '%2')."""
    import re

    return re.sub(r"%(\d)", lambda m: str(values[int(m.group(1)) - 1])
                  if 0 < int(m.group(1)) <= len(values) else m.group(0), template)
