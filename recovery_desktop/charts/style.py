"""Chart colours and fill patterns from a palette: readable in light and dark themes, and
in black and white (each series also has its own hatch pattern and a legend label)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QPalette

# Hues that stay apart for the common colour-vision differences (blue, orange, teal,
# purple, olive, pink, grey), tuned per theme below.
HUES = (210, 30, 170, 280, 60, 330, -1)
PATTERNS = (Qt.BrushStyle.SolidPattern, Qt.BrushStyle.BDiagPattern,
            Qt.BrushStyle.Dense4Pattern, Qt.BrushStyle.FDiagPattern,
            Qt.BrushStyle.CrossPattern, Qt.BrushStyle.Dense6Pattern,
            Qt.BrushStyle.DiagCrossPattern)


def mix(a: QColor, b: QColor, share: float) -> QColor:
    return QColor(round(a.red() + (b.red() - a.red()) * share),
                  round(a.green() + (b.green() - a.green()) * share),
                  round(a.blue() + (b.blue() - a.blue()) * share))


@dataclass(frozen=True)
class ChartColours:
    background: QColor
    text: QColor
    grid: QColor
    accent: QColor  # the single-series colour (the palette's highlight)
    empty: QColor  # an empty heatmap cell
    dark: bool

    @classmethod
    def from_palette(cls, palette: QPalette) -> ChartColours:
        base = palette.color(QPalette.ColorRole.Base)
        text = palette.color(QPalette.ColorRole.Text)
        return cls(base, text, mix(base, text, 0.25),
                   palette.color(QPalette.ColorRole.Highlight),
                   palette.color(QPalette.ColorRole.AlternateBase), base.lightness() < 128)

    @classmethod
    def print_colours(cls) -> ChartColours:
        """Black on white, for paper."""
        white, black = QColor(255, 255, 255), QColor(0, 0, 0)
        return cls(white, black, QColor(190, 190, 190), QColor(40, 90, 160),
                   QColor(242, 242, 242), False)

    def series(self, index: int) -> QColor:
        hue = HUES[index % len(HUES)]
        if hue < 0:
            return QColor.fromHsl(0, 0, 170 if self.dark else 110)
        return QColor.fromHsl(hue, 150, 165 if self.dark else 95)

    def series_brush(self, index: int) -> QBrush:
        return QBrush(self.series(index), PATTERNS[index % len(PATTERNS)])
