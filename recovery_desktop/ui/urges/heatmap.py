"""Urges by weekday and hour, drawn with QPainter.

``draw_heatmap(painter, rect, data)`` only needs a painter, so the same drawing serves the
screen, a PNG and (later) a PDF page. ``HeatmapWidget`` paints it with palette colours; a
table of the same numbers sits beside it for screen readers.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget


def weekday_names() -> list[str]:
    t = QCoreApplication.translate
    return [t("urges", "Mon"), t("urges", "Tue"), t("urges", "Wed"), t("urges", "Thu"),
            t("urges", "Fri"), t("urges", "Sat"), t("urges", "Sun")]


@dataclass(frozen=True)
class HeatmapColours:
    background: QColor
    empty: QColor
    full: QColor
    text: QColor

    @classmethod
    def from_palette(cls, palette: QPalette) -> HeatmapColours:
        return cls(palette.color(QPalette.ColorRole.Base),
                   palette.color(QPalette.ColorRole.AlternateBase),
                   palette.color(QPalette.ColorRole.Highlight),
                   palette.color(QPalette.ColorRole.Text))


def _mix(a: QColor, b: QColor, share: float) -> QColor:
    return QColor(round(a.red() + (b.red() - a.red()) * share),
                  round(a.green() + (b.green() - a.green()) * share),
                  round(a.blue() + (b.blue() - a.blue()) * share))


def draw_heatmap(painter: QPainter, rect: QRectF, counts: Sequence[Sequence[int]],
                 colours: HeatmapColours, days: Sequence[str] | None = None) -> None:
    """Seven rows (Monday first) of 24 hourly cells; darker means more urges."""
    days = list(days or weekday_names())
    metrics = painter.fontMetrics()
    label_w = max(metrics.horizontalAdvance(d) for d in days) + 8
    label_h = metrics.height() + 4
    grid = QRectF(rect.left() + label_w, rect.top(), rect.width() - label_w,
                  rect.height() - label_h)
    cell_w, cell_h = grid.width() / 24, grid.height() / 7
    peak = max((max(row) for row in counts), default=0) or 1
    painter.save()
    painter.fillRect(rect, colours.background)
    painter.setPen(colours.text)
    for day in range(7):
        y = grid.top() + day * cell_h
        painter.drawText(QRectF(rect.left(), y, label_w - 6, cell_h),
                         int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                         days[day])
        for hour in range(24):
            value = counts[day][hour]
            colour = _mix(colours.empty, colours.full, value / peak) if value else colours.empty
            painter.fillRect(QRectF(grid.left() + hour * cell_w + 1, y + 1, cell_w - 2,
                                    cell_h - 2), colour)
    for hour in range(0, 24, 3):
        painter.drawText(QRectF(grid.left() + hour * cell_w, grid.bottom() + 2, cell_w * 3,
                                label_h), int(Qt.AlignmentFlag.AlignLeft), f"{hour:02d}")
    painter.restore()


class HeatmapWidget(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.counts: list[list[int]] = [[0] * 24 for _ in range(7)]
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumSize(QSize(360, 170))

    def sizeHint(self) -> QSize:
        return QSize(560, 190)

    def set_counts(self, counts: Sequence[Sequence[int]]) -> None:
        self.counts = [list(row) for row in counts]
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        draw_heatmap(painter, QRectF(self.rect()), self.counts,
                     HeatmapColours.from_palette(self.palette()))
        painter.end()
