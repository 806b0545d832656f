"""Every QSettings value declared once, with type, default and scope.

QSettings is not encrypted, so nothing the user typed ever goes here: only UI state
(geometry, last page) and app preferences that hold no personal content. The profile and
everything else personal lives in the vault.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Generic, TypeVar, cast

from PySide6.QtCore import QByteArray, QSettings

T = TypeVar("T")


@dataclass(frozen=True)
class Option(Generic[T]):
    key: str
    default: T
    scope: str  # "ui" (window state) or "pref" (a preference the user set)


GEOMETRY: Option[QByteArray] = Option("ui/geometry", QByteArray(), "ui")
LAST_PAGE: Option[str] = Option("ui/last_page", "", "ui")
AUTO_LOCK_MINUTES: Option[int] = Option("pref/auto_lock_minutes", 5, "pref")
PRIVACY_MODE: Option[bool] = Option("pref/privacy_mode", False, "pref")
DATA_DIR: Option[str] = Option("pref/data_dir", "", "pref")  # empty: the default folder
# The profile's language, mirrored so the lock screen can use it ("": follow the system).
LANGUAGE: Option[str] = Option("pref/language", "", "pref")
# Printing choices (no personal content: the alias and neutral word the person types live in
# the vault). Defaults are the most private; private fields and the inventory are never
# remembered as included.
PRINT_NAME_DISPLAY: Option[str] = Option("pref/print_name_display", "none", "pref")
PRINT_NEUTRAL_BEHAVIOURS: Option[bool] = Option("pref/print_neutral_behaviours", True, "pref")
PRINT_SHOW_APP_NAME: Option[bool] = Option("pref/print_show_app_name", False, "pref")
PRINT_PAGE_SIZE: Option[str] = Option("pref/print_page_size", "", "pref")  # "": from locale
# Weekly review and reminders (no personal content: a weekday and on/off switches).
REVIEW_WEEKDAY: Option[int] = Option("pref/review_weekday", -1, "pref")  # -1: locale default
REMIND_REVIEW: Option[bool] = Option("pref/remind_review", False, "pref")
REMIND_MOOD: Option[bool] = Option("pref/remind_mood", False, "pref")
REMIND_MEETINGS: Option[bool] = Option("pref/remind_meetings", False, "pref")

ALL_OPTIONS: tuple[Option[Any], ...] = (
    GEOMETRY,
    LAST_PAGE,
    AUTO_LOCK_MINUTES,
    PRIVACY_MODE,
    DATA_DIR,
    LANGUAGE,
    PRINT_NAME_DISPLAY,
    PRINT_NEUTRAL_BEHAVIOURS,
    PRINT_SHOW_APP_NAME,
    PRINT_PAGE_SIZE,
    REVIEW_WEEKDAY,
    REMIND_REVIEW,
    REMIND_MOOD,
    REMIND_MEETINGS,
)


class SettingsStore:
    """Typed access to QSettings. Tests pass their own QSettings (an INI file in tmp)."""

    def __init__(self, qsettings: QSettings | None = None) -> None:
        self._qs = qsettings if qsettings is not None else QSettings()

    def get(self, option: Option[T]) -> T:
        """The stored value converted to the option's type; the default if unreadable."""
        value: object = self._qs.value(option.key, option.default)
        default: object = option.default
        result: object = default
        try:
            if isinstance(default, bool):
                result = value in (True, "true", "1", 1)
            elif isinstance(default, int):
                result = int(str(value))
            elif isinstance(default, str):
                result = str(value)
            elif isinstance(default, QByteArray) and isinstance(value, QByteArray):
                result = value
        except (TypeError, ValueError):
            result = default
        return cast(T, result)

    def set(self, option: Option[T], value: T) -> None:
        self._qs.setValue(option.key, value)
        self._qs.sync()

    def clear_ui_state(self) -> None:
        """Forget window state (privacy mode leaves no traces of what was open)."""
        for option in ALL_OPTIONS:
            if option.scope == "ui" and option is not GEOMETRY:
                self._qs.remove(option.key)
        self._qs.sync()

    @property
    def file_name(self) -> str:
        return self._qs.fileName()
