"""One step of one fellowship: the summary, the person's pasted wording, status, dates,
sponsor and notes. Saved with "Save" (Ctrl+S); unsaved input is kept as a draft."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from recovery_desktop.domain.behaviours.service import InvalidInput
from recovery_desktop.domain.twelve_step import inventory as drafts
from recovery_desktop.domain.twelve_step import service
from recovery_desktop.domain.twelve_step.progress import StepStatus, status_of
from recovery_desktop.domain.twelve_step.service import FellowshipInfo, StepInput
from recovery_desktop.ui.labels import heading, hint_label, text_label
from recovery_desktop.ui.twelve_step.common import (
    Autosaver,
    OptionalDate,
    message_label,
    named,
    parse_date,
    text_box,
)
from recovery_desktop.ui.twelve_step.texts import fellowship_note, status_label, step_name, summary
from recovery_desktop.vault.errors import VaultError

if TYPE_CHECKING:
    from recovery_desktop.vault.vault import Vault

DRAFT_KIND = "step"


class StepForm(QWidget):
    saved = Signal()

    def __init__(self, vault: Vault, today: Callable[[], date],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.today = today
        self.fellowship: FellowshipInfo | None = None
        self.step = 1
        self._filling = False
        self.autosaver = Autosaver(self._autosave, self)
        self.title = heading("", 1.2)
        self.summary = text_label("", selectable=True)
        named(self.summary, self.tr("In our words"))
        self.note = hint_label()
        self.status = QComboBox()
        self.status.setMaximumWidth(280)
        for status in StepStatus:
            self.status.addItem(status_label(status), status.value)
        self.started = OptionalDate(self.tr("Started on"))
        self.completed = OptionalDate(self.tr("Completed on"))
        width = max(self.started.check.sizeHint().width(),
                    self.completed.check.sizeHint().width())
        for check in (self.started.check, self.completed.check):
            check.setMinimumWidth(width)  # the two dates line up
        self.sponsor = QCheckBox(self.tr("Worked on it with my sponsor"))
        self.notes = text_box(self.tr("Notes"), 80)
        self.wording = text_box(self.tr("My fellowship's wording"), 60)
        self.wording.setPlaceholderText(self.tr(
            "Optional: paste your fellowship's exact words for this step. They stay in your "
            "encrypted vault."))
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for label, widget in ((self.tr("Status"), self.status),
                              ("", self.started), ("", self.completed),
                              ("", self.sponsor), (self.tr("Notes"), self.notes),
                              (self.tr("My fellowship's wording"), self.wording)):
            if isinstance(widget, OptionalDate):
                pass  # its checkbox and date carry "Started on" / "Completed on"
            elif label:
                named(widget, label)
            else:
                named(widget, self.sponsor.text())
            form.addRow(label, widget)
        buttons = QHBoxLayout()
        self.save_button = QPushButton(self.tr("Save"))
        named(self.save_button, self.save_button.text())
        self.save_button.setToolTip(self.tr("Save (Ctrl+S)"))
        self.save_button.clicked.connect(lambda *_args: self.save())
        self.state = message_label(self.tr("Step save status"))
        self.state.setWordWrap(True)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.state, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.summary)
        layout.addWidget(self.note)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.status.activated.connect(self.changed)
        self.started.changed.connect(self.changed)
        self.completed.changed.connect(self.changed)
        self.sponsor.toggled.connect(self.changed)
        self.notes.textChanged.connect(self.changed)
        self.wording.textChanged.connect(self.changed)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Ctrl+S that reached here unhandled (the shortcut needs an active window).
        if event.matches(QKeySequence.StandardKey.Save):
            self.save()
            return
        super().keyPressEvent(event)

    # -- showing ---------------------------------------------------------------------------

    def _ref(self) -> str:
        return f"{self.fellowship.id if self.fellowship else 0}:{self.step}"

    def show_step(self, fellowship: FellowshipInfo | None, step: int) -> None:
        self.save_draft()
        self.fellowship, self.step = fellowship, step
        self.title.setText(self.tr("Step %1: %2").replace("%1", str(step)).replace(
            "%2", step_name(step)))
        self.title.setAccessibleName(self.title.text())
        self.summary.setText(summary(step, fellowship))
        note = fellowship_note(step, fellowship)
        self.note.setText(note)
        self.note.setVisible(bool(note))
        values: dict[str, Any] = {}
        brought_back = False
        if fellowship is not None and self.vault.is_open:
            with self.vault.session() as session:
                draft = drafts.load_draft(session, DRAFT_KIND, self._ref())
                if draft is not None:
                    values, brought_back = draft, True
                else:
                    values = _payload(service.load_step(session, fellowship.id, step))
        self._fill(values)
        self.autosaver.clean()
        self.state.setText(self.tr("Unsaved changes brought back") if brought_back else "")

    def _fill(self, values: dict[str, Any]) -> None:
        self._filling = True
        try:
            status = status_of(str(values.get("status", StepStatus.NOT_STARTED.value)))
            self.status.setCurrentIndex(max(0, self.status.findData(status.value)))
            today = self.today()
            self.started.set_value(parse_date(values.get("started")), today)
            self.completed.set_value(parse_date(values.get("completed")), today)
            self.sponsor.setChecked(bool(values.get("with_sponsor")))
            self.notes.setPlainText(str(values.get("notes", "")))
            self.wording.setPlainText(str(values.get("wording", "")))
        finally:
            self._filling = False

    def values(self) -> dict[str, Any]:
        started, completed = self.started.value(), self.completed.value()
        return {"status": str(self.status.currentData()),
                "started": started.isoformat() if started else None,
                "completed": completed.isoformat() if completed else None,
                "with_sponsor": self.sponsor.isChecked(),
                "notes": self.notes.toPlainText(), "wording": self.wording.toPlainText()}

    # -- changes, drafts, saving -----------------------------------------------------------

    def changed(self, *_args: object) -> None:
        if not self._filling and self.fellowship is not None:
            self.autosaver.touch()

    def save_draft(self) -> None:
        if not self.autosaver.dirty or self.fellowship is None or not self.vault.is_open:
            return
        with self.vault.session() as session:
            drafts.save_draft(session, DRAFT_KIND, self._ref(), self.values())
        self.autosaver.clean()
        self.state.setText(self.tr("Draft kept"))

    def _autosave(self) -> None:
        try:
            self.save_draft()
        except VaultError as exc:
            self.state.setText(exc.user_message)

    def save(self) -> bool:
        if self.fellowship is None:
            return False
        values = self.values()
        entry = StepInput(status_of(values["status"]), parse_date(values["started"]),
                          parse_date(values["completed"]), values["with_sponsor"],
                          values["notes"], values["wording"])
        try:
            with self.vault.session() as session:
                service.save_step(session, self.fellowship.id, self.step, entry,
                                  today=self.today())
                drafts.discard_draft(session, DRAFT_KIND, self._ref())
        except InvalidInput as exc:
            self.state.setText("\n".join(exc.messages))
            return False
        except VaultError as exc:
            self.state.setText(exc.user_message)
            return False
        self.autosaver.clean()
        self.state.setText(self.tr("Saved"))
        self.saved.emit()
        return True


def _payload(entry: StepInput) -> dict[str, Any]:
    return {"status": entry.status.value,
            "started": entry.started.isoformat() if entry.started else None,
            "completed": entry.completed.isoformat() if entry.completed else None,
            "with_sponsor": entry.with_sponsor, "notes": entry.notes, "wording": entry.wording}
