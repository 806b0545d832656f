"""The "Clean time" page: one counter per abstinent goal, its next and past milestones, a
quiet one-time celebration, an option to hide the counters, and the milestone list.

Ticking costs nothing while idle: no timer polls. One single-shot timer waits for the next
local midnight (or the next minute while a streak is under 24 hours and shows hours), and
only while the page is visible; hiding the page stops it.
"""

from __future__ import annotations

import math
from datetime import timedelta

from PySide6.QtCore import QTimer
from PySide6.QtGui import QFont, QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from recovery_desktop.domain.behaviours import clean_summary as summaries
from recovery_desktop.domain.behaviours.clean_summary import CleanTimeSummary
from recovery_desktop.domain.behaviours.milestones import (
    next_local_midnight,
    parse_list,
)
from recovery_desktop.domain.behaviours.service import InvalidInput
from recovery_desktop.ui.labels import hint_label, text_label
from recovery_desktop.ui.pages.page_layout import group, scrolling_column
from recovery_desktop.ui.pages.registry import Page, PageContext
from recovery_desktop.ui.support.common import count_text, date_text, milestone_text
from recovery_desktop.ui.urges.common import WallClock, fill, named

MINUTE_MS = 60_000


class GoalCounter(QGroupBox):
    """One goal's counter; rebuilt from a summary at each tick."""

    def __init__(self, summary: CleanTimeSummary, celebration: str, today_text: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(summary.title, parent)
        self.setAccessibleName(summary.title)
        column = QVBoxLayout(self)
        column.setSpacing(6)
        if celebration:
            self.celebration = text_label(celebration)
            named(self.celebration, celebration)
            self.celebration.setObjectName("celebration")
            bold = self.celebration.font()
            bold.setWeight(QFont.Weight.DemiBold)
            self.celebration.setFont(bold)
            column.addWidget(self.celebration)
        big = summary.hours if summary.hours is not None else summary.days
        self.count = QLabel(count_text(big, "1 hour", "%1 hours") if summary.hours is not None
                            else count_text(big, "1 day", "%1 days"))
        font = self.count.font()
        font.setPointSizeF(font.pointSizeF() * 2.0)
        font.setWeight(QFont.Weight.DemiBold)
        self.count.setFont(font)
        named(self.count, self.count.text())
        column.addWidget(self.count)
        parts = [count_text(summary.span.years, "1 year", "%1 years")] if summary.span.years else []
        if summary.span.months:
            parts.append(count_text(summary.span.months, "1 month", "%1 months"))
        if (summary.span.years or summary.span.months) and summary.span.days:
            parts.append(count_text(summary.span.days, "1 day", "%1 days"))
        since = fill(self.tr("since %1"), date_text(summary.clean.current_start))
        self.detail = text_label(", ".join(parts) + " · " + since if parts else since)
        column.addWidget(self.detail)
        upcoming, days = summary.milestones.next, summary.days_to_next
        if upcoming is not None and days is not None:
            when = (today_text if days <= 0 else self.tr("tomorrow") if days == 1
                    else fill(self.tr("in %1"), count_text(days, "1 day", "%1 days")))
            text = fill(self.tr("Next milestone: %1, on %2 (%3)"),
                        milestone_text(upcoming.milestone), date_text(upcoming.on), when)
        else:
            text = self.tr("Every milestone on your list is behind you.")
        self.next = text_label(text)
        column.addWidget(self.next)
        past = summary.milestones.past
        self.past = text_label(
            self.tr("Reached: ") + ", ".join(
                fill(self.tr("%1 (%2)"), milestone_text(r.milestone), date_text(r.on))
                for r in reversed(past))
            if past else self.tr("Your first milestone is ahead."))
        column.addWidget(self.past)
        clean = summary.clean
        history = hint_label(fill(
            self.tr("Longest stretch: %1. Clean days in all: %2. Lapses since %3: %4."),
            count_text(clean.longest_days, "1 day", "%1 days"), f"{clean.total_clean_days:,}",
            date_text(clean.clean_since), len(clean.lapses)))
        self.history = history
        column.addWidget(history)


class CleanTimePage(Page):
    def __init__(self, page_ctx: PageContext, clock: WallClock | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.page_ctx = page_ctx
        self.clock = clock or WallClock()
        self.setAccessibleName(self.tr("Clean time"))
        self.celebrations: dict[int, str] = {}  # shown for this page's lifetime only
        self.summaries: list[CleanTimeSummary] = []
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self._tick)
        self.ticks = 0  # how many times the timer fired (the idle benchmark reads it)

        column = scrolling_column(self, self.tr("Clean time"))
        column.addWidget(hint_label(self.tr(
            "Counted from the clean date of each goal of not doing it at all. A lapse "
            "logged in Urges and lapses starts that goal's count again; the days before "
            "it still count in your history.")))
        self.hide_box = QCheckBox(self.tr("Hide the counters (I prefer not to count)"))
        named(self.hide_box, self.hide_box.text())
        self.hide_box.toggled.connect(self._hide_toggled)
        column.addWidget(self.hide_box)
        self.goals = QVBoxLayout()
        self.goals.setSpacing(12)
        column.addLayout(self.goals)
        self.empty = text_label("")
        column.addWidget(self.empty)
        self.set_goal = QPushButton(self.tr("Set a clean date…"))
        named(self.set_goal, self.set_goal.text())
        self.set_goal.clicked.connect(lambda: self.page_ctx.navigate("behaviours", {}))
        row = QHBoxLayout()
        row.addWidget(self.set_goal)
        row.addStretch(1)
        column.addLayout(row)
        column.addWidget(self._milestone_editor())
        column.addStretch(1)
        self.refresh()

    def _milestone_editor(self) -> QGroupBox:
        box, layout = group(self.tr("Milestones"))
        layout.addWidget(hint_label(self.tr(
            "The milestones to mark, separated by commas: h for hours, d for days, m for "
            "months, y for years. For example: 24h, 30d, 60d, 90d, 6m, 9m, 1y, 18m.")))
        self.codes = QLineEdit()
        named(self.codes, self.tr("Milestones"))
        layout.addWidget(self.codes)
        self.yearly = QCheckBox(self.tr("And every year after that"))
        named(self.yearly, self.yearly.text())
        layout.addWidget(self.yearly)
        row = QHBoxLayout()
        self.save_codes = QPushButton(self.tr("Save milestones"))
        named(self.save_codes, self.save_codes.text())
        self.save_codes.clicked.connect(self._save_milestones)
        self.reset_codes = QPushButton(self.tr("Restore the usual milestones"))
        named(self.reset_codes, self.reset_codes.text())
        self.reset_codes.clicked.connect(self._reset_milestones)
        row.addWidget(self.save_codes)
        row.addWidget(self.reset_codes)
        row.addStretch(1)
        layout.addLayout(row)
        self.codes_message = text_label("")
        named(self.codes_message, self.tr("Milestones message"))
        layout.addWidget(self.codes_message)
        return box

    # -- data -------------------------------------------------------------------------------

    def refresh(self, *, celebrate: bool | None = None) -> None:
        """Re-read and redraw; celebrate new milestones only where the person sees them."""
        if not self.page_ctx.vault.is_open:
            return
        if celebrate is None:
            celebrate = self.isVisible()
        now, zone = self.clock.now_utc(), self.clock.zone()
        with self.page_ctx.vault.session() as session:
            hidden = summaries.counters_hidden(session)
            found = summaries.clean_time_summaries(session, now, zone)
            prefs = summaries.milestone_settings(session)
            if celebrate and not hidden:
                self._celebrate(session, found)
        self.summaries = found
        self.hide_box.blockSignals(True)
        self.hide_box.setChecked(hidden)
        self.hide_box.blockSignals(False)
        self.codes.setText(", ".join(m.code for m in prefs.milestones))
        self.yearly.setChecked(prefs.yearly)
        self._show(found, hidden)

    def _celebrate(self, session: Session, found: list[CleanTimeSummary]) -> None:
        """Celebrate each goal's newest milestone once, and remember it in the vault."""
        for summary in found:
            reached = summary.to_celebrate
            if reached is None:
                continue
            self.celebrations[summary.goal_id] = fill(
                self.tr("You reached %1 on %2. That took something; well done."),
                milestone_text(reached.milestone), date_text(reached.on))
            summaries.mark_celebrated(session, summary)

    def _show(self, found: list[CleanTimeSummary], hidden: bool) -> None:
        while self.goals.count():
            item = self.goals.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.set_goal.setVisible(not found)
        if hidden:
            self.empty.setText(self.tr(
                "The counters are hidden. Your clean dates and history are kept; untick the "
                "box to see them again."))
        elif not found:
            self.empty.setText(self.tr(
                "No clean date yet. Clean time is counted for goals of not doing something "
                "at all; you can set one, with its date, under Behaviours and goals."))
        else:
            self.empty.setText("")
        self.empty.setVisible(bool(self.empty.text()))
        if hidden:
            return
        today = self.tr("today")
        for summary in found:
            self.goals.addWidget(GoalCounter(summary, self.celebrations.get(summary.goal_id, ""),
                                             today))

    def counters(self) -> list[GoalCounter]:
        """The counters on screen now (old ones may await deletion)."""
        found = []
        for i in range(self.goals.count()):
            item = self.goals.itemAt(i)
            widget = item.widget() if item is not None else None
            if isinstance(widget, GoalCounter):
                found.append(widget)
        return found

    def _hide_toggled(self, hidden: bool) -> None:
        with self.page_ctx.vault.session() as session:
            summaries.set_counters_hidden(session, hidden)
        self.refresh()
        self._schedule()

    def _save_milestones(self) -> None:
        milestones, bad = parse_list(self.codes.text())
        if bad or not milestones:
            self.codes_message.setText(fill(self.tr(
                "These are not milestones I can read: %1. Use a number and h, d, m or y, "
                "like 30d or 1y. Nothing was changed."), ", ".join(bad) or "—"))
            return
        try:
            with self.page_ctx.vault.session() as session:
                summaries.save_milestone_settings(session, milestones, self.yearly.isChecked())
        except InvalidInput as error:
            self.codes_message.setText(" ".join(error.messages))
            return
        self.codes_message.setText(self.tr("Saved."))
        self.refresh()

    def _reset_milestones(self) -> None:
        with self.page_ctx.vault.session() as session:
            summaries.reset_milestone_settings(session)
        self.codes_message.setText(self.tr("The usual milestones are back."))
        self.refresh()

    # -- ticking ----------------------------------------------------------------------------

    def next_tick_ms(self) -> int:
        """Milliseconds to the next change on screen: local midnight, or the next minute
        while a streak shows hours."""
        now, zone = self.clock.now_utc(), self.clock.zone()
        if any(s.hours is not None for s in self.summaries) and not self.hide_box.isChecked():
            return MINUTE_MS - (now.second * 1000 + now.microsecond // 1000) % MINUTE_MS
        wait = next_local_midnight(now, zone) - now
        return max(1_000, math.ceil(wait / timedelta(milliseconds=1)) + 500)

    def _schedule(self) -> None:
        if self.isVisible() and self.summaries and not self.hide_box.isChecked():
            self.timer.start(self.next_tick_ms())
        else:
            self.timer.stop()

    def _tick(self) -> None:
        self.ticks += 1
        self.refresh(celebrate=True)
        self._schedule()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh(celebrate=True)  # also what became due while the page was off screen
        self._schedule()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self.timer.stop()
