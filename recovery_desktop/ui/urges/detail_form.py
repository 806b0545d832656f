"""The optional detail of an urge-log entry: one step away from the quick log."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from recovery_desktop.domain.urges.models import COPING, HALT_FLAGS, SITUATIONS, Halt
from recovery_desktop.domain.urges.service import UrgeInput
from recovery_desktop.ui.urges.common import coping_label, halt_label, named, situation_label

FEELING_ROWS = 3


class DetailForm(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(10)

        form = QFormLayout()
        self.where = self._line(form, self.tr("Where were you?"))
        self.with_whom = self._line(form, self.tr("Who were you with?"))
        self.doing = self._line(form, self.tr("What were you doing?"))
        self.trigger = self._line(form, self.tr("What set it off?"))
        column.addLayout(form)

        self.situations: dict[str, QCheckBox] = {}
        column.addWidget(self._checks(self.tr("What kind of moment was it?"), SITUATIONS,
                                      situation_label, self.situations, columns=2))
        halt_box = QGroupBox(self.tr("HALT: were you…"))
        named(halt_box, halt_box.title())
        halt_row = QHBoxLayout(halt_box)
        self.halt: dict[Halt, QCheckBox] = {}
        for flag in HALT_FLAGS:
            box = QCheckBox(halt_label(flag))
            named(box, box.text())
            self.halt[flag] = box
            halt_row.addWidget(box)
        halt_row.addStretch(1)
        column.addWidget(halt_box)

        feelings = QGroupBox(self.tr("Feelings and how strong (0–10)"))
        named(feelings, feelings.title())
        grid = QGridLayout(feelings)
        self.feelings: list[tuple[QLineEdit, QSpinBox]] = []
        for n in range(FEELING_ROWS):
            name = QLineEdit()
            name.setPlaceholderText(self.tr("e.g. restless"))
            named(name, self.tr("Feeling %1").replace("%1", str(n + 1)))
            strength = QSpinBox()
            strength.setRange(0, 10)
            strength.setValue(5)
            named(strength, self.tr("Strength of feeling %1").replace("%1", str(n + 1)))
            grid.addWidget(name, n, 0)
            grid.addWidget(strength, n, 1)
            self.feelings.append((name, strength))
        column.addWidget(feelings)

        form2 = QFormLayout()
        self.self_talk = self._text(form2, self.tr("What did the urge say?"))
        self.duration = QSpinBox()
        self.duration.setRange(-1, 7 * 24 * 60)
        self.duration.setSpecialValueText(self.tr("not noted"))
        self.duration.setSuffix(self.tr(" min"))
        self.duration.setValue(-1)
        label = self.tr("How long until it eased?")
        named(self.duration, label)
        form2.addRow(label, self.duration)
        column.addLayout(form2)

        self.coping_hint = QLabel()
        self.coping_hint.setWordWrap(True)
        named(self.coping_hint, self.tr("What helped before"))
        self.coping: dict[str, QCheckBox] = {}
        self.coping_box = self._checks(self.tr("What did you try?"), COPING, coping_label,
                                       self.coping, columns=2)
        column.addWidget(self.coping_hint)
        column.addWidget(self.coping_box)

        form3 = QFormLayout()
        self.amount = self._line(form3, self.tr("How much was used or spent?"))
        self.note = self._text(form3, self.tr("Next time I will try…"))
        self.note.setPlaceholderText(self.tr("A slip is information, not failure."))
        column.addLayout(form3)

    def _line(self, form: QFormLayout, label: str) -> QLineEdit:
        edit = QLineEdit()
        named(edit, label)
        form.addRow(label, edit)
        return edit

    def _text(self, form: QFormLayout, label: str) -> QPlainTextEdit:
        edit = QPlainTextEdit()
        edit.setTabChangesFocus(True)
        edit.setFixedHeight(56)
        named(edit, label)
        form.addRow(label, edit)
        return edit

    def _checks(self, title: str, codes: Sequence[str], label: object,
                store: dict[str, QCheckBox], *, columns: int) -> QGroupBox:
        box = QGroupBox(title)
        named(box, title)
        grid = QGridLayout(box)
        for n, code in enumerate(codes):
            check = QCheckBox(label(code))  # type: ignore[operator]
            named(check, check.text())
            store[code] = check
            grid.addWidget(check, n // columns, n % columns)
        return box

    def offer_first(self, codes: Sequence[str]) -> None:
        """Put the coping that worked before first, and say so."""
        grid = self.coping_box.layout()
        assert isinstance(grid, QGridLayout)
        order = [*codes, *(c for c in COPING if c not in codes)]
        for n, code in enumerate(order):
            grid.addWidget(self.coping[code], n // 2, n % 2)
        previous: QWidget = self.coping_box
        for code in order:  # keyboard order follows the visible order
            QWidget.setTabOrder(previous, self.coping[code])
            previous = self.coping[code]
        self.coping_hint.setText(
            self.tr("What helped you before: %1.").replace(
                "%1", ", ".join(coping_label(c) for c in codes)) if codes else "")
        self.coping_hint.setVisible(bool(codes))

    def fill(self, entry: UrgeInput) -> None:
        self.where.setText(entry.where_text)
        self.with_whom.setText(entry.with_whom)
        self.doing.setText(entry.doing)
        self.trigger.setText(entry.trigger)
        for code, box in self.situations.items():
            box.setChecked(code in entry.situations)
        for flag, box in self.halt.items():
            box.setChecked(bool(entry.halt & flag))
        for n, (name, strength) in enumerate(self.feelings):
            known = entry.feelings[n] if n < len(entry.feelings) else ("", 5)
            name.setText(known[0])
            strength.setValue(known[1])
        self.self_talk.setPlainText(entry.self_talk)
        self.duration.setValue(-1 if entry.duration_min is None else entry.duration_min)
        for code, box in self.coping.items():
            box.setChecked(code in entry.coping)
        self.amount.setText(entry.amount)
        self.note.setPlainText(entry.note)

    def apply(self, entry: UrgeInput) -> None:
        """Copy what the form holds into ``entry``."""
        entry.where_text = self.where.text()
        entry.with_whom = self.with_whom.text()
        entry.doing = self.doing.text()
        entry.trigger = self.trigger.text()
        entry.situations = tuple(c for c, box in self.situations.items() if box.isChecked())
        halt = Halt.NONE
        for flag, box in self.halt.items():
            if box.isChecked():
                halt |= flag
        entry.halt = halt
        entry.feelings = tuple((name.text(), strength.value())
                               for name, strength in self.feelings if name.text().strip())
        entry.self_talk = self.self_talk.toPlainText()
        entry.duration_min = None if self.duration.value() < 0 else self.duration.value()
        entry.coping = tuple(c for c, box in self.coping.items() if box.isChecked())
        entry.amount = self.amount.text()
        entry.note = self.note.toPlainText()

    def has_text(self) -> bool:
        return any((self.where.text(), self.with_whom.text(), self.doing.text(),
                    self.trigger.text(), self.self_talk.toPlainText(), self.amount.text(),
                    self.note.toPlainText()))
