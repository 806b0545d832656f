"""The urge log through the real window and widgets, on a real SQLCipher vault."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QFormLayout,
    QLabel,
    QWidget,
)
from pytestqt.qtbot import QtBot

from recovery_desktop.domain import demo
from recovery_desktop.domain.base import utcnow
from recovery_desktop.domain.behaviours import service as behaviours
from recovery_desktop.domain.behaviours.models import Category, GoalTier, PlanPeriod
from recovery_desktop.domain.links import Ref
from recovery_desktop.domain.profile import Profile, Role, save_profile
from recovery_desktop.domain.urges import service
from recovery_desktop.domain.urges.models import Outcome
from recovery_desktop.ui.main_window import MainWindow
from recovery_desktop.ui.pages import registry
from recovery_desktop.ui.shell import Shell
from recovery_desktop.ui.unlock_screen import UnlockScreen
from recovery_desktop.ui.urges.behaviours_page import BehavioursPage
from recovery_desktop.ui.urges.common import system_zone
from recovery_desktop.ui.urges.log_model import PLACEHOLDER, UrgeLogModel
from recovery_desktop.ui.urges.pages import UrgesPage
from recovery_desktop.ui.urges.period import CUSTOM
from recovery_desktop.ui.urges.quick_log import QuickLogDialog
from recovery_desktop.vault import kdf
from recovery_desktop.vault.vault import Vault
from tests.conftest import PASSPHRASE
from tests.gui.shell_support import files_containing, make_ctx, visible_texts

ZONE = "Europe/London"


def make_folder(tmp_path: Path, *, role: Role = Role.SELF, demo_years: int = 0) -> Path:
    created = Vault.create(tmp_path / "vault", PASSPHRASE, calibrate=kdf.floor_calibration)
    with created.vault.session() as session:
        save_profile(session, Profile(role=role, completed=True))
        if demo_years:
            demo.fill(session, years=demo_years, seed=2)
        else:
            shop = behaviours.add_behaviour(session, "Online shopping", Category.SHOPPING)
            drink = behaviours.add_behaviour(session, "Drinking", Category.ALCOHOL)
            behaviours.set_goal(session, [shop], GoalTier.MINIMISING, tz=ZONE, plan_limit=2,
                                plan_period=PlanPeriod.WEEK)
            behaviours.set_goal(session, [drink], GoalTier.ABSTINENT, tz=ZONE,
                                clean_since=date.today() - timedelta(days=40))
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
    qtbot.waitUntil(shell.isVisible)  # a new central widget is shown on the next loop turn
    if "urges" in shell.page_ids:  # "Clean time" comes first in the sidebar now
        shell.select("urges")
    return shell


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> Iterator[MainWindow]:
    win = open_window(qtbot, make_folder(tmp_path), tmp_path)
    yield win
    win.close()
    win.ctx.lock.release()


def urges_page(win: MainWindow) -> UrgesPage:
    assert win.shell is not None
    page = win.shell.pages["urges"]
    assert isinstance(page, UrgesPage)
    return page


def open_quick_log(qtbot: QtBot, win: MainWindow) -> QuickLogDialog:
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)
    qtbot.keyClick(win, Qt.Key.Key_U, Qt.KeyboardModifier.ControlModifier)
    page = urges_page(win)
    qtbot.waitUntil(lambda: page.dialog is not None and page.dialog.isVisible())
    assert page.dialog is not None
    qtbot.waitUntil(page.dialog.isActiveWindow)
    return page.dialog


def entries(win: MainWindow) -> list[Any]:
    assert win.vault is not None
    with win.vault.session() as session:
        return [service.load_entry(session, i) for i in service.entry_ids(session)]


def test_quick_log_in_three_choices_and_enter_survives_lock(qtbot: QtBot, window: MainWindow):
    unlock(qtbot, window)
    assert window.quick_log_action.isEnabled()
    dialog = open_quick_log(qtbot, window)
    qtbot.waitUntil(dialog.behaviour.hasFocus)
    qtbot.keyClick(dialog.behaviour, Qt.Key.Key_Down)  # 1: Drinking (Online shopping first)
    qtbot.keyClick(dialog.behaviour, Qt.Key.Key_Tab)
    assert dialog.intensity.hasFocus()
    qtbot.keyClicks(dialog.intensity, "9")  # 2: Tab selected the old value, typing replaces it
    qtbot.keyClick(dialog.intensity, Qt.Key.Key_Tab)
    assert dialog.outcome.hasFocus()
    qtbot.keyClick(dialog.outcome, Qt.Key.Key_Down)  # 3: "I lapsed"
    qtbot.keyClick(dialog.outcome, Qt.Key.Key_Return)  # Enter saves: no extra dialog
    qtbot.waitUntil(lambda: dialog.stack.currentIndex() == 1)
    assert "information, not failure" in dialog.done_text.text()
    assert dialog.undo_button.isVisible() and dialog.abc_button.isVisible()
    assert window.ctx.dialogs.shown == []
    [saved] = entries(window)
    assert (saved.intensity, saved.outcome, saved.tz) == (9, Outcome.LAPSED, system_zone())
    assert abs(saved.occurred_at - utcnow()) < timedelta(minutes=1)  # "now" by default
    qtbot.keyClick(dialog.close_button, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    qtbot.waitUntil(lambda: urges_page(window).log.model.rowCount() == 1)

    window.lock()
    QApplication.sendPostedEvents()
    assert not any("Drinking" in t for t in visible_texts(window))
    unlock(qtbot, window)
    [again] = entries(window)
    assert (again.intensity, again.outcome) == (9, Outcome.LAPSED)
    model = urges_page(window).log.model
    assert model.rowCount() == 1
    assert model.data(model.index(0, 1)) == "Drinking"
    assert model.data(model.index(0, 3)) == "Lapse"
    # The lapse restarted the abstinent goal's count; the earlier days stay in the history.
    assert window.vault is not None
    with window.vault.session() as session:
        drink = next(b for b in behaviours.list_behaviours(session) if b.name == "Drinking")
        goal = behaviours.goal_for(session, drink.id)
        assert goal is not None
        clean = service.goal_clean_time(session, goal, now_utc=utcnow(), tz=saved.tz)
    assert clean is not None and clean.days == 0 and clean.total_clean_days >= 40


def test_undo_and_the_abc_offer_without_and_with_worksheets(qtbot: QtBot, window: MainWindow):
    requests: list[dict[str, Any]] = []

    class Worksheets(registry.Page):
        def handle_request(self, request: dict[str, Any]) -> None:
            requests.append(request)

    registry.page_specs(Profile())  # import every page module, then hide the real worksheets
    real_worksheets = registry._SPECS.pop("worksheets", None)
    try:
        _abc_offer_without_and_with(qtbot, window, requests, Worksheets)
    finally:
        registry._SPECS.pop("worksheets", None)
        if real_worksheets is not None:
            registry._SPECS["worksheets"] = real_worksheets


def _abc_offer_without_and_with(qtbot: QtBot, window: MainWindow,
                                requests: list[dict[str, Any]],
                                worksheets: type[registry.Page]) -> None:
    unlock(qtbot, window)
    dialog = open_quick_log(qtbot, window)
    dialog.intensity.setValue(8)  # strong urge, resisted: an ABC is offered too
    qtbot.keyClick(dialog.outcome, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.stack.currentIndex() == 1)
    assert dialog.abc_button.isVisible()
    qtbot.mouseClick(dialog.abc_button, Qt.MouseButton.LeftButton)
    assert not dialog.abc_button.isEnabled()  # no worksheets page: unavailable, no error
    assert window.ctx.dialogs.shown == []
    qtbot.mouseClick(dialog.undo_button, Qt.MouseButton.LeftButton)
    assert entries(window) == []
    assert "removed" in dialog.done_text.text()
    dialog.close()

    spec = registry.register_page(registry.PageSpec("worksheets", lambda: "Worksheets",
                                                    lambda _ctx: worksheets(), order=30))
    try:
        window.lock()
        unlock(qtbot, window)
        dialog = open_quick_log(qtbot, window)
        dialog.outcome.setCurrentIndex(dialog.outcome.findData(Outcome.OVER_PLAN.value))
        qtbot.keyClick(dialog.outcome, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: dialog.stack.currentIndex() == 1)
        saved_id = dialog.saved_id
        assert saved_id is not None
        qtbot.mouseClick(dialog.abc_button, Qt.MouseButton.LeftButton)
        assert requests == [{"new": "abc", "link": Ref("urge", saved_id)}]
        assert window.shell is not None and window.shell.current_page_id == "worksheets"
    finally:
        registry._SPECS.pop(spec.page_id, None)


def test_bad_input_keeps_everything_and_says_what_to_change(qtbot: QtBot, window: MainWindow):
    unlock(qtbot, window)
    dialog = open_quick_log(qtbot, window)
    qtbot.mouseClick(dialog.more, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dialog.detail.trigger, "payday ")
    dialog.detail.trigger.insert("🌱 עוד יום")  # outside the BMP and right-to-left: pasted
    long_note = "slow down " * 100_000  # about 1 MB
    dialog.detail.note.setPlainText(long_note)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "nothing has been lost" in dialog.message.text()
    assert dialog.stack.currentIndex() == 0
    assert dialog.detail.note.toPlainText() == long_note
    assert entries(window) == []
    dialog.detail.note.setPlainText("walk\x00 first")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.stack.currentIndex() == 1)
    [saved] = entries(window)
    assert saved.trigger == "payday 🌱 עוד יום" and saved.note == "walk first"


def test_an_open_quick_log_becomes_a_draft_on_lock(qtbot: QtBot, window: MainWindow,
                                                   tmp_path: Path):
    unlock(qtbot, window)
    dialog = open_quick_log(qtbot, window)
    qtbot.mouseClick(dialog.more, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dialog.detail.trigger, "canary-9d1e argument")
    window.lock()
    QApplication.sendPostedEvents()
    assert files_containing(window.ctx.data_dir, [b"canary-9d1e"]) == []
    unlock(qtbot, window)
    dialog = open_quick_log(qtbot, window)
    assert dialog.detail.trigger.text() == "canary-9d1e argument"
    assert dialog.detail_scroll.isVisible()


def test_log_table_filters_edit_and_delete_with_undo(qtbot: QtBot, window: MainWindow):
    unlock(qtbot, window)
    assert window.vault is not None
    with window.vault.session() as session:
        shop, drink = (b.id for b in behaviours.list_behaviours(session))
        for n in range(5):
            service.save_entry(session, service.UrgeInput(
                behaviour_id=drink if n % 2 else shop, intensity=n * 2,
                outcome=Outcome.RESISTED, occurred_at=utcnow() - timedelta(hours=n + 1),
                tz=ZONE, trigger=f"trigger {n}"))
    page = urges_page(window)
    page.refresh()
    log = page.log
    assert log.model.rowCount() == 5
    log.words.setText("trigger 3")
    assert log.model.rowCount() == 1
    log.words.clear()
    log.behaviour.setCurrentIndex(log.behaviour.findData(drink))
    assert log.model.rowCount() == 2
    log.behaviour.setCurrentIndex(0)
    log.min_intensity.setValue(6)
    assert log.model.rowCount() == 2
    log.min_intensity.setValue(0)
    week_ago = QDate.currentDate().addDays(-7)
    log.period.combo.setCurrentIndex(log.period.combo.findData(CUSTOM))
    assert log.period.start.isVisible() and log.period.end.isVisible()
    log.period.start.setDate(week_ago.addDays(-3))
    log.period.end.setDate(week_ago)
    assert log.model.rowCount() == 0
    log.period.end.setDate(QDate.currentDate().addDays(1))
    assert log.model.rowCount() == 5
    log.period.combo.setCurrentIndex(0)

    log.table.selectRow(0)  # newest first: "trigger 0"
    log.table.setFocus()
    qtbot.keyClick(log.table, Qt.Key.Key_Delete)
    assert log.model.rowCount() == 4
    qtbot.mouseClick(log.undo_button, Qt.MouseButton.LeftButton)
    assert log.model.rowCount() == 5
    assert log.model.data(log.model.index(0, 5)) == "trigger 0"

    log.table.selectRow(0)
    log.edit_selected()
    dialog = page.dialog
    assert dialog is not None and dialog.entry_id is not None
    assert dialog.detail.trigger.text() == "trigger 0"
    dialog.detail.trigger.setText("changed")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: log.model.data(log.model.index(0, 5)) == "changed")
    qtbot.mouseClick(log.undo_button, Qt.MouseButton.LeftButton)
    assert log.model.data(log.model.index(0, 5)) == "trigger 0"


def test_log_model_passes_the_model_tester_and_never_raises(qtbot: QtBot, qtmodeltester: Any,
                                                            created_vault: Any):
    vault = created_vault.vault
    with vault.session() as session:
        drink = behaviours.add_behaviour(session, "Drinking", Category.ALCOHOL)
        for n in range(250):  # more than two fetch pages
            service.save_entry(session, service.UrgeInput(
                behaviour_id=drink, intensity=n % 11, outcome=Outcome.RESISTED,
                occurred_at=utcnow() - timedelta(minutes=n + 1), tz=ZONE,
                note=f"line one\nline two {n}"))
    model = UrgeLogModel(vault, lambda: ZONE, chunk=100)
    model.reload()
    assert model.rowCount() == 100 and model.canFetchMore()
    qtmodeltester.check(model)
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == 250
    assert model.data(model.index(249, 6)) == "line one line two 249"
    assert model.data(model.index(0, 2), Qt.ItemDataRole.TextAlignmentRole) is not None
    newest = model.entry_id(0)
    assert newest is not None
    with vault.session() as session:
        service.delete_entry(session, newest)  # behind the model's back
    model.cache.clear()
    assert model.data(model.index(0, 1)) == PLACEHOLDER
    vault.close()  # locked: still no exception, only placeholders
    model.cache.clear()
    assert model.data(model.index(5, 1)) == PLACEHOLDER


def test_insights_show_the_numbers_and_a_careful_transfer_note(qtbot: QtBot, tmp_path: Path):
    win = open_window(qtbot, make_folder(tmp_path, demo_years=1), tmp_path)
    try:
        unlock(qtbot, win)
        page = urges_page(win)
        page.tabs.setCurrentWidget(page.insights)
        insights = page.insights
        qtbot.waitUntil(lambda: not insights.busy and insights.summary.text() != "",
                        timeout=10_000)
        note = insights.transfer_note.text()
        assert insights.transfer_note.isVisible()
        assert "Online shopping" in note and "Drinking" in note
        assert "says nothing bad about you" in note
        assert any(ch.isdigit() for ch in note)
        cells = [int(insights.grid_model.item(d, h).text()) for d in range(7) for h in range(24)]
        logged = int(insights.summary.text().split()[0])
        assert sum(cells) == logged == sum(map(sum, insights.heatmap.counts))
        assert insights.per_model.rowCount() == 3
        image = insights.heatmap.grab()
        assert not image.isNull()
    finally:
        win.close()
        win.ctx.lock.release()


def test_behaviours_page_goals_medical_note_and_archiving(qtbot: QtBot, window: MainWindow):
    shell = unlock(qtbot, window)
    shell.select("behaviours")
    page = shell.pages["behaviours"]
    assert isinstance(page, BehavioursPage)
    page.new_name.setFocus()
    qtbot.keyClicks(page.new_name, "Sleeping pills")
    page.new_category.setCurrentIndex(page.new_category.findData(Category.PRESCRIBED.value))
    qtbot.keyClick(page.new_name, Qt.Key.Key_Return)
    assert page.list.currentItem().text() == "Sleeping pills"
    page.tier.setCurrentIndex(page.tier.findData(GoalTier.CONTROL.value))
    assert page.medical.isHidden()
    page.tier.setCurrentIndex(page.tier.findData(GoalTier.ABSTINENT.value))
    assert not page.medical.isHidden()
    assert "talk to a doctor" in page.medical.text()
    drinking = next(page.covers.item(n) for n in range(page.covers.count())
                    if page.covers.item(n).text() == "Drinking")
    drinking.setCheckState(Qt.CheckState.Checked)  # one shared count for both
    qtbot.mouseClick(page.save_goal_button, Qt.MouseButton.LeftButton)
    assert "history" in page.goal_status.text()
    assert "days since" in page.clean.summary.text()
    assert window.vault is not None
    with window.vault.session() as session:
        pills = next(b for b in behaviours.list_behaviours(session) if b.name == "Sleeping pills")
        goal = behaviours.goal_for(session, pills.id)
        assert goal is not None and len(goal.behaviour_ids) == 2

    qtbot.mouseClick(page.remove_button, Qt.MouseButton.LeftButton)  # a goal refers to it
    assert "archived" in page.status.text()
    assert "Sleeping pills" not in [page.list.item(n).text() for n in range(page.list.count())]
    page.show_archived.setChecked(True)
    assert "Sleeping pills (archived)" in [page.list.item(n).text()
                                           for n in range(page.list.count())]


def test_supporting_role_sees_no_urge_log(qtbot: QtBot, tmp_path: Path):
    win = open_window(qtbot, make_folder(tmp_path, role=Role.SUPPORTING), tmp_path)
    try:
        shell = unlock(qtbot, win)
        assert "urges" not in shell.pages and "behaviours" not in shell.pages
        assert not win.quick_log_action.isEnabled()
        win.quick_log()  # harmless
    finally:
        win.close()
        win.ctx.lock.release()


def _label_of(widget: QWidget) -> str | None:
    """The visible label a form row or a button shows for ``widget``."""
    if isinstance(widget, QAbstractButton):
        return widget.text()
    parent = widget.parentWidget()
    layout = parent.layout() if parent is not None else None
    forms = [layout] if isinstance(layout, QFormLayout) else []
    forms += parent.findChildren(QFormLayout) if parent is not None else []
    for form in forms:
        for row in range(form.rowCount()):
            field = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            label = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            if field is not None and label is not None and field.widget() is widget:
                shown = label.widget()
                return shown.text() if isinstance(shown, QLabel) else None
    return None


def test_every_control_is_named_as_it_is_labelled(qtbot: QtBot, window: MainWindow):
    shell = unlock(qtbot, window)
    dialog = open_quick_log(qtbot, window)
    dialog.more.setChecked(True)
    checked = 0
    for root in (dialog, shell.pages["urges"], shell.pages["behaviours"]):
        for widget in root.findChildren(QWidget):
            label = _label_of(widget)
            if label:
                assert widget.accessibleName() == label, (type(widget).__name__, label)
                checked += 1
    assert checked > 40
