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
    combo.addItem(_t("All behaviours"), None)
    for name, behaviour_id in choices:
        combo.addItem(name, behaviour_id)
    combo.setCurrentIndex(max(0, combo.findData(current)))
    combo.blockSignals(False)


def category_label(category: Category) -> str:
    return {
        Category.ALCOHOL: _t("Drinking alcohol"),
        Category.PRESCRIBED: _t("Prescribed drugs"),
        Category.LESS_HARMFUL: _t("Drugs seen as less harmful"),
        Category.GAMBLING: _t("Gambling"),
        Category.SEX: _t("Sex"),
        Category.MONEY: _t("Money"),
        Category.SHOPPING: _t("Shopping"),
        Category.OTHER: _t("Something else"),
    }[category]


def tier_label(tier: GoalTier) -> str:
    return {
        GoalTier.ABSTINENT: _t("Not at all (abstinent)"),
        GoalTier.CONTROL: _t("Within limits I set (control)"),
        GoalTier.MINIMISING: _t("Less than now (minimising)"),
    }[tier]


def period_label(period: PlanPeriod) -> str:
    return {PlanPeriod.DAY: _t("a day"), PlanPeriod.WEEK: _t("a week")}[period]


def outcome_label(outcome: Outcome) -> str:
    return {
        Outcome.RESISTED: _t("It passed; I did not act on it"),
        Outcome.LAPSED: _t("I lapsed"),
        Outcome.WITHIN_PLAN: _t("Within my plan"),
        Outcome.OVER_PLAN: _t("Over my plan"),
    }[outcome]


def outcome_short(outcome: Outcome) -> str:
    return {
        Outcome.RESISTED: _t("Passed"),
        Outcome.LAPSED: _t("Lapse"),
        Outcome.WITHIN_PLAN: _t("Within plan"),
        Outcome.OVER_PLAN: _t("Over plan"),
    }[outcome]


def halt_label(flag: Halt) -> str:
    return {Halt.HUNGRY: _t("Hungry"), Halt.ANGRY: _t("Angry"), Halt.LONELY: _t("Lonely"),
            Halt.TIRED: _t("Tired")}.get(flag, "")


def halt_short(halt: Halt) -> str:
    letters = {Halt.HUNGRY: "H", Halt.ANGRY: "A", Halt.LONELY: "L", Halt.TIRED: "T"}
    return " ".join(letter for flag, letter in letters.items() if halt & flag)


def situation_label(code: str) -> str:
    return {
        "negative_feeling": _t("A painful feeling"),
        "physical_discomfort": _t("Pain or feeling unwell"),
        "good_mood": _t("A good mood"),
        "testing_myself": _t("Testing myself"),
        "sudden_craving": _t("A sudden craving"),
        "conflict": _t("Conflict with someone"),
        "pressure_from_others": _t("Pressure from others"),
        "celebrating": _t("Celebrating"),
    }.get(code, code)


def coping_label(code: str) -> str:
    return {
        "deny_delay": _t("Delayed it (it will pass)"),
        "escape": _t("Left the situation"),
        "avoid": _t("Avoided the trigger"),
        "attack": _t("Argued back at the urge"),
        "accept": _t("Let it peak and fade"),
        "distract": _t("Distracted myself"),
        "substitute": _t("Did something healthy instead"),
        "disarm": _t("DISARM"),
        "abc": _t("ABC"),
        "urge_surf": _t("Urge surfing"),
        "halt_fix": _t("Ate, rested or reached out (HALT)"),
        "call_support": _t("Called someone"),
        "meeting": _t("Went to a meeting"),
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
