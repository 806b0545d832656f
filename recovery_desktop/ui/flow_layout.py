"""A row of controls that wraps onto further lines when the window is too narrow for it.

Filter rows and button rows laid out in one QHBoxLayout fit at normal text sizes but clip
(or force sideways scrolling) at 200% text; this layout keeps them on one line while they
fit and moves whole controls to the next line when they do not.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QLineEdit, QWidget


class FlowLayout(QLayout):
    def __init__(self, parent: QWidget | None = None, spacing: int = 6) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self.setSpacing(spacing)
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:
        # Everything on one line.
        width = sum(i.sizeHint().width() for i in self._visible())
        width += self.spacing() * max(0, len(self._visible()) - 1)
        height = max((i.sizeHint().height() for i in self._visible()), default=0)
        margins = self.contentsMargins()
        return QSize(width + margins.left() + margins.right(),
                     height + margins.top() + margins.bottom())

    def minimumSize(self) -> QSize:
        # The widest single control: anything wider than that wraps.
        size = QSize()
        for item in self._visible():
            size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def _visible(self) -> list[QLayoutItem]:
        return [i for i in self._items if (w := i.widget()) is None or not w.isHidden()]

    def _arrange(self, rect: QRect, *, move: bool) -> int:
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        lines: list[list[tuple[QLayoutItem, int]]] = [[]]
        x = area.x()
        for item in self._visible():
            width = min(item.sizeHint().width(), area.width())
            if lines[-1] and x + width > area.right() + 1:
                lines.append([])
                x = area.x()
            lines[-1].append((item, width))
            x += width + self.spacing()
        y = area.y()
        for line in lines:
            height = max((item.sizeHint().height() for item, _w in line), default=0)
            if move:
                self._place(line, area, y)
            y += height + self.spacing()
        return y - self.spacing() - rect.y() + margins.bottom()

    def _place(self, line: list[tuple[QLayoutItem, int]], area: QRect, y: int) -> None:
        """Lay out one line; room left over goes to the controls that like to grow (a
        search field), as it would in a QHBoxLayout."""
        used = sum(w for _i, w in line) + self.spacing() * (len(line) - 1)
        growing = [i for i, _w in line if i.expandingDirections() & Qt.Orientation.Horizontal]
        extra = max(0, area.width() - used) // len(growing) if growing else 0
        x = area.x()
        for item, width in line:
            given = width + (extra if any(item is g for g in growing) else 0)
            item.setGeometry(QRect(QPoint(x, y), QSize(given, item.sizeHint().height())))
            x += given + self.spacing()


def fit_placeholder(edit: QLineEdit) -> None:
    """At least wide enough to show ``edit``'s placeholder, at any text size."""
    metrics = edit.fontMetrics()
    edit.setMinimumWidth(metrics.horizontalAdvance(edit.placeholderText()) + metrics.height())
