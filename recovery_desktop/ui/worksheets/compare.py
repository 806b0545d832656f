"""Two versions of a worksheet side by side, read-only (cost-benefit, boundaries plans)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from recovery_desktop.domain.worksheets.definitions import Definition
from recovery_desktop.domain.worksheets.store import Summary
from recovery_desktop.ui.worksheets.form import WorksheetForm

# (worksheet id) -> (definition, values), or None if it cannot be opened
Loader = Callable[[int], tuple[Definition, dict[str, Any]] | None]


class CompareDialog(QDialog):
    def __init__(self, versions: list[Summary], load: Loader, language: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Compare versions"))
        self.setAccessibleName(self.windowTitle())
        self.load, self.language = load, language
        self.resize(1100, 720)
        columns = QHBoxLayout()
        self.sides: list[tuple[QComboBox, QScrollArea]] = []
        for n, name in enumerate((self.tr("Earlier version"), self.tr("Later version"))):
            side = QVBoxLayout()
            label = QLabel(name)
            combo = QComboBox()
            combo.setAccessibleName(name)
            for summary in versions:
                combo.addItem(self.tr("Version %1, %2").replace("%1", str(summary.series_no))
                              .replace("%2", summary.updated_at.strftime("%Y-%m-%d")), summary.id)
            combo.setCurrentIndex(max(0, len(versions) - 2 + n))
            scroll = QScrollArea()
            scroll.setWidgetResizable(True)
            side.addWidget(label)
            side.addWidget(combo)
            side.addWidget(scroll, 1)
            columns.addLayout(side, 1)
            self.sides.append((combo, scroll))
            combo.currentIndexChanged.connect(lambda _i, s=n: self.show_side(s))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName(close.text())
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addWidget(buttons)
        for n in range(len(self.sides)):
            self.show_side(n)

    def show_side(self, n: int) -> None:
        combo, scroll = self.sides[n]
        if combo.currentData() is None:  # emptied (the window is locking)
            return
        loaded = self.load(int(combo.currentData()))
        old = scroll.takeWidget()
        if old is not None:
            old.deleteLater()
        if loaded is None:
            scroll.setWidget(QLabel(self.tr("This version could not be opened.")))
            return
        definition, values = loaded
        form = WorksheetForm(definition, self.language)
        form.set_values(values)
        form.set_read_only(True)
        scroll.setWidget(form)

    def form(self, n: int) -> WorksheetForm | None:
        widget = self.sides[n][1].widget()
        return widget if isinstance(widget, WorksheetForm) else None
