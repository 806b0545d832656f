"""Labels shared by the clean-time, meetings and people screens (all translated)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from recovery_desktop.domain.behaviours.milestones import Milestone
from recovery_desktop.domain.fellowships import FELLOWSHIPS, by_id
from recovery_desktop.domain.meetings.models import Access, Mode
from recovery_desktop.domain.support.models import ContactWay, Relation
from recovery_desktop.i18n import translate
from recovery_desktop.marks import QT_TRANSLATE_NOOP


def _t(text: str) -> str:
    return QCoreApplication.translate("support", text)


def count_text(amount: int, one: str, many: str) -> str:
    """'1 day' or '30 days' (the plural forms come from the translation, not a suffix)."""
    return _t(one) if amount == 1 else _t(many).replace("%1", f"{amount:,}")


def milestone_text(milestone: Milestone) -> str:
    # Marked here for lupdate; clean_time_page.py passes the same English pairs.
    forms = {
        "h": (QT_TRANSLATE_NOOP("support", "1 hour"), QT_TRANSLATE_NOOP("support", "%1 hours")),
        "d": (QT_TRANSLATE_NOOP("support", "1 day"), QT_TRANSLATE_NOOP("support", "%1 days")),
        "m": (QT_TRANSLATE_NOOP("support", "1 month"), QT_TRANSLATE_NOOP("support", "%1 months")),
        "y": (QT_TRANSLATE_NOOP("support", "1 year"), QT_TRANSLATE_NOOP("support", "%1 years")),
    }[milestone.unit]
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
    return {Access.UNSAID: translate("support", "Not sure / not said"),
            Access.OPEN: translate("support", "Open (anyone welcome)"),
            Access.CLOSED: translate("support", "Closed (members and newcomers)")}[access]


def mode_label(mode: Mode) -> str:
    return {Mode.IN_PERSON: translate("support", "In person"),
            Mode.ONLINE: translate("support", "Online")}[mode]


def format_label(code: str) -> str:
    return {"speaker": translate("support", "Speaker"),
            "discussion": translate("support", "Discussion or topic"),
            "beginners": translate("support", "Beginners"),
            "step": translate("support", "Step or tradition"),
            "literature": translate("support", "Literature study")}.get(code, code)


def relation_label(relation: Relation) -> str:
    return {Relation.SPONSOR: translate("support", "Sponsor"),
            Relation.SPONSEE: translate("support", "Sponsee"),
            Relation.FACILITATOR: translate("support", "Facilitator"),
            Relation.THERAPIST: translate("support", "Therapist"),
            Relation.FAMILY: translate("support", "Family"),
            Relation.FRIEND: translate("support", "Friend"),
            Relation.OTHER: translate("support", "Someone else")}[relation]


def way_label(way: ContactWay) -> str:
    return {ContactWay.CALL: translate("support", "Phone call"),
            ContactWay.TEXT: translate("support", "Text message"),
            ContactWay.EMAIL: translate("support", "Email"),
            ContactWay.IN_PERSON: translate("support", "In person"),
            ContactWay.ONLINE: translate("support", "Online or video"),
            ContactWay.OTHER: translate("support", "Other")}[way]


def reach_label(way: str) -> str:
    return {"phone": translate("support", "Phone"), "text": translate("support", "Text"),
            "email": translate("support", "Email"),
            "other": translate("support", "Other")}.get(way, way)
