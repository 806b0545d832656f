"""The layout settings-like pages share: a titled column of group boxes in a scroll area."""

from __future__ import annotations

from PySide6.QtWidgets import QGroupBox, QScrollArea, QVBoxLayout, QWidget

from recovery_desktop.ui.labels import heading

CONTENT_MAX_WIDTH = 720


def scrolling_column(page: QWidget, title: str) -> QVBoxLayout:
    """Fill ``page`` with a frameless scroll area holding a titled column; return the column.

    The caller adds its sections and a final stretch.
    """
    content = QWidget()
    content.setMaximumWidth(CONTENT_MAX_WIDTH)
    column = QVBoxLayout(content)
    column.setContentsMargins(24, 20, 24, 24)
    column.setSpacing(16)
    column.addWidget(heading(title, 1.5))
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QScrollArea.Shape.NoFrame)
    scroll.setWidget(content)
    layout = QVBoxLayout(page)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(scroll)
    return column


def group(title: str) -> tuple[QGroupBox, QVBoxLayout]:
    """A titled section whose accessible name is its title."""
    box = QGroupBox(title)
    box.setAccessibleName(title)
    layout = QVBoxLayout(box)
    layout.setSpacing(8)
    return box, layout
