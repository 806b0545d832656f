"""The worksheets page in the real window: fill, lock, unlock, drafts, search, undo, links."""

from __future__ import annotations

import json
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from pytestqt.qtbot import QtBot

from recovery_desktop.domain.drafts import list_drafts
from recovery_desktop.domain.links import Ref, linked_to
from recovery_desktop.domain.profile import Profile, RecoveryPath, Role
from recovery_desktop.domain.worksheets import store
from recovery_desktop.domain.worksheets.definitions import load_definitions
from recovery_desktop.resources_path import resource
from recovery_desktop.ui.main_window import MainWindow
from recovery_desktop.ui.pages import worksheets_page
from recovery_desktop.ui.pages.worksheets_page import WorksheetsPage, offered
from recovery_desktop.ui.shell import Shell
from recovery_desktop.ui.unlock_screen import UnlockScreen
from recovery_desktop.ui.worksheets.fields import TextField
from recovery_desktop.ui.worksheets.list_model import WorksheetListModel
from recovery_desktop.ui.worksheets.rows import ListField, TableField
from recovery_desktop.ui.worksheets.textedits import GrowingEdit
from recovery_desktop.vault import kdf
from recovery_desktop.vault.vault import CreatedVault, Vault
from tests.conftest import PASSPHRASE
from tests.gui.shell_support import FakeClock, files_containing, make_ctx

DEFS = load_definitions().definitions


@pytest.fixture
def vault_folder(tmp_path: Path) -> Iterator[CreatedVault]:
    created = Vault.create(tmp_path / "vault", PASSPHRASE, calibrate=kdf.floor_calibration)
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


def _edit(page: WorksheetsPage, field_id: str) -> GrowingEdit:
    assert page.editor.form is not None
    edit = page.editor.form.widgets[field_id].findChild(GrowingEdit)
    assert edit is not None
    return edit


def test_fill_an_abc_from_the_keyboard_lock_unlock_unchanged(qtbot: QtBot, window: MainWindow,
                                                            vault_folder: CreatedVault,
                                                            private_tmp: Path):
    page = unlock(qtbot, window)
    action = next(a for a in page.list_panel.new_menu.actions() if a.data() == "abc")
    action.trigger()
    assert page.stack.currentWidget() is page.editor
    form = page.editor.form
    assert form is not None
    form.set_order("from_c")  # start from the feeling
    qtbot.keyClicks(page.editor.title_edit, "After the phone call")
    feelings = form.widgets["c_feelings"]
    assert isinstance(feelings, TableField)
    feeling_edit = feelings.rows[0][1]["feeling"]
    qtbot.keyClicks(feeling_edit, "hurt")
    event = _edit(page, "a_event")
    event.setFocus()
    qtbot.keyClicks(event, "zebraword argument with my sister")
    event.insertPlainText(" 💔 שלום")  # outside the BMP and right-to-left: inserted, not typed
    beliefs = form.widgets["b_beliefs"]
    assert isinstance(beliefs, ListField)
    first = beliefs.items.rows[0].edit
    first.setFocus()
    qtbot.keyClicks(first, "She should never talk to me like that")
    qtbot.keyClick(first, Qt.Key.Key_Return)
    qtbot.keyClicks(beliefs.items.rows[1].edit, "I can't stand this")
    tag = beliefs.items.rows[0].tag
    assert tag is not None
    tag.setCurrentIndex(tag.findData("dem"))
    qtbot.keyClick(page.editor.title_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert page.editor.state_label.text() == "Saved"
    saved_values = form.values()
    assert saved_values["a_event"] == "zebraword argument with my sister 💔 שלום"
    worksheet_id = page.editor.editing.worksheet_id if page.editor.editing else None
    assert worksheet_id is not None

    window.lock()
    assert isinstance(window.centralWidget(), UnlockScreen)
    folder = vault_folder.vault.paths.folder
    assert files_containing(folder, [b"zebraword"]) == []
    assert files_containing(private_tmp, [b"zebraword"]) == []

    page = unlock(qtbot, window)
    page.list_panel.search.setText("zebraword")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=3000)
    index = page.model.index(0, 0)
    assert page.model.data(index) == "After the phone call"
    page.list_panel.table.setCurrentIndex(index)
    page.list_panel.table.setFocus()
    qtbot.keyClick(page.list_panel.table, Qt.Key.Key_Return)
    assert page.stack.currentWidget() is page.editor
    assert page.editor.form is not None
    assert page.editor.form.values() == saved_values
    assert page.editor.title_edit.text() == "After the phone call"


def test_autosave_within_seconds_and_on_lock_then_offered_back(qtbot: QtBot, window: MainWindow):
    page = unlock(qtbot, window)
    page.new_worksheet("disarm")
    name = page.editor.form.widgets["urge_name"] if page.editor.form else None
    assert isinstance(name, TextField)
    qtbot.keyClicks(name.edit, "The Salesman")

    def drafts() -> list[dict[str, object]]:
        with page.vault.session() as session:
            return [d.payload for d in list_drafts(session, "worksheet:")]

    qtbot.waitUntil(lambda: bool(drafts()), timeout=4000)  # the timer, not a lock
    assert drafts()[0]["values"]["urge_name"] == "The Salesman"  # type: ignore[index]
    qtbot.keyClicks(name.edit, " again")
    window.lock()  # saves at once
    page = unlock(qtbot, window)
    qtbot.waitUntil(page.list_panel.draft_bar.isVisible, timeout=3000)
    assert "unsaved changes" in page.list_panel.draft_bar.message.text()
    page.list_panel.draft_open.click()
    assert page.editor.form is not None
    assert page.editor.form.values()["urge_name"] == "The Salesman again"
    assert page.editor.save()
    with page.vault.session() as session:
        assert list_drafts(session, "worksheet:") == []


def test_page_switch_keeps_a_draft(qtbot: QtBot, window: MainWindow):
    page = unlock(qtbot, window)
    page.new_worksheet("brainstorm")
    problem = _edit(page, "problem")
    qtbot.keyClicks(problem, "Evenings alone")
    shell = window.centralWidget()
    assert isinstance(shell, Shell)
    shell.select("settings")
    with page.vault.session() as session:
        found = list_drafts(session, "worksheet:brainstorm")
    assert found and found[0].payload["values"]["problem"] == "Evenings alone"


def test_delete_with_undo_duplicate_and_filters(qtbot: QtBot, window: MainWindow):
    page = unlock(qtbot, window)
    with page.vault.session() as session:
        a = store.save_worksheet(session, DEFS["abc"], {"behaviour": "gambling"}, title="First")
        b = store.save_worksheet(session, DEFS["change_plan"], {"changes": "walk"},
                                 title="Second")
    page.refresh()
    panel = page.list_panel
    assert page.model.rowCount() == 2
    panel.kind.setCurrentIndex(panel.kind.findData("change_plan"))
    assert [page.model.id_at(r) for r in range(page.model.rowCount())] == [b]
    panel.kind.setCurrentIndex(0)
    panel.behaviour.setCurrentIndex(panel.behaviour.findData("gambling"))
    assert [page.model.id_at(r) for r in range(page.model.rowCount())] == [a]
    panel.behaviour.setCurrentIndex(0)
    panel.table.setCurrentIndex(page.model.index(page.model.row_of(a), 0))
    panel.table.setFocus()
    qtbot.keyClick(panel.table, Qt.Key.Key_Delete)
    assert page.model.row_of(a) == -1
    qtbot.waitUntil(panel.undo_bar.isVisible, timeout=3000)
    qtbot.keyClick(panel.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert page.model.row_of(a) >= 0 and not panel.undo_bar.isVisible()
    panel.table.setCurrentIndex(page.model.index(page.model.row_of(a), 0))
    panel.duplicate_button.click()
    assert page.stack.currentWidget() is page.editor
    assert page.editor.title_edit.text() == "First (copy)"
    page.editor.close_editor()
    assert page.model.rowCount() == 3
    panel.table.setCurrentIndex(page.model.index(page.model.row_of(b), 0))
    panel.delete_button.click()
    page.save_drafts()  # leaving the page makes the deletion final
    with page.vault.session() as session:
        assert store.load_worksheet(session, b) is None
        assert store.count(session) == 2


def test_request_from_another_page_creates_a_linked_worksheet(qtbot: QtBot, window: MainWindow):
    page = unlock(qtbot, window)
    shell = window.centralWidget()
    assert isinstance(shell, Shell)
    assert shell.navigate("worksheets", {"new": "abc", "link": Ref("urge", 7)})
    assert page.stack.currentWidget() is page.editor
    qtbot.waitUntil(page.editor.note.isVisible, timeout=3000)
    qtbot.keyClicks(_edit(page, "a_event"), "Craving after work")
    assert page.editor.save()
    wid = page.editor.editing.worksheet_id if page.editor.editing else None
    with page.vault.session() as session:
        assert linked_to(session, Ref("urge", 7)) == [Ref("worksheet", int(wid or 0))]
    page.editor.close_editor()
    shell.navigate("worksheets", {"open": wid})
    assert page.editor.form is not None
    assert page.editor.form.values()["a_event"] == "Craving after work"


def test_cost_benefit_versions_compare_side_by_side(qtbot: QtBot, window: MainWindow):
    page = unlock(qtbot, window)
    page.new_worksheet("cost_benefit")
    qtbot.keyClicks(_edit(page, "reflection"), "first look")
    assert page.editor.save()
    qtbot.waitUntil(page.editor.version_button.isVisible, timeout=3000)
    page.editor.version_button.click()
    edit = _edit(page, "reflection")
    edit.selectAll()
    qtbot.keyClicks(edit, "second look")
    assert page.editor.save()
    page.editor.compare_button.click()
    dialog = page.compare_dialog
    qtbot.waitUntil(dialog.isVisible)
    left, right = dialog.form(0), dialog.form(1)
    assert left is not None and right is not None
    assert left.values()["reflection"] == "first look"
    assert right.values()["reflection"] == "second look"
    dialog.close()


def test_a_broken_definition_is_named_and_the_others_work(qtbot: QtBot, window: MainWindow,
                                                          tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch):
    folder = tmp_path / "defs"
    shutil.copytree(Path(str(resource("worksheets"))), folder)
    raw = json.loads((folder / "values.json").read_text(encoding="utf-8"))
    del raw["sections"][0]["fields"][0]["label"]
    (folder / "values.json").write_text(json.dumps(raw), encoding="utf-8")
    monkeypatch.setattr(worksheets_page, "load_definitions", lambda: load_definitions(folder))
    page = unlock(qtbot, window)
    errors = page.list_panel.errors
    qtbot.waitUntil(errors.isVisible, timeout=3000)
    assert "values.json: sections[0].fields[0].label" in errors.text()
    kinds = {a.data() for a in page.list_panel.new_menu.actions()}
    assert "values" not in kinds and "abc" in kinds
    assert page.new_worksheet("abc")


def test_list_model_is_lazy_and_sound(qtbot: QtBot, qtmodeltester, tmp_path: Path):
    created = Vault.create(tmp_path / "v", PASSPHRASE, calibrate=kdf.floor_calibration)
    fetched: list[int] = []
    with created.vault as vault:
        with vault.session() as session:
            for n in range(250):
                store.save_worksheet(session, DEFS["disarm"], {}, title=f"Item {n}")

        def fetch(ids: list[int]) -> dict[int, store.Summary]:
            fetched.append(len(ids))
            with vault.session() as session:
                return store.summaries(session, ids)

        model = WorksheetListModel(fetch, lambda k: k, lambda b: b, lambda s: s)
        with vault.session() as session:
            model.set_ids(store.list_ids(session))
        qtmodeltester.check(model, force_py=True)
        fetched.clear()
        model.set_ids(model._ids)
        assert model.data(model.index(0, 0)) == "Item 249"
        assert fetched == [100]  # one batch for the first screen, not all 250 rows
        assert model.data(model.index(0, 0), Qt.ItemDataRole.UserRole + 1) == 250
    # A locked vault: placeholders instead of errors.
    model.set_ids([1, 2])
    assert model.data(model.index(0, 0)) == "…"
    assert model.data(QModelIndex()) is None


def test_offered_kinds_follow_the_recovery_path():
    def kinds(profile: Profile) -> set[str]:
        return {d.id for d in DEFS.values() if offered(d, profile)}

    assert kinds(Profile(path=RecoveryPath.SMART)) == set(DEFS)
    assert kinds(Profile(path=RecoveryPath.TWELVE_STEP)) == {"boundaries", "boundaries_family"}
    assert kinds(Profile(path=RecoveryPath.TWELVE_STEP, role=Role.SUPPORTING)) == {
        "boundaries", "boundaries_family"}
    assert kinds(Profile(path=RecoveryPath.UNSURE)) == set(DEFS)
