"""The Settings page through real widgets: passphrase, device, auto-lock, profile, privacy."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from recovery_desktop.domain.profile import RecoveryPath, load_profile
from recovery_desktop.ui import settings_store as opts
from recovery_desktop.ui.main_window import MainWindow
from recovery_desktop.ui.pages.settings_page import SettingsPage
from recovery_desktop.ui.shell import Shell
from recovery_desktop.vault import kdf
from recovery_desktop.vault.vault import Vault
from tests.conftest import PASSPHRASE
from tests.gui.shell_support import files_containing, open_window, unlock_with
from tests.memory_keyring import MemoryKeyring


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    created = Vault.create(tmp_path / "vault", PASSPHRASE, calibrate=kdf.floor_calibration)
    created.vault.close()
    return created.vault.paths.folder


def unlock(qtbot: QtBot, win: MainWindow) -> SettingsPage:
    unlock_with(qtbot, win, PASSPHRASE)
    qtbot.waitUntil(lambda: isinstance(win.centralWidget(), Shell), timeout=10_000)
    return settings_of(win)


def settings_of(win: MainWindow) -> SettingsPage:
    shell = win.centralWidget()
    assert isinstance(shell, Shell)
    shell.select("settings")
    page = shell.pages["settings"]
    assert isinstance(page, SettingsPage)
    return page


@pytest.fixture
def window(qtbot: QtBot, folder: Path, tmp_path: Path) -> Iterator[MainWindow]:
    win = open_window(qtbot, folder, tmp_path / "settings.ini")
    yield win
    win.close()


def test_change_passphrase_checks_the_current_one(qtbot: QtBot, window: MainWindow,
                                                  folder: Path):
    page = unlock(qtbot, window)
    assert not page.change_button.isEnabled()
    qtbot.keyClicks(page.current_passphrase, "wrong guess")
    qtbot.keyClicks(page.new_passphrase.first, "river stone lantern")
    qtbot.keyClicks(page.new_passphrase.second, "river stone lantern")
    assert page.change_button.isEnabled()
    qtbot.mouseClick(page.change_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "not right" in page.passphrase_status.text(), timeout=10_000)
    assert window.vault is not None and window.vault.check_passphrase(PASSPHRASE)

    page.current_passphrase.clear()
    qtbot.keyClicks(page.current_passphrase, PASSPHRASE)
    qtbot.mouseClick(page.change_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "changed" in page.passphrase_status.text(), timeout=10_000)
    assert page.current_passphrase.text() == "" and page.new_passphrase.first.text() == ""
    window.lock()
    window.ctx.lock.release()
    with Vault.unlock(folder, "river stone lantern"):
        pass
    window.ctx.lock.acquire()


def test_mismatched_new_passphrase_keeps_the_button_off(qtbot: QtBot, window: MainWindow):
    page = unlock(qtbot, window)
    qtbot.keyClicks(page.current_passphrase, PASSPHRASE)
    qtbot.keyClicks(page.new_passphrase.first, "river stone lantern")
    qtbot.keyClicks(page.new_passphrase.second, "river stone lanterm")
    assert not page.change_button.isEnabled()
    assert "not the same" in page.new_passphrase.problem.text()


def test_remember_on_device_then_next_start_unlocks_without_asking(
        qtbot: QtBot, window: MainWindow, folder: Path, tmp_path: Path,
        memory_keyring: MemoryKeyring):
    page = unlock(qtbot, window)
    qtbot.waitUntil(page.remember_box.isEnabled, timeout=10_000)
    page.remember_box.setChecked(True)
    qtbot.waitUntil(lambda: "remembers" in page.remember_note.text(), timeout=10_000)
    assert window.vault is not None and window.vault.remembered_on_device
    assert len(memory_keyring.secrets) == 1
    window.close()

    second = open_window(qtbot, folder, tmp_path / "settings.ini")
    qtbot.waitUntil(lambda: isinstance(second.centralWidget(), Shell), timeout=10_000)
    assert second.vault is not None and second.vault.unlocked_with == "device"
    page = settings_of(second)
    qtbot.waitUntil(page.remember_box.isEnabled, timeout=10_000)
    page.remember_box.setChecked(False)
    qtbot.waitUntil(lambda: "no longer" in page.remember_note.text(), timeout=10_000)
    assert memory_keyring.secrets == {}
    second.close()


def test_without_a_keychain_remember_is_off_with_a_reason(qtbot: QtBot, window: MainWindow,
                                                         no_keyring: None):
    page = unlock(qtbot, window)
    qtbot.waitUntil(lambda: "keychain" in page.remember_note.text().lower()
                    and "Checking" not in page.remember_note.text(), timeout=10_000)
    assert not page.remember_box.isEnabled()
    assert "passphrase always works" in page.remember_note.text()


def test_auto_lock_minutes_and_privacy_mode_are_saved(qtbot: QtBot, window: MainWindow):
    page = unlock(qtbot, window)
    page.auto_lock.setValue(12)
    assert window.ctx.settings.get(opts.AUTO_LOCK_MINUTES) == 12
    assert window.idle.minutes == 12
    page.privacy_box.setFocus()
    qtbot.keyClick(page.privacy_box, Qt.Key.Key_Space)
    assert window.ctx.settings.get(opts.PRIVACY_MODE) is True
    assert window.windowTitle() == "Workbook"


def test_profile_answers_go_to_the_vault_not_to_settings(qtbot: QtBot, window: MainWindow,
                                                         tmp_path: Path):
    page = unlock(qtbot, window)
    form = page.profile_form
    profile = form.profile()
    profile.display_name = "Zephyrine-canary"
    profile.path = RecoveryPath.SMART
    form.set_profile(profile)
    page.save_profile_button.click()
    assert window.profile is not None and window.profile.display_name == "Zephyrine-canary"
    assert window.vault is not None
    with window.vault.session() as session:
        stored = load_profile(session)
    assert stored.display_name == "Zephyrine-canary" and stored.path is RecoveryPath.SMART
    # The page was rebuilt for the new path and is still the one on screen.
    shell = window.centralWidget()
    assert isinstance(shell, Shell) and shell.current_page_id == "settings"
    window.lock()
    needles = [b"Zephyrine-canary"]
    assert files_containing(tmp_path, needles) == []


def test_every_control_in_the_shell_has_an_accessible_name(qtbot: QtBot, window: MainWindow):
    unlock(qtbot, window)
    missing = []
    controls = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox)
    for widget in window.findChildren(QWidget):
        internal = widget.objectName().startswith("qt_")  # e.g. a spin box's own line edit
        if isinstance(widget, controls) and widget.isVisibleTo(window) and not internal:
            if not widget.accessibleName().strip():
                missing.append(f"{type(widget).__name__} {widget.objectName()!r}")
            elif isinstance(widget, QAbstractButton) and widget.text():
                assert widget.accessibleName() == widget.text().replace("&", "")
    assert missing == []
