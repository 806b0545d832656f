"""The crisis card: emergency and help-line numbers, one click away, locked or not.

While the vault is open it shows the person's own people first (those marked "on my crisis
card"), then the help lines as they arranged them (``domain/support/crisis.py``); while
locked, the app's shipped lines only. The emergency number always comes first. If reading
the vault fails for any reason, the card still opens with the shipped lines.
"""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from recovery_desktop.domain.helplines import LAST_VERIFIED, Helpline, help_for
from recovery_desktop.ui.labels import heading

if TYPE_CHECKING:
    from recovery_desktop.domain.support.crisis import CrisisLine
    from recovery_desktop.domain.support.service import Person
    from recovery_desktop.vault.vault import Vault


def _from_vault(vault: Vault, country: str) -> tuple[list[Person], list[CrisisLine]] | None:
    try:
        from recovery_desktop.domain.support import crisis, service

        with vault.session() as session:
            return service.crisis_people(session), crisis.crisis_lines(session, country)
    except Exception:  # the card must open whatever happens: fall back to shipped lines
        return None


class CrisisCard(QDialog):
    def __init__(self, country: str, parent: QWidget | None = None, *,
                 vault: Vault | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Crisis help"))
        self.setAccessibleName(self.tr("Crisis help"))
        self.setMinimumWidth(460)
        info = help_for(country)
        own = _from_vault(vault, country) if vault is not None and vault.is_open else None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(10)
        self.entries: list[QLabel] = []  # people, then lines, in the order shown

        title = heading(self.tr("You deserve support right now"), 1.35)
        layout.addWidget(title)

        danger = QLabel(
            self.tr("If you or someone else is in immediate danger, call <b>%1</b> now.")
            .replace("%1", escape(info.emergency))
        )
        danger.setWordWrap(True)
        danger.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        danger.setAccessibleName(danger.text())
        self.danger = danger
        layout.addWidget(danger)

        if own is not None:
            people, lines = own
            if people:
                layout.addWidget(heading(self.tr("My people"), 1.1))
                for person in people:
                    reach = self._reach(person)
                    self._entry(layout, person.name, reach or [self.tr("(no number saved)")],
                                "")
            if lines:
                layout.addWidget(heading(self.tr("Help lines"), 1.1))
            for line in lines:
                self._entry(layout, line.name, [line.contact], line.note)
        else:
            for shipped in info.lines:
                self._shipped(layout, shipped)

        note = QLabel(
            self.tr(
                "The app's numbers were last checked %1; they can change, so check the ones "
                "you rely on. If you have stopped alcohol or some medications suddenly and "
                "feel unwell, get medical help. This app is a self-help tool, not treatment."
            ).replace("%1", LAST_VERIFIED)
        )
        note.setWordWrap(True)
        layout.addSpacing(6)
        layout.addWidget(note)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName(close.text().replace("&", ""))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _reach(self, person: Person) -> list[str]:
        labels = {"phone": self.tr("Phone: %1"), "text": self.tr("Text: %1"),
                  "email": self.tr("Email: %1"), "other": "%1"}
        ways = dict(person.reach())
        if ways.get("phone") and ways.get("phone") == ways.get("text"):
            labels["phone"] = self.tr("Phone or text: %1")
            del ways["text"]
        return [labels[way].replace("%1", value) for way, value in ways.items()]

    def _shipped(self, layout: QVBoxLayout, line: Helpline) -> None:
        self._entry(layout, line.name, [line.contact], line.note)

    def _entry(self, layout: QVBoxLayout, name: str, contacts: list[str], note: str) -> None:
        text = f"<b>{escape(name)}</b><br>" + "<br>".join(escape(c) for c in contacts)
        if note:
            text += f"<br><span>{escape(note)}</span>"
        label = QLabel(text)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.setAccessibleName(f"{name}: {', '.join(contacts)}")
        self.entries.append(label)
        layout.addWidget(label)
