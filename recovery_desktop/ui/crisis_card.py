"""The crisis card: emergency and help-line numbers, one click away, locked or not."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from recovery_desktop.domain.helplines import LAST_VERIFIED, help_for
from recovery_desktop.ui.labels import heading


class CrisisCard(QDialog):
    def __init__(self, country: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Crisis help"))
        self.setAccessibleName(self.tr("Crisis help"))
        self.setMinimumWidth(460)
        info = help_for(country)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(10)

        title = heading(self.tr("You deserve support right now"), 1.35)
        layout.addWidget(title)

        danger = QLabel(
            self.tr("If you or someone else is in danger, call <b>%1</b> now.").replace(
                "%1", info.emergency
            )
        )
        danger.setWordWrap(True)
        danger.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(danger)

        for line in info.lines:
            text = f"<b>{line.name}</b><br>{line.contact}"
            if line.note:
                text += f"<br><span>{line.note}</span>"
            label = QLabel(text)
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            label.setAccessibleName(f"{line.name}: {line.contact}")
            layout.addWidget(label)

        note = QLabel(
            self.tr(
                "Numbers last checked %1; they can change, so check the ones you rely on. "
                "If you have stopped alcohol or some medications suddenly and feel unwell, "
                "get medical help. This app is a self-help tool, not treatment."
            ).replace("%1", LAST_VERIFIED)
        )
        note.setWordWrap(True)
        note.setForegroundRole(note.foregroundRole())
        note.setEnabled(True)
        layout.addSpacing(6)
        layout.addWidget(note)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName(close.text().replace("&", ""))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
