"""Today and the weekly review with meetings, contacts, step work and milestones plugged in,
through the real window and widgets."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from recovery_desktop.domain.base import utcnow
from recovery_desktop.domain.behaviours import clean_summary
from recovery_desktop.domain.behaviours import service as behaviours
from recovery_desktop.domain.behaviours.models import Category, GoalTier
from recovery_desktop.domain.meetings import service as meetings
from recovery_desktop.domain.profile import Profile, Role, save_profile
from recovery_desktop.domain.twelve_step import service as steps
from recovery_desktop.ui.main_window import MainWindow
from recovery_desktop.ui.review.review_page import ReviewPage
from recovery_desktop.ui.review.today_page import TodayPage
from recovery_desktop.ui.shell import Shell
from recovery_desktop.ui.support.clean_time_page import CleanTimePage
from recovery_desktop.ui.support.meetings_page import MeetingsPage
from recovery_desktop.ui.twelve_step.page import StepsPage
from recovery_desktop.ui.twelve_step.review_panel import ReviewPanel
from recovery_desktop.ui.urges.common import system_zone
from recovery_desktop.vault import kdf
from recovery_desktop.vault.vault import Vault
from tests.conftest import PASSPHRASE
from tests.gui.shell_support import open_window, unlock_with


def make_folder(tmp_path: Path, *, role: Role = Role.SELF, hidden: bool = False) -> Path:
    created = Vault.create(tmp_path / "vault", PASSPHRASE, calibrate=kdf.floor_calibration)
    with created.vault.session() as session:
        save_profile(session, Profile(role=role, completed=True))
        drink = behaviours.add_behaviour(session, "Drinking", Category.ALCOHOL)
        behaviours.set_goal(session, [drink], GoalTier.ABSTINENT, tz=system_zone(),
                            clean_since=date.today() - timedelta(days=40))
        meetings.save_meeting(session, meetings.MeetingInput(
            utcnow() - timedelta(hours=1), system_zone(), "aa", name="Lunchtime Hope",
            shared=True))
        steps.add_fellowship(session, catalogue_id="aa")
        clean_summary.set_counters_hidden(session, hidden)
    created.vault.close()
    return created.vault.paths.folder


def unlocked(qtbot: QtBot, tmp_path: Path, **kwargs: object) -> tuple[MainWindow, Shell]:
    win = open_window(qtbot, make_folder(tmp_path, **kwargs),  # type: ignore[arg-type]
                      tmp_path / "settings.ini")
    unlock_with(qtbot, win, PASSPHRASE)
    qtbot.waitUntil(lambda: isinstance(win.centralWidget(), Shell), timeout=10_000)
    shell = win.centralWidget()
    assert isinstance(shell, Shell)
    qtbot.waitUntil(shell.isVisible)
    return win, shell


@pytest.fixture
def opened(qtbot: QtBot, tmp_path: Path) -> Iterator[tuple[MainWindow, Shell]]:
    win, shell = unlocked(qtbot, tmp_path)
    yield win, shell
    win.close()
    win.ctx.lock.release()


def visible_texts(page: QWidget) -> list[str]:
    return [w.text() for w in page.findChildren(QLabel) if w.isVisible()]


def test_today_shows_clean_time_as_the_clean_time_page_and_the_next_milestone(
        qtbot: QtBot, opened: tuple[MainWindow, Shell]):
    _win, shell = opened
    page = shell.pages["today"]
    assert isinstance(page, TodayPage)
    qtbot.waitUntil(lambda: any(t.startswith("Drinking: 40 days, since ")
                                for t in visible_texts(page)))
    # Clean since 40 days ago; the usual list's next milestone is 60 days: 20 days to go.
    assert any(t.startswith("Next milestone: 60 days, in 20 days (") for t in visible_texts(page))
    shell.select("clean_time")
    clean = shell.pages["clean_time"]
    assert isinstance(clean, CleanTimePage)
    [counter] = clean.counters()
    assert counter.count.text() == "40 days"
    assert "(in 20 days)" in counter.next.text()


def test_log_a_meeting_from_today_opens_a_new_meeting(qtbot: QtBot,
                                                      opened: tuple[MainWindow, Shell]):
    _win, shell = opened
    page = shell.pages["today"]
    assert isinstance(page, TodayPage)
    button = page.quick_actions["meeting"]
    assert not button.isHidden() and button.accessibleName() == "Log a meeting"
    button.click()
    assert shell.current_page_id == "meetings"
    meetings_page = shell.pages["meetings"]
    assert isinstance(meetings_page, MeetingsPage)
    qtbot.waitUntil(lambda: meetings_page.dialog is not None and meetings_page.dialog.isVisible())
    assert meetings_page.dialog is not None and meetings_page.dialog.meeting_id is None
    meetings_page.dialog.reject()


def test_step_10_tonight_opens_this_evenings_nightly_review(qtbot: QtBot,
                                                            opened: tuple[MainWindow, Shell]):
    _win, shell = opened
    page = shell.pages["today"]
    assert isinstance(page, TodayPage)
    page.quick_actions["step10"].click()
    assert shell.current_page_id == "steps"
    steps_page = shell.pages["steps"]
    assert isinstance(steps_page, StepsPage)
    tool = steps_page.tools.get(10)
    assert isinstance(tool, ReviewPanel)
    assert steps_page.tabs.currentWidget() is steps_page.tool_holders[10]
    assert steps_page.tabs.tabText(steps_page.tabs.currentIndex()) == "Nightly review"
    assert tool.current_date() == date.today()


def test_the_review_shows_meetings_milestones_and_step_work_with_a_meetings_chart(
        qtbot: QtBot, opened: tuple[MainWindow, Shell]):
    _win, shell = opened
    shell.select("review")
    page = shell.pages["review"]
    assert isinstance(page, ReviewPage)
    box = page.draft_layout.parentWidget()
    assert box is not None
    blocks = {w.accessibleName(): w for w in box.findChildren(QWidget)
              if type(w) is QWidget and w.accessibleName() in  # the section blocks
              ("Meetings", "Milestones", "Step work", "Clean time")}
    assert set(blocks) == {"Meetings", "Milestones", "Step work", "Clean time"}
    meetings_text = "\n".join(w.text() for w in blocks["Meetings"].findChildren(QLabel))
    assert "1 meeting this week; you shared at 1." in meetings_text
    assert "AA · Lunchtime Hope · In person · you shared" in meetings_text
    milestones_text = "\n".join(w.text() for w in blocks["Milestones"].findChildren(QLabel))
    assert "Drinking: next milestone 60 days, on " in milestones_text
    [card] = [c for c in page.cards if c.accessibleName() == "Meetings per week"]
    card.toggle.click()
    assert card.showing_table and card.table.rowCount() == 8
    last = card.table.item(7, 0)
    assert last is not None and last.text() == "1"  # this week's meeting, in the last row


@pytest.mark.parametrize("kwargs", [{"hidden": True}, {"role": Role.SUPPORTING}])
def test_no_counters_on_today_or_in_the_review_when_hidden_or_supporting(
        qtbot: QtBot, tmp_path: Path, kwargs: dict[str, object]):
    win, shell = unlocked(qtbot, tmp_path, **kwargs)
    try:
        page = shell.pages["today"]
        assert isinstance(page, TodayPage)
        qtbot.waitUntil(lambda: page.summary is not None)
        assert page.summary is not None and page.summary.clean == ()
        assert page.clean_box.isHidden()
        assert not any("Drinking:" in t and "days" in t for t in visible_texts(page))
        shell.select("review")
        review = shell.pages["review"]
        assert isinstance(review, ReviewPage) and review.draft is not None
        assert review.draft.milestones is None and review.draft.clean_time is None
        assert review.draft.meetings is not None  # meetings are for families too
    finally:
        win.close()
        win.ctx.lock.release()
