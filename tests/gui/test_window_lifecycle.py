"""The main window around set-up and locking: never a lost key, never lost words."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from recovery_desktop.ui.first_run import FirstRunFlow
from recovery_desktop.ui.main_window import MainWindow
from recovery_desktop.ui.pages import registry
from recovery_desktop.ui.shell import Shell
from recovery_desktop.ui.unlock_screen import UnlockScreen
from recovery_desktop.vault import kdf
from recovery_desktop.vault.errors import DiskFull, WrongRecoveryKey
from recovery_desktop.vault.vault import Vault
from tests.conftest import PASSPHRASE
from tests.gui.shell_support import open_window, unlock_with

TIMEOUT = 10_000


def create_in_window(qtbot: QtBot, win: MainWindow) -> str:
    flow = win.centralWidget()
    assert isinstance(flow, FirstRunFlow)
    flow.welcome.primary.click()
    flow.passphrase.form.first.setText(PASSPHRASE)
    flow.passphrase.form.second.setText(PASSPHRASE)
    flow.passphrase.primary.click()
    qtbot.waitUntil(lambda: flow.stack.currentWidget() is flow.recovery_key, timeout=TIMEOUT)
    return flow.recovery_key.key_label.text()


def test_closing_before_the_key_was_confirmed_issues_a_new_key_next_time(
        qtbot: QtBot, tmp_path: Path, no_keyring: None):
    folder = tmp_path / "vault"
    win = open_window(qtbot, folder, tmp_path / "s.ini")
    first_key = create_in_window(qtbot, win)
    win.close()  # the user never typed the last group back
    assert not win.is_unlocked

    second = open_window(qtbot, folder, tmp_path / "s.ini")
    unlock_with(qtbot, second, PASSPHRASE)
    qtbot.waitUntil(lambda: isinstance(second.centralWidget(), FirstRunFlow), timeout=TIMEOUT)
    flow = second.centralWidget()
    assert isinstance(flow, FirstRunFlow)
    assert flow.stack.currentWidget() is flow.recovery_key
    new_key = flow.recovery_key.key_label.text()
    assert new_key and new_key != first_key
    second.close()
    with pytest.raises(WrongRecoveryKey):
        Vault.unlock_with_recovery_key(folder, first_key)
    with Vault.unlock_with_recovery_key(folder, new_key):
        pass


def test_ctrl_l_works_during_set_up_once_the_vault_exists(qtbot: QtBot, tmp_path: Path,
                                                          no_keyring: None):
    win = open_window(qtbot, tmp_path / "vault", tmp_path / "s.ini")
    assert not win.lock_action.isEnabled()  # nothing to lock before the vault exists
    create_in_window(qtbot, win)
    assert win.lock_action.isEnabled() and win.is_unlocked
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)
    qtbot.keyClick(win, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: isinstance(win.centralWidget(), UnlockScreen), timeout=TIMEOUT)
    assert not win.is_unlocked
    win.close()


class FailingPage(registry.Page):
    """A page whose unsaved text cannot be saved (as on a full disk)."""

    def __init__(self, _page_ctx: registry.PageContext) -> None:
        super().__init__()
        self.fail = True

    def save_drafts(self) -> None:
        if self.fail:
            raise DiskFull()


def test_lock_keeps_the_workbook_open_when_drafts_cannot_be_saved(qtbot: QtBot,
                                                                   tmp_path: Path):
    spec = registry.register_page(registry.PageSpec("failing", lambda: "Failing",
                                                    FailingPage, order=1))
    try:
        created = Vault.create(tmp_path / "vault", PASSPHRASE,
                               calibrate=kdf.floor_calibration)
        created.vault.close()
        win = open_window(qtbot, tmp_path / "vault", tmp_path / "s.ini")
        win.ctx.dialogs.set_next_answer(None)
        unlock_with(qtbot, win, PASSPHRASE)
        qtbot.waitUntil(lambda: isinstance(win.centralWidget(), Shell), timeout=TIMEOUT)
        assert win.shell is not None and win.shell.page("failing") is not None  # built
        assert win.lock() is False
        assert win.is_unlocked and isinstance(win.centralWidget(), Shell)
        assert any("Not locked" in title for title, _ in win.ctx.dialogs.shown)
        assert win.lock(force=True) is True
        assert not win.is_unlocked
        win.close()
    finally:
        registry._SPECS.pop(spec.page_id, None)


def test_a_damaged_vault_offers_the_latest_automatic_backup(qtbot: QtBot, tmp_path: Path):
    from datetime import date

    from recovery_desktop.domain.drafts import load_draft, save_draft
    from recovery_desktop.vault.rolling import make_daily_backup
    from tests.unit.helpers import flip_byte

    folder = tmp_path / "vault"
    created = Vault.create(folder, PASSPHRASE, calibrate=kdf.floor_calibration)
    with created.vault as vault:
        with vault.session() as session:
            save_draft(session, "note", {"text": "kept by the backup"})
        assert make_daily_backup(vault, date.today()) is not None
    flip_byte(folder / "vault.db", 100)  # page 1: the vault no longer opens
    win = open_window(qtbot, folder, tmp_path / "s.ini")
    unlock_with(qtbot, win, PASSPHRASE)
    screen = win.centralWidget()
    assert isinstance(screen, UnlockScreen)
    qtbot.waitUntil(screen.recovery.restore_button.isVisible, timeout=TIMEOUT)
    assert not screen.recovery.open_button.isVisible()
    assert date.today().isoformat() in screen.recovery.restore_button.text()
    win.ctx.dialogs.set_next_answer(True)  # yes, restore it
    qtbot.mouseClick(screen.recovery.restore_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(win.centralWidget(), Shell), timeout=TIMEOUT)
    assert win.vault is not None
    with win.vault.session() as session:
        draft = load_draft(session, "note")
    assert draft is not None and draft.payload == {"text": "kept by the backup"}
    assert list(folder.glob("replaced-*"))  # the damaged files were kept aside
    win.close()


def test_a_missing_journal_can_be_accepted_from_the_lock_screen(qtbot: QtBot, tmp_path: Path):
    folder = tmp_path / "vault"
    Vault.create(folder, PASSPHRASE, calibrate=kdf.floor_calibration).vault.close()
    (folder / "vault.db-shm").write_bytes(b"")  # an index left without its journal
    win = open_window(qtbot, folder, tmp_path / "s.ini")
    unlock_with(qtbot, win, PASSPHRASE)
    screen = win.centralWidget()
    assert isinstance(screen, UnlockScreen)
    qtbot.waitUntil(screen.recovery.open_button.isVisible, timeout=TIMEOUT)
    assert "journal" in screen.message.text()
    assert not win.is_unlocked
    qtbot.mouseClick(screen.recovery.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(win.centralWidget(), Shell), timeout=TIMEOUT)
    win.close()
