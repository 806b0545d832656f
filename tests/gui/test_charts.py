"""The chart module draws on any painter (an image here, as for a PDF page) in light, dark
and print colours; series differ by pattern as well as colour."""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter, QPalette
from pytestqt.qtbot import QtBot

from recovery_desktop.charts.heatmap import HeatmapColours, draw_heatmap
from recovery_desktop.charts.plots import count_step, draw_line, draw_stacked_bars, nice_top
from recovery_desktop.charts.style import PATTERNS, ChartColours


def paint(draw: object) -> QImage:
    image = QImage(400, 200, QImage.Format.Format_RGB32)
    image.fill(QColor(1, 2, 3))
    painter = QPainter(image)
    draw(painter, QRectF(0, 0, 400, 200))  # type: ignore[operator]
    painter.end()
    return image


def colours_in(image: QImage) -> set[int]:
    return {image.pixel(x, y) for x in range(0, 400, 3) for y in range(0, 200, 3)}


def dark_palette() -> QPalette:
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Base, QColor(30, 30, 30))
    palette.setColor(QPalette.ColorRole.Text, QColor(230, 230, 230))
    return palette


def test_axis_steps_are_whole_numbers_for_counts():
    assert [count_step(n) for n in (0, 5, 6, 11, 26, 51)] == [1, 1, 2, 5, 10, 20]
    assert nice_top(0) == 1.0 and nice_top(7.5) == 10.0 and nice_top(0.4) == 0.5


def test_stacked_bars_line_and_heatmap_draw_in_light_dark_and_print(qtbot: QtBot):
    for colours in (ChartColours.from_palette(QPalette()),
                    ChartColours.from_palette(dark_palette()), ChartColours.print_colours()):
        bars = paint(lambda p, r, c=colours: draw_stacked_bars(
            p, r, ["a", "b", "c"], [("One", [1, 0, 3]), ("Two", [2, 1, 0])], c))
        assert bars.pixel(0, 0) == colours.background.rgb()
        assert colours.series(0).rgb() in colours_in(bars) or len(colours_in(bars)) > 4
        line = paint(lambda p, r, c=colours: draw_line(p, r, ["a", "b", "c"], [1.0, None, 3.0],
                                                       c, high=4.0))
        assert len(colours_in(line)) > 3
    assert ChartColours.from_palette(dark_palette()).dark
    assert len(set(PATTERNS)) == len(PATTERNS)  # every series has its own hatch
    heat = paint(lambda p, r: draw_heatmap(
        p, r, [[h % 3 for h in range(24)] for _ in range(7)],
        HeatmapColours.from_palette(QPalette())))
    assert len(colours_in(heat)) > 3


def test_empty_data_draws_without_error(qtbot: QtBot):
    colours = ChartColours.print_colours()
    paint(lambda p, r: draw_stacked_bars(p, r, [], [], colours))
    paint(lambda p, r: draw_line(p, r, ["a"], [None], colours))
