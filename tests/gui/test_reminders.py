"""Reminders with a fake clock and an injected notifier, the in-window banner, privacy-mode
wording, and the review-day and start-at-login settings through the real widgets."""

from __future__ import annotations

import os
from collections.abc import Collection, Iterator
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from recovery_desktop import APP_NAME, NEUTRAL_NAME, autostart
from recovery_desktop.domain.review.reminders import Kind
from recovery_desktop.ui import settings_store as opts
from recovery_desktop.ui.main_window import MainWindow
from recovery_desktop.ui.pages.settings_page import SettingsPage
from recovery_desktop.ui.review.reminders import ReminderService, reminder_text
from recovery_desktop.ui.review.reminders_setup import install_reminders
from recovery_desktop.ui.settings_store import SettingsStore
from recovery_desktop.ui.shell import Shell
from recovery_desktop.ui.urges.common import WallClock
from tests.conftest import PASSPHRASE
from tests.gui.shell_support import open_window, unlock_with


class FakeNotifier:
    def __init__(self) -> None:
        self.shown: list[tuple[str, str]] = []

    def notify(self, title: str, text: str) -> None:
        self.shown.append((title, text))


class LocalClock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def settings(tmp_path: Path) -> SettingsStore:
    from PySide6.QtCore import QSettings

    return SettingsStore(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))


def service(settings: SettingsStore, clock: LocalClock, notifier: FakeNotifier,
            facts: tuple[bool, Collection[date]] = (False, ())) -> ReminderService:
    return ReminderService(settings, notifier, clock, lambda: 6, lambda: facts)


def test_reminders_stay_silent_until_turned_on_then_fire_once(
        qtbot: QtBot, settings: SettingsStore):
    clock, notifier = LocalClock(datetime(2026, 11, 29, 9, 0)), FakeNotifier()  # a Sunday
    reminders = service(settings, clock, notifier, (False, {date(2026, 11, 29)}))
    assert reminders.check() == [] and notifier.shown == []
    settings.set(opts.REMIND_REVIEW, True)
    settings.set(opts.REMIND_MEETINGS, True)
    assert reminders.check() == [Kind.MEETING]  # the review reminder waits for 18:00
    clock.now = datetime(2026, 11, 29, 18, 0)
    assert reminders.check() == [Kind.REVIEW]
    assert notifier.shown == [(APP_NAME, "You planned a meeting for today."),
                              (APP_NAME, reminder_text(Kind.REVIEW, private=False)[1])]
    clock.now += timedelta(minutes=1)
    assert reminders.check() == []
    settings.set(opts.REMIND_MOOD, True)
    clock.now = datetime(2026, 11, 29, 20, 0)
    assert reminders.check() == [Kind.MOOD]
    clock.now = datetime(2026, 11, 30, 20, 30)  # Monday: only the mood reminder again
    assert reminders.check() == [Kind.MOOD]
    assert reminders.timer.isActive() and reminders.timer.interval() == 60_000


def test_privacy_mode_reminders_name_nothing(qtbot: QtBot, settings: SettingsStore):
    settings.set(opts.PRIVACY_MODE, True)
    settings.set(opts.REMIND_REVIEW, True)
    settings.set(opts.REMIND_MOOD, True)
    notifier = FakeNotifier()
    reminders = service(settings, LocalClock(datetime(2026, 11, 29, 20, 0)), notifier)
    assert reminders.check() == [Kind.REVIEW, Kind.MOOD]
    for title, text in notifier.shown:
        assert title == NEUTRAL_NAME and text == "A reminder you set is due."
    words = " ".join(t + " " + x for t, x in notifier.shown).casefold()
    for giveaway in ("recovery", "mood", "meeting", "review", "urge", "clean"):
        assert giveaway not in words


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> Iterator[MainWindow]:
    from tests.gui.test_review_pages import make_folder

    win = open_window(qtbot, make_folder(tmp_path), tmp_path / "settings.ini")
    yield win
    win.close()
    win.ctx.lock.release()


def test_without_a_tray_the_reminder_is_a_calm_banner_in_the_window(
        qtbot: QtBot, window: MainWindow):
    window.ctx.settings.set(opts.REMIND_MOOD, True)
    now = datetime.now().replace(hour=20, minute=1)
    reminders = install_reminders(window, WallClock(now_utc=lambda: now, zone=lambda: "UTC"))
    assert install_reminders(window) is reminders  # one per window
    assert reminders.banner is not None and not reminders.banner.isVisible()
    assert reminders.check() == [Kind.MOOD]  # locked: the mood check-in may still be due
    banner = reminders.banner
    qtbot.waitUntil(banner.isVisible)  # the new status bar shows on the next loop turn
    assert "daily check-in" in banner.label.text()
    banner.dismiss.click()
    assert not banner.isVisible()


def test_the_mood_reminder_is_skipped_once_todays_check_in_is_done(
        qtbot: QtBot, window: MainWindow):
    from recovery_desktop.domain.review import mood

    unlock_with(qtbot, window, PASSPHRASE)
    qtbot.waitUntil(lambda: isinstance(window.centralWidget(), Shell), timeout=10_000)
    window.ctx.settings.set(opts.REMIND_MOOD, True)
    now = datetime.now().replace(hour=20, minute=1, second=0, microsecond=0)
    assert window.vault is not None
    with window.vault.session() as session:
        mood.save_mood(session, mood.MoodInput(now.date(), 1), tz="UTC", today=now.date())
    reminders = install_reminders(window, WallClock(now_utc=lambda: now, zone=lambda: "UTC"))
    assert reminders.check() == []


def test_settings_choose_the_review_day_and_write_the_login_entry(
        qtbot: QtBot, window: MainWindow):
    unlock_with(qtbot, window, PASSPHRASE)
    qtbot.waitUntil(lambda: isinstance(window.centralWidget(), Shell), timeout=10_000)
    assert window.shell is not None
    page = window.shell.pages["settings"]
    assert isinstance(page, SettingsPage)
    section = page.review_settings
    assert section.review_day.currentData() == -1  # the locale's default
    section.review_day.setCurrentIndex(section.review_day.findData(2))
    assert window.ctx.settings.get(opts.REVIEW_WEEKDAY) == 2
    entry = Path(os.environ["XDG_CONFIG_HOME"]) / "autostart" / autostart.FILE_NAME
    assert not entry.exists()
    section.autostart.click()
    assert entry.is_file() and f"Name={APP_NAME}\n" in entry.read_text()
    page.privacy_box.click()  # privacy mode renames the login entry too
    assert f"Name={NEUTRAL_NAME}\n" in entry.read_text()
    section.autostart.click()
    assert not entry.exists()
    section.switches["review"].click()
    assert window.ctx.settings.get(opts.REMIND_REVIEW)
    assert isinstance(window.reminders, ReminderService)
