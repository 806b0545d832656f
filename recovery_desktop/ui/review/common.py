"""Shared bits of the review screens: the review weekday setting and date labels."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale

from recovery_desktop.domain.review.week import ReviewWindow, default_review_weekday, qt_weekday
from recovery_desktop.ui import settings_store as opts
from recovery_desktop.ui.settings_store import SettingsStore


def locale_review_weekday() -> int:
    return default_review_weekday(qt_weekday(QLocale().firstDayOfWeek().value))


def review_weekday(settings: SettingsStore) -> int:
    """The weekday set in Settings (Monday = 0), or the locale's last weekday."""
    chosen = settings.get(opts.REVIEW_WEEKDAY)
    return chosen if 0 <= chosen <= 6 else locale_review_weekday()


def day_text(day: date, *, year: bool = False) -> str:
    return QLocale().toString(QDate(day.year, day.month, day.day),
                             "ddd d MMM yyyy" if year else "ddd d MMM")


def week_text(window: ReviewWindow) -> str:
    return f"{day_text(window.start)} – {day_text(window.end, year=True)}"
