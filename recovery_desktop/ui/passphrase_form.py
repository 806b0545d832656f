"""A new passphrase typed twice, with strength feedback (settings and after recovery)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QFormLayout, QLabel, QLineEdit, QWidget

from recovery_desktop.ui.passphrase_strength import MIN_LENGTH, evaluate


class NewPassphraseForm(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None, *, label: str = "") -> None:
        super().__init__(parent)
        self.first = QLineEdit()
        self.second = QLineEdit()
        self.show_box = QCheckBox(self.tr("Show passphrase"))
        self.strength = QLabel()
        self.strength.setAccessibleName(self.tr("Passphrase strength"))
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self._hint = ""
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        first_label = label or self.tr("New passphrase")
        for edit, text in ((self.first, first_label), (self.second, self.tr("Type it again"))):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
            edit.setAccessibleName(text)
            edit.textChanged.connect(self._update)
            form.addRow(text, edit)
        self.show_box.setAccessibleName(self.show_box.text())
        self.show_box.toggled.connect(self._toggle_visible)
        form.addRow("", self.show_box)
        form.addRow(self.tr("Strength"), self.strength)
        form.addRow("", self.problem)
        self._update()

    def _toggle_visible(self, on: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if on else QLineEdit.EchoMode.Password
        self.first.setEchoMode(mode)
        self.second.setEchoMode(mode)

    def _update(self) -> None:
        text = self.first.text()
        strength = evaluate(text) if text else None
        self.strength.setText(strength.label if strength else "")
        self._hint = strength.hint_text if strength else ""
        self.problem.setText(self._problem())
        self.changed.emit()

    def _problem(self) -> str:
        text = self.first.text()
        if not text:
            return ""
        if len(text) < MIN_LENGTH:
            return self.tr("Use at least %1 characters.").replace("%1", str(MIN_LENGTH))
        if self.second.text() and self.second.text() != text:
            return self.tr("The two passphrases are not the same yet.")
        return self._hint

    def passphrase(self) -> str | None:
        """The new passphrase once both fields agree and it is long enough, else None."""
        text = self.first.text()
        if len(text) >= MIN_LENGTH and text == self.second.text():
            return text
        return None

    def clear(self) -> None:
        self.first.clear()
        self.second.clear()
