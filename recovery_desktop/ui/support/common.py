"""Labels shared by the clean-time, meetings and people screens (all translated)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from recovery_desktop.domain.behaviours.milestones import Milestone
from recovery_desktop.domain.fellowships import FELLOWSHIPS, by_id
from recovery_desktop.domain.meetings.models import Access, Mode
from recovery_desktop.domain.support.models import ContactWay, Relation


def _t(text: str) -> str:
    return QCoreApplication.translate("support", text)


def count_text(amount: int, one: str, many: str) -> str:
    """'1 day' or '30 days' (the plural forms come from the translation, not a suffix)."""
    return _t(one) if amount == 1 else _t(many).replace("%1", f"{amount:,}")


def milestone_text(milestone: Milestone) -> str:
    forms = {"h": ("1 hour", "%1 hours"), "d": ("1 day", "%1 days"),
             "m": ("1 month", "%1 months"), "y": ("1 year", "%1 years")}[milestone.unit]
    return count_text(milestone.amount, *forms)


def date_text(day: date) -> str:
    return QLocale().toString(QDate(day.year, day.month, day.day), "d MMMM yyyy")


def short_date_text(day: date) -> str:
    return QLocale().toString(QDate(day.year, day.month, day.day), "d MMM yyyy")


def fellowship_text(value: str) -> str:
    known = by_id(value)
    return known.short if known else value


def fellowship_choices() -> list[tuple[str, str]]:
    """(label, value) for the catalogue, in its order."""
    return [(f"{f.name} ({f.short})" if f.short != f.name else f.name, f.id)
            for f in FELLOWSHIPS]


def access_label(access: Access) -> str:
    return {Access.UNSAID: _t("Not sure / not said"), Access.OPEN: _t("Open (anyone welcome)"),
            Access.CLOSED: _t("Closed (members and newcomers)")}[access]


def mode_label(mode: Mode) -> str:
    return {Mode.IN_PERSON: _t("In person"), Mode.ONLINE: _t("Online")}[mode]


def format_label(code: str) -> str:
    return {"speaker": _t("Speaker"), "discussion": _t("Discussion or topic"),
            "beginners": _t("Beginners"), "step": _t("Step or tradition"),
            "literature": _t("Literature study")}.get(code, code)


def relation_label(relation: Relation) -> str:
    return {Relation.SPONSOR: _t("Sponsor"), Relation.SPONSEE: _t("Sponsee"),
            Relation.FACILITATOR: _t("Facilitator"), Relation.THERAPIST: _t("Therapist"),
            Relation.FAMILY: _t("Family"), Relation.FRIEND: _t("Friend"),
            Relation.OTHER: _t("Someone else")}[relation]


def way_label(way: ContactWay) -> str:
    return {ContactWay.CALL: _t("Phone call"), ContactWay.TEXT: _t("Text message"),
            ContactWay.EMAIL: _t("Email"), ContactWay.IN_PERSON: _t("In person"),
            ContactWay.ONLINE: _t("Online or video"), ContactWay.OTHER: _t("Other")}[way]


def reach_label(way: str) -> str:
    return {"phone": _t("Phone"), "text": _t("Text"), "email": _t("Email"),
            "other": _t("Other")}.get(way, way)
