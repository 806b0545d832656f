"""One widget per field type; each reads and writes the value shapes of ``values.py``."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from recovery_desktop.domain.worksheets.definitions import FieldDef, Option, localized
from recovery_desktop.domain.worksheets.values import SCALE_MAX, clean_value, empty_value
from recovery_desktop.ui.worksheets.textedits import GrowingEdit, line_edit, plain_text

NO_DATE = QDate(1900, 1, 1)


def quiet(label: QLabel) -> QLabel:
    """Help text: visible, but quieter than labels (palette-aware, so dark mode works)."""
    label.setWordWrap(True)
    label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 0.92)
    label.setFont(font)
    return label


def named_button(text: str) -> QPushButton:
    button = QPushButton(text)
    button.setAccessibleName(text)
    button.setAutoDefault(False)
    return button


class FieldWidget(QWidget):
    """Base: ``value()``/``set_value()`` in the field's shape; ``changed`` on every edit."""

    changed = Signal()

    def __init__(self, field: FieldDef, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = field
        self.language = language
        self.label = localized(field.label, language)

    def t(self, text: Any) -> str:
        return localized(text, self.language)

    def value(self) -> Any:
        raise NotImplementedError

    def set_value(self, value: Any) -> None:
        raise NotImplementedError

    def set_read_only(self, read_only: bool) -> None:
        for child in self.findChildren(QWidget):
            if hasattr(child, "setReadOnly"):
                child.setReadOnly(read_only)
            elif isinstance(child, QPushButton | QComboBox | QCheckBox | QSpinBox):
                child.setEnabled(not read_only)


class TextField(FieldWidget):
    def __init__(self, field: FieldDef, language: str, parent: QWidget | None = None) -> None:
        super().__init__(field, language, parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        if field.type == "longtext":
            self.edit: Any = GrowingEdit(self.label, highlight=field.highlight_absolutes)
            self.edit.textChanged.connect(self.changed)
        else:
            self.edit = line_edit(self.label)
            self.edit.textEdited.connect(self.changed)
        layout.addWidget(self.edit)

    def value(self) -> str:
        return plain_text(self.edit) if self.field.type == "longtext" else str(self.edit.text())

    def set_value(self, value: Any) -> None:
        text = clean_value(self.field, value)
        if self.field.type == "longtext":
            self.edit.setPlainText(text)
        else:
            self.edit.setText(text)


class ScaleField(FieldWidget):
    def __init__(self, field: FieldDef, language: str, parent: QWidget | None = None) -> None:
        super().__init__(field, language, parent)
        self.spin = scale_spin(self.label, self.tr("Not rated"))
        self.spin.valueChanged.connect(self.changed)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.spin)
        layout.addStretch(1)

    def value(self) -> int | None:
        return None if self.spin.value() < 0 else int(self.spin.value())

    def set_value(self, value: Any) -> None:
        cleaned = clean_value(self.field, value)
        self.spin.setValue(-1 if cleaned is None else cleaned)


def scale_spin(name: str, unset: str) -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(-1, SCALE_MAX)
    spin.setSpecialValueText(unset)
    spin.setValue(-1)
    spin.setAccessibleName(name)
    spin.setMinimumWidth(110)
    return spin


def option_combo(name: str, options: tuple[Option, ...], language: str, none: str) -> QComboBox:
    combo = QComboBox()
    combo.setAccessibleName(name)
    combo.addItem(none, "")
    for option in options:
        combo.addItem(localized(option.label, language), option.id)
    return combo


def set_combo(combo: QComboBox, option_id: Any) -> None:
    index = combo.findData(option_id)
    combo.setCurrentIndex(max(index, 0))


class ChoiceField(FieldWidget):
    def __init__(self, field: FieldDef, language: str, parent: QWidget | None = None) -> None:
        super().__init__(field, language, parent)
        self.combo = option_combo(self.label, field.options, language, self.tr("Not chosen"))
        self.combo.currentIndexChanged.connect(self.changed)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.combo)
        layout.addStretch(1)

    def value(self) -> str:
        return str(self.combo.currentData() or "")

    def set_value(self, value: Any) -> None:
        set_combo(self.combo, clean_value(self.field, value))


class MultiField(FieldWidget):
    def __init__(self, field: FieldDef, language: str, parent: QWidget | None = None) -> None:
        super().__init__(field, language, parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        self.boxes: dict[str, QCheckBox] = {}
        for n, option in enumerate(field.options):
            box = QCheckBox(self.t(option.label))
            box.setAccessibleName(box.text())
            box.toggled.connect(self.changed)
            grid.addWidget(box, n // 3, n % 3)
            self.boxes[option.id] = box

    def value(self) -> list[str]:
        return [key for key, box in self.boxes.items() if box.isChecked()]

    def set_value(self, value: Any) -> None:
        chosen = set(clean_value(self.field, value))
        for key, box in self.boxes.items():
            box.setChecked(key in chosen)


class DateField(FieldWidget):
    def __init__(self, field: FieldDef, language: str, parent: QWidget | None = None) -> None:
        super().__init__(field, language, parent)
        self.edit = QDateEdit()
        self.edit.setAccessibleName(self.label)
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat("yyyy-MM-dd")
        self.edit.setMinimumDate(NO_DATE)
        self.edit.setSpecialValueText(self.tr("No date"))
        self.edit.setDate(NO_DATE)
        self.edit.setMinimumWidth(130)
        self.edit.dateChanged.connect(self.changed)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit)
        layout.addStretch(1)

    def value(self) -> str:
        date = self.edit.date()
        return "" if date == NO_DATE else date.toString(Qt.DateFormat.ISODate)

    def set_value(self, value: Any) -> None:
        date = QDate.fromString(clean_value(self.field, value), Qt.DateFormat.ISODate)
        self.edit.setDate(date if date.isValid() else NO_DATE)


def make_field(field: FieldDef, language: str) -> FieldWidget:
    from recovery_desktop.ui.worksheets.rows import GridField, ListField, TableField

    kinds: dict[str, type[FieldWidget]] = {
        "text": TextField, "longtext": TextField, "scale": ScaleField, "choice": ChoiceField,
        "multi": MultiField, "date": DateField, "list": ListField, "table": TableField,
        "grid": GridField,
    }
    widget = kinds[field.type](field, language)
    widget.set_value(empty_value(field))
    return widget
