"""Printing from the review page, the Steps page and the urge log, through real widgets."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from recovery_desktop.ui.main_window import MainWindow
from recovery_desktop.ui.review.review_page import ReviewPage
from recovery_desktop.ui.shell import Shell
from recovery_desktop.ui.twelve_step.page import StepsPage
from recovery_desktop.ui.twelve_step.print_step_work import StepWorkDialog
from recovery_desktop.ui.unlock_screen import UnlockScreen
from recovery_desktop.ui.urges.pages import UrgesPage
from recovery_desktop.ui.urges.print_summary import TriggerSummaryDialog
from recovery_desktop.ui.worksheets.print_actions import PrintActions
from recovery_desktop.ui.worksheets.print_options import PrintOptionsDialog
from tests.conftest import PASSPHRASE
from tests.gui.print_support import has, read_pdf
from tests.gui.test_print_gui import private_tmp, vault_folder, window  # noqa: F401  (fixtures)

STEP4_TEXT = "Told the family"  # the demo's first resentment (its cause column)


def open_page(qtbot: QtBot, win: MainWindow, key: str) -> Any:
    screen = win.centralWidget()
    assert isinstance(screen, UnlockScreen)
    qtbot.waitUntil(screen.field.isEnabled, timeout=10_000)
    screen.field.setFocus()
    qtbot.keyClicks(screen.field, PASSPHRASE)
    qtbot.keyClick(screen.field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: isinstance(win.centralWidget(), Shell), timeout=10_000)
    shell = win.centralWidget()
    assert isinstance(shell, Shell)
    shell.select(key)
    return shell.pages[key]


def options_dialog(qtbot: QtBot, actions: PrintActions) -> PrintOptionsDialog:
    qtbot.waitUntil(lambda: actions.options_dialog is not None)
    dialog = actions.options_dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def save_pdf(qtbot: QtBot, win: MainWindow, dialog: PrintOptionsDialog, target: Path) -> None:
    win.ctx.dialogs.set_next_answer(True)  # "not encrypted": I understand
    win.ctx.dialogs.set_next_answer(str(target))
    dialog.accept()
    qtbot.waitUntil(target.exists, timeout=15_000)
    assert win.ctx.dialogs.shown[-2][0] == "A copy that is not encrypted"


def test_review_page_saves_the_checkin_with_the_words_on_screen(
        qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:  # noqa: F811
    page = open_page(qtbot, window, "review")
    assert isinstance(page, ReviewPage)
    printing = page.printing
    assert printing.print_button.accessibleName() == "Print check-in…"
    page.form.win.setFocus()
    qtbot.keyClicks(page.form.win, "Typed win not saved yet")
    printing.pdf_button.click()
    dialog = options_dialog(qtbot, printing.actions)
    assert not dialog.include_private.isVisible()  # no private fields on a check-in
    assert not dialog.include_inventory.isVisible()
    target = tmp_path / "checkin.pdf"
    save_pdf(qtbot, window, dialog, target)
    qtbot.waitUntil(lambda: "Saved a PDF" in page.status.text(), timeout=10_000)
    pages, text, _ = read_pdf(target, tmp_path)
    assert pages >= 1 and has(text, "Weekly check-in") and has(text, "The week in numbers")
    assert has(text, "Typed win not saved yet")
    assert not has(text, "No review was saved")


def test_review_page_print_previews_first(qtbot: QtBot, window: MainWindow) -> None:  # noqa: F811
    page = open_page(qtbot, window, "review")
    page.printing.print_button.click()
    options_dialog(qtbot, page.printing.actions).accept()
    actions = page.printing.actions
    qtbot.waitUntil(lambda: actions.preview is not None and actions.preview.isVisible(),
                    timeout=10_000)
    assert actions.preview is not None
    actions.preview.reject()


def _step_dialog(qtbot: QtBot, page: StepsPage) -> StepWorkDialog:
    assert page.print_button.isVisible()
    page.print_button.click()
    qtbot.waitUntil(lambda: page.print_dialog is not None and page.print_dialog.isVisible())
    dialog = page.print_dialog
    assert isinstance(dialog, StepWorkDialog)
    return dialog


def test_step_work_includes_the_inventory_only_when_ticked(
        qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:  # noqa: F811
    page = open_page(qtbot, window, "steps")
    assert isinstance(page, StepsPage)
    dialog = _step_dialog(qtbot, page)
    dialog.all_steps.setChecked(False)
    for check in dialog.steps.values():
        check.setChecked(False)
    assert "at least one step" in dialog.message.text() and not dialog.pdf_button.isEnabled()
    dialog.all_steps.setChecked(True)
    assert dialog.pdf_button.isEnabled()
    dialog.pdf_button.click()
    options = options_dialog(qtbot, dialog.printing)
    assert options.include_inventory.isVisible() and not options.include_inventory.isChecked()
    first = tmp_path / "steps.pdf"
    save_pdf(qtbot, window, options, first)
    _, text, _ = read_pdf(first, tmp_path)
    assert has(text, "Step work") and has(text, "Step 8: people I have harmed")
    assert not has(text, STEP4_TEXT) and not has(text, "Step 4: resentments")
    # Ticked this time: the inventory prints. The tick is not remembered.
    qtbot.waitUntil(lambda: "Saved to" in dialog.message.text(), timeout=10_000)
    dialog.pdf_button.click()
    options = options_dialog(qtbot, dialog.printing)
    assert not options.include_inventory.isChecked()
    options.include_inventory.setChecked(True)
    second = tmp_path / "steps-with-inventory.pdf"
    save_pdf(qtbot, window, options, second)
    _, text, _ = read_pdf(second, tmp_path)
    assert has(text, "Step 4: resentments") and has(text, STEP4_TEXT)
    qtbot.waitUntil(lambda: "Saved to" in dialog.message.text(), timeout=10_000)
    dialog.pdf_button.click()
    options = options_dialog(qtbot, dialog.printing)
    assert not options.include_inventory.isChecked()
    options.reject()
    dialog.reject()


def test_urge_log_prints_a_summary_without_notes_unless_chosen(
        qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:  # noqa: F811
    page = open_page(qtbot, window, "urges")
    assert isinstance(page, UrgesPage)
    page.tabs.setCurrentWidget(page.insights)
    page.insights.print_button.click()
    dialog = page.insights.print_dialog
    assert isinstance(dialog, TriggerSummaryDialog) and dialog.isVisible()
    assert not dialog.notes.isChecked()
    dialog.pdf_button.click()
    options = options_dialog(qtbot, dialog.printing)
    target = tmp_path / "summary.pdf"
    save_pdf(qtbot, window, options, target)
    _, text, _ = read_pdf(target, tmp_path)
    assert has(text, "Trigger log summary") and has(text, "Top triggers")
    assert not has(text, "Notes Date Note")
    qtbot.waitUntil(lambda: "Saved to" in dialog.message.text(), timeout=10_000)
    dialog.start.setDate(dialog.end.date().addDays(-200))
    dialog.notes.setChecked(True)
    dialog.pdf_button.click()
    target = tmp_path / "summary-notes.pdf"
    save_pdf(qtbot, window, options_dialog(qtbot, dialog.printing), target)
    _, text, _ = read_pdf(target, tmp_path)
    assert has(text, "Notes Date Note")  # the notes table, this time
    dialog.reject()


def test_facilitator_pack_with_only_weekly_checkins(
        qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:  # noqa: F811
    page = open_page(qtbot, window, "worksheets")
    page.list_panel.pack_requested.emit()
    qtbot.waitUntil(lambda: getattr(page.printing, "facilitator", None) is not None)
    pack = page.printing.facilitator
    for check in pack.kinds.values():
        check.setChecked(False)
    assert "at least one" in pack.message.text()
    assert pack.checkins.accessibleName().startswith("Weekly check-ins")
    pack.checkins.setChecked(True)
    assert pack.pdf_button.isEnabled()
    target = tmp_path / "checkins.pdf"
    pack.pdf_button.click()
    window.ctx.dialogs.set_next_answer(True)
    window.ctx.dialogs.set_next_answer(str(target))
    options_dialog(qtbot, page.printing).accept()
    qtbot.waitUntil(lambda: "Saved to" in pack.message.text(), timeout=20_000)
    pages, text, _ = read_pdf(target, tmp_path)
    assert pages >= 3 and has(text, "Worksheets for my group")
    assert text.count("Weekly check-in") >= 4  # the contents lines and the sheets
    assert not has(text, "Trigger log summary")  # only what was ticked
    pack.reject()
