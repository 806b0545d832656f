"""Stacked bars and line charts over a run of labelled points (days or weeks).

Each function draws into ``rect`` with the painter it is given: axes with a few labelled
gridlines, the data, and a legend (stacked bars), in the colours and hatch patterns of
:class:`~recovery_desktop.charts.style.ChartColours`.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QPainter, QPainterPath, QPen

from recovery_desktop.charts.style import ChartColours

LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
CENTRE = int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)


def nice_top(value: float) -> float:
    """A round axis maximum at or above ``value`` (1, 2, 5, 10, 20, ...)."""
    if value <= 0:
        return 1.0
    power = 10 ** math.floor(math.log10(value))
    for step in (1, 2, 5, 10):
        if value <= step * power:
            return float(step * power)
    return float(10 * power)


def count_step(top: int) -> int:
    """A whole-number gridline step giving at most five steps up to ``top``."""
    step = 1
    while top / step > 5:
        step = step * 5 // 2 if str(step).startswith("2") else step * 2
    return step


def _axes(painter: QPainter, rect: QRectF, colours: ChartColours, low: float, high: float,
          ticks: Sequence[float], tick_label: Callable[[float], str], labels: Sequence[str],
          label_every: int) -> QRectF:
    """Draw gridlines and labels; return the plot area."""
    metrics = painter.fontMetrics()
    left = max(metrics.horizontalAdvance(tick_label(t)) for t in ticks) + 8
    # Room below for the x labels plus half a line, so the lowest y label never touches them.
    bottom = metrics.height() * 1.5 + 4
    plot = QRectF(rect.left() + left, rect.top() + metrics.height() / 2,
                  rect.width() - left - 4, rect.height() - bottom - metrics.height() / 2)
    painter.setPen(QPen(colours.grid, 1))
    for tick in ticks:
        y = plot.bottom() - (tick - low) / (high - low) * plot.height()
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        painter.setPen(colours.text)
        painter.drawText(QRectF(rect.left(), y - metrics.height() / 2, left - 6,
                                metrics.height()), RIGHT, tick_label(tick))
        painter.setPen(QPen(colours.grid, 1))
    painter.setPen(colours.text)
    step = plot.width() / max(1, len(labels))
    for i, label in enumerate(labels):
        if i % label_every == 0:
            painter.drawText(QRectF(plot.left() + i * step - step,
                                    plot.bottom() + metrics.height() / 2 + 2, step * 3,
                                    metrics.height() + 2), CENTRE, label)
    return plot


def draw_stacked_bars(painter: QPainter, rect: QRectF, labels: Sequence[str],
                      series: Sequence[tuple[str, Sequence[int]]], colours: ChartColours,
                      *, label_every: int = 1) -> None:
    """One bar per label, stacked by series (first series at the bottom), legend above."""
    painter.save()
    painter.fillRect(rect, colours.background)
    metrics = painter.fontMetrics()
    legend_h = metrics.height() + 6 if series else 0
    x = rect.left()
    for index, (name, _values) in enumerate(series):
        box = QRectF(x, rect.top() + 3, metrics.height() - 2, metrics.height() - 2)
        painter.setPen(QPen(colours.text, 1))
        painter.setBrush(colours.series_brush(index))
        painter.drawRect(box)
        painter.drawText(QRectF(box.right() + 4, rect.top() + 1, 400, metrics.height() + 2),
                         LEFT, name)
        x = box.right() + 16 + metrics.horizontalAdvance(name)
    totals = [sum(values[i] for _n, values in series) for i in range(len(labels))]
    grid = count_step(max(totals, default=0))
    high = float(grid * max(1, math.ceil(max(totals, default=0) / grid)))
    ticks = [float(v) for v in range(0, int(high) + 1, grid)]  # whole numbers: these count
    body = QRectF(rect.left(), rect.top() + legend_h, rect.width(), rect.height() - legend_h)
    plot = _axes(painter, body, colours, 0.0, high, ticks,
                 lambda v: f"{v:g}", labels, label_every)
    step = plot.width() / max(1, len(labels))
    width = max(2.0, step * 0.7)
    for i in range(len(labels)):
        y = plot.bottom()
        for index, (_name, values) in enumerate(series):
            value = values[i]
            if not value:
                continue
            h = value / high * plot.height()
            painter.setPen(QPen(colours.text, 0.8))
            painter.setBrush(colours.series_brush(index))
            painter.drawRect(QRectF(plot.left() + i * step + (step - width) / 2, y - h,
                                    width, h))
            y -= h
    painter.restore()


def draw_line(painter: QPainter, rect: QRectF, labels: Sequence[str],
              values: Sequence[float | None], colours: ChartColours, *,
              low: float = 0.0, high: float | None = None,
              ticks: Sequence[float] | None = None,
              tick_label: Callable[[float], str] = lambda v: f"{v:g}",
              label_every: int = 1) -> None:
    """A line through the known values (gaps where a value is None), with round markers
    so single points and black-and-white prints still read."""
    painter.save()
    painter.fillRect(rect, colours.background)
    top = high if high is not None else nice_top(max((v for v in values if v is not None),
                                                     default=0.0))
    marks = list(ticks) if ticks is not None else [low + (top - low) * i / 4 for i in range(5)]
    plot = _axes(painter, rect, colours, low, top, marks, tick_label, labels, label_every)
    step = plot.width() / max(1, len(labels))
    points: list[QPointF | None] = [
        None if v is None else QPointF(plot.left() + (i + 0.5) * step,
                                       plot.bottom() - (v - low) / (top - low) * plot.height())
        for i, v in enumerate(values)]
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    path = QPainterPath()
    pen_down = False
    for point in points:
        if point is None:
            pen_down = False
            continue
        if pen_down:
            path.lineTo(point)
        else:
            path.moveTo(point)
            pen_down = True
    painter.setPen(QPen(colours.accent, 2))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPath(path)
    painter.setPen(QPen(colours.text, 1))
    painter.setBrush(QBrush(colours.accent))
    radius = min(4.0, max(2.0, step / 4))
    for point in points:
        if point is not None:
            painter.drawEllipse(point, radius, radius)
    painter.restore()
