"""Print… and Save as PDF… on the worksheets page, the privacy choices and the pack dialog."""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from pytestqt.qtbot import QtBot

from recovery_desktop.domain import demo
from recovery_desktop.domain.profile import get_setting
from recovery_desktop.printing.pack import ALIAS_SETTING
from recovery_desktop.ui.main_window import MainWindow
from recovery_desktop.ui.pages.worksheets_page import WorksheetsPage
from recovery_desktop.ui.settings_store import PRINT_NAME_DISPLAY
from recovery_desktop.ui.shell import Shell
from recovery_desktop.ui.unlock_screen import UnlockScreen
from recovery_desktop.ui.worksheets.facilitator import FacilitatorDialog
from recovery_desktop.ui.worksheets.print_options import PrintOptionsDialog
from recovery_desktop.ui.worksheets.textedits import GrowingEdit
from recovery_desktop.vault import kdf
from recovery_desktop.vault.vault import CreatedVault, Vault
from tests.conftest import PASSPHRASE
from tests.gui.print_support import has, read_pdf
from tests.gui.shell_support import FakeClock, files_containing, make_ctx


@pytest.fixture
def vault_folder(tmp_path: Path) -> Iterator[CreatedVault]:
    created = Vault.create(tmp_path / "vault", PASSPHRASE, calibrate=kdf.floor_calibration)
    with created.vault.session() as session:
        demo.fill(session, years=1, seed=2)
    created.vault.close()
    yield created


@pytest.fixture
def private_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "tmp"
    folder.mkdir()
    monkeypatch.setenv("TMPDIR", str(folder))
    monkeypatch.setattr(tempfile, "tempdir", None)
    return folder


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path, vault_folder: CreatedVault,
           private_tmp: Path) -> Iterator[MainWindow]:
    ctx = make_ctx(vault_folder.vault.paths.folder, tmp_path / "settings.ini", FakeClock())
    ctx.lock.acquire()
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.start()
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.close()
    ctx.lock.release()


def unlock(qtbot: QtBot, win: MainWindow) -> WorksheetsPage:
    screen = win.centralWidget()
    assert isinstance(screen, UnlockScreen)
    qtbot.waitUntil(screen.field.isEnabled, timeout=10_000)
    screen.field.setFocus()
    qtbot.keyClicks(screen.field, PASSPHRASE)
    qtbot.keyClick(screen.field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: isinstance(win.centralWidget(), Shell), timeout=10_000)
    shell = win.centralWidget()
    assert isinstance(shell, Shell)
    shell.select("worksheets")
    page = shell.pages["worksheets"]
    assert isinstance(page, WorksheetsPage)
    return page


def _options_dialog(qtbot: QtBot, page: WorksheetsPage) -> PrintOptionsDialog:
    qtbot.waitUntil(lambda: page.printing.options_dialog is not None)
    dialog = page.printing.options_dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def test_save_an_open_worksheet_as_pdf_with_private_defaults(
        qtbot: QtBot, window: MainWindow, tmp_path: Path, private_tmp: Path) -> None:
    page = unlock(qtbot, window)
    action = next(a for a in page.list_panel.new_menu.actions() if a.data() == "cost_benefit")
    action.trigger()
    form = page.editor.form
    assert form is not None
    edit = form.widgets["reflection"].findChild(GrowingEdit)
    assert edit is not None
    edit.setFocus()
    qtbot.keyClicks(edit, "Quietly proud of this week ")
    edit.insertPlainText("🙂 שלום")
    page.editor.pdf_button.click()
    dialog = _options_dialog(qtbot, page)
    # The most private choices are preselected.
    assert dialog.name_display.currentData() == "none"
    assert dialog.neutral.isChecked() and not dialog.include_private.isChecked()
    assert not dialog.app_name.isChecked() and not dialog.alias.isEnabled()
    dialog.name_display.setCurrentIndex(dialog.name_display.findData("alias"))
    assert dialog.alias.isEnabled()
    qtbot.keyClicks(dialog.alias, "Quokka")
    dialogs = window.ctx.dialogs
    target = tmp_path / "out" / "mine.pdf"
    target.parent.mkdir()
    dialogs.set_next_answer(True)  # "not encrypted": I understand
    dialogs.set_next_answer(str(target))
    dialog.accept()
    qtbot.waitUntil(target.exists, timeout=10_000)
    assert dialogs.shown[-2][0] == "A copy that is not encrypted"
    qtbot.waitUntil(lambda: "Saved a PDF" in page.editor.state_label.text())
    _, text, _ = read_pdf(target, tmp_path)
    assert has(text, "Quietly proud of this week") and has(text, "Quokka")
    # The alias is in the vault, never in QSettings or any other file.
    with page.vault.session() as session:
        assert get_setting(session, ALIAS_SETTING) == "Quokka"
    # (The PDF's text streams are compressed, so no file holds it as plain bytes.)
    assert files_containing(tmp_path, [b"Quokka"]) == []
    assert window.ctx.settings.get(PRINT_NAME_DISPLAY) == "alias"  # the choice is remembered


def test_declining_the_warning_writes_nothing(qtbot: QtBot, window: MainWindow,
                                              tmp_path: Path) -> None:
    page = unlock(qtbot, window)
    page.list_panel.blank_requested.emit("abc", True)
    dialog = _options_dialog(qtbot, page)
    dialog.name_display.setCurrentIndex(dialog.name_display.findData("first"))
    window.ctx.dialogs.set_next_answer(False)
    dialog.accept()
    assert window.ctx.dialogs.shown[-1][0] == "A copy that is not encrypted"
    assert not list(tmp_path.rglob("*.pdf"))


def test_print_shows_a_preview_first(qtbot: QtBot, window: MainWindow) -> None:
    page = unlock(qtbot, window)
    page.list_panel.table.setCurrentIndex(page.model.index(0, 0))
    page.list_panel.print_requested.emit(page.list_panel.selected_id() or 0, False)
    _options_dialog(qtbot, page).accept()
    qtbot.waitUntil(lambda: page.printing.preview is not None
                    and page.printing.preview.isVisible(), timeout=10_000)
    preview = page.printing.preview
    assert preview is not None
    preview.reject()


def test_facilitator_pack_runs_in_the_background(qtbot: QtBot, window: MainWindow,
                                                 tmp_path: Path) -> None:
    page = unlock(qtbot, window)
    page.list_panel.pack_requested.emit()
    qtbot.waitUntil(lambda: getattr(page.printing, "facilitator", None) is not None)
    pack: FacilitatorDialog = page.printing.facilitator  # type: ignore[attr-defined]
    assert pack.isVisible()
    today = date.today()
    pack.start.setDate(QDate(today.year, today.month, today.day))
    pack.end.setDate(QDate(today.year, today.month, today.day).addDays(-3))
    assert "after the end" in pack.message.text() and not pack.pdf_button.isEnabled()
    start = today - timedelta(days=364)
    pack.end.setDate(QDate(today.year, today.month, today.day))
    pack.start.setDate(QDate(start.year, start.month, start.day))
    for check in pack.kinds.values():
        check.setChecked(False)
    assert "at least one" in pack.message.text()
    pack.kinds["abc"].setChecked(True)
    pack.triggers.setChecked(True)
    assert pack.pdf_button.isEnabled() and pack.message.text() == ""
    target = tmp_path / "pack.pdf"
    pack.pdf_button.click()
    dialogs = window.ctx.dialogs
    dialogs.set_next_answer(True)
    dialogs.set_next_answer(str(target))
    _options_dialog(qtbot, page).accept()
    qtbot.waitUntil(lambda: "Saved to" in pack.message.text(), timeout=20_000)
    pages, text, _ = read_pdf(target, tmp_path)
    assert pages > 5
    assert has(text, "Worksheets for my group") and has(text, "Trigger log summary")
    assert has(text, f"Page {pages} of {pages}")
    pack.reject()


def test_stopping_the_pack_writes_nothing(qtbot: QtBot, window: MainWindow,
                                          tmp_path: Path) -> None:
    page = unlock(qtbot, window)
    page.list_panel.pack_requested.emit()
    qtbot.waitUntil(lambda: getattr(page.printing, "facilitator", None) is not None)
    pack: FacilitatorDialog = page.printing.facilitator  # type: ignore[attr-defined]
    start = date.today() - timedelta(days=364)
    pack.start.setDate(QDate(start.year, start.month, start.day))
    target = tmp_path / "stopped.pdf"
    pack.pdf_button.click()
    window.ctx.dialogs.set_next_answer(True)
    window.ctx.dialogs.set_next_answer(str(target))
    _options_dialog(qtbot, page).accept()
    assert pack.stop_button.isVisible() and not pack.close_button.isEnabled()
    pack.stop_button.click()  # before the worker has gathered anything
    qtbot.waitUntil(lambda: "Stopped" in pack.message.text(), timeout=20_000)
    assert not target.exists() and not list(tmp_path.glob(".stopped.pdf*"))
    assert pack.close_button.isEnabled() and not pack.stop_button.isVisible()
    pack.reject()
