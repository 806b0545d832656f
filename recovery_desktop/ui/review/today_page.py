"""The Today page, where the app opens after unlock: clean time, today's urges and lapses,
this week's plan with tick boxes, quick actions and the crisis button. Calm and short."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QCheckBox, QLayout, QPushButton, QVBoxLayout, QWidget

from recovery_desktop.domain.review import plans
from recovery_desktop.domain.review.plans import PlanItem, PlanStatus
from recovery_desktop.domain.review.today import CleanLine, TodaySummary, today_summary
from recovery_desktop.ui.flow_layout import FlowLayout
from recovery_desktop.ui.labels import hint_label, text_label
from recovery_desktop.ui.pages.page_layout import group, scrolling_column
from recovery_desktop.ui.pages.registry import Page, PageContext, page_specs
from recovery_desktop.ui.review.common import day_text, review_weekday
from recovery_desktop.ui.review.mood_dialog import MoodDialog
from recovery_desktop.ui.review.section_views import mood_name
from recovery_desktop.ui.support.common import count_text, milestone_text
from recovery_desktop.ui.urges.common import WallClock, fill
from recovery_desktop.vault.errors import VaultError


def _add(layout: QVBoxLayout, widget: QWidget) -> None:
    """Add and show: rows are rebuilt inside showEvent, where Qt does not show new children
    of its own accord."""
    layout.addWidget(widget)
    widget.show()


def _clear(layout: QVBoxLayout) -> None:
    while layout.count():
        item = layout.takeAt(0)
        widget = item.widget() if item is not None else None
        if widget is not None:
            widget.setParent(None)
            widget.deleteLater()


class TodayPage(Page):
    def __init__(self, page_ctx: PageContext, clock: WallClock | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.page_ctx = page_ctx
        self.clock = clock or WallClock()
        self.summary: TodaySummary | None = None
        self.mood_dialog: MoodDialog | None = None
        self.plan_boxes: dict[int, QCheckBox] = {}
        column = scrolling_column(self, self.tr("Today"))
        self.date_label = hint_label()
        column.addWidget(self.date_label)
        pages = {spec.page_id for spec in page_specs(page_ctx.profile)}
        actions = FlowLayout()  # wraps at large text sizes
        self.quick_actions: dict[str, QPushButton] = {}
        self._action(actions, "urge", self.tr("Log an urge"),
                     lambda: self.page_ctx.navigate("urges", {"quick_log": True}),
                     "urges" in pages)
        self._action(actions, "abc", self.tr("New ABC"),
                     lambda: self.page_ctx.navigate("worksheets", {"new": "abc"}),
                     "worksheets" in pages)
        self._action(actions, "meeting", self.tr("Log a meeting"),
                     lambda: self.page_ctx.navigate("meetings", {"new": True}),
                     "meetings" in pages)
        self._action(actions, "step10", self.tr("Step 10 tonight"),
                     lambda: self.page_ctx.navigate("steps", {"nightly_review": True}),
                     "steps" in pages)
        self._action(actions, "mood", self.tr("Mood check-in"), self.open_mood, True)
        self._action(actions, "crisis", self.tr("Crisis help"), self.show_crisis, True)
        column.addLayout(actions)
        box, self.clean_layout = group(self.tr("Clean time"))
        self.clean_box = box
        column.addWidget(box)
        box, self.today_layout = group(self.tr("Today so far"))
        column.addWidget(box)
        box, self.plan_layout = group(self.tr("This week's plan"))
        column.addWidget(box)
        column.addStretch(1)

    def _action(self, row: QLayout, key: str, text: str, slot: Callable[[], object],
                shown: bool) -> None:
        button = QPushButton(text)
        button.setAccessibleName(text)
        button.clicked.connect(slot)
        button.setVisible(shown)
        self.quick_actions[key] = button
        row.addWidget(button)

    # -- filling ----------------------------------------------------------------------------

    def refresh(self) -> None:
        if not self.page_ctx.vault.is_open:
            return
        with self.page_ctx.vault.session() as session:
            found = today_summary(session, now_utc=self.clock.now_utc(), tz=self.clock.zone(),
                                  review_weekday=review_weekday(self.page_ctx.app.settings))
        self.summary = found
        self.date_label.setText(day_text(found.today, year=True))
        _clear(self.clean_layout)
        for line in found.clean:
            goal = QWidget()
            rows = QVBoxLayout(goal)
            rows.setContentsMargins(0, 0, 0, 4)
            rows.setSpacing(1)
            rows.addWidget(text_label(self._clean_text(line)))
            if line.next_milestone is not None:
                rows.addWidget(hint_label(self._milestone_text(line)))
            _add(self.clean_layout, goal)
        self.clean_box.setVisible(bool(found.clean))
        _clear(self.today_layout)
        if found.urges_today:
            for name, count, lapses in found.urges_today:
                text = (fill(self.tr("%1: 1 urge logged"), name) if count == 1
                        else fill(self.tr("%1: %2 urges logged"), name, count))
                if lapses:
                    text += (self.tr(", 1 lapse (a slip is information)") if lapses == 1
                             else fill(self.tr(", %1 lapses (a slip is information)"), lapses))
                _add(self.today_layout, text_label(text))
        else:
            _add(self.today_layout, hint_label(self.tr("No urges logged today.")))
        _add(self.today_layout, text_label(
            fill(self.tr("Mood check-in done: %1."), mood_name(found.mood.mood))
            if found.mood else self.tr("No mood check-in yet today.")))
        self._fill_plan(found.plan)

    def _clean_text(self, line: CleanLine) -> str:
        """The same count the Clean time page shows: hours on the first day, then days."""
        count = (count_text(line.hours, "1 hour", "%1 hours") if line.hours is not None
                 else count_text(line.days, "1 day", "%1 days"))
        return fill(self.tr("%1: %2, since %3"), line.label, count,
                    day_text(line.since, year=True))

    def _milestone_text(self, line: CleanLine) -> str:
        assert line.next_milestone is not None and line.next_on is not None
        to_go = line.days_to_next or 0
        when = (self.tr("today") if to_go <= 0 else self.tr("tomorrow") if to_go == 1
                else fill(self.tr("in %1"), count_text(to_go, "1 day", "%1 days")))
        return fill(self.tr("Next milestone: %1, %2 (%3)"), milestone_text(line.next_milestone),
                    when, day_text(line.next_on, year=True))

    def _fill_plan(self, items: tuple[PlanItem, ...]) -> None:
        _clear(self.plan_layout)
        self.plan_boxes = {}
        if not items:
            _add(self.plan_layout, hint_label(self.tr(
                "No plan for this week yet. The weekly review helps you make one.")))
            return
        for item in items:
            when = day_text(item.day) if item.day else self.tr("any day")
            box = QCheckBox(f"{item.action} ({when})")
            box.setAccessibleName(box.text())
            box.setChecked(item.status is PlanStatus.DONE)
            if item.id is not None:
                item_id = item.id
                box.toggled.connect(lambda on, i=item_id: self._tick(i, on))
                self.plan_boxes[item_id] = box
            _add(self.plan_layout, box)

    def _tick(self, item_id: int, done: bool) -> None:
        try:
            with self.page_ctx.vault.session() as session:
                plans.set_status(session, item_id,
                                 PlanStatus.DONE if done else PlanStatus.OPEN)
        except VaultError as exc:
            self.date_label.setText(exc.user_message)

    # -- actions ----------------------------------------------------------------------------

    def show_crisis(self) -> None:
        show = getattr(self.window(), "show_crisis_card", None)
        if callable(show):
            show()

    def open_mood(self) -> MoodDialog:
        if self.mood_dialog is not None:
            self.mood_dialog.close()
        dialog = MoodDialog(self.page_ctx, self.clock, self.show_crisis, self)
        if self.summary is not None:
            dialog.load(self.summary.mood)
        dialog.setModal(True)
        dialog.saved.connect(lambda _offered: self.safe_refresh())
        dialog.finished.connect(lambda _r: self._mood_closed(dialog))
        self.mood_dialog = dialog
        dialog.open()
        return dialog

    def _mood_closed(self, dialog: MoodDialog) -> None:
        if dialog is self.mood_dialog:
            self.mood_dialog = None
        dialog.deleteLater()

    def save_drafts(self) -> None:
        # A half-filled check-in is a few clicks, not typed words, except its note: keep it
        # by saving the check-in as it stands only if the person wrote a note.
        dialog = self.mood_dialog
        if dialog is None:
            return
        if dialog.note.toPlainText().strip():
            dialog.save()
        else:
            dialog.close()

    def handle_request(self, request: dict[str, object]) -> None:
        if request.get("mood"):
            self.open_mood()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        # Back from the quick-log panel or another window: today's numbers may have changed.
        if (event.type() == QEvent.Type.ActivationChange and self.isVisible()
                and self.isActiveWindow() and self.mood_dialog is None):
            self.safe_refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.safe_refresh()  # on every showing: something may have been logged elsewhere

    def safe_refresh(self) -> None:
        """Refresh outside the shell's page build: a vault problem (damage, a full disk)
        becomes a calm line on the page instead of an error."""
        try:
            self.refresh()
        except VaultError as exc:
            self.date_label.setText(exc.user_message)
