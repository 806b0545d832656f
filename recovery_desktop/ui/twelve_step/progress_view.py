"""The twelve steps at a glance: a grid of tiles, one per step, navigable with the arrow keys.

Each tile shows the number, a short name and the status in words (with a symbol, so colour
is never the only signal); screen readers read the same through ``AccessibleTextRole``.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette, QPen, QResizeEvent
from PySide6.QtWidgets import QListView, QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from recovery_desktop.domain.twelve_step.progress import STEPS, StepState, StepStatus
from recovery_desktop.ui.labels import scaled
from recovery_desktop.ui.twelve_step.texts import status_label, step_name

STATE_ROLE = Qt.ItemDataRole.UserRole + 2
TILE = QSize(136, 62)
SYMBOLS = {StepStatus.NOT_STARTED: "○", StepStatus.WORKING: "◐", StepStatus.DONE: "✓",
           StepStatus.REVISITING: "↻"}
Index = QModelIndex | QPersistentModelIndex


class StepsModel(QAbstractListModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.states = [StepState(step) for step in STEPS]

    def set_states(self, states: list[StepState]) -> None:
        by_step = {s.step: s for s in states}
        self.states = [by_step.get(step, StepState(step)) for step in STEPS]
        self.dataChanged.emit(self.index(0), self.index(len(STEPS) - 1))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(STEPS)

    def describe(self, state: StepState) -> str:
        text = self.tr("Step %1, %2: %3").replace("%1", str(state.step)).replace(
            "%2", step_name(state.step)).replace("%3", status_label(state.status))
        if state.completed and state.status in (StepStatus.DONE, StepStatus.REVISITING):
            text += self.tr(", completed %1").replace("%1", state.completed.isoformat())
        elif state.started and state.status is not StepStatus.NOT_STARTED:
            text += self.tr(", started %1").replace("%1", state.started.isoformat())
        if state.with_sponsor and state.status is not StepStatus.NOT_STARTED:
            text += self.tr(", with my sponsor")
        return text

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.states):
            return None
        state = self.states[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.tr("Step %1").replace("%1", str(state.step))
        if role in (Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.ToolTipRole):
            return self.describe(state)
        if role == STATE_ROLE:
            return state
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class TileDelegate(QStyledItemDelegate):
    def __init__(self, view: QListView) -> None:
        super().__init__(view)
        self.view = view

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        grid = self.view.gridSize()
        return QSize(grid.width() - 4, grid.height() - 4) if grid.isValid() else TILE

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        state = index.data(STATE_ROLE)
        if not isinstance(state, StepState):
            return
        palette: QPalette = option.palette
        rect: QRect = option.rect.adjusted(3, 3, -3, -3)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        focused = bool(option.state & QStyle.StateFlag.State_HasFocus)
        highlight = palette.color(QPalette.ColorRole.Highlight)
        base = palette.color(QPalette.ColorRole.Base)
        fill = QColor(base)
        if state.status is StepStatus.DONE:
            fill = _mix(base, highlight, 0.28)
        elif state.status in (StepStatus.WORKING, StepStatus.REVISITING):
            fill = _mix(base, highlight, 0.12)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        border = highlight if selected else palette.color(QPalette.ColorRole.Mid)
        painter.setPen(QPen(border, 3 if selected else 1))
        painter.setBrush(fill)
        painter.drawRoundedRect(rect, 6, 6)
        if focused and not selected:
            pen = QPen(highlight, 1, Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.drawRoundedRect(rect.adjusted(3, 3, -3, -3), 4, 4)
        text = palette.color(QPalette.ColorRole.Text)
        inner = rect.adjusted(8, 3, -8, -3)
        font = QFont(option.font)
        bold = QFont(font)
        bold.setWeight(QFont.Weight.DemiBold)
        painter.setPen(text)
        painter.setFont(bold)
        line = inner.height() // 3
        title = QFontMetrics(bold).elidedText(f"{state.step}  {step_name(state.step)}",
                                              Qt.TextElideMode.ElideRight, inner.width())
        painter.drawText(QRect(inner.left(), inner.top(), inner.width(), line),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, title)
        painter.setFont(font)
        status = QFontMetrics(font).elidedText(
            f"{SYMBOLS[state.status]} {status_label(state.status)}", Qt.TextElideMode.ElideRight,
            inner.width())
        painter.drawText(QRect(inner.left(), inner.top() + line, inner.width(), line),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, status)
        extra = ""
        if state.status in (StepStatus.DONE, StepStatus.REVISITING) and state.completed:
            extra = state.completed.isoformat()
        elif state.status is not StepStatus.NOT_STARTED and state.started:
            extra = state.started.isoformat()
        painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
        extra = QFontMetrics(font).elidedText(extra, Qt.TextElideMode.ElideRight, inner.width())
        painter.drawText(QRect(inner.left(), inner.top() + 2 * line, inner.width(), line),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, extra)
        painter.restore()


def _mix(a: QColor, b: QColor, amount: float) -> QColor:
    return QColor(round(a.red() + (b.red() - a.red()) * amount),
                  round(a.green() + (b.green() - a.green()) * amount),
                  round(a.blue() + (b.blue() - a.blue()) * amount))


class ProgressView(QListView):
    """Two rows of six tiles; arrow keys move between steps, the current one opens."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.steps = StepsModel(self)
        self.setModel(self.steps)
        self.setItemDelegate(TileDelegate(self))
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setFlow(QListView.Flow.LeftToRight)
        self.setWrapping(True)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setMovement(QListView.Movement.Static)
        self.setUniformItemSizes(True)
        self.tile_height = scaled(TILE.height())  # three lines of text at any text size
        self.setGridSize(QSize(TILE.width() + 4, self.tile_height + 4))
        self.setSpacing(0)
        self.setSelectionMode(QListView.SelectionMode.SingleSelection)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFrameShape(QListView.Shape.NoFrame)
        self.viewport().setBackgroundRole(QPalette.ColorRole.Window)  # tiles on the page
        self.setFixedHeight(2 * (self.tile_height + 4) + 6)

    def resizeEvent(self, event: QResizeEvent) -> None:
        # Six tiles a row, sharing the width; with large text, fewer and wider tiles a row
        # (4 or 3: rows stay full) so the step names are not cut to a letter or two.
        usable = self.viewport().width() - 2
        needed = max(scaled(110), self._widest_text() + 24)  # 24: the tile's own margins
        columns = next((n for n in (6, 4, 3) if usable // n >= needed), 2)
        width = max(96, usable // columns)
        # Two rows always show; with fewer tiles a row the rest scroll.
        self.setVerticalScrollBarPolicy(
            Qt.ScrollBarPolicy.ScrollBarAlwaysOff if columns == 6
            else Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        if width != self.gridSize().width():
            self.setGridSize(QSize(width, self.tile_height + 4))
        super().resizeEvent(event)

    def _widest_text(self) -> int:
        """The widest step title or status line as the tiles draw them."""
        bold = QFont(self.font())
        bold.setWeight(QFont.Weight.DemiBold)
        titles = QFontMetrics(bold)
        plain = QFontMetrics(self.font())
        widths = [titles.horizontalAdvance(f"{n}  {step_name(n)}") for n in range(1, 13)]
        widths += [plain.horizontalAdvance(f"{SYMBOLS[s]} {status_label(s)}") for s in StepStatus]
        return max(widths)

    def select_step(self, step: int) -> None:
        self.setCurrentIndex(self.steps.index(step - 1))

    def current_step(self) -> int:
        row = self.currentIndex().row()
        return row + 1 if row >= 0 else 1
