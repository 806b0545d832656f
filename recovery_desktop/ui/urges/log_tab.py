"""The whole log, newest first, with filters; edit and delete with undo."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime, time, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from recovery_desktop.domain.behaviours.cleantime import local_date, to_utc
from recovery_desktop.domain.urges import service
from recovery_desktop.domain.urges.models import HALT_FLAGS, Halt, Outcome
from recovery_desktop.domain.urges.service import LogFilter
from recovery_desktop.ui import shortcuts
from recovery_desktop.ui.flow_layout import FlowLayout
from recovery_desktop.ui.pages.page_layout import set_column_widths
from recovery_desktop.ui.pages.registry import PageContext
from recovery_desktop.ui.urges.common import (
    WallClock,
    fill,
    fill_behaviour_filter,
    halt_label,
    named,
    outcome_short,
)
from recovery_desktop.ui.urges.log_model import UrgeLogModel
from recovery_desktop.ui.urges.period import PeriodPicker
from recovery_desktop.ui.worker import run_in_background

PERIODS = ((0, "All time"), (7, "Last 7 days"), (28, "Last 4 weeks"), (84, "Last 12 weeks"),
           (365, "Last year"))


class LogTab(QWidget):
    def __init__(self, page_ctx: PageContext, clock: WallClock,
                 open_entry: Callable[[int | None], object],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.page_ctx = page_ctx
        self.clock = clock
        self.open_entry = open_entry
        self.undo_action: tuple[str, Callable[[], None]] | None = None
        column = QVBoxLayout(self)

        filters = FlowLayout()  # wraps onto a second line at large text sizes
        find = QHBoxLayout()
        self.behaviour = QComboBox()
        # Wide enough for "All behaviours" and most names (seen cut to "All behav").
        self.behaviour.setMinimumContentsLength(14)
        self.behaviour.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        today = local_date(clock.now_utc(), clock.zone())
        self.period = PeriodPicker([(d, self.tr(t)) for d, t in PERIODS], today)
        self.outcome = QComboBox()
        self.outcome.addItem(self.tr("Any outcome"), None)
        for outcome in Outcome:
            self.outcome.addItem(outcome_short(outcome), outcome.value)
        self.min_intensity = QSpinBox()
        self.min_intensity.setRange(0, 10)
        self.halt = QComboBox()
        self.halt.addItem(self.tr("Any"), 0)
        for flag in HALT_FLAGS:
            self.halt.addItem(halt_label(flag), int(flag))
        for combo in (self.outcome, self.halt):  # as wide as their longest choice
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.words = QLineEdit()
        self.words.setPlaceholderText(self.tr("words in triggers and notes"))
        self.words.setClearButtonEnabled(True)
        for label, widget in ((self.tr("Behaviour"), self.behaviour),
                              (self.tr("Outcome"), self.outcome),
                              (self.tr("Strength at least"), self.min_intensity),
                              (self.tr("HALT"), self.halt), (self.tr("Find"), self.words)):
            caption = QLabel(label)
            caption.setBuddy(widget)
            named(widget, label)
            if widget is self.words:
                find.addWidget(caption)
                find.addWidget(widget, 1)
                continue
            # Caption and control wrap to the next line together.
            pair = QWidget()
            pair_row = QHBoxLayout(pair)
            pair_row.setContentsMargins(0, 0, 0, 0)
            pair_row.addWidget(caption)
            pair_row.addWidget(widget)
            filters.addWidget(pair)
        filters.addWidget(self.period)
        column.addLayout(filters)
        column.addLayout(find)

        self.model = UrgeLogModel(page_ctx.vault, clock.zone, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(26)
        header = self.table.horizontalHeader()
        # The last column stretches over the rest; 0 keeps at least its title in view.
        set_column_widths(header, dict(enumerate((175, 150, 70, 100, 60, 200, 0))))
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        named(self.table, self.tr("Log"))
        self.table.doubleClicked.connect(lambda _i: self.edit_selected())
        column.addWidget(self.table, 1)

        buttons = QHBoxLayout()
        self.count = QLabel()
        named(self.count, self.tr("Entries shown"))
        self.status = QLabel()
        named(self.status, self.tr("Log status"))
        self.new_button = QPushButton(self.tr("Log an urge…"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.delete_button = QPushButton(self.tr("Delete"))
        self.undo_button = QPushButton(self.tr("Undo"))
        buttons.addWidget(self.count)
        buttons.addWidget(self.status, 1)
        for button in (self.new_button, self.edit_button, self.delete_button, self.undo_button):
            named(button, button.text())
            buttons.addWidget(button)
        self.new_button.clicked.connect(lambda: self.open_entry(None))
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.undo_button.clicked.connect(self.undo)
        self.undo_button.setEnabled(False)
        column.addLayout(buttons)
        # Keys from the registry (ui/shortcuts.py), which the F1 overview lists.
        shortcuts.attach(self.table, "delete_entry", self.delete_selected,
                         Qt.ShortcutContext.WidgetShortcut)
        shortcuts.attach(self.table, "edit_entry", self.edit_selected,
                         Qt.ShortcutContext.WidgetShortcut)
        shortcuts.attach(self, "undo", self.undo)
        shortcuts.attach(self, "find", self.words.setFocus)
        self.period.changed.connect(self.reload)
        for combo in (self.behaviour, self.outcome, self.halt):
            combo.currentIndexChanged.connect(self.reload)
        self.min_intensity.valueChanged.connect(self.reload)
        self.words.textChanged.connect(self.reload)

    def reload_behaviours(self, choices: Sequence[tuple[str, int]]) -> None:
        fill_behaviour_filter(self.behaviour, choices)

    def current_filter(self) -> LogFilter:
        zone = self.clock.zone()
        first, last = self.period.local_range(local_date(self.clock.now_utc(), zone))
        start = None if first is None else to_utc(datetime.combine(first, time()), zone)
        end = to_utc(datetime.combine(last + timedelta(days=1), time()), zone)
        outcome = self.outcome.currentData()
        return LogFilter(
            behaviour_id=self.behaviour.currentData(),
            start_utc=start,
            end_utc=end,
            outcomes=frozenset({Outcome(outcome)}) if outcome else frozenset(),
            min_intensity=self.min_intensity.value(),
            halt_any=Halt(int(self.halt.currentData() or 0)),
            words=self.words.text(),
        )

    def reload(self) -> None:
        if self.period.wiped:  # the shell is wiping the page on lock
            return
        flt = self.current_filter()
        self.model.reload(flt)
        if not self.model.more:
            self.count.setText(fill(self.tr("%1 entries"), self.model.rowCount()))
            return
        vault = self.page_ctx.vault
        self.count.setText(fill(self.tr("%1+ entries"), self.model.rowCount()))

        def count() -> int:
            with vault.session() as session:
                return service.count_entries(session, flt)

        def show(total: int) -> None:
            if flt is self.model.filter:  # not a stale answer for an older filter
                self.count.setText(fill(self.tr("%1 entries"), total))

        run_in_background(self, count, show, lambda _exc: None)

    def selected_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.entry_id(rows[0].row()) if rows else None

    def edit_selected(self) -> None:
        entry_id = self.selected_id()
        if entry_id is None:
            self.status.setText(self.tr("Choose an entry first."))
            return
        with self.page_ctx.vault.session() as session:
            before = service.load_entry(session, entry_id)
        if before is None:
            return

        def restore() -> None:
            with self.page_ctx.vault.session() as session:
                service.update_entry(session, entry_id, before, now_utc=self.clock.now_utc())

        self._remember(self.tr("Undo the edit"), restore)
        self.open_entry(entry_id)

    def delete_selected(self) -> None:
        entry_id = self.selected_id()
        if entry_id is None:
            self.status.setText(self.tr("Choose an entry first."))
            return
        with self.page_ctx.vault.session() as session:
            snapshot = service.delete_entry(session, entry_id)
        if snapshot is None:
            return

        def restore() -> None:
            with self.page_ctx.vault.session() as session:
                service.restore_entry(session, snapshot)

        self._remember(self.tr("Undo the delete"), restore)
        self.status.setText(self.tr("Entry deleted. Undo brings it back."))
        self.reload()

    def _remember(self, label: str, action: Callable[[], None]) -> None:
        self.undo_action = (label, action)
        self.undo_button.setEnabled(True)
        self.undo_button.setToolTip(label)

    def undo(self) -> None:
        if self.undo_action is None:
            return
        _label, action = self.undo_action
        self.undo_action = None
        action()
        self.undo_button.setEnabled(False)
        self.status.setText(self.tr("Undone."))
        self.reload()
