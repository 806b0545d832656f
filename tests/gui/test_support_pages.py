"""Clean time, meetings and people through the real window and widgets, on a real vault."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from recovery_desktop.domain.base import utcnow
from recovery_desktop.domain.behaviours import clean_summary as summaries
from recovery_desktop.domain.behaviours import service as behaviours
from recovery_desktop.domain.behaviours.models import Category, GoalTier
from recovery_desktop.domain.meetings import service as meetings
from recovery_desktop.domain.profile import Profile, Role, save_profile
from recovery_desktop.domain.support import service as support
from recovery_desktop.domain.support.models import Relation
from recovery_desktop.domain.support.service import PersonInput
from recovery_desktop.ui.crisis_card import CrisisCard
from recovery_desktop.ui.main_window import MainWindow
from recovery_desktop.ui.shell import Shell
from recovery_desktop.ui.support.clean_time_page import CleanTimePage
from recovery_desktop.ui.support.id_model import IdTableModel
from recovery_desktop.ui.support.meeting_dialog import MeetingDialog
from recovery_desktop.ui.support.meetings_page import MeetingsPage
from recovery_desktop.ui.support.people_dialogs import ContactDialog, PersonDialog
from recovery_desktop.ui.support.people_page import PeoplePage
from recovery_desktop.ui.urges.common import system_zone
from recovery_desktop.vault import kdf
from recovery_desktop.vault.vault import Vault
from tests.conftest import PASSPHRASE
from tests.gui.shell_support import visible_texts
from tests.gui.test_urge_log import _label_of, open_window, unlock


def make_folder(tmp_path: Path, *, role: Role = Role.SELF, clean_days: int = 31,
                people: bool = False) -> Path:
    created = Vault.create(tmp_path / "vault", PASSPHRASE, calibrate=kdf.floor_calibration)
    zone = system_zone()
    with created.vault.session() as session:
        save_profile(session, Profile(role=role, country="GB", completed=True))
        drink = behaviours.add_behaviour(session, "Drinking", Category.ALCOHOL)
        bet = behaviours.add_behaviour(session, "Betting", Category.GAMBLING)
        today = date.today()
        behaviours.set_goal(session, [drink], GoalTier.ABSTINENT, tz=zone,
                            clean_since=today - timedelta(days=clean_days))
        behaviours.set_goal(session, [bet], GoalTier.ABSTINENT, tz=zone, label="No bets",
                            clean_since=today - timedelta(days=400))
        for summary in summaries.clean_time_summaries(session, utcnow(), zone):
            if summary.title == "No bets":  # its milestones were celebrated long ago
                summaries.mark_celebrated(session, summary)
        if people:
            support.save_person(session, PersonInput("Maggie", (Relation.SPONSOR,),
                                                     phone="07700 900123",
                                                     on_crisis_card=True))
            support.save_person(session, PersonInput("Dev", (Relation.FRIEND,),
                                                     phone="07700 900456"))
    created.vault.close()
    return created.vault.paths.folder


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> Iterator[MainWindow]:
    win = open_window(qtbot, make_folder(tmp_path, people=True), tmp_path)
    yield win
    win.close()
    win.ctx.lock.release()


def page(win: MainWindow, page_id: str) -> Any:
    assert win.shell is not None
    win.shell.select(page_id)
    built = win.shell.page(page_id)
    assert built is not None
    return built


def relock(qtbot: QtBot, win: MainWindow) -> Shell:
    win.lock()
    QApplication.sendPostedEvents()
    return unlock(qtbot, win)


# -- meetings ------------------------------------------------------------------------------


def test_a_meeting_logged_through_the_widgets_survives_lock(qtbot: QtBot, window: MainWindow):
    unlock(qtbot, window)
    meetings_page = page(window, "meetings")
    assert isinstance(meetings_page, MeetingsPage)
    qtbot.mouseClick(meetings_page.new_button, Qt.MouseButton.LeftButton)
    dialog = meetings_page.dialog
    assert isinstance(dialog, MeetingDialog)
    qtbot.waitUntil(dialog.isVisible)
    typed = dialog.fellowship.lineEdit()
    assert typed is not None
    typed.clear()
    qtbot.keyClicks(typed, "Riverside circle")  # a group of the person's own
    qtbot.keyClicks(dialog.name, "Sunday share ")
    dialog.name.insert("🌿 שלום")  # QTest cannot type emoji or Hebrew
    dialog.formats["speaker"].click()
    dialog.shared.click()
    qtbot.keyClicks(dialog.notes, "Felt calmer leaving.")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert meetings_page.model.rowCount() == 1
    assert meetings_page.model.data(meetings_page.model.index(0, 2)) == "Sunday share 🌿 שלום"

    window.lock()
    QApplication.sendPostedEvents()
    assert not any("Riverside" in t for t in visible_texts(window))
    unlock(qtbot, window)
    meetings_page = page(window, "meetings")
    model = meetings_page.model
    assert model.rowCount() == 1
    assert model.data(model.index(0, 1)) == "Riverside circle"
    assert model.data(model.index(0, 4)) == "yes"
    assert window.vault is not None
    with window.vault.session() as session:
        [saved] = meetings.meetings_by_id(session, list(meetings.meeting_ids(session))).values()
    assert saved.notes == "Felt calmer leaving." and saved.formats == ("speaker",)

    meetings_page.table.selectRow(0)
    window.ctx.dialogs.set_next_answer(False)  # "Keep it"
    qtbot.mouseClick(meetings_page.delete_button, Qt.MouseButton.LeftButton)
    assert model.rowCount() == 1
    window.ctx.dialogs.set_next_answer(True)
    qtbot.mouseClick(meetings_page.delete_button, Qt.MouseButton.LeftButton)
    assert model.rowCount() == 0 and meetings_page.empty.isVisible()
    assert window.ctx.dialogs.shown[-1][0] == "Delete this meeting?"


def test_a_future_meeting_is_refused_calmly_and_nothing_is_lost(qtbot: QtBot,
                                                                window: MainWindow):
    unlock(qtbot, window)
    meetings_page = page(window, "meetings")
    window.shell.navigate("meetings", {"new": True})  # type: ignore[union-attr]
    dialog = meetings_page.dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    dialog.when.setDateTime(dialog.when.dateTime().addDays(2))
    pasted = "A long paste of notes, one line after another.\n" * 22_000  # just over 1 MB
    dialog.notes.setPlainText(pasted)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    message = dialog.message.text()
    assert "still ahead" in message and "which fellowship" in message
    assert "nothing has been lost" in message
    assert dialog.notes.toPlainText() == pasted
    assert meetings_page.model.rowCount() == 0
    dialog.notes.setPlainText("Planned")
    window.lock()  # an unsaved meeting becomes a draft, offered back after unlock
    QApplication.sendPostedEvents()
    unlock(qtbot, window)
    meetings_page = page(window, "meetings")
    again = meetings_page.open_meeting(None)
    assert again.notes.toPlainText() == "Planned"
    again.reject()


def test_home_group_and_ninety_in_ninety(qtbot: QtBot, window: MainWindow):
    unlock(qtbot, window)
    meetings_page = page(window, "meetings")
    qtbot.mouseClick(meetings_page.home_save, Qt.MouseButton.LeftButton)
    assert meetings_page.home_message.text() == "No home group set."
    meetings_page.home_fellowship.setCurrentIndex(0)
    qtbot.keyClicks(meetings_page.home_name, "Tuesday Night Hope")
    qtbot.mouseClick(meetings_page.home_save, Qt.MouseButton.LeftButton)
    assert meetings_page.ninety_text.text() == ""
    meetings_page.ninety.click()
    assert meetings_page.ninety_text.text() == "Day 1 of 90: 0 meetings so far."
    relock(qtbot, window)
    meetings_page = page(window, "meetings")
    assert meetings_page.home_name.text() == "Tuesday Night Hope"
    assert meetings_page.ninety.isChecked()


# -- people --------------------------------------------------------------------------------


def test_a_person_and_a_contact_through_the_widgets_survive_lock(qtbot: QtBot,
                                                                 window: MainWindow):
    unlock(qtbot, window)
    people = page(window, "people")
    assert isinstance(people, PeoplePage)
    qtbot.mouseClick(people.add_person, Qt.MouseButton.LeftButton)
    dialog = people.dialog
    assert isinstance(dialog, PersonDialog)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "Please give a name" in dialog.message.text() and dialog.isVisible()
    qtbot.keyClicks(dialog.name, "Dr Okafor")
    dialog.relations[Relation.THERAPIST].click()
    qtbot.keyClicks(dialog.email, "clinic@example.org")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert [p.name for p in people.people] == ["Maggie", "Dev", "Dr Okafor"]

    people.tabs.setCurrentIndex(1)
    qtbot.mouseClick(people.add_contact, Qt.MouseButton.LeftButton)
    contact = people.findChild(ContactDialog)
    assert isinstance(contact, ContactDialog)
    assert contact.person.currentText() == "Maggie"  # the sponsor by default
    qtbot.keyClicks(contact.note, "Talked through the weekend")
    qtbot.mouseClick(contact.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: people.contacts.rowCount() == 1)

    relock(qtbot, window)
    people = page(window, "people")
    assert [p.name for p in people.people] == ["Maggie", "Dev", "Dr Okafor"]
    assert people.contacts.data(people.contacts.index(0, 1)) == "Maggie"
    assert people.contacts.data(people.contacts.index(0, 3)) == "Talked through the weekend"


def test_crisis_card_shows_my_people_first_then_my_edited_lines(qtbot: QtBot,
                                                                window: MainWindow):
    def card_texts(emergency: str = "999") -> list[str]:
        window.crisis_action.trigger()
        card = window.findChild(CrisisCard)
        assert card is not None
        texts = [label.accessibleName() for label in card.entries]
        danger = card.danger.text()
        card.close()
        card.deleteLater()
        QApplication.sendPostedEvents()
        assert f"<b>{emergency}</b>" in danger and "immediate danger" in danger
        return texts

    # Locked: nothing from the vault (the country comes from the system locale here).
    assert all("Maggie" not in t for t in card_texts(emergency="112"))
    unlock(qtbot, window)
    people = page(window, "people")
    people.tabs.setCurrentIndex(2)
    assert people.line_list.count() == 1
    people.line_list.setCurrentRow(0)
    qtbot.mouseClick(people.edit_line, Qt.MouseButton.LeftButton)
    from recovery_desktop.ui.support.people_dialogs import LineDialog

    dialog = people.findChild(LineDialog)
    assert dialog is not None
    dialog.contact.setText("116 123 (free)")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(people.add_line, Qt.MouseButton.LeftButton)
    added = next(d for d in people.findChildren(LineDialog) if d.isVisible())
    qtbot.keyClicks(added.name, "Local centre")
    qtbot.mouseClick(added.save_button, Qt.MouseButton.LeftButton)
    assert "number" in added.message.text() and added.isVisible()
    qtbot.keyClicks(added.contact, "020 7946 0000")
    qtbot.mouseClick(added.save_button, Qt.MouseButton.LeftButton)
    assert people.line_list.count() == 2
    assert card_texts() == ["Maggie: Phone: 07700 900123", "Samaritans: 116 123 (free)",
                            "Local centre: 020 7946 0000"]
    people.line_list.item(0).setCheckState(Qt.CheckState.Unchecked)  # hide the shipped one
    assert card_texts() == ["Maggie: Phone: 07700 900123", "Local centre: 020 7946 0000"]
    qtbot.mouseClick(people.restore_lines, Qt.MouseButton.LeftButton)
    assert card_texts()[1] == "Samaritans: 116 123"


# -- clean time ----------------------------------------------------------------------------


def test_clean_time_counts_and_celebrates_once(qtbot: QtBot, window: MainWindow):
    unlock(qtbot, window)
    clean = page(window, "clean_time")
    assert isinstance(clean, CleanTimePage)
    qtbot.waitUntil(lambda: len(clean.counters()) == 2)
    drinking, bets = clean.counters()
    assert drinking.count.text() == "31 days" and bets.count.text() == "400 days"
    assert "Next milestone: 60 days" in drinking.next.text()
    assert "30 days" in drinking.past.text() and "24 hours" in drinking.past.text()
    assert "You reached 30 days" in drinking.celebration.text()
    assert not hasattr(bets, "celebration")  # already celebrated before
    # Ticking: one single-shot timer, due at the next local midnight, only while shown.
    assert clean.timer.isActive() and clean.timer.isSingleShot()
    assert 0 < clean.timer.interval() <= 25 * 3600 * 1000 + 1000
    window.shell.select("meetings")  # type: ignore[union-attr]
    assert not clean.timer.isActive()

    relock(qtbot, window)
    clean = page(window, "clean_time")
    qtbot.waitUntil(lambda: len(clean.counters()) == 2)
    assert not any(hasattr(c, "celebration") for c in clean.counters())


def test_a_lapse_restarts_only_its_goal_on_the_page(qtbot: QtBot, window: MainWindow):
    unlock(qtbot, window)
    from recovery_desktop.domain.urges import service as urges
    from recovery_desktop.domain.urges.models import Outcome
    from recovery_desktop.domain.urges.service import UrgeInput

    assert window.vault is not None
    with window.vault.session() as session:
        drink = next(b.id for b in behaviours.list_behaviours(session) if b.name == "Drinking")
        urges.save_entry(session, UrgeInput(behaviour_id=drink, occurred_at=utcnow(),
                                            tz=system_zone(), intensity=7,
                                            outcome=Outcome.LAPSED))
    clean = page(window, "clean_time")
    clean.refresh()
    drinking, bets = clean.counters()
    assert drinking.count.text().endswith("hours") or drinking.count.text().endswith("hour")
    assert bets.count.text() == "400 days"
    assert "Longest stretch: 31 days" in drinking.history.text()
    clean._schedule()
    assert clean.timer.interval() <= 60_000  # hours on screen: the next minute


def test_hidden_counters_show_no_counter(qtbot: QtBot, window: MainWindow):
    unlock(qtbot, window)
    clean = page(window, "clean_time")
    qtbot.waitUntil(lambda: len(clean.counters()) == 2)
    clean.hide_box.click()
    assert clean.counters() == [] and "hidden" in clean.empty.text()
    assert not clean.timer.isActive()
    relock(qtbot, window)
    clean = page(window, "clean_time")
    assert clean.hide_box.isChecked() and clean.counters() == []
    assert not any(t.endswith(" days") for t in visible_texts(clean))


def test_a_family_member_sees_no_counters_but_meetings_and_people(qtbot: QtBot,
                                                                  tmp_path: Path):
    win = open_window(qtbot, make_folder(tmp_path, role=Role.SUPPORTING), tmp_path)
    try:
        shell = unlock(qtbot, win)
        assert "clean_time" not in shell.page_ids
        assert "meetings" in shell.page_ids and "people" in shell.page_ids
        assert not shell.navigate("clean_time", {})
    finally:
        win.close()
        win.ctx.lock.release()


def test_the_milestone_list_is_edited_on_the_page(qtbot: QtBot, window: MainWindow):
    unlock(qtbot, window)
    clean = page(window, "clean_time")
    clean.codes.setText("7d, 30d, fortnight, 2w")
    qtbot.mouseClick(clean.save_codes, Qt.MouseButton.LeftButton)
    assert "fortnight, 2w" in clean.codes_message.text()
    assert clean.codes.text() == "7d, 30d, fortnight, 2w"  # nothing the person typed is lost
    clean.codes.setText("7d, 30d, 45d")
    clean.yearly.setChecked(False)
    qtbot.mouseClick(clean.save_codes, Qt.MouseButton.LeftButton)
    drinking, bets = clean.counters()
    assert "Next milestone: 45 days" in drinking.next.text()
    assert bets.next.text() == "Every milestone on your list is behind you."
    relock(qtbot, window)
    clean = page(window, "clean_time")
    assert clean.codes.text() == "7d, 30d, 45d" and not clean.yearly.isChecked()
    qtbot.mouseClick(clean.reset_codes, Qt.MouseButton.LeftButton)
    assert clean.codes.text().startswith("24h, 30d") and clean.yearly.isChecked()


def test_no_timer_fires_while_idle(qtbot: QtBot, window: MainWindow):
    unlock(qtbot, window)
    clean = page(window, "clean_time")
    qtbot.waitUntil(clean.timer.isActive)
    qtbot.wait(1500)
    assert clean.ticks == 0


# -- models and labels ---------------------------------------------------------------------


def test_id_model_passes_the_model_tester_and_never_raises(qtbot: QtBot, qtmodeltester: Any,
                                                          window: MainWindow):
    unlock(qtbot, window)
    meetings_page = page(window, "meetings")
    assert window.vault is not None
    with window.vault.session() as session:
        for n in range(250):
            meetings.save_meeting(session, meetings.MeetingInput(
                utcnow() - timedelta(hours=n + 1), "UTC", "aa", f"m{n}"))
    meetings_page.refresh()
    model: IdTableModel[Any] = meetings_page.model
    assert model.rowCount() == 250
    qtmodeltester.check(model)
    assert model.data(model.index(249, 2)) == "m249"
    window.lock()
    assert model.data(model.index(0, 2)) == "…"  # nothing cached outlives the lock
    assert not model.cache


def test_every_control_is_named_as_it_is_labelled(qtbot: QtBot, window: MainWindow):
    unlock(qtbot, window)
    roots: list[QWidget] = [page(window, pid) for pid in ("clean_time", "meetings", "people")]
    roots.append(page(window, "meetings").open_meeting(None))
    roots.append(page(window, "people").open_person(None))
    checked = 0
    for root in roots:
        for widget in root.findChildren(QWidget):
            label = _label_of(widget)
            if label:
                assert widget.accessibleName() == label, (type(widget).__name__, label)
                checked += 1
    assert checked > 30
    for pid, title in (("clean_time", "Clean time"), ("meetings", "Meetings"),
                       ("people", "People")):
        assert page(window, pid).accessibleName() == title
