"""The "Your data" page through real widgets: backup, restore, JSON and CSV exports."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QLineEdit
from pytestqt.qtbot import QtBot

from recovery_desktop.domain.drafts import load_draft, save_draft
from recovery_desktop.ui import settings_store as opts
from recovery_desktop.ui.main_window import MainWindow
from recovery_desktop.ui.pages.data_page import DataPage
from recovery_desktop.ui.shell import Shell
from recovery_desktop.vault import kdf
from recovery_desktop.vault.vault import Vault
from tests.conftest import PASSPHRASE
from tests.gui.shell_support import files_containing, open_window, unlock_with
from tests.memory_keyring import MemoryKeyring

CANARY = "canary-data-page-7f3a"


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    created = Vault.create(tmp_path / "vault", PASSPHRASE, calibrate=kdf.floor_calibration)
    with created.vault as vault, vault.session() as session:
        save_draft(session, "journal", {"text": CANARY})
    return created.vault.paths.folder


@pytest.fixture
def window(qtbot: QtBot, folder: Path, tmp_path: Path) -> Iterator[MainWindow]:
    win = open_window(qtbot, folder, tmp_path / "settings.ini")
    yield win
    win.close()


def data_page(qtbot: QtBot, win: MainWindow) -> DataPage:
    unlock_with(qtbot, win, PASSPHRASE)
    qtbot.waitUntil(lambda: isinstance(win.centralWidget(), Shell), timeout=10_000)
    shell = win.centralWidget()
    assert isinstance(shell, Shell)
    shell.select("data")
    page = shell.pages["data"]
    assert isinstance(page, DataPage)
    return page


def click(qtbot: QtBot, button: QAbstractButton) -> None:
    assert button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_controls_are_named_by_their_labels(qtbot: QtBot, window: MainWindow):
    page = data_page(qtbot, window)
    buttons = page.findChildren(QAbstractButton)
    assert len(buttons) >= 5
    for button in buttons:
        assert button.accessibleName() == button.text().replace("&", "")
    assert page.restore_secret.accessibleName() == "Passphrase or recovery key of the backup"
    assert [e for e in page.findChildren(QLineEdit) if not e.accessibleName()] == []


def test_backup_then_restore_into_a_new_folder(qtbot: QtBot, window: MainWindow,
                                               tmp_path: Path):
    page = data_page(qtbot, window)
    target = tmp_path / "out" / "mine.rdbackup"
    target.parent.mkdir()
    page.ctx.dialogs.set_next_answer(str(target))
    click(qtbot, page.backup_button)
    assert page.busy and not page.backup_button.isEnabled()
    qtbot.waitUntil(lambda: not page.busy, timeout=10_000)
    assert "Backed up to" in page.status.text(), page.status.text()
    assert files_containing(target.parent, [CANARY.encode()]) == []

    assert not page.restore_button.isEnabled()  # nothing typed yet
    qtbot.keyClicks(page.restore_secret, "not the passphrase")
    page.ctx.dialogs.set_next_answer(str(target))
    page.ctx.dialogs.set_next_answer(str(tmp_path / "restored"))
    page.ctx.dialogs.set_next_answer(None)  # the "Not finished" message
    click(qtbot, page.restore_button)
    qtbot.waitUntil(lambda: not page.busy, timeout=10_000)
    assert "passphrase does not open this backup" in page.status.text()
    assert page.ctx.dialogs.shown[-1][0] == "Not finished"
    assert not (tmp_path / "restored").exists()

    page.restore_secret.clear()
    qtbot.keyClicks(page.restore_secret, PASSPHRASE)
    page.ctx.dialogs.set_next_answer(str(target))
    page.ctx.dialogs.set_next_answer(str(tmp_path / "restored"))
    click(qtbot, page.restore_button)
    qtbot.waitUntil(lambda: not page.busy, timeout=10_000)
    assert "opened fine" in page.status.text(), page.status.text()
    assert page.restore_secret.text() == ""
    with Vault.unlock(tmp_path / "restored", PASSPHRASE) as restored, \
            restored.session() as session:
        draft = load_draft(session, "journal")
        assert draft is not None and draft.payload == {"text": CANARY}
    assert page.use_restored_button.isVisibleTo(page)
    click(qtbot, page.use_restored_button)
    assert page.ctx.settings.get(opts.DATA_DIR) == str(tmp_path / "restored")


def test_plaintext_exports_warn_first(qtbot: QtBot, window: MainWindow, tmp_path: Path):
    page = data_page(qtbot, window)
    target = tmp_path / "export.json"
    page.ctx.dialogs.set_next_answer(False)  # "Cancel" at the warning
    click(qtbot, page.json_button)
    assert page.ctx.dialogs.shown[-1][0] == "A copy that is not encrypted"
    assert not page.busy and not target.exists()

    page.ctx.dialogs.set_next_answer(True)
    page.ctx.dialogs.set_next_answer(str(target))
    click(qtbot, page.json_button)
    qtbot.waitUntil(lambda: not page.busy, timeout=10_000)
    assert "not encrypted" in page.status.text()
    assert json.loads(target.read_text(encoding="utf-8"))["data"]["drafts"]

    csv_folder = tmp_path / "csv"
    csv_folder.mkdir()
    page.ctx.dialogs.set_next_answer(True)
    page.ctx.dialogs.set_next_answer(str(csv_folder))
    click(qtbot, page.csv_button)
    qtbot.waitUntil(lambda: not page.busy, timeout=10_000)
    assert "drafts.csv" in {p.name for p in csv_folder.iterdir()}
    assert CANARY in (csv_folder / "drafts.csv").read_text(encoding="utf-8-sig")


def test_daily_backup_after_unlock_and_the_reminder(qtbot: QtBot, folder: Path, tmp_path: Path):
    from datetime import date, timedelta

    from recovery_desktop.domain.backup_reminders import LAST_EXTERNAL_SETTING
    from recovery_desktop.domain.profile import set_setting
    from recovery_desktop.vault.rolling import backup_folder, existing

    with Vault.unlock(folder, PASSPHRASE) as vault, vault.session() as session:
        set_setting(session, LAST_EXTERNAL_SETTING, (date.today() - timedelta(days=45)).isoformat())
    win = open_window(qtbot, folder, tmp_path / "settings.ini")
    win.ctx.auto_backup = True
    try:
        page = data_page(qtbot, win)
        qtbot.waitUntil(lambda: "today's was made" in page.auto_status.text(), timeout=10_000)
        assert list(existing(backup_folder(folder))) == [date.today()]
        assert page.reminder.isVisibleTo(page)
        outside = tmp_path / "usb"
        outside.mkdir()
        page.ctx.dialogs.set_next_answer(str(outside / "copy.rdbackup"))
        click(qtbot, page.backup_button)
        qtbot.waitUntil(lambda: not page.busy, timeout=10_000)
        assert not page.reminder.isVisibleTo(page)
    finally:
        win.close()
    with Vault.unlock(folder, PASSPHRASE) as vault, vault.session() as session:
        from recovery_desktop.domain.profile import get_setting

        assert get_setting(session, LAST_EXTERNAL_SETTING) == date.today().isoformat()


def test_rotate_keys_shows_a_new_recovery_key(qtbot: QtBot, window: MainWindow, folder: Path):
    page = data_page(qtbot, window)
    keys = page.keys
    assert not keys.rotate_button.isEnabled()
    old_key = window.vault.data_key if window.vault else b""
    qtbot.keyClicks(keys.passphrase, PASSPHRASE)
    click(qtbot, keys.rotate_button)
    qtbot.waitUntil(lambda: not page.busy, timeout=15_000)
    assert keys.new_key.isVisibleTo(keys), page.status.text()
    new_key = keys.new_key.text().split("recovery key is ")[1].split(". ")[0]
    assert keys.passphrase.text() == ""
    assert window.vault is not None and window.vault.data_key != old_key
    with window.vault.session() as session:  # the open window keeps working
        draft = load_draft(session, "journal")
        assert draft is not None and draft.payload == {"text": CANARY}
    window.lock()
    Vault.unlock_with_recovery_key(folder, new_key, lock=window.ctx.lock).close()


def test_delete_everything_needs_the_word_and_a_yes(qtbot: QtBot, window: MainWindow,
                                                    folder: Path):
    from recovery_desktop.ui.first_run import FirstRunFlow
    from recovery_desktop.vault.layout import vault_exists

    page = data_page(qtbot, window)
    keys = page.keys
    qtbot.keyClicks(keys.confirm, "delete")
    assert not keys.delete_button.isEnabled()
    keys.confirm.clear()
    qtbot.keyClicks(keys.confirm, "DELETE")
    page.ctx.dialogs.set_next_answer(False)  # "Keep my data"
    click(qtbot, keys.delete_button)
    assert "SSDs" in page.ctx.dialogs.shown[-1][1]
    assert vault_exists(folder) and window.vault is not None

    dialogs = page.ctx.dialogs
    dialogs.set_next_answer(True)
    dialogs.set_next_answer(None)  # the closing message
    click(qtbot, keys.delete_button)
    assert window.vault is None
    assert not vault_exists(folder)
    assert isinstance(window.centralWidget(), FirstRunFlow)
    assert "was deleted" in dialogs.shown[-1][1]
    assert files_containing(folder, [CANARY.encode()]) == []


def test_restore_over_the_open_vault_locks_and_keeps_the_old_one(qtbot: QtBot,
                                                                 window: MainWindow,
                                                                 folder: Path, tmp_path: Path):
    from recovery_desktop.ui.unlock_screen import UnlockScreen

    page = data_page(qtbot, window)
    target = tmp_path / "b.rdbackup"
    dialogs = page.ctx.dialogs
    dialogs.set_next_answer(str(target))
    click(qtbot, page.backup_button)
    qtbot.waitUntil(lambda: not page.busy, timeout=10_000)
    with window.vault.session() as session:  # type: ignore[union-attr]
        save_draft(session, "journal", {"text": "written after the backup"}, ref="later")

    qtbot.keyClicks(page.restore_secret, PASSPHRASE)
    page.replace_box.setChecked(True)
    dialogs.set_next_answer(str(target))  # the backup to restore
    dialogs.set_next_answer(True)  # "Replace my vault"
    dialogs.set_next_answer(None)  # the closing message
    click(qtbot, page.restore_button)
    assert window.vault is None  # locked first
    qtbot.waitUntil(lambda: dialogs.shown[-1][0] == "Restore a backup", timeout=10_000)
    assert "replaced your vault and opened fine" in dialogs.shown[-1][1]
    screen = window.centralWidget()
    assert isinstance(screen, UnlockScreen) and screen.isEnabled()
    kept = [p for p in folder.iterdir() if p.name.startswith("replaced-")]
    assert len(kept) == 1
    with Vault.unlock(folder, PASSPHRASE, lock=window.ctx.lock) as restored, \
            restored.session() as session:
        assert load_draft(session, "journal", "later") is None
        assert load_draft(session, "journal") is not None


def test_restore_over_the_open_vault_with_a_wrong_secret_changes_nothing(
    qtbot: QtBot, window: MainWindow, folder: Path, tmp_path: Path
):
    page = data_page(qtbot, window)
    target = tmp_path / "b.rdbackup"
    dialogs = page.ctx.dialogs
    dialogs.set_next_answer(str(target))
    click(qtbot, page.backup_button)
    qtbot.waitUntil(lambda: not page.busy, timeout=10_000)
    qtbot.keyClicks(page.restore_secret, "not the passphrase")
    page.replace_box.setChecked(True)
    for answer in (str(target), True, None):
        dialogs.set_next_answer(answer)
    click(qtbot, page.restore_button)
    qtbot.waitUntil(lambda: dialogs.shown[-1][0] == "Restore a backup", timeout=10_000)
    assert "was not replaced" in dialogs.shown[-1][1]
    unlock_with(qtbot, window, PASSPHRASE)  # the lock screen works again
    qtbot.waitUntil(lambda: isinstance(window.centralWidget(), Shell), timeout=10_000)
    assert [p for p in folder.iterdir() if p.name.startswith("replaced-")] == []


def test_restore_over_the_open_vault_leaves_no_orphaned_keychain_entry(
        qtbot: QtBot, window: MainWindow, tmp_path: Path, memory_keyring: MemoryKeyring):
    from recovery_desktop.vault.keychain import Keychain

    page = data_page(qtbot, window)
    assert window.vault is not None
    window.vault.remember_on_device(Keychain())
    assert len(memory_keyring.secrets) == 1
    target = tmp_path / "b.rdbackup"
    dialogs = page.ctx.dialogs
    dialogs.set_next_answer(str(target))
    click(qtbot, page.backup_button)
    qtbot.waitUntil(lambda: not page.busy, timeout=10_000)
    qtbot.keyClicks(page.restore_secret, PASSPHRASE)
    page.replace_box.setChecked(True)
    dialogs.set_next_answer(str(target))
    dialogs.set_next_answer(True)
    dialogs.set_next_answer(None)
    click(qtbot, page.restore_button)
    qtbot.waitUntil(lambda: dialogs.shown[-1][0] == "Restore a backup", timeout=10_000)
    assert "opened fine" in dialogs.shown[-1][1]
    assert memory_keyring.secrets == {}  # the restored vault has no device slot to match
