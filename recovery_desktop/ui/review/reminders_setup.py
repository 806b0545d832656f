"""Installs the reminder service on the main window (kept out of main_window.py so the
shell stays small): tray or banner, the wall clock, and what the open vault says."""

from __future__ import annotations

from collections.abc import Collection
from datetime import date, datetime
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QSystemTrayIcon

from recovery_desktop.domain.behaviours.cleantime import local_date
from recovery_desktop.domain.review import plans
from recovery_desktop.domain.review.mood import mood_for
from recovery_desktop.ui import settings_store as opts
from recovery_desktop.ui.review.common import review_weekday
from recovery_desktop.ui.review.reminders import BannerNotifier, ReminderService, TrayNotifier
from recovery_desktop.ui.urges.common import WallClock

if TYPE_CHECKING:
    from recovery_desktop.ui.main_window import MainWindow


def install_reminders(window: MainWindow, clock: WallClock | None = None) -> ReminderService:
    """Create the service once per window; later calls return the same one."""
    existing = getattr(window, "reminders", None)
    if isinstance(existing, ReminderService):
        return existing
    wall = clock or WallClock()
    banner = BannerNotifier()
    window.statusBar().addWidget(banner, 1)
    window.statusBar().setSizeGripEnabled(False)
    notifier: BannerNotifier | TrayNotifier = (
        TrayNotifier(window, window) if QSystemTrayIcon.isSystemTrayAvailable() else banner)

    def now_local() -> datetime:
        from recovery_desktop.domain.behaviours.cleantime import to_local

        return to_local(wall.now_utc(), wall.zone()).replace(tzinfo=None)

    def vault_facts() -> tuple[bool, Collection[date]]:
        vault = window.vault
        if vault is None or not vault.is_open:
            return False, ()  # locked: no meeting reminders, and mood may still be due
        today = local_date(wall.now_utc(), wall.zone())
        with vault.session() as session:
            done = mood_for(session, today) is not None
            meetings = {item.day for item in plans.plan_for_days(session, today, today)
                        if item.is_meeting and item.day is not None}
        return done, meetings

    service = ReminderService(window.ctx.settings, notifier, now_local,
                              lambda: review_weekday(window.ctx.settings), vault_facts, window)
    service.banner = banner
    window.reminders = service
    return service


def reminders_wanted(window: MainWindow) -> bool:
    settings = window.ctx.settings
    return any(settings.get(o) for o in (opts.REMIND_REVIEW, opts.REMIND_MOOD,
                                         opts.REMIND_MEETINGS))
