"""The Steps page in the real window: work a step, its journal, Steps 4, 8 and 10, lock and
unlock, drafts, bad dates, navigation, screen-reader text and the page's visibility."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QFormLayout, QLabel, QWidget
from pytestqt.qtbot import QtBot

from recovery_desktop.domain.profile import Profile, RecoveryPath, Role, save_profile
from recovery_desktop.domain.twelve_step import inventory, lists, service
from recovery_desktop.domain.twelve_step.models import StepDraftRow
from recovery_desktop.domain.twelve_step.progress import StepStatus
from recovery_desktop.ui.main_window import MainWindow
from recovery_desktop.ui.shell import Shell
from recovery_desktop.ui.twelve_step.common import IdListModel
from recovery_desktop.ui.twelve_step.inventory_panel import InventoryPanel
from recovery_desktop.ui.twelve_step.page import StepsPage
from recovery_desktop.ui.twelve_step.panels import AmendsPanel
from recovery_desktop.ui.twelve_step.progress_view import StepsModel
from recovery_desktop.ui.twelve_step.review_panel import ReviewPanel
from recovery_desktop.ui.unlock_screen import UnlockScreen
from recovery_desktop.vault import kdf
from recovery_desktop.vault.vault import Vault
from tests.conftest import PASSPHRASE
from tests.gui.shell_support import files_containing, make_ctx

TODAY = date.today()


def make_folder(tmp_path: Path, profile: Profile | None = None,
                fellowships: tuple[str, ...] = ()) -> Path:
    created = Vault.create(tmp_path / "vault", PASSPHRASE, calibrate=kdf.floor_calibration)
    with created.vault.session() as session:
        save_profile(session, profile or Profile(path=RecoveryPath.TWELVE_STEP, completed=True))
        for catalogue_id in fellowships:
            service.add_fellowship(session, catalogue_id=catalogue_id)
    created.vault.close()
    return created.vault.paths.folder


def open_window(qtbot: QtBot, folder: Path, tmp_path: Path) -> MainWindow:
    ctx = make_ctx(folder, tmp_path / "settings.ini")
    ctx.lock.acquire()
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.start()
    win.show()
    qtbot.waitExposed(win)
    return win


def unlock(qtbot: QtBot, win: MainWindow) -> Shell:
    screen = win.centralWidget()
    assert isinstance(screen, UnlockScreen)
    qtbot.waitUntil(screen.field.isEnabled, timeout=10_000)
    qtbot.keyClicks(screen.field, PASSPHRASE)
    qtbot.keyClick(screen.field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: isinstance(win.centralWidget(), Shell), timeout=10_000)
    shell = win.centralWidget()
    assert isinstance(shell, Shell)
    qtbot.waitUntil(shell.isVisible)  # shown on a later event-loop turn
    return shell


def steps_page(qtbot: QtBot, win: MainWindow) -> StepsPage:
    shell = unlock(qtbot, win)
    shell.select("steps")
    page = shell.pages["steps"]
    assert isinstance(page, StepsPage)
    return page


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> Iterator[MainWindow]:
    win = open_window(qtbot, make_folder(tmp_path), tmp_path)
    yield win
    win.close()
    win.ctx.lock.release()


def add_known(qtbot: QtBot, page: StepsPage, catalogue_id: str) -> None:
    page.add_choice.setCurrentIndex(page.add_choice.findData(catalogue_id))
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)


def go_to_step(qtbot: QtBot, page: StepsPage, step: int) -> None:
    """Move through the tiles with the arrow keys, as a keyboard user would."""
    page.progress.setFocus()
    while page.progress.current_step() != step:
        key = Qt.Key.Key_Right if page.progress.current_step() < step else Qt.Key.Key_Left
        qtbot.keyClick(page.progress, key)
    assert page.form.step == step


def tool(page: StepsPage, step: int) -> Any:
    page.tabs.setCurrentIndex(2)
    return page.tools[step]


def test_work_the_steps_through_the_widgets_then_lock_and_unlock(qtbot: QtBot,
                                                                 window: MainWindow,
                                                                 tmp_path: Path):
    page = steps_page(qtbot, window)
    assert page.empty.isVisibleTo(page) and not page.progress.isVisibleTo(page)
    assert page.chooser.count() == 0
    add_known(qtbot, page, "aa")
    assert page.chooser.currentText() == "Alcoholics Anonymous"
    assert page.add_choice.findData("aa") < 0  # not offered twice

    # Step 1: status, dates, sponsor, notes (emoji and right-to-left inserted, not typed).
    go_to_step(qtbot, page, 1)
    form = page.form
    form.status.setCurrentIndex(form.status.findData(StepStatus.DONE.value))
    form.started.check.setFocus()
    qtbot.keyClick(form.started.check, Qt.Key.Key_Space)
    assert form.started.check.isChecked() and form.started.edit.isEnabled()
    form.started.edit.setDate(form.started.edit.date().addDays(-20))
    form.completed.check.setChecked(True)
    form.completed.edit.setDate(form.completed.edit.date().addDays(-2))
    form.sponsor.setChecked(True)
    form.notes.setFocus()
    qtbot.keyClicks(form.notes, "zebranote honest at last")
    form.notes.insertPlainText(" 💙 שלום")
    qtbot.keyClick(form.notes, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert form.state.text() == "Saved"
    tile = page.progress.steps.index(0)
    assert "Done" in tile.data(Qt.ItemDataRole.AccessibleTextRole)
    assert "with my sponsor" in tile.data(Qt.ItemDataRole.AccessibleTextRole)

    # Its journal.
    page.tabs.setCurrentIndex(1)
    qtbot.keyClicks(page.journal.body, "zebrajournal first meeting")
    qtbot.mouseClick(page.journal.save_button, Qt.MouseButton.LeftButton)
    assert page.journal.state.text() == "Saved"
    assert page.journal.model.rowCount() == 1

    # Step 4: one resentment row.
    go_to_step(qtbot, page, 4)
    inv = tool(page, 4)
    assert isinstance(inv, InventoryPanel) and inv.private.isChecked()
    resentments = inv.lists["resentments"]
    qtbot.keyClicks(resentments.edits["resentful_at"], "zebrabrother")
    assert resentments.choices is not None
    resentments.choices.boxes["security"].setChecked(True)
    qtbot.keyClicks(resentments.edits["my_part"], "I hid it")
    qtbot.mouseClick(resentments.save_button, Qt.MouseButton.LeftButton)
    assert resentments.state.text() == "Saved"
    assert resentments.model.rowCount() == 1

    # Step 8: names carried over from Step 4.
    go_to_step(qtbot, page, 8)
    amends = tool(page, 8)
    assert isinstance(amends, AmendsPanel)
    qtbot.mouseClick(amends.from_step4, Qt.MouseButton.LeftButton)
    assert amends.model.rowCount() == 1
    amends.table.selectRow(0)
    assert amends.name.text() == "zebrabrother"
    amends.willing.setChecked(True)
    qtbot.mouseClick(amends.save_button, Qt.MouseButton.LeftButton)
    assert amends.state.text() == "Saved"

    # Step 10: tonight's review.
    go_to_step(qtbot, page, 10)
    review = tool(page, 10)
    assert isinstance(review, ReviewPanel)
    review.checks["afraid"].setChecked(True)
    qtbot.keyClicks(review.texts["went_well"], "zebrawalk by the river")
    qtbot.mouseClick(review.save_button, Qt.MouseButton.LeftButton)
    assert review.state.text() == "Saved"
    assert review.model.rowCount() == 1

    window.lock()
    assert isinstance(window.centralWidget(), UnlockScreen)
    assert files_containing(window.ctx.data_dir, [b"zebra"]) == []
    assert files_containing(tmp_path, [b"zebranote"]) == []

    page = steps_page(qtbot, window)
    assert window.vault is not None
    with window.vault.session() as session:  # locking wiped the fields: no blank drafts
        assert session.query(StepDraftRow).count() == 0
    assert page.chooser.currentText() == "Alcoholics Anonymous"
    go_to_step(qtbot, page, 1)
    form = page.form
    assert form.status.currentData() == StepStatus.DONE.value
    assert form.started.value() == TODAY - timedelta(days=20)
    assert form.completed.value() == TODAY - timedelta(days=2)
    assert form.sponsor.isChecked()
    assert form.notes.toPlainText() == "zebranote honest at last 💙 שלום"
    assert page.journal.model.data(page.journal.model.index(0, 1)) == \
        "zebrajournal first meeting"
    go_to_step(qtbot, page, 4)
    inv = tool(page, 4)
    assert inv.lists["resentments"].model.data(
        inv.lists["resentments"].model.index(0, 1)) == "Security"
    go_to_step(qtbot, page, 8)
    amends = tool(page, 8)
    assert amends.model.data(amends.model.index(0, 1)) == "Yes"
    go_to_step(qtbot, page, 10)
    review = tool(page, 10)
    assert review.checks["afraid"].isChecked()
    assert review.texts["went_well"].toPlainText() == "zebrawalk by the river"
    assert page.summary.text().startswith("1 of 12 steps done")


def test_bad_dates_say_what_to_change_and_keep_everything(qtbot: QtBot, tmp_path: Path):
    win = open_window(qtbot, make_folder(tmp_path, fellowships=("na",)), tmp_path)
    try:
        page = steps_page(qtbot, win)
        go_to_step(qtbot, page, 2)
        form = page.form
        qtbot.keyClicks(form.notes, "my words stay")
        form.started.check.setChecked(True)
        form.started.edit.setDate(form.started.edit.date().addDays(3))
        assert not form.save()
        assert "future" in form.state.text()
        form.started.edit.setDate(form.started.edit.date().addDays(-10))
        form.completed.check.setChecked(True)
        form.completed.edit.setDate(form.started.edit.date().addDays(-1))
        assert not form.save()
        assert "before the date you started" in form.state.text()
        assert form.notes.toPlainText() == "my words stay"
        form.started.check.setChecked(False)
        form.completed.check.setChecked(False)
        huge = "✓ a very long note " * 55_000  # about 1 MB
        form.notes.setPlainText(huge)
        assert not form.save()
        assert "longer than" in form.state.text() and "nothing has been lost" in form.state.text()
        assert form.notes.toPlainText() == huge
        form.save_draft()  # the draft keeps it all, inside the vault
        assert form.state.text() == "Draft kept"
        form.notes.setPlainText("my words stay")
        assert win.vault is not None
        with win.vault.session() as session:
            fid = service.list_fellowships(session)[0].id
            assert service.load_step(session, fid, 2).notes == ""  # nothing half-saved
        page.tabs.setCurrentIndex(1)
        assert not page.journal.save()  # an empty entry
        assert "write something" in page.journal.state.text()
        # A name that is only spaces, for one's own fellowship.
        page.add_choice.setCurrentIndex(page.add_choice.findData("__own__"))
        qtbot.keyClicks(page.own_name, "   ")
        qtbot.keyClick(page.own_name, Qt.Key.Key_Return)
        assert "name" in page.message.text() and page.message.isVisibleTo(page)
        assert page.chooser.count() == 1
        page.own_name.clear()
        qtbot.keyClicks(page.own_name, "Clutterers Anonymous")
        qtbot.keyClick(page.own_name, Qt.Key.Key_Return)
        assert page.chooser.currentText() == "Clutterers Anonymous"
        assert not page.message.isVisibleTo(page)
    finally:
        win.close()
        win.ctx.lock.release()


def test_unsaved_edits_become_drafts_on_lock_and_come_back(qtbot: QtBot, tmp_path: Path):
    win = open_window(qtbot, make_folder(tmp_path, fellowships=("ga",)), tmp_path)
    try:
        page = steps_page(qtbot, win)
        go_to_step(qtbot, page, 3)
        qtbot.keyClicks(page.form.notes, "half a thought")
        qtbot.waitUntil(lambda: page.form.state.text() == "Draft kept", timeout=4000)
        qtbot.keyClicks(page.form.notes, ", finished")
        go_to_step(qtbot, page, 4)
        inv = tool(page, 4)
        qtbot.keyClicks(inv.lists["fears"].edits["fear"], "zebrafear unsaved")
        win.lock()
        page = steps_page(qtbot, win)
        assert win.vault is not None
        with win.vault.session() as session:
            fid = service.list_fellowships(session)[0].id
            draft = inventory.load_draft(session, inventory.INVENTORY_DRAFT,
                                         f"{fid}:fears:new")
        assert draft is not None and draft["fear"] == "zebrafear unsaved"
        go_to_step(qtbot, page, 3)
        assert page.form.notes.toPlainText() == "half a thought, finished"
        assert page.form.state.text() == "Unsaved changes brought back"
        assert page.form.save()
        go_to_step(qtbot, page, 4)
        inv = tool(page, 4)
        assert inv.lists["fears"].edits["fear"].text() == "zebrafear unsaved"
    finally:
        win.close()
        win.ctx.lock.release()


def test_other_pages_open_a_step_and_the_private_toggle(qtbot: QtBot, tmp_path: Path):
    win = open_window(qtbot, make_folder(tmp_path, fellowships=("aa", "al-anon")), tmp_path)
    try:
        shell = unlock(qtbot, win)
        assert win.vault is not None
        with win.vault.session() as session:
            found = service.list_fellowships(session)
        assert shell.navigate("steps", {"fellowship": found[1].id, "step": 8})
        page = shell.pages["steps"]
        assert isinstance(page, StepsPage)
        assert page.chooser.currentText() == "Al-Anon"
        assert page.form.step == 8 and page.progress.current_step() == 8
        page.tabs.setCurrentIndex(1)
        page.progress.setFocus()
        qtbot.keyClick(page.progress, Qt.Key.Key_Left)
        page.progress.activated.emit(page.progress.currentIndex())  # Enter, on any platform
        assert page.tabs.currentIndex() == 0 and page.form.step == 7
        page.handle_request({"step": 8})
        assert "their own recovery" in page.intro.text()  # family wording
        assert "Al-Anon" not in page.form.summary.text()
        page.handle_request({"step": 1})
        assert "another person" in page.form.summary.text()
        page.handle_request({"fellowship": found[0].id, "step": 4})
        inv = tool(page, 4)
        assert isinstance(inv, InventoryPanel)
        inv.private.setChecked(False)
        # Removing asks first; the work comes back with the fellowship.
        win.ctx.dialogs.set_next_answer(False)
        qtbot.mouseClick(page.remove_button, Qt.MouseButton.LeftButton)
        assert page.chooser.count() == 2
        win.ctx.dialogs.set_next_answer(True)
        qtbot.mouseClick(page.remove_button, Qt.MouseButton.LeftButton)
        assert [page.chooser.itemText(i) for i in range(page.chooser.count())] == ["Al-Anon"]
        assert "step work is kept" in win.ctx.dialogs.shown[-1][1]
        add_known(qtbot, page, "aa")
        assert page.chooser.currentText() == "Alcoholics Anonymous"
        with win.vault.session() as session:
            inventory.save_row(session, "fears", found[0].id, {"fear": "x"})
            assert [f.inventory_private for f in service.list_fellowships(session)] == \
                [False, True]
            assert lists.review_count(session) == 0
    finally:
        win.close()
        win.ctx.lock.release()


@pytest.mark.parametrize(("profile", "shown"), [
    (Profile(path=RecoveryPath.SMART, completed=True), False),
    (Profile(path=RecoveryPath.BOTH, completed=True), True),
    (Profile(path=RecoveryPath.UNSURE, role=Role.SUPPORTING, completed=True), True),
])
def test_page_shows_for_twelve_step_paths_and_families(qtbot: QtBot, tmp_path: Path,
                                                       profile: Profile, shown: bool):
    win = open_window(qtbot, make_folder(tmp_path, profile), tmp_path)
    try:
        shell = unlock(qtbot, win)
        assert ("steps" in shell.pages) is shown
        if shown and profile.role is Role.SUPPORTING:
            page = shell.pages["steps"]
            assert isinstance(page, StepsPage)
            assert page.add_choice.currentData() == "al-anon"  # suggested first
            assert "own recovery" in page.intro.text()
    finally:
        win.close()
        win.ctx.lock.release()


def test_models_pass_the_model_tester_and_read_out_each_step(qtbot: QtBot, qtmodeltester: Any):
    steps = StepsModel()
    qtmodeltester.check(steps)
    texts = [steps.data(steps.index(r), Qt.ItemDataRole.AccessibleTextRole) for r in range(12)]
    assert texts[0] == "Step 1, Honesty: Not started"
    assert all(f"Step {n}," in t for n, t in zip(range(1, 13), texts, strict=True))

    def fetch(ids: list[int]) -> dict[int, str]:
        if -1 in ids:
            raise RuntimeError("locked")
        return {i: f"row {i}\nsecond line" for i in ids}

    model: IdListModel[str] = IdListModel(fetch, [("Text", lambda s: s)])
    model.set_ids(range(250))
    qtmodeltester.check(model)
    assert model.data(model.index(0, 0)) == "row 0"
    assert model.data(model.index(120, 0), Qt.ItemDataRole.ToolTipRole) == \
        "row 120\nsecond line"
    model.set_ids([-1])
    assert model.data(model.index(0, 0)) == "…"  # never raises


def _label_of(widget: QWidget) -> str | None:
    if isinstance(widget, QAbstractButton):
        return widget.text()
    parent = widget.parentWidget()
    forms = parent.findChildren(QFormLayout) if parent is not None else []
    for form in forms:
        for row in range(form.rowCount()):
            field = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            label = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            if field is not None and label is not None and field.widget() is widget:
                shown = label.widget()
                return shown.text() if isinstance(shown, QLabel) and shown.text() else None
    return None


def test_every_control_is_named_as_it_is_labelled(qtbot: QtBot, tmp_path: Path):
    win = open_window(qtbot, make_folder(tmp_path, fellowships=("aa",)), tmp_path)
    try:
        page = steps_page(qtbot, win)
        for step in (4, 8, 10):
            page.handle_request({"step": step})
        checked = 0
        for widget in page.findChildren(QWidget):
            label = _label_of(widget)
            if label:
                assert widget.accessibleName() == label, (type(widget).__name__, label)
                checked += 1
        assert checked > 40
    finally:
        win.close()
        win.ctx.lock.release()
