"""The layout settings-like pages share: a titled column of group boxes in a scroll area."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from recovery_desktop.ui.labels import heading, scaled

CONTENT_MAX_WIDTH = 720


def scrolling_column(page: QWidget, title: str) -> QVBoxLayout:
    """Fill ``page`` with a frameless scroll area holding a titled column; return the column.

    The caller adds its sections and a final stretch.
    """
    content = QWidget()
    content.setMaximumWidth(scaled(CONTENT_MAX_WIDTH))
    column = QVBoxLayout(content)
    column.setContentsMargins(24, 20, 24, 24)
    column.setSpacing(16)
    column.addWidget(heading(title, 1.5))
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QScrollArea.Shape.NoFrame)
    # The capped column sits in a row with a stretch: the scroll area sizes its widget by
    # height-for-width at the viewport's width, which for a capped widget alone is too wide,
    # so wrapped labels were given too few lines and overlapped (seen at 200% text).
    row_widget = QWidget()
    row = QHBoxLayout(row_widget)
    row.setContentsMargins(0, 0, 0, 0)
    row.addWidget(content, 1)
    row.addStretch(0)
    scroll.setWidget(row_widget)
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


def form() -> QFormLayout:
    """A label-and-field form whose long rows put the field under its label when the column is
    too narrow for both side by side (at 200% text), instead of widening the page."""
    layout = QFormLayout()
    layout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
    layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    return layout


def set_column_widths(header: QHeaderView, widths: dict[int, int], *, grow: bool = True) -> None:
    """Column widths drawn for normal text: grown with the text size (``scaled``, unless
    ``grow`` is false, e.g. beside a stretching column that would be squeezed out) and never
    narrower than the column's title, so headers do not clip at 200% text."""
    for column, drawn in widths.items():
        width = scaled(drawn) if grow else drawn
        header.resizeSection(column, max(width, header.sectionSizeHint(column)))
