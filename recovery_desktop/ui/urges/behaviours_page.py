"""Behaviours and goals: name behaviours in your own words, set a goal (kept as history),
see clean time, streaks and every lapse with its note."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from recovery_desktop.domain.behaviours import service as behaviours
from recovery_desktop.domain.behaviours.cleantime import local_date
from recovery_desktop.domain.behaviours.models import Category, GoalTier, PlanPeriod
from recovery_desktop.domain.behaviours.service import InvalidInput
from recovery_desktop.domain.urges import service
from recovery_desktop.ui.flow_layout import FlowLayout, fit_placeholder
from recovery_desktop.ui.labels import heading, scaled
from recovery_desktop.ui.pages.registry import Page, PageContext
from recovery_desktop.ui.urges.clean_time_view import CleanTimeView
from recovery_desktop.ui.urges.common import (
    WallClock,
    category_label,
    named,
    period_label,
    tier_label,
)

ID_ROLE = Qt.ItemDataRole.UserRole + 1


class BehavioursPage(Page):
    def __init__(self, page_ctx: PageContext, clock: WallClock | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.page_ctx = page_ctx
        self.clock = clock or WallClock()
        self.items: dict[int, behaviours.Behaviour] = {}
        outer = QHBoxLayout(self)
        outer.setContentsMargins(16, 12, 16, 12)
        outer.addLayout(self._left(), 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self._right())
        outer.addWidget(scroll, 1)
        self.reload()

    # -- building -------------------------------------------------------------------------

    def _left(self) -> QVBoxLayout:
        column = QVBoxLayout()
        column.addWidget(heading(self.tr("Behaviours and goals")))
        self.list = QListWidget()
        self.list.setMinimumWidth(220)
        self.list.setMaximumWidth(280)
        named(self.list, self.tr("Your behaviours"))
        self.list.currentRowChanged.connect(lambda _r: self.show_selected())
        column.addWidget(self.list, 1)
        self.show_archived = QCheckBox(self.tr("Show archived"))
        named(self.show_archived, self.show_archived.text())
        self.show_archived.toggled.connect(lambda _on: self.reload())
        column.addWidget(self.show_archived)
        add = QGroupBox(self.tr("Add a behaviour"))
        named(add, add.title())
        form = QFormLayout(add)
        wrap_long_rows(form)
        self.new_name = QLineEdit()
        self.new_name.setPlaceholderText(self.tr("in your own words"))
        fit_placeholder(self.new_name)
        self.new_category = QComboBox()
        for category in Category:
            self.new_category.addItem(category_label(category), category.value)
        shrinkable(self.new_category)
        for label, widget in ((self.tr("Name"), self.new_name),
                              (self.tr("Kind"), self.new_category)):
            named(widget, label)
            form.addRow(label, widget)
        self.add_button = QPushButton(self.tr("Add"))
        named(self.add_button, self.add_button.text())
        self.add_button.clicked.connect(self.add)
        self.new_name.returnPressed.connect(self.add)
        form.addRow(self.add_button)
        column.addWidget(add)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setMaximumWidth(280)
        named(self.status, self.tr("Behaviours status"))
        column.addWidget(self.status)
        return column

    def _right(self) -> QWidget:
        panel = QWidget()
        column = QVBoxLayout(panel)
        column.setContentsMargins(12, 0, 0, 0)
        top = QFormLayout()
        wrap_long_rows(top)
        self.name = QLineEdit()
        named(self.name, self.tr("Name"))
        name_row = QHBoxLayout()
        name_row.addWidget(self.name, 1)
        self.rename_button = self._button(self.tr("Rename"), self.rename, name_row)
        top.addRow(self.tr("Name"), name_row)
        self.category = QLabel()
        self.category.setWordWrap(True)  # holds a sentence when nothing is selected
        named(self.category, self.tr("Kind"))
        top.addRow(self.tr("Kind"), self.category)
        column.addLayout(top)
        actions = QHBoxLayout()
        self.archive_button = self._button(self.tr("Archive"), self.toggle_archive, actions)
        self.remove_button = self._button(self.tr("Remove"), self.remove, actions)
        actions.addStretch(1)
        column.addLayout(actions)

        goal = QGroupBox(self.tr("Goal"))
        named(goal, goal.title())
        form = QFormLayout(goal)
        self.goal_form = form
        wrap_long_rows(form)
        self.tier = QComboBox()
        for tier in GoalTier:
            self.tier.addItem(tier_label(tier), tier.value)
        shrinkable(self.tier)
        self.label = QLineEdit()
        self.label.setPlaceholderText(self.tr("optional, e.g. my bottom lines"))
        self.limit = QSpinBox()
        self.limit.setRange(0, 100_000)
        self.period = QComboBox()
        for period in PlanPeriod:
            self.period.addItem(period_label(period), period.value)
        plan = FlowLayout()  # these rows wrap when the panel is narrow (large text)
        plan.addWidget(self.limit)
        per = QLabel(self.tr("per"))
        plan.addWidget(per)
        plan.addWidget(self.period)
        self.counts = QLineEdit()
        self.clean_since = QDateEdit()
        self.clean_since.setCalendarPopup(True)
        self.clean_since.setDisplayFormat("yyyy-MM-dd")
        self.clean_since.setMinimumDate(QDate(1900, 1, 1))
        self.with_time = QCheckBox(self.tr("Also a time"))
        self.clean_time = QTimeEdit()
        self.clean_time.setDisplayFormat("HH:mm")
        since = FlowLayout()
        since.addWidget(self.clean_since)
        since.addWidget(self.with_time)
        since.addWidget(self.clean_time)
        self.bottom_lines = QPlainTextEdit()
        self.bottom_lines.setTabChangesFocus(True)
        self.bottom_lines.setFixedHeight(64)
        self.covers = QListWidget()
        self.covers.setFixedHeight(80)
        rows: list[tuple[str, Any]] = [
            (self.tr("My goal"), self.tier), (self.tr("In my own words"), self.label),
            (self.tr("Limit"), self.limit), (self.tr("What counts"), self.counts),
            (self.tr("Clean since"), self.clean_since),
            (self.tr("Bottom lines (one a line)"), self.bottom_lines),
            (self.tr("This goal also covers"), self.covers)]
        named(self.period, self.tr("Per"))
        named(self.with_time, self.with_time.text())
        named(self.clean_time, self.tr("Time"))
        for label, widget in rows:
            named(widget, label)
            holder = plan if widget is self.limit else since if widget is self.clean_since \
                else widget
            form.addRow(label, holder)
        self._plan_row, self._since_row = plan, since
        # Too narrow beside their labels at large text sizes: then they go under them.
        for field in (self.tier, self.label, self.counts, self.bottom_lines, self.covers):
            field.setMinimumWidth(scaled(200))
        self.medical = QLabel(self.tr(
            "A gentle note: stopping alcohol or some prescribed medicines suddenly can be "
            "dangerous for the body. Please talk to a doctor or pharmacist before you stop; "
            "they can help you do it safely."))
        self.medical.setWordWrap(True)
        named(self.medical, self.tr("A note about stopping safely"))
        form.addRow(self.medical)
        goal_buttons = QHBoxLayout()
        self.goal_status = QLabel()
        self.goal_status.setWordWrap(True)
        named(self.goal_status, self.tr("Goal status"))
        goal_buttons.addWidget(self.goal_status, 1)
        self.save_goal_button = self._button(self.tr("Save goal"), self.save_goal, goal_buttons)
        form.addRow(goal_buttons)
        column.addWidget(goal)
        self.tier.currentIndexChanged.connect(self._tier_changed)
        self.with_time.toggled.connect(self.clean_time.setEnabled)

        self.clean = CleanTimeView()
        column.addWidget(self.clean)
        column.addStretch(1)
        self.detail_widgets = [self.name, self.rename_button, self.archive_button,
                               self.remove_button, goal, self.clean]
        return panel

    def _button(self, text: str, slot: Any, layout: QHBoxLayout) -> QPushButton:
        button = QPushButton(text)
        named(button, text)
        button.clicked.connect(slot)
        layout.addWidget(button)
        return button

    # -- data -----------------------------------------------------------------------------

    def selected(self) -> behaviours.Behaviour | None:
        item = self.list.currentItem()
        return None if item is None else self.items.get(int(item.data(ID_ROLE)))

    def reload(self, select: int | None = None) -> None:
        current = self.selected()
        keep = select if select is not None else (current.id if current else None)
        with self.page_ctx.vault.session() as session:
            found = behaviours.list_behaviours(session, include_archived=True)
        self.items = {b.id: b for b in found}
        self.list.blockSignals(True)
        self.list.clear()
        for item in found:
            if item.archived and not self.show_archived.isChecked():
                continue
            text = item.name + (self.tr(" (archived)") if item.archived else "")
            row = QListWidgetItem(text)
            row.setData(ID_ROLE, item.id)
            self.list.addItem(row)
            if item.id == keep:
                self.list.setCurrentItem(row)
        if self.list.currentRow() < 0 and self.list.count():
            self.list.setCurrentRow(0)
        self.list.blockSignals(False)
        self.show_selected()

    def show_selected(self) -> None:
        chosen = self.selected()
        for widget in self.detail_widgets:
            widget.setEnabled(chosen is not None)
        if chosen is None:
            self.name.clear()
            self.category.setText(self.tr("Add a behaviour to set a goal for it."))
            self.clean.clear_all()
            return
        self.name.setText(chosen.name)
        self.category.setText(category_label(chosen.category))
        self.archive_button.setText(self.tr("Bring back") if chosen.archived
                                    else self.tr("Archive"))
        named(self.archive_button, self.archive_button.text())
        now, zone = self.clock.now_utc(), self.clock.zone()
        with self.page_ctx.vault.session() as session:
            goal = behaviours.goal_for(session, chosen.id)
            history = behaviours.goal_history(session, chosen.id)
            clean = service.goal_clean_time(session, goal, now_utc=now, tz=zone) if goal else None
        self._fill_goal(goal, chosen)
        self.clean.show_clean_time(clean)
        self.clean.show_history(history)

    def _fill_goal(self, goal: behaviours.Goal | None, chosen: behaviours.Behaviour) -> None:
        today = local_date(self.clock.now_utc(), self.clock.zone())
        self.tier.setCurrentIndex(max(0, self.tier.findData(goal.tier.value if goal else None)))
        self.label.setText(goal.label if goal else "")
        self.limit.setValue(goal.plan_limit or 0 if goal else 0)
        self.period.setCurrentIndex(max(0, self.period.findData(
            goal.plan_period.value if goal and goal.plan_period else None)))
        self.counts.setText(goal.plan_counts if goal else "")
        since = goal.clean_since if goal and goal.clean_since else today
        self.clean_since.setMaximumDate(QDate(today.year, today.month, today.day))
        self.clean_since.setDate(QDate(since.year, since.month, since.day))
        at = goal.clean_since_time if goal else None
        self.with_time.setChecked(at is not None)
        self.clean_time.setEnabled(at is not None)
        if at is not None:
            self.clean_time.setTime(QTime(at.hour, at.minute))
        self.bottom_lines.setPlainText(goal.bottom_lines if goal else "")
        self.covers.clear()
        for other in self.items.values():
            if other.id == chosen.id or other.archived:
                continue
            row = QListWidgetItem(other.name)
            row.setData(ID_ROLE, other.id)
            row.setFlags(row.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            covered = goal is not None and other.id in goal.behaviour_ids
            row.setCheckState(Qt.CheckState.Checked if covered else Qt.CheckState.Unchecked)
            self.covers.addItem(row)
        self._tier_changed()
        self.goal_status.clear()

    def _tier_changed(self) -> None:
        if self.tier.currentData() is None:  # the shell is wiping the page on lock
            return
        tier = GoalTier(self.tier.currentData())
        abstinent = tier is GoalTier.ABSTINENT
        # Show only the fields that belong to this kind of goal.
        self.goal_form.setRowVisible(self.counts, not abstinent)
        self.goal_form.setRowVisible(self._plan_row, not abstinent)
        self.goal_form.setRowVisible(self._since_row, abstinent)
        self.clean_time.setEnabled(abstinent and self.with_time.isChecked())
        chosen = self.selected()
        self.medical.setVisible(chosen is not None and behaviours.needs_medical_note(
            chosen.category, tier))

    # -- actions --------------------------------------------------------------------------

    def add(self) -> None:
        try:
            with self.page_ctx.vault.session() as session:
                new_id = behaviours.add_behaviour(
                    session, self.new_name.text(), Category(self.new_category.currentData()))
        except InvalidInput as problem:
            self.status.setText("\n".join(problem.messages))
            return
        self.new_name.clear()
        self.status.setText(self.tr("Added. Now you can set a goal for it."))
        self.reload(select=new_id)

    def rename(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        try:
            with self.page_ctx.vault.session() as session:
                behaviours.rename_behaviour(session, chosen.id, self.name.text())
        except InvalidInput as problem:
            self.status.setText("\n".join(problem.messages))
            return
        self.status.setText(self.tr("Renamed."))
        self.reload()

    def toggle_archive(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        with self.page_ctx.vault.session() as session:
            behaviours.set_archived(session, chosen.id, not chosen.archived)
        self.status.setText(self.tr("Brought back.") if chosen.archived else self.tr(
            "Archived: it is hidden from the quick log, and its history stays."))
        self.reload()

    def remove(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        with self.page_ctx.vault.session() as session:
            what = behaviours.remove_behaviour(session, chosen.id)
        self.status.setText(self.tr(
            "Entries or goals refer to it, so it was archived rather than removed: its "
            "history stays.") if what == "archived" else self.tr("Removed."))
        self.reload()

    def save_goal(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        tier = GoalTier(self.tier.currentData())
        covered = [chosen.id] + [
            int(self.covers.item(n).data(ID_ROLE)) for n in range(self.covers.count())
            if self.covers.item(n).checkState() == Qt.CheckState.Checked]
        qdate, qtime = self.clean_since.date(), self.clean_time.time()
        from datetime import date, time

        try:
            with self.page_ctx.vault.session() as session:
                behaviours.set_goal(
                    session, covered, tier, tz=self.clock.zone(), label=self.label.text(),
                    plan_limit=self.limit.value(),
                    plan_period=PlanPeriod(self.period.currentData()),
                    plan_counts=self.counts.text(), bottom_lines=self.bottom_lines.toPlainText(),
                    clean_since=date(qdate.year(), qdate.month(), qdate.day()),
                    clean_since_time=time(qtime.hour(), qtime.minute())
                    if self.with_time.isChecked() else None,
                    now=self.clock.now_utc())
        except InvalidInput as problem:
            self.goal_status.setText("\n".join(problem.messages))
            return
        self.show_selected()
        self.goal_status.setText(self.tr("Saved. Your earlier goals stay in the history."))

    def handle_request(self, request: dict[str, Any]) -> None:
        if request.get("add"):
            self.new_name.setFocus()


def wrap_long_rows(form: QFormLayout) -> None:
    """Field under its label when the panel is too narrow for both (large text sizes)."""
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)


def shrinkable(combo: QComboBox) -> None:
    """A combo box whose longest choice does not set the panel's minimum width."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(12)
