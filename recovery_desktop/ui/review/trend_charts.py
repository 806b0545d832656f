"""The review's trend charts, each with a table of the same numbers one click away.

Drawing is done by ``recovery_desktop.charts`` (QtGui only); this module turns a
``domain.review.trends.Trends`` into chart cards. A chart's accessible name is its title
and its description says what the table holds, for screen-reader users.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRectF
from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from recovery_desktop.charts.heatmap import HeatmapColours, draw_heatmap, weekday_names
from recovery_desktop.charts.plots import draw_line, draw_stacked_bars
from recovery_desktop.charts.style import ChartColours
from recovery_desktop.domain.review import sections
from recovery_desktop.domain.review.trends import Trends
from recovery_desktop.i18n import translate
from recovery_desktop.ui.chart_widget import ChartWidget, Draw
from recovery_desktop.ui.labels import heading
from recovery_desktop.ui.review.section_views import mood_name


class ChartCard(QWidget):
    """A titled chart that can switch to a table of its numbers."""

    def __init__(self, title: str, draw: Draw, columns: Sequence[str],
                 rows: Sequence[tuple[str, Sequence[str]]], parent: QWidget | None = None,
                 *, height: int = 190) -> None:
        super().__init__(parent)
        self.setAccessibleName(title)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.addWidget(heading(title, 1.1), 1)
        self.toggle = QPushButton(self.tr("Show as table"))
        self.toggle.setAccessibleName(self.tr("Show as table"))
        self.toggle.setAccessibleDescription(title)
        self.toggle.clicked.connect(self.flip)
        top.addWidget(self.toggle)
        column.addLayout(top)
        self.stack = QStackedWidget()
        self.chart = ChartWidget(draw, min_height=height)
        self.chart.setAccessibleName(title)
        self.chart.setAccessibleDescription(self.tr(
            "A chart. Use “Show as table” beside it to read the same numbers."))
        self.table = QTableWidget(len(rows), len(columns))
        self.table.setAccessibleName(title + self.tr(" (table)"))
        self.table.setHorizontalHeaderLabels(list(columns))
        self.table.setVerticalHeaderLabels([label for label, _v in rows])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        for r, (_label, values) in enumerate(rows):
            for c, value in enumerate(values):
                self.table.setItem(r, c, QTableWidgetItem(value))
        self.table.setMinimumHeight(height)
        self.stack.addWidget(self.chart)
        self.stack.addWidget(self.table)
        self.stack.setFixedHeight(height)
        column.addWidget(self.stack)

    def flip(self) -> None:
        to_table = self.stack.currentWidget() is self.chart
        self.stack.setCurrentWidget(self.table if to_table else self.chart)
        text = self.tr("Show as chart") if to_table else self.tr("Show as table")
        self.toggle.setText(text)
        self.toggle.setAccessibleName(text)

    @property
    def showing_table(self) -> bool:
        return self.stack.currentWidget() is self.table


def _fmt(value: float | None, digits: int = 1) -> str:
    return "–" if value is None else f"{value:.{digits}f}"


def chart_cards(found: Trends) -> list[ChartCard]:
    """Every chart the numbers support, in reading order."""
    days = [d.strftime("%d %b") for d in found.days]
    weeks = [w.end.strftime("%d %b") for w in found.weeks]
    every = max(1, len(days) // 8)
    cards: list[ChartCard] = []

    series = [(name, found.per_day[bid]) for bid, name in found.behaviours]

    def bars(painter: QPainter, rect: QRectF, palette: QPalette) -> None:
        draw_stacked_bars(painter, rect, days, series, ChartColours.from_palette(palette),
                          label_every=every)

    cards.append(ChartCard(
        translate("review", "Urges per day, by behaviour"), bars,
        [name for name, _v in series] or [translate("review", "Urges")],
        [(day, [str(values[i]) for _n, values in series] or ["0"])
         for i, day in enumerate(days)], height=210))

    def weekly_line(values: Sequence[float | None], high: float, percent: bool = False) -> Draw:
        def draw(painter: QPainter, rect: QRectF, palette: QPalette) -> None:
            draw_line(painter, rect, weeks, values, ChartColours.from_palette(palette),
                      low=0.0, high=high,
                      tick_label=(lambda v: f"{v * 100:.0f}%") if percent else
                      (lambda v: f"{v:g}"))
        return draw

    cards.append(ChartCard(
        translate("review", "Mean intensity per week (0 to 10)"),
        weekly_line(found.mean_intensity, 10.0),
        [translate("review", "Mean intensity"), translate("review", "Urges")],
        [(w, [_fmt(v), str(n)]) for w, v, n in zip(weeks, found.mean_intensity,
                                                   found.urges_per_week, strict=True)],
        height=160))
    cards.append(ChartCard(
        translate("review", "Share of urges where you kept to your goal"),
        weekly_line(found.share_resisted, 1.0, percent=True), [translate("review", "Kept to goal")],
        [(w, ["–" if v is None else f"{v * 100:.0f}%"]) for w, v in
         zip(weeks, found.share_resisted, strict=True)], height=160))
    meetings = found.weekly.get(sections.MEETINGS)
    if meetings is not None and any(v is not None for v in meetings):  # None: never logged
        top = max([v for v in meetings if v is not None] + [4.0])
        cards.append(ChartCard(
            translate("review", "Meetings per week"), weekly_line(meetings, float(top)),
            [translate("review", "Meetings")],
            [(w, [_fmt(v, 0)]) for w, v in zip(weeks, meetings, strict=True)], height=160))
    if any(v is not None for v in found.mood):
        def mood(painter: QPainter, rect: QRectF, palette: QPalette) -> None:
            draw_line(painter, rect, days, found.mood, ChartColours.from_palette(palette),
                      low=-3.0, high=3.0, ticks=[-3.0, 0.0, 3.0],
                      tick_label=lambda v: mood_name(int(v)), label_every=every)

        cards.append(ChartCard(
            translate("review", "Mood by day"), mood, [translate("review", "Mood")],
            [(day, ["–" if v is None else mood_name(int(v))])
             for day, v in zip(days, found.mood, strict=True)], height=160))

    def heat(painter: QPainter, rect: QRectF, palette: QPalette) -> None:
        draw_heatmap(painter, rect, found.heatmap, HeatmapColours.from_palette(palette))

    names = weekday_names()
    cards.append(ChartCard(
        translate("review", "Urges by weekday and hour"), heat, [f"{h:02d}" for h in range(24)],
        [(names[d], [str(v) for v in found.heatmap[d]]) for d in range(7)], height=200))
    return cards
