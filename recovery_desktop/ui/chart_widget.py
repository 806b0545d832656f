"""Widgets that paint a chart from ``recovery_desktop.charts`` with the widget's palette.

The drawing itself lives in ``charts`` (QtGui only) so printing reuses it; these widgets
only give it a rectangle and the current palette's colours, and repaint on theme changes.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QRectF, QSize
from PySide6.QtGui import QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

from recovery_desktop.charts.heatmap import HeatmapColours, draw_heatmap

Draw = Callable[[QPainter, QRectF, QPalette], None]


class ChartWidget(QWidget):
    def __init__(self, draw: Draw | None = None, parent: QWidget | None = None,
                 *, min_height: int = 170, hint: QSize | None = None) -> None:
        super().__init__(parent)
        self.draw: Draw | None = draw
        self._hint = hint or QSize(560, 200)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumSize(QSize(320, min_height))

    def sizeHint(self) -> QSize:
        return self._hint

    def set_draw(self, draw: Draw) -> None:
        self.draw = draw
        self.update()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        if self.draw is None:
            return
        painter = QPainter(self)
        self.draw(painter, QRectF(self.rect()).adjusted(2, 2, -2, -2), self.palette())
        painter.end()


class HeatmapWidget(ChartWidget):
    """Urges by weekday and hour (``charts.heatmap``)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(None, parent, min_height=170, hint=QSize(560, 190))
        self.counts: list[list[int]] = [[0] * 24 for _ in range(7)]
        self.draw = self._draw

    def set_counts(self, counts: Sequence[Sequence[int]]) -> None:
        self.counts = [list(row) for row in counts]
        self.update()

    def _draw(self, painter: QPainter, rect: QRectF, palette: QPalette) -> None:
        draw_heatmap(painter, rect, self.counts, HeatmapColours.from_palette(palette))
