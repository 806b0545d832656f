"""The keyboard shortcuts overview (F1): a read-only table built from ui/shortcuts.py."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from recovery_desktop.ui import shortcuts
from recovery_desktop.ui.labels import heading, hint_label, scaled


class ShortcutsDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = self.tr("Keyboard shortcuts")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setMinimumWidth(scaled(560))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(10)
        layout.addWidget(heading(title, 1.35))
        layout.addWidget(hint_label(self.tr(
            "Every screen also works with Tab, Shift+Tab, the arrow keys, Enter and Escape."
        )))

        # A fixed, short list (the registry), so a QTableWidget is enough here.
        self.table = QTableWidget(0, 2)
        self.table.setAccessibleName(title)
        self.table.setHorizontalHeaderLabels([self.tr("Keys"), self.tr("What it does")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self._fill()
        layout.addWidget(self.table, 1)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName(close.text().replace("&", ""))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _fill(self) -> None:
        for where in shortcuts.PLACES:
            entries = [s for s in shortcuts.REGISTRY if s.where == where]
            if not entries:
                continue
            self._add_row(shortcuts.place(where), "", section=True)
            for entry in entries:
                self._add_row(shortcuts.key_text(entry.id), shortcuts.description(entry.id))
        self.table.resizeRowsToContents()
        # Tall enough to show every row without scrolling (the list is short).
        rows = sum(self.table.rowHeight(r) for r in range(self.table.rowCount()))
        self.table.setMinimumHeight(rows + self.table.horizontalHeader().sizeHint().height()
                                    + 2 * self.table.frameWidth())
        self.table.setCurrentCell(-1, -1)

    def _add_row(self, keys: str, what: str, *, section: bool = False) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        first = QTableWidgetItem(keys)
        if section:
            font = first.font()
            font.setBold(True)
            first.setFont(font)
            self.table.setSpan(row, 0, 1, 2)
        self.table.setItem(row, 0, first)
        if not section:
            self.table.setItem(row, 1, QTableWidgetItem(what))

    def rows(self) -> list[tuple[str, str]]:
        """(keys, description) of every shortcut row, for tests and screen readers' sake."""
        out = []
        for row in range(self.table.rowCount()):
            what = self.table.item(row, 1)
            if what is not None:
                keys = self.table.item(row, 0)
                out.append((keys.text() if keys else "", what.text()))
        return out
