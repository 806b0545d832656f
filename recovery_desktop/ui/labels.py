"""Small label helpers every screen shares: headings, wrapped text, quiet hints."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontMetricsF, QPalette
from PySide6.QtWidgets import QApplication, QLabel

# The line height (px) the fixed widths in the screens were drawn for; see scaled().
BASE_LINE_HEIGHT = 17.0


def scaled(px: int) -> int:
    """A width or height drawn for normal text, grown with the system's text size.

    Unchanged at normal sizes; at 200% text it doubles, so columns sized for a line length
    keep their line length instead of clipping or squeezing the larger text.
    """
    line = QFontMetricsF(QApplication.font()).height()
    return round(px * max(1.0, line / BASE_LINE_HEIGHT))


def heading(text: str, scale: float = 1.6) -> QLabel:
    """A page or dialog title: larger, semi-bold, wrapped; its accessible name is its text."""
    label = QLabel(text)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setWeight(QFont.Weight.DemiBold)
    label.setFont(font)
    label.setWordWrap(True)
    label.setAccessibleName(text)
    return label


def text_label(text: str, *, selectable: bool = False) -> QLabel:
    # Imported here: importing the Qt namespace builds all of its enums (~40 ms), which the
    # lock screen, painted before anything else, does not need.
    from PySide6.QtCore import Qt

    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    if selectable:
        label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
    return label


def hint_label(text: str = "") -> QLabel:
    """Quiet help text: the palette's placeholder colour, so it follows light and dark themes."""
    label = text_label(text)
    label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    return label
