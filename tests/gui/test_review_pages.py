"""Today, the weekly review and the mood check-in through the real window and widgets."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from recovery_desktop.domain.base import utcnow
from recovery_desktop.domain.behaviours import service as behaviours
from recovery_desktop.domain.behaviours.models import Category, GoalTier
from recovery_desktop.domain.profile import Profile, Role, save_profile
from recovery_desktop.domain.review import mood, plans
from recovery_desktop.domain.review.plans import PlanStatus
from recovery_desktop.domain.urges import service as urges
from recovery_desktop.domain.urges.models import Outcome
from recovery_desktop.domain.urges.service import UrgeInput
from recovery_desktop.ui import settings_store as opts
from recovery_desktop.ui.crisis_card import CrisisCard
from recovery_desktop.ui.main_window import MainWindow
from recovery_desktop.ui.review.review_page import ReviewPage
from recovery_desktop.ui.review.today_page import TodayPage
from recovery_desktop.ui.review.trend_charts import ChartCard
from recovery_desktop.ui.shell import Shell
from recovery_desktop.ui.urges.common import system_zone
from recovery_desktop.vault import kdf
from recovery_desktop.vault.vault import Vault
from tests.conftest import PASSPHRASE
from tests.gui.shell_support import files_containing, open_window, unlock_with


def make_folder(tmp_path: Path, role: Role = Role.SELF) -> Path:
    created = Vault.create(tmp_path / "vault", PASSPHRASE, calibrate=kdf.floor_calibration)
    with created.vault.session() as session:
        save_profile(session, Profile(role=role, completed=True))
        drink = behaviours.add_behaviour(session, "Drinking", Category.ALCOHOL)
        behaviours.set_goal(session, [drink], GoalTier.ABSTINENT, tz=system_zone(),
                            clean_since=date.today() - timedelta(days=40))
        urges.save_entry(session, UrgeInput(drink, 7, Outcome.RESISTED,
                                            utcnow() - timedelta(minutes=5), system_zone(),
                                            trigger="after work"))
    created.vault.close()
    return created.vault.paths.folder


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> Iterator[MainWindow]:
    win = open_window(qtbot, make_folder(tmp_path), tmp_path / "settings.ini")
    yield win
    win.close()
    win.ctx.lock.release()


def unlock(qtbot: QtBot, win: MainWindow) -> Shell:
    unlock_with(qtbot, win, PASSPHRASE)
    qtbot.waitUntil(lambda: isinstance(win.centralWidget(), Shell), timeout=10_000)
    shell = win.centralWidget()
    assert isinstance(shell, Shell)
    qtbot.waitUntil(shell.isVisible)  # a new central widget is shown on the next loop turn
    return shell


def test_unlock_opens_on_today_with_clean_time_and_todays_urges(qtbot: QtBot,
                                                                window: MainWindow):
    window.ctx.settings.set(opts.LAST_PAGE, "settings")
    shell = unlock(qtbot, window)
    assert shell.current_page_id == "today" and shell.page_ids[0] == "today"
    page = shell.pages["today"]
    assert isinstance(page, TodayPage)
    labels = page.findChildren(QLabel)
    clean = [w for w in labels if w.text().startswith("Drinking: 40 days, since ")]
    assert len(clean) == 1
    qtbot.waitUntil(clean[0].isVisible)  # rows rebuilt on show are shown too
    assert any(w.text() == "Drinking: 1 urges logged" and w.isVisible() for w in labels)
    assert not page.quick_actions["meeting"].isHidden()  # the Meetings page shows for all
    assert not page.quick_actions["urge"].isHidden()
    page.quick_actions["urge"].click()
    assert shell.current_page_id == "urges"
    urges_page = shell.pages["urges"]
    qtbot.waitUntil(lambda: getattr(urges_page, "dialog", None) is not None)
    urges_page.dialog.reject()  # type: ignore[attr-defined]


def test_a_review_written_in_the_widgets_is_there_after_lock_and_unlock(
        qtbot: QtBot, window: MainWindow, tmp_path: Path):
    shell = unlock(qtbot, window)
    shell.select("review")
    page = shell.pages["review"]
    assert isinstance(page, ReviewPage)
    blocks = [page.draft_layout.itemAt(i) for i in range(page.draft_layout.count())]
    first = blocks[0].widget() if blocks and blocks[0] is not None else None
    assert first is not None and first.accessibleName() == "Urges and lapses"
    assert "Top triggers: after work (1)" in first.findChildren(QLabel)[1].text()
    form = page.form
    qtbot.keyClicks(form.win, "Walked home past the pub")
    form.win.insertPlainText(" 🎉")
    qtbot.keyClicks(form.challenge, "Sundays")
    qtbot.keyClicks(form.for_group, "Evenings")
    qtbot.keyClicks(form.rows[0].action, "Zanzibar-canary meeting")
    form.rows[0].day.setCurrentIndex(2)
    form.rows[0].meeting.setChecked(True)
    form.add_button.click()
    qtbot.keyClicks(form.rows[1].action, "Walk")
    assert page.dirty
    page.save_button.click()
    assert not page.dirty and "Saved" in page.status.text()
    week_end = page.window_.end
    assert window.lock()
    assert files_containing(tmp_path, [b"Zanzibar-canary"]) == []
    shell = unlock(qtbot, window)
    shell.select("review")
    page = shell.pages["review"]
    assert isinstance(page, ReviewPage) and page.window_.end == week_end
    assert page.form.win.toPlainText() == "Walked home past the pub 🎉"
    assert [r.action.text() for r in page.form.rows] == ["Zanzibar-canary meeting", "Walk"]
    assert page.form.rows[0].meeting.isChecked()
    assert page.form.rows[0].day.currentData() == (week_end + timedelta(days=2)).isoformat()


def test_unsaved_review_text_survives_a_lock_as_a_draft(qtbot: QtBot, window: MainWindow):
    shell = unlock(qtbot, window)
    shell.select("review")
    page = shell.pages["review"]
    assert isinstance(page, ReviewPage)
    qtbot.keyClicks(page.form.challenge, "Typed but not saved")
    assert window.lock()
    shell = unlock(qtbot, window)
    shell.select("review")
    page = shell.pages["review"]
    assert isinstance(page, ReviewPage)
    assert page.form.challenge.toPlainText() == "Typed but not saved"
    assert "draft" in page.status.text()


def test_last_weeks_plan_comes_back_to_be_ticked(qtbot: QtBot, window: MainWindow):
    shell = unlock(qtbot, window)
    shell.select("review")
    page = shell.pages["review"]
    assert isinstance(page, ReviewPage)
    earlier = page.window_.previous()
    assert window.vault is not None
    with window.vault.session() as session:
        plans.save_review(session, earlier, plans.ReviewInput(
            win="w", plan=(plans.PlanItem("Call Sam"),)))
    page.step(-1)
    page.step(1)
    assert list(page.form.status_combos) != []
    (item_id, combo), = page.form.status_combos.items()
    combo.setCurrentIndex(combo.findData(PlanStatus.PARTLY.value))
    page.save_button.click()
    with window.vault.session() as session:
        saved = plans.load_review(session, earlier.end)
    assert saved is not None and saved.plan[0].status is PlanStatus.PARTLY
    # Today shows this week's plan with a tick box that marks it done.
    shell.select("today")
    today = shell.pages["today"]
    assert isinstance(today, TodayPage)
    qtbot.waitUntil(lambda: item_id in today.plan_boxes)
    today.plan_boxes[item_id].click()
    with window.vault.session() as session:
        saved = plans.load_review(session, earlier.end)
    assert saved is not None and saved.plan[0].status is PlanStatus.DONE


def test_charts_switch_to_a_table_of_the_same_numbers(qtbot: QtBot, window: MainWindow):
    shell = unlock(qtbot, window)
    shell.select("review")
    page = shell.pages["review"]
    assert isinstance(page, ReviewPage)
    titles = [card.accessibleName() for card in page.cards]
    assert titles[0] == "Urges per day, by behaviour"
    assert "Urges by weekday and hour" in titles
    card = page.cards[0]
    assert isinstance(card, ChartCard) and not card.showing_table
    card.toggle.click()
    assert card.showing_table and card.toggle.text() == "Show as chart"
    last = card.table.rowCount() - 1
    counts = [card.table.item(r, 0).text() for r in range(card.table.rowCount())]
    assert sum(int(c) for c in counts) == 1 and last == 55


def test_lowest_mood_shows_the_crisis_card_once(qtbot: QtBot, window: MainWindow):
    shell = unlock(qtbot, window)
    page = shell.pages["today"]
    assert isinstance(page, TodayPage)
    page.quick_actions["mood"].click()
    dialog = page.mood_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    dialog.mood_buttons[-3].click()
    qtbot.keyClicks(dialog.note, "rough day")
    dialog.save_button.click()
    qtbot.waitUntil(lambda: len(window.findChildren(CrisisCard)) == 1)
    cards = window.findChildren(CrisisCard)
    assert len(cards) == 1
    cards[0].close()
    assert window.vault is not None
    with window.vault.session() as session:
        entry = mood.mood_for(session, page.summary.today if page.summary else date.today())
    assert entry is not None and entry.mood == -3 and entry.note == "rough day"
    # A balanced check-in does not bring the card up.
    page.quick_actions["mood"].click()
    dialog = page.mood_dialog
    assert dialog is not None
    dialog.mood_buttons[1].click()
    dialog.save_button.click()
    qtbot.wait(50)
    assert all(not c.isVisible() for c in window.findChildren(CrisisCard))


def test_typing_autosaves_a_draft_and_earlier_reviews_open_from_compare(
        qtbot: QtBot, window: MainWindow):
    from recovery_desktop.domain.drafts import load_draft
    from recovery_desktop.ui.review.review_page import DRAFT_KIND

    shell = unlock(qtbot, window)
    shell.select("review")
    page = shell.pages["review"]
    assert isinstance(page, ReviewPage)
    earlier = page.window_.previous().previous()
    assert window.vault is not None
    with window.vault.session() as session:
        plans.save_review(session, earlier, plans.ReviewInput(win="Back then"))
    page.show_week(page.window_)
    qtbot.keyClicks(page.form.win, "typed")
    key = page.window_.end.isoformat()

    def drafted() -> bool:
        assert window.vault is not None
        with window.vault.session() as session:
            return load_draft(session, DRAFT_KIND, key) is not None

    qtbot.waitUntil(drafted, timeout=4000)  # about two seconds after the first key
    assert not page.dirty
    assert not page.open_other.isEnabled()
    page.compare.choice.setCurrentIndex(page.compare.choice.findData(earlier.end.isoformat()))
    texts = [cell.text() for cell in page.compare.cells]
    assert "Back then" in texts and "typed" not in texts  # saved reviews only
    page.open_other.click()
    assert page.window_.end == earlier.end
    assert page.form.win.toPlainText() == "Back then"
