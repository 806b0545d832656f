"""Help menu, keyboard shortcuts overview, About dialog and the privacy-mode title."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from recovery_desktop import APP_NAME, NEUTRAL_NAME, __version__
from recovery_desktop.ui import settings_store as opts
from recovery_desktop.ui import shortcuts
from recovery_desktop.ui.about_dialog import AboutDialog
from recovery_desktop.ui.main_window import MainWindow
from recovery_desktop.ui.pages.settings_page import SettingsPage
from recovery_desktop.ui.shell import Shell
from recovery_desktop.ui.shortcuts_dialog import ShortcutsDialog
from recovery_desktop.ui.window_title import visible_name
from recovery_desktop.vault import kdf
from recovery_desktop.vault.vault import Vault
from tests.conftest import PASSPHRASE
from tests.gui.shell_support import open_window, unlock_with


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> Iterator[MainWindow]:
    created = Vault.create(tmp_path / "vault", PASSPHRASE, calibrate=kdf.floor_calibration)
    created.vault.close()
    win = open_window(qtbot, created.vault.paths.folder, tmp_path / "settings.ini")
    qtbot.waitUntil(lambda: bool(win.menus.shortcuts_action.shortcuts()))  # set after paint
    yield win
    win.close()


def unlock(qtbot: QtBot, win: MainWindow) -> Shell:
    unlock_with(qtbot, win, PASSPHRASE)
    qtbot.waitUntil(lambda: isinstance(win.centralWidget(), Shell), timeout=10_000)
    assert win.shell is not None
    return win.shell


def test_f1_opens_the_shortcuts_overview_listing_every_registered_shortcut(qtbot, window):
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)  # shortcuts fire only in the active window
    qtbot.keyClick(window, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: isinstance(getattr(window.menus, "dialog", None), ShortcutsDialog))
    dialog = window.menus.dialog
    assert isinstance(dialog, ShortcutsDialog)
    rows = dialog.rows()
    assert len(rows) == len(shortcuts.REGISTRY)
    for entry in shortcuts.REGISTRY:
        assert (shortcuts.key_text(entry.id), shortcuts.description(entry.id)) in rows
    assert ("Ctrl+L", "Lock the workbook now") in rows
    assert ("Ctrl+Shift+H", "Show crisis help and help-line numbers") in rows
    assert ("Ctrl+U", "Log an urge or a lapse") in rows
    dialog.reject()


def test_actions_use_the_registry_keys(window):
    assert window.lock_action.shortcut() == shortcuts.key("lock")  # one source for the keys
    assert window.crisis_action.shortcut() == shortcuts.key("crisis")
    assert window.quick_log_action.shortcut() == shortcuts.key("quick_log")
    assert window.menus.quit_action.shortcuts() == shortcuts.keys("quit")
    assert window.menus.preferences_action.shortcut().toString() == "Ctrl+,"  # no standard key


def test_every_registry_shortcut_is_unique(qapp):
    texts = [shortcuts.key(s.id).toString() for s in shortcuts.REGISTRY]
    assert all(texts) and len(texts) == len(set(texts))


def test_about_shows_version_licence_and_disclaimer(qtbot, window):
    window.menus.about_action.trigger()
    dialog = window.menus.dialog
    assert isinstance(dialog, AboutDialog)
    qtbot.waitExposed(dialog)
    assert __version__ in dialog.version_label.text()
    assert "not treatment" in dialog.disclaimer.text()
    assert "no network" in dialog.privacy.text()
    assert "GPL-3.0-or-later" in dialog.licence.text()
    dialog.reject()


def test_preferences_opens_settings_only_while_unlocked(qtbot, window):
    window.menus.preferences_action.trigger()  # locked: nothing happens, nothing breaks
    shell = unlock(qtbot, window)
    shell.select("worksheets")
    window.menus.preferences_action.trigger()
    assert shell.current_page_id == "settings"


def test_privacy_mode_switches_every_visible_name_live(qtbot, window):
    assert visible_name(True) == NEUTRAL_NAME
    shell = unlock(qtbot, window)
    assert window.windowTitle() == APP_NAME
    assert QGuiApplication.applicationDisplayName() == APP_NAME
    shell.select("settings")
    page = shell.pages["settings"]
    assert isinstance(page, SettingsPage)
    page.privacy_box.setChecked(True)
    # The taskbar and message boxes show the display name Qt appends to titles.
    assert window.windowTitle() == NEUTRAL_NAME
    assert QGuiApplication.applicationDisplayName() == NEUTRAL_NAME
    window.menus.about_action.trigger()
    assert window.menus.dialog.windowTitle() == f"About {NEUTRAL_NAME}"
    window.menus.dialog.reject()
    window.lock()
    assert window.windowTitle() == NEUTRAL_NAME  # still neutral on the lock screen
    shell = unlock(qtbot, window)
    shell.select("settings")
    again = shell.pages["settings"]
    assert isinstance(again, SettingsPage)
    again.privacy_box.setChecked(False)
    assert window.windowTitle() == APP_NAME
    assert QGuiApplication.applicationDisplayName() == APP_NAME
    assert window.ctx.settings.get(opts.PRIVACY_MODE) is False


def test_quit_saves_locks_and_closes(qtbot, window):
    unlock(qtbot, window)
    window.menus.quit_action.trigger()
    assert not window.isVisible()
    assert window.vault is None


def test_find_key_jumps_to_the_urge_log_search_field(qtbot, window):
    from PySide6.QtGui import QShortcut

    from recovery_desktop.ui.urges.pages import UrgesPage

    shell = unlock(qtbot, window)
    shell.select("urges")
    page = shell.pages["urges"]
    assert isinstance(page, UrgesPage)
    # The log's shortcut carries the registry's keys; firing it (as Qt does for a key press
    # in the active window) moves the focus to the search field.
    found = [s for s in page.log.findChildren(QShortcut) if s.keys() == shortcuts.keys("find")]
    assert len(found) == 1
    assert shortcuts.key("find").toString() == "Ctrl+F"
    page.log.table.setFocus()
    found[0].activated.emit()
    qtbot.waitUntil(lambda: window.focusWidget() is page.log.words)
