"""The one generic form: renders any worksheet definition, reads and writes its values."""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from recovery_desktop.domain.worksheets import rebt
from recovery_desktop.domain.worksheets.definitions import Definition, Section, localized
from recovery_desktop.domain.worksheets.values import Values, clean_values
from recovery_desktop.ui.worksheets.fields import FieldWidget, make_field, quiet
from recovery_desktop.ui.worksheets.rows import ListField


def heading(text: str, scale: float = 1.2) -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(True)
    label.setFont(font)
    return label


def translate_rebt(text: str) -> str:
    return QCoreApplication.translate("rebt", text)


class DisputePrompts(QFrame):
    """Questions fitting each tagged thought (D in the ABC), from ``domain.rebt``."""

    def __init__(self, source: ListField, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.source = source
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        self.title = QLabel(self.tr("Questions that may help"))
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.body = quiet(QLabel())
        self.body.setTextFormat(Qt.TextFormat.PlainText)
        self.body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.body.setAccessibleName(self.title.text())
        layout.addWidget(self.title)
        layout.addWidget(self.body)
        source.changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        lines: list[str] = []
        for item in self.source.value():
            if not isinstance(item, dict) or not item.get("tag"):
                continue
            tag = rebt.TAGS.get(item["tag"])
            if tag is None:
                continue
            lines.append(f"“{item['text']}”: {translate_rebt(tag.name)}")
            lines += [f"   • {translate_rebt(q)}" for q in rebt.TAG_PROMPTS[tag.id]]
            lines.append(f"   → {translate_rebt(tag.alternative)}")
        if not lines:
            lines.append(self.tr("Tag a thought in B to see questions that fit it."))
        lines.append("")
        lines += [f"• {translate_rebt(q)}" for q in rebt.GENERAL_PROMPTS]
        self.body.setText("\n".join(lines))


class WorksheetForm(QWidget):
    changed = Signal()

    def __init__(self, definition: Definition, language: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.definition = definition
        self.language = language
        self.widgets: dict[str, FieldWidget] = {}
        self.section_boxes: dict[str, QWidget] = {}
        self._extra: Values = {}  # values of fields this definition no longer has
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(14)
        purpose = quiet(QLabel(self.t(definition.purpose)))
        purpose.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(purpose)
        self.start_group = QButtonGroup(self)
        if definition.start_options:
            row = QHBoxLayout()
            for n, start in enumerate(definition.start_options):
                radio = QRadioButton(self.t(start.label))
                radio.setAccessibleName(radio.text())
                radio.setChecked(n == 0)
                self.start_group.addButton(radio, n)
                row.addWidget(radio)
            row.addStretch(1)
            layout.addLayout(row)
            self.start_group.idToggled.connect(self._start_toggled)
        self.sections_layout = QVBoxLayout()
        self.sections_layout.setSpacing(18)
        layout.addLayout(self.sections_layout)
        for section in definition.sections:
            box = self._section(section)
            self.section_boxes[section.id] = box
            self.sections_layout.addWidget(box)
        self.extra_label = quiet(QLabel())
        self.extra_label.setTextFormat(Qt.TextFormat.PlainText)
        self.extra_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.extra_label.hide()
        layout.addWidget(self.extra_label)
        layout.addStretch(1)

    def t(self, text: Any) -> str:
        return localized(text, self.language)

    def _section(self, section: Section) -> QWidget:
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(6)
        column.addWidget(heading(self.t(section.title)))
        if section.help:
            column.addWidget(quiet(QLabel(self.t(section.help))))
        for field in section.fields:
            label = QLabel(self.t(field.label) + (" *" if field.required else ""))
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setWordWrap(True)
            font = label.font()
            font.setBold(True)
            label.setFont(font)
            widget = make_field(field, self.language)
            label.setBuddy(widget)
            widget.changed.connect(self.changed)
            self.widgets[field.id] = widget
            column.addSpacing(4)
            column.addWidget(label)
            if field.help:
                column.addWidget(quiet(QLabel(self.t(field.help))))
            column.addWidget(widget)
            source = self.widgets.get(field.dispute_prompts_for)
            if isinstance(source, ListField):
                column.addWidget(DisputePrompts(source))
        return box

    def _start_toggled(self, button_id: int, checked: bool) -> None:
        if checked:
            self.set_order(self.definition.start_options[button_id].id)

    @property
    def start_option(self) -> str:
        options = self.definition.start_options
        checked = self.start_group.checkedId()
        return options[checked].id if 0 <= checked < len(options) else ""

    def set_order(self, start_id: str) -> None:
        """Show the sections in the order of start option ``start_id`` (e.g. C first)."""
        for n, start in enumerate(self.definition.start_options):
            if start.id != start_id:
                continue
            button = self.start_group.button(n)
            if not button.isChecked():
                button.setChecked(True)  # comes back here through the toggle
                return
            for section_id in start.order:
                box = self.section_boxes[section_id]
                self.sections_layout.removeWidget(box)
                self.sections_layout.addWidget(box)
            first = self.definition.sections
            wanted = next(s for s in first if s.id == start.order[0])
            if wanted.fields:
                self.widgets[wanted.fields[0].id].setFocus()

    def values(self) -> Values:
        raw: Values = dict(self._extra)
        raw.update({key: widget.value() for key, widget in self.widgets.items()})
        return clean_values(self.definition, raw)

    def set_values(self, values: Values) -> None:
        for key, widget in self.widgets.items():
            widget.blockSignals(True)
            widget.set_value(values.get(key))
            widget.blockSignals(False)
        self._extra = {k: v for k, v in values.items() if k not in self.widgets}
        if self._extra:
            lines = [self.tr("From an earlier version of this worksheet:")]
            lines += [f"{key}: {json.dumps(value, ensure_ascii=False)}"
                      for key, value in self._extra.items()]
            self.extra_label.setText("\n".join(lines))
        self.extra_label.setVisible(bool(self._extra))
        for prompts in self.findChildren(DisputePrompts):
            prompts.refresh()

    def set_read_only(self, read_only: bool) -> None:
        for widget in self.widgets.values():
            widget.set_read_only(read_only)
        for button in self.start_group.buttons():
            button.setEnabled(True)  # reordering is only a view
