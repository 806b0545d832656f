"""A period chooser shared by the log and the insights: presets, or dates of your own."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QComboBox, QDateEdit, QHBoxLayout, QLabel, QWidget

from recovery_desktop.ui.urges.common import named

CUSTOM = -1


def _py(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class PeriodPicker(QWidget):
    """``presets`` are (days, label) pairs; 0 days means all time. Dates are local dates."""

    changed = Signal()

    def __init__(self, presets: Sequence[tuple[int, str]], today: date,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        caption = QLabel(self.tr("Period"))
        self.combo = QComboBox()
        named(self.combo, caption.text())
        caption.setBuddy(self.combo)
        for days, text in presets:
            self.combo.addItem(text, days)
        self.combo.addItem(self.tr("Dates I choose"), CUSTOM)
        self.start = QDateEdit()
        self.end = QDateEdit()
        self.to_label = QLabel(self.tr("to"))
        for edit, label in ((self.start, self.tr("From")), (self.end, self.tr("To"))):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setMinimumDate(QDate(1900, 1, 1))
            named(edit, label)
            edit.dateChanged.connect(lambda _d: self.changed.emit())
        self.end.setDate(QDate(today.year, today.month, today.day))
        first = today - timedelta(days=27)
        self.start.setDate(QDate(first.year, first.month, first.day))
        for widget in (caption, self.combo, self.start, self.to_label, self.end):
            row.addWidget(widget)
        self.combo.currentIndexChanged.connect(self._switched)
        self._switched()

    def _switched(self) -> None:
        custom = self.combo.currentData() == CUSTOM
        for widget in (self.start, self.to_label, self.end):
            widget.setVisible(custom)
        self.changed.emit()

    @property
    def wiped(self) -> bool:
        """True once the shell has cleared the page's combos on lock."""
        return self.combo.count() == 0

    def local_range(self, today: date) -> tuple[date | None, date]:
        """(first, last) local dates, inclusive; first is None for all time."""
        days = self.combo.currentData()
        if days == CUSTOM:
            first, last = _py(self.start.date()), _py(self.end.date())
            return (first, last) if first <= last else (last, first)
        if not days:
            return None, today
        return today - timedelta(days=int(days) - 1), today
