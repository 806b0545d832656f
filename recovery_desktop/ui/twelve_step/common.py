"""Shared pieces of the Steps page: a lazy id-list model, the draft autosaver, small
widgets (an optional date, a multi-choice row) and helpers for names and messages."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import QCheckBox, QDateEdit, QHBoxLayout, QLabel, QPlainTextEdit, QWidget

from recovery_desktop.ui.labels import hint_label

T = TypeVar("T")
ID_ROLE = Qt.ItemDataRole.UserRole + 1
BATCH = 100
PLACEHOLDER = "…"
AUTOSAVE_MS = 2000
Index = QModelIndex | QPersistentModelIndex


def named(widget: QWidget, name: str) -> QWidget:
    widget.setAccessibleName(name)
    return widget


def text_box(name: str, height: int = 70) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setTabChangesFocus(True)  # Tab moves on, as in every other field
    edit.setMinimumHeight(height)
    edit.setMaximumHeight(height * 2)  # room to write, without pushing the buttons away
    named(edit, name)
    return edit


def message_label(name: str) -> QLabel:
    label = hint_label()
    label.setAccessibleName(name)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class IdListModel(QAbstractTableModel, Generic[T]):
    """Holds ids only; fetches rows in batches of 100 the first time they are shown.

    ``data()`` never raises: a locked vault or a busy database shows a placeholder.
    """

    def __init__(self, fetch: Callable[[list[int]], dict[int, T]],
                 columns: Sequence[tuple[str, Callable[[T], str]]],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._fetch = fetch
        self._columns = list(columns)
        self._ids: list[int] = []
        self._cache: dict[int, T] = {}

    def set_ids(self, ids: Sequence[int]) -> None:
        self.beginResetModel()
        self._ids = list(ids)
        self._cache.clear()
        self.endResetModel()

    def id_at(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, item_id: int) -> int:
        try:
            return self._ids.index(item_id)
        except ValueError:
            return -1

    def item(self, row: int) -> T | None:
        if not 0 <= row < len(self._ids):
            return None
        item_id = self._ids[row]
        if item_id not in self._cache:
            start = row - row % BATCH
            try:
                self._cache.update(self._fetch(self._ids[start:start + BATCH]))
            except Exception:  # locked or busy: placeholders, never an exception in paint
                return None
        return self._cache.get(item_id)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(self._columns)):
            return self._columns[section][0]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        if role == ID_ROLE:
            return self._ids[index.row()]
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
                        Qt.ItemDataRole.AccessibleTextRole):
            return None
        item = self.item(index.row())
        if item is None:
            return PLACEHOLDER
        text = self._columns[index.column()][1](item)
        if role == Qt.ItemDataRole.DisplayRole:
            first = text.split("\n", 1)[0]  # one line a row; the whole text in the tooltip
            return first if len(first) <= 200 else first[:199] + "…"
        return text[:2000]

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class Autosaver(QObject):
    """Saves a form's draft 2 s after its first unsaved change (not restarted by typing)."""

    def __init__(self, save: Callable[[], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.dirty = False
        self._save = save
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(AUTOSAVE_MS)
        self._timer.timeout.connect(self.flush)

    def touch(self, *_args: object) -> None:
        self.dirty = True
        if not self._timer.isActive():
            self._timer.start()

    def clean(self) -> None:
        self.dirty = False
        self._timer.stop()

    def flush(self) -> None:
        self._timer.stop()
        if self.dirty:
            self._save()


class OptionalDate(QWidget):
    """A date that may be left unset: a checkbox with the label, then the date."""

    changed = Signal()

    def __init__(self, label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.check = QCheckBox(label)
        named(self.check, label)
        self.edit = QDateEdit()
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat("yyyy-MM-dd")
        self.edit.setMinimumDate(QDate(1900, 1, 1))
        self.edit.setEnabled(False)
        named(self.edit, label)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.check)
        layout.addWidget(self.edit)
        layout.addStretch(1)
        self.check.toggled.connect(self.edit.setEnabled)
        self.check.toggled.connect(lambda _on: self.changed.emit())
        self.edit.dateChanged.connect(lambda _d: self.changed.emit())

    def value(self) -> date | None:
        if not self.check.isChecked():
            return None
        return to_date(self.edit.date())

    def set_value(self, value: date | None, fallback: date) -> None:
        self.blockSignals(True)
        self.check.setChecked(value is not None)
        self.edit.setDate(to_qdate(value or fallback))
        self.blockSignals(False)


class Choices(QWidget):
    """A row of checkboxes for a multi-choice field (codes in, codes out)."""

    changed = Signal()

    def __init__(self, codes: Sequence[str], label: Callable[[str], str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.boxes: dict[str, QCheckBox] = {}
        for code in codes:
            box = QCheckBox(label(code))
            named(box, box.text())
            box.toggled.connect(lambda _on: self.changed.emit())
            layout.addWidget(box)
            self.boxes[code] = box
        layout.addStretch(1)

    def value(self) -> tuple[str, ...]:
        return tuple(code for code, box in self.boxes.items() if box.isChecked())

    def set_value(self, codes: Sequence[str]) -> None:
        for code, box in self.boxes.items():
            box.blockSignals(True)
            box.setChecked(code in codes)
            box.blockSignals(False)


def date_column_width(view: QWidget) -> int:
    """Room for an ISO date and the cell padding, in the view's font."""
    return view.fontMetrics().horizontalAdvance("0000-00-00") + 24


def to_date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def parse_date(text: object) -> date | None:
    try:
        return date.fromisoformat(str(text)) if text else None
    except ValueError:
        return None
