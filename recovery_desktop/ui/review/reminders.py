"""Gentle reminders while the app runs: the weekly review day, a daily mood check-in and a
meeting from the plan. Off until the person turns them on in Settings.

When is pure (``domain/review/reminders.py``); this module wires it to a minute timer, an
injected clock and an injected notifier: the system tray when there is one, otherwise a
calm banner inside the window (offscreen, tests, desktops without a tray). The text never
shows anything from the vault, and in privacy mode it does not even say what the app is for.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from datetime import date, datetime
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from recovery_desktop import APP_NAME, NEUTRAL_NAME
from recovery_desktop.domain.review.reminders import Kind, ReminderPrefs, ReminderSchedule
from recovery_desktop.i18n import translate
from recovery_desktop.ui import settings_store as opts
from recovery_desktop.ui.settings_store import SettingsStore

CHECK_MS = 60_000

def _t(text: str) -> str:
    return QCoreApplication.translate("reminders", text)



def reminder_text(kind: Kind, *, private: bool) -> tuple[str, str]:
    """(title, text) of a notification. Neutral always; in privacy mode, anonymous too."""
    if private:
        return NEUTRAL_NAME, translate("reminders", "A reminder you set is due.")
    return APP_NAME, {
        Kind.REVIEW: translate(
            "reminders", "Your weekly review day: a good moment to look back and plan ahead."),
        Kind.MOOD: translate("reminders", "A moment for your daily check-in, if you like."),
        Kind.MEETING: translate("reminders", "You planned a meeting for today."),
    }[kind]


class Notifier(Protocol):
    def notify(self, title: str, text: str) -> None: ...


class BannerNotifier(QWidget):
    """The in-window fallback: one quiet line with a dismiss button."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 2, 8, 2)
        self.label = QLabel()
        self.label.setAccessibleName(translate("reminders", "Reminder"))
        self.dismiss = QPushButton(translate("reminders", "Dismiss"))
        self.dismiss.setAccessibleName(translate("reminders", "Dismiss reminder"))
        self.dismiss.clicked.connect(self.hide)
        row.addWidget(self.label, 1)
        row.addWidget(self.dismiss)
        self.hide()

    def notify(self, title: str, text: str) -> None:
        self.label.setText(f"{title}: {text}")
        self.show()


class TrayNotifier:
    def __init__(self, parent: QObject, icon_source: QWidget) -> None:
        from PySide6.QtWidgets import QSystemTrayIcon

        self.tray = QSystemTrayIcon(icon_source.windowIcon(), parent)
        if self.tray.icon().isNull():
            from PySide6.QtGui import QColor, QIcon, QPixmap

            pixmap = QPixmap(32, 32)
            pixmap.fill(QColor(70, 120, 160))  # a plain square: no symbol that says "recovery"
            self.tray.setIcon(QIcon(pixmap))
        self.tray.show()

    def notify(self, title: str, text: str) -> None:
        self.tray.showMessage(title, text)


def prefs_from(settings: SettingsStore, review_weekday: int) -> ReminderPrefs:
    return ReminderPrefs(review=settings.get(opts.REMIND_REVIEW),
                         mood=settings.get(opts.REMIND_MOOD),
                         meetings=settings.get(opts.REMIND_MEETINGS),
                         review_weekday=review_weekday)


# What only the open vault knows: (today's mood check-in done, days with a planned meeting).
VaultFacts = Callable[[], tuple[bool, Collection[date]]]


class ReminderService(QObject):
    """Checks once a minute; reads the preferences afresh each time, so Settings changes
    apply at once. ``now_local`` and ``notifier`` are injected (tests pass fakes)."""

    def __init__(self, settings: SettingsStore, notifier: Notifier,
                 now_local: Callable[[], datetime], review_weekday: Callable[[], int],
                 vault_facts: VaultFacts, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.notifier = notifier
        self.now_local = now_local
        self.review_weekday = review_weekday
        self.vault_facts = vault_facts
        self.banner: BannerNotifier | None = None  # the in-window banner, if installed
        self.schedule = ReminderSchedule(ReminderPrefs())
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_MS)
        self.timer.timeout.connect(self.check)
        self.timer.start()

    def check(self) -> list[Kind]:
        self.schedule.prefs = prefs_from(self.settings, self.review_weekday())
        if not self.schedule.prefs.any_on:
            return []
        mood_done, meeting_days = self.vault_facts()
        due = self.schedule.due(self.now_local(), mood_done=mood_done,
                                meeting_days=meeting_days)
        private = self.settings.get(opts.PRIVACY_MODE)
        for kind in due:
            self.notifier.notify(*reminder_text(kind, private=private))
        return due
