"""Fields made of rows: lists (optionally tagged), tables, and the 2×2 grid.

Keyboard: Return in an item adds the next one, Backspace in an empty item removes it;
the "Add" buttons and Tab order cover the rest.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from recovery_desktop.domain.worksheets.definitions import FieldDef, Option, localized
from recovery_desktop.domain.worksheets.values import clean_value
from recovery_desktop.ui.worksheets.fields import (
    FieldWidget,
    named_button,
    option_combo,
    scale_spin,
    set_combo,
)
from recovery_desktop.ui.worksheets.textedits import GrowingEdit, line_edit, plain_text


class ItemRow(QWidget):
    def __init__(self, name: str, tags: tuple[Option, ...], language: str, highlight: bool,
                 remove_text: str, no_tag: str) -> None:
        super().__init__()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.edit = GrowingEdit(name, min_lines=1, max_lines=6, single_line=True,
                                highlight=highlight)
        layout.addWidget(self.edit, 1)
        self.tag: QComboBox | None = None
        if tags:
            self.tag = option_combo(no_tag, tags, language, no_tag)
            self.tag.setAccessibleName(no_tag)
            layout.addWidget(self.tag)
        self.remove = named_button(remove_text)
        layout.addWidget(self.remove)


class ItemRows(QWidget):
    """Editable list of items; each may carry one tag."""

    changed = Signal()

    def __init__(self, name: str, tags: tuple[Option, ...], language: str,
                 highlight: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name, self.tags, self.language, self.highlight = name, tags, language, highlight
        self.rows: list[ItemRow] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.rows_box = QVBoxLayout()
        self.rows_box.setSpacing(4)
        layout.addLayout(self.rows_box)
        bottom = QHBoxLayout()
        self.add_button = named_button(self.tr("Add a line"))
        self.add_button.clicked.connect(lambda: self.add_row(focus=True))
        bottom.addWidget(self.add_button)
        bottom.addStretch(1)
        layout.addLayout(bottom)

    def add_row(self, text: str = "", tag: str = "", *, after: ItemRow | None = None,
                focus: bool = False) -> ItemRow:
        row = ItemRow(self.name, self.tags, self.language, self.highlight,
                      self.tr("Remove"), self.tr("Tag"))
        if row.tag is not None:
            row.tag.setItemText(0, self.tr("No tag"))
            set_combo(row.tag, tag)
            row.tag.currentIndexChanged.connect(self.changed)
        row.edit.setPlainText(text)
        row.edit.textChanged.connect(self.changed)
        row.edit.submitted.connect(lambda: self.add_row(after=row, focus=True))
        row.edit.remove_requested.connect(lambda: self.remove_row(row, focus=True))
        row.remove.clicked.connect(lambda: self.remove_row(row))
        index = self.rows.index(after) + 1 if after in self.rows else len(self.rows)
        self.rows.insert(index, row)
        self.rows_box.insertWidget(index, row)
        self._number()
        if focus:
            row.edit.setFocus()
        self.changed.emit()
        return row

    def remove_row(self, row: ItemRow, *, focus: bool = False) -> None:
        if row not in self.rows:
            return
        index = self.rows.index(row)
        self.rows.remove(row)
        row.hide()
        row.deleteLater()
        self._number()
        if focus:
            target = self.rows[index - 1].edit if index > 0 and self.rows else self.add_button
            QTimer.singleShot(0, target, target.setFocus)  # dropped if target is gone
        self.changed.emit()

    def _number(self) -> None:
        for n, row in enumerate(self.rows, start=1):
            row.edit.setAccessibleDescription(self.tr("Item %1").replace("%1", str(n)))

    def value(self) -> list[Any]:
        items: list[Any] = []
        for row in self.rows:
            text = plain_text(row.edit)
            if self.tags:
                tag = str(row.tag.currentData() or "") if row.tag is not None else ""
                if text:
                    items.append({"text": text, "tag": tag})
            elif text:
                items.append(text)
        return items

    def set_value(self, items: list[Any]) -> None:
        self.blockSignals(True)
        for row in list(self.rows):
            self.remove_row(row)
        for item in items:
            if isinstance(item, dict):
                self.add_row(item.get("text", ""), item.get("tag", ""))
            else:
                self.add_row(str(item))
        if not self.rows:
            self.add_row()
        self.blockSignals(False)


class ListField(FieldWidget):
    def __init__(self, field: FieldDef, language: str, parent: QWidget | None = None) -> None:
        super().__init__(field, language, parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.items = ItemRows(self.label, field.tags, language, field.highlight_absolutes)
        self.items.changed.connect(self.changed)
        layout.addWidget(self.items)

    def value(self) -> list[Any]:
        return self.items.value()

    def set_value(self, value: Any) -> None:
        self.items.set_value(clean_value(self.field, value))


class GridField(FieldWidget):
    """The 2×2 grid: four item lists side by side, two by two."""

    def __init__(self, field: FieldDef, language: str, parent: QWidget | None = None) -> None:
        super().__init__(field, language, parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(10)
        self.cells: dict[str, ItemRows] = {}
        for n, cell in enumerate(field.cells):
            frame = QFrame()
            frame.setFrameShape(QFrame.Shape.StyledPanel)
            box = QVBoxLayout(frame)
            title = QLabel(self.t(cell.label))
            font = title.font()
            font.setBold(True)
            title.setFont(font)
            box.addWidget(title)
            rows = ItemRows(self.t(cell.label), field.tags, language, field.highlight_absolutes)
            rows.changed.connect(self.changed)
            box.addWidget(rows)
            box.addStretch(1)
            grid.addWidget(frame, n // 2, n % 2)
            self.cells[cell.id] = rows
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)

    def value(self) -> dict[str, list[Any]]:
        return {key: rows.value() for key, rows in self.cells.items()}

    def set_value(self, value: Any) -> None:
        cleaned = clean_value(self.field, value)
        for key, rows in self.cells.items():
            rows.set_value(cleaned.get(key, []))


class TableField(FieldWidget):
    """Rows of cells edited in place; Return in a row's last text cell adds a row."""

    def __init__(self, field: FieldDef, language: str, parent: QWidget | None = None) -> None:
        super().__init__(field, language, parent)
        self.rows: list[tuple[QWidget, dict[str, QWidget]]] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(6)
        self.grid.setVerticalSpacing(4)
        for col_no, column in enumerate(field.columns):
            header = QLabel(self.t(column.label))
            font = header.font()
            font.setBold(True)
            header.setFont(font)
            self.grid.addWidget(header, 0, col_no)
            self.grid.setColumnStretch(col_no, 0 if column.type == "scale" else 1)
        layout.addLayout(self.grid)
        bottom = QHBoxLayout()
        self.add_button = named_button(self.tr("Add a row"))
        self.add_button.clicked.connect(lambda: self.add_row(focus=True))
        bottom.addWidget(self.add_button)
        bottom.addStretch(1)
        layout.addLayout(bottom)
        self._next_grid_row = 1

    def add_row(self, values: dict[str, Any] | None = None, *, focus: bool = False) -> None:
        values = values or {}
        cells: dict[str, QWidget] = {}
        for col_no, column in enumerate(self.field.columns):
            name = self.t(column.label)
            widget: QWidget
            if column.type == "scale":
                spin = scale_spin(name, "–")
                value = values.get(column.id)
                spin.setValue(value if isinstance(value, int) else -1)
                spin.valueChanged.connect(self.changed)
                widget = spin
            elif column.type == "choice":
                combo = option_combo(name, column.options, self.language, "–")
                set_combo(combo, values.get(column.id, ""))
                combo.currentIndexChanged.connect(self.changed)
                widget = combo
            else:
                edit = line_edit(name)
                edit.setText(str(values.get(column.id, "")))
                edit.textEdited.connect(self.changed)
                edit.returnPressed.connect(lambda: self.add_row(focus=True))
                widget = edit
            widget.setAccessibleDescription(
                self.tr("Row %1").replace("%1", str(len(self.rows) + 1)))
            self.grid.addWidget(widget, self._next_grid_row, col_no)
            cells[column.id] = widget
        remove = named_button(self.tr("Remove"))
        self.grid.addWidget(remove, self._next_grid_row, len(self.field.columns))
        row = (remove, cells)
        remove.clicked.connect(lambda: self.remove_row(row))
        self.rows.append(row)
        self._next_grid_row += 1
        if focus:
            next(iter(cells.values())).setFocus()
        self.changed.emit()

    def remove_row(self, row: tuple[QWidget, dict[str, QWidget]]) -> None:
        if row not in self.rows:
            return
        self.rows.remove(row)
        remove, cells = row
        for widget in (remove, *cells.values()):
            self.grid.removeWidget(widget)
            widget.hide()
            widget.deleteLater()
        self.changed.emit()

    def value(self) -> list[dict[str, Any]]:
        found = []
        for _remove, cells in self.rows:
            row: dict[str, Any] = {}
            for column in self.field.columns:
                widget = cells[column.id]
                if isinstance(widget, QSpinBox):
                    row[column.id] = None if widget.value() < 0 else int(widget.value())
                elif isinstance(widget, QComboBox):
                    row[column.id] = str(widget.currentData() or "")
                elif isinstance(widget, QLineEdit):
                    row[column.id] = widget.text()
            if any(v not in ("", None) for v in row.values()):
                found.append(row)
        return found

    def set_value(self, value: Any) -> None:
        self.blockSignals(True)
        for row in list(self.rows):
            self.remove_row(row)
        for row_values in clean_value(self.field, value):
            self.add_row(row_values)
        if not self.rows:
            self.add_row()
        self.blockSignals(False)


def field_label(field: FieldDef, language: str) -> str:
    return localized(field.label, language)
