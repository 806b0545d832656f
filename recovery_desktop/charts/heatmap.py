"""Urges by weekday and hour: seven rows (Monday first) of 24 cells, darker means more.

Only needs a painter, so the same drawing serves the screen, a PNG and a PDF page. Cells
with a count show the number when there is room, so the chart reads without colour too.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPalette

from recovery_desktop.charts.style import mix
from recovery_desktop.i18n import translate


def weekday_names() -> list[str]:
    return [translate("charts", "Mon"), translate("charts", "Tue"), translate("charts", "Wed"),
            translate("charts", "Thu"),
            translate("charts", "Fri"), translate("charts", "Sat"), translate("charts", "Sun")]


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


def _readable_on(colour: QColor) -> QColor:
    return QColor(0, 0, 0) if colour.lightness() > 140 else QColor(255, 255, 255)


def draw_heatmap(painter: QPainter, rect: QRectF, counts: Sequence[Sequence[int]],
                 colours: HeatmapColours, days: Sequence[str] | None = None,
                 *, numbers: bool = True) -> None:
    """Seven rows (Monday first) of 24 hourly cells; darker means more urges."""
    days = list(days or weekday_names())
    metrics = painter.fontMetrics()
    label_w = max(metrics.horizontalAdvance(d) for d in days) + 8
    label_h = metrics.height() + 4
    grid = QRectF(rect.left() + label_w, rect.top(), rect.width() - label_w,
                  rect.height() - label_h)
    cell_w, cell_h = grid.width() / 24, grid.height() / 7
    peak = max((max(row) for row in counts), default=0) or 1
    show_numbers = numbers and cell_w >= metrics.horizontalAdvance("99") + 2 \
        and cell_h >= metrics.height()
    painter.save()
    painter.fillRect(rect, colours.background)
    for day in range(7):
        y = grid.top() + day * cell_h
        painter.setPen(colours.text)
        painter.drawText(QRectF(rect.left(), y, label_w - 6, cell_h),
                         int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                         days[day])
        for hour in range(24):
            value = counts[day][hour]
            colour = mix(colours.empty, colours.full, 0.2 + 0.8 * value / peak) if value \
                else colours.empty
            cell = QRectF(grid.left() + hour * cell_w + 1, y + 1, cell_w - 2, cell_h - 2)
            painter.fillRect(cell, colour)
            if value and show_numbers:
                painter.setPen(_readable_on(colour))
                painter.drawText(cell, int(Qt.AlignmentFlag.AlignCenter), str(value))
    painter.setPen(colours.text)
    for hour in range(0, 24, 3):
        painter.drawText(QRectF(grid.left() + hour * cell_w, grid.bottom() + 2, cell_w * 3,
                                label_h), int(Qt.AlignmentFlag.AlignLeft), f"{hour:02d}")
    painter.restore()
