"""Insights for a date range: heatmap (with a table of the same numbers), per-behaviour
figures, top triggers and situations, HALT counts, and a careful addiction-transfer note."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from recovery_desktop.charts.heatmap import weekday_names
from recovery_desktop.domain.behaviours import service as behaviours
from recovery_desktop.domain.behaviours.cleantime import local_date
from recovery_desktop.domain.urges import insights, service, transfer
from recovery_desktop.domain.urges.models import HALT_FLAGS
from recovery_desktop.domain.urges.service import LogFilter
from recovery_desktop.ui.chart_widget import HeatmapWidget
from recovery_desktop.ui.pages.registry import PageContext
from recovery_desktop.ui.urges.common import (
    WallClock,
    fill,
    fill_behaviour_filter,
    halt_label,
    named,
    situation_label,
)
from recovery_desktop.ui.urges.period import PeriodPicker
from recovery_desktop.ui.worker import run_in_background

PERIODS = ((28, "Last 4 weeks"), (84, "Last 12 weeks"), (365, "Last year"), (0, "All time"))


@dataclass(frozen=True)
class Result:
    insights: insights.Insights
    signals: list[transfer.TransferSignal]
    names: dict[int, str]


class InsightsTab(QWidget):
    def __init__(self, page_ctx: PageContext, clock: WallClock,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.page_ctx = page_ctx
        self.clock = clock
        self.busy = False
        column = QVBoxLayout(self)
        bar = QHBoxLayout()
        today = local_date(clock.now_utc(), clock.zone())
        self.period = PeriodPicker([(d, self.tr(t)) for d, t in PERIODS], today)
        bar.addWidget(self.period)
        self.behaviour = QComboBox()
        for label, combo in ((self.tr("Behaviour"), self.behaviour),):
            caption = QLabel(label)
            caption.setBuddy(combo)
            named(combo, label)
            bar.addWidget(caption)
            bar.addWidget(combo)
        bar.addStretch(1)
        self.print_button = QPushButton(self.tr("Print summary…"))
        named(self.print_button, self.print_button.text())
        self.print_button.clicked.connect(lambda *_a: self.print_summary())
        self.print_dialog: QDialog | None = None
        bar.addWidget(self.print_button)
        column.addLayout(bar)

        self.transfer_note = QLabel()
        self.transfer_note.setWordWrap(True)
        self.transfer_note.setFrameShape(QFrame.Shape.StyledPanel)
        self.transfer_note.setMargin(10)
        named(self.transfer_note, self.tr("Something to notice"))
        self.transfer_note.setVisible(False)
        column.addWidget(self.transfer_note)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        named(self.summary, self.tr("Summary"))
        column.addWidget(self.summary)

        self.views = QTabWidget()
        named(self.views, self.tr("Urges by weekday and hour"))
        self.heatmap = HeatmapWidget()
        named(self.heatmap, self.tr("Urges by weekday and hour, as a chart"))
        self.grid_model = QStandardItemModel(7, 24, self)
        self.grid_model.setHorizontalHeaderLabels([f"{h:02d}" for h in range(24)])
        self.grid_model.setVerticalHeaderLabels(weekday_names())
        self.grid_table = QTableView()
        self.grid_table.setModel(self.grid_model)
        self.grid_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.grid_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        named(self.grid_table, self.tr("Urges by weekday and hour, as a table"))
        self.views.addTab(self.heatmap, self.tr("Chart"))
        self.views.addTab(self.grid_table, self.tr("Table"))
        self.views.setMaximumHeight(250)
        column.addWidget(self.views)

        self.per_model = QStandardItemModel(0, 6, self)
        self.per_model.setHorizontalHeaderLabels([
            self.tr("Behaviour"), self.tr("Urges"), self.tr("Kept to goal"), self.tr("Lapses"),
            self.tr("Mean strength"), self.tr("Peak")])
        self.per_table = QTableView()
        self.per_table.setModel(self.per_model)
        self.per_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.per_table.verticalHeader().setVisible(False)
        header = self.per_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.per_table.setWordWrap(False)
        self.per_table.setMaximumHeight(150)
        named(self.per_table, self.tr("By behaviour"))
        column.addWidget(self.per_table)

        lists = QGridLayout()
        self.triggers = self._list_box(lists, 0, self.tr("What set it off most"))
        self.situations = self._list_box(lists, 1, self.tr("Kinds of moment"))
        self.halt = self._list_box(lists, 2, self.tr("HALT"))
        column.addLayout(lists)
        column.addStretch(1)
        self.period.changed.connect(self.refresh)
        self.behaviour.currentIndexChanged.connect(self.refresh)

    def _list_box(self, grid: QGridLayout, col: int, title: str) -> QLabel:
        box = QGroupBox(title)
        named(box, title)
        label = QLabel()
        label.setWordWrap(True)
        named(label, title)
        QVBoxLayout(box).addWidget(label)
        grid.addWidget(box, 0, col)
        return label

    def reload_behaviours(self, choices: Sequence[tuple[str, int]]) -> None:
        fill_behaviour_filter(self.behaviour, choices)

    def print_summary(self) -> None:
        """The trigger-log summary for the period shown, as its own printout."""
        from recovery_desktop.ui.urges.print_summary import TriggerSummaryDialog

        today = local_date(self.clock.now_utc(), self.clock.zone())
        start, end = self.period.local_range(today)
        dialog = TriggerSummaryDialog(self.page_ctx, start, end, today, self)
        dialog.finished.connect(dialog.deleteLater)
        self.print_dialog = dialog
        dialog.open()

    def refresh(self) -> None:
        """Recompute off the GUI thread; the answer lands in ``_show``."""
        if self.period.wiped:  # the shell is wiping the page on lock
            return
        now = self.clock.now_utc()
        zone = self.clock.zone()
        today = local_date(now, zone)
        start, end = self.period.local_range(today)
        behaviour_id = self.behaviour.currentData()
        vault = self.page_ctx.vault
        earliest = min(start or today, today - timedelta(days=2 * transfer.WINDOW_DAYS))
        fetch_until = datetime.combine(max(end, today) + timedelta(days=2), datetime.min.time())
        fetch_from = None if start is None else datetime.combine(earliest, datetime.min.time())

        def work() -> Result:
            with vault.session() as session:
                facts = service.facts(session, LogFilter(
                    start_utc=None if fetch_from is None else fetch_from - timedelta(days=1),
                    end_utc=fetch_until))
                names = {b.id: b.name for b in behaviours.list_behaviours(
                    session, include_archived=True)}
            found = insights.compute(facts, start=start, end=end, behaviour_id=behaviour_id)
            return Result(found, transfer.detect_transfer(facts, today=today), names)

        self.busy = True
        run_in_background(self, work, self._show, self._failed)

    def _failed(self, _exc: BaseException) -> None:
        self.busy = False
        self.summary.setText(self.tr("The insights could not be worked out just now."))

    def _show(self, result: Result) -> None:
        self.busy = False
        found = result.insights
        overall = found.overall
        if overall.count:
            share = round(100 * (overall.share_resisted or 0))
            self.summary.setText(fill(self.tr(
                "%1 urges logged in this period. You kept to your goal in %2% of them. "
                "Mean strength %3, strongest %4. Lapses: %5."),
                overall.count, share, f"{overall.mean_intensity or 0:.1f}",
                overall.peak_intensity, overall.lapses))
        else:
            self.summary.setText(self.tr("Nothing logged in this period yet."))
        self.heatmap.set_counts(found.heatmap)
        for day in range(7):
            for hour in range(24):
                self.grid_model.setItem(day, hour, QStandardItem(str(found.heatmap[day][hour])))
        self.per_model.setRowCount(0)
        for behaviour_id, summary in sorted(found.per_behaviour.items()):
            kept = f"{round(100 * (summary.share_resisted or 0))}%"
            cells: list[str] = [result.names.get(behaviour_id, "?"), str(summary.count), kept,
                     str(summary.lapses), f"{summary.mean_intensity or 0:.1f}",
                     str(summary.peak_intensity)]
            self.per_model.appendRow([QStandardItem(c) for c in cells])
        self.triggers.setText("\n".join(f"{n} × {text}" for text, n in found.top_triggers)
                              or self.tr("None noted yet"))
        self.situations.setText("\n".join(f"{n} × {situation_label(code)}"
                                          for code, n in found.top_situations)
                                or self.tr("None noted yet"))
        self.halt.setText("\n".join(f"{halt_label(flag)}: {found.halt[flag]}"
                                    for flag in HALT_FLAGS))
        self._show_transfer(result)

    def _show_transfer(self, result: Result) -> None:
        if not result.signals:
            self.transfer_note.setVisible(False)
            self.transfer_note.clear()
            return
        s = result.signals[0]
        self.transfer_note.setText(fill(self.tr(
            "Something to notice: in the last four weeks you logged %1 urges or lapses "
            "around %2, up from %3 in the four weeks before, while %4 went from %5 to %6. "
            "When one behaviour eases, the pressure sometimes finds another outlet. That is "
            "common and says nothing bad about you. It may be worth a look, perhaps with "
            "someone you trust. (Lapses count twice in these numbers.)"),
            s.rising_now, result.names.get(s.rising_id, "?"), s.rising_before,
            result.names.get(s.falling_id, "?"), s.falling_before, s.falling_now))
        self.transfer_note.setVisible(True)
