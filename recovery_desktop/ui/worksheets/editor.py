"""The worksheet editor: title, status, the generic form, saving and autosaved drafts."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from recovery_desktop.domain.links import Ref
from recovery_desktop.domain.worksheets.definitions import Definition, localized
from recovery_desktop.domain.worksheets.models import COMPLETE, IN_PROGRESS
from recovery_desktop.domain.worksheets.values import Values, missing_required
from recovery_desktop.ui import shortcuts
from recovery_desktop.ui.worksheets.fields import named_button, quiet
from recovery_desktop.ui.worksheets.form import WorksheetForm, heading
from recovery_desktop.ui.worksheets.textedits import line_edit

if TYPE_CHECKING:
    from recovery_desktop.vault.vault import Vault

AUTOSAVE_MS = 2000
DRAFT_PREFIX = "worksheet:"


def draft_key(definition_id: str, worksheet_id: int | None) -> tuple[str, str]:
    return f"{DRAFT_PREFIX}{definition_id}", str(worksheet_id) if worksheet_id else "new"


@dataclass
class Editing:
    """What is open: plain data, never an ORM object."""

    definition: Definition
    worksheet_id: int | None = None
    link: Ref | None = None
    older_version: bool = False


class WorksheetEditor(QWidget):
    closed = Signal()
    saved = Signal(int)
    new_version_requested = Signal(int)
    compare_requested = Signal(int)
    print_requested = Signal(bool)  # True: save as PDF; False: print (after a preview)

    def __init__(self, vault: Vault, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.language = language
        self.editing: Editing | None = None
        self.form: WorksheetForm | None = None
        self.dirty = False
        self.autosave = QTimer(self)
        self.autosave.setSingleShot(True)
        self.autosave.setInterval(AUTOSAVE_MS)
        self.autosave.timeout.connect(self._autosave)

        top = QHBoxLayout()
        self.back_button = named_button(self.tr("Back to the list"))
        self.back_button.clicked.connect(self.close_editor)
        self.heading = heading("", 1.4)
        top.addWidget(self.back_button)
        top.addWidget(self.heading, 1)
        meta = QHBoxLayout()
        self.title_edit = line_edit(self.tr("Title"))
        self.title_edit.textEdited.connect(self._changed)
        self.status_combo = QComboBox()
        self.status_combo.setAccessibleName(self.tr("Status"))
        self.status_combo.addItem(self.tr("In progress"), IN_PROGRESS)
        self.status_combo.addItem(self.tr("Complete"), COMPLETE)
        self.status_combo.activated.connect(self._changed)
        for text, widget, stretch in ((self.tr("Title"), self.title_edit, 1),
                                      (self.tr("Status"), self.status_combo, 0)):
            label = QLabel(text)
            label.setBuddy(widget)
            meta.addWidget(label)
            meta.addWidget(widget, stretch)
        actions = QHBoxLayout()
        self.save_button = named_button(self.tr("Save"))
        self.save_button.setToolTip(self.tr("Save (Ctrl+S)"))
        self.save_button.clicked.connect(self.save)
        self.version_button = named_button(self.tr("Start a new version"))
        self.version_button.clicked.connect(self._new_version)
        self.compare_button = named_button(self.tr("Compare versions"))
        self.compare_button.clicked.connect(self._compare)
        self.print_button = named_button(self.tr("Print…"))
        self.print_button.clicked.connect(lambda: self.print_requested.emit(False))
        self.pdf_button = named_button(self.tr("Save as PDF…"))
        self.pdf_button.clicked.connect(lambda: self.print_requested.emit(True))
        self.state_label = quiet(QLabel())
        self.state_label.setAccessibleName(self.tr("Save status"))
        actions.addWidget(self.save_button)
        actions.addWidget(self.version_button)
        actions.addWidget(self.compare_button)
        actions.addWidget(self.state_label, 1)
        actions.addWidget(self.print_button)
        actions.addWidget(self.pdf_button)
        self.note = quiet(QLabel())
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.note.hide()

        # One scroll area per definition version opened, kept while the page lives: opening
        # another worksheet of the same kind only refills the form (children of this editor,
        # so locking wipes and deletes them with the page).
        self.forms = QStackedWidget()
        self._scrollers: dict[tuple[str, int], tuple[QScrollArea, WorksheetForm]] = {}
        header = QWidget()
        header.setMaximumWidth(980)
        column = QVBoxLayout(header)
        column.setContentsMargins(24, 16, 24, 0)
        column.addLayout(top)
        column.addLayout(meta)
        column.addLayout(actions)
        column.addWidget(self.note)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(header)
        layout.addWidget(self.forms, 1)
        shortcuts.attach(self, "save", self.save)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Ctrl+S that reached here unhandled (the shortcut needs an active window).
        if event.matches(QKeySequence.StandardKey.Save):
            self.save()
            return
        super().keyPressEvent(event)

    # -- opening ----------------------------------------------------------------------------

    def _show(self, editing: Editing, values: Values, title: str, status: str) -> None:
        self.autosave.stop()
        self.editing = editing
        definition = editing.definition
        scroller, form = self._form_for(definition)
        form.set_values(values)
        if definition.start_options:
            form.set_order(definition.start_options[0].id)
        self.forms.setCurrentWidget(scroller)
        self.form = form
        self.heading.setText(localized(definition.title, self.language))
        self.title_edit.setText(title)
        self.status_combo.setCurrentIndex(max(self.status_combo.findData(status), 0))
        saved = editing.worksheet_id is not None
        self.version_button.setVisible(definition.revisable and saved)
        self.compare_button.setVisible(definition.revisable and saved)
        notes = []
        if editing.older_version:
            notes.append(self.tr("Made with an earlier version of this worksheet; it opens "
                                 "as it was."))
        if editing.link is not None:
            notes.append(self.tr("Will be linked to the entry you came from."))
        self.note.setText(" ".join(notes))
        self.note.setVisible(bool(notes))
        self.dirty = False
        self.state_label.setText("")
        scroller.verticalScrollBar().setValue(0)
        self.title_edit.setFocus()

    def _form_for(self, definition: Definition) -> tuple[QScrollArea, WorksheetForm]:
        key = (definition.id, definition.version)
        if key in self._scrollers and self._scrollers[key][1].definition == definition:
            return self._scrollers[key]
        form = WorksheetForm(definition, self.language)
        form.changed.connect(self._changed)
        holder = QWidget()
        holder.setMaximumWidth(980)
        box = QVBoxLayout(holder)
        box.setContentsMargins(24, 8, 24, 24)
        box.addWidget(form)
        scroller = QScrollArea()
        scroller.setWidgetResizable(True)
        scroller.setFrameShape(QScrollArea.Shape.NoFrame)
        scroller.setWidget(holder)
        self.forms.addWidget(scroller)
        old = self._scrollers.get(key)
        if old is not None:
            self.forms.removeWidget(old[0])
            old[0].deleteLater()
        self._scrollers[key] = (scroller, form)
        return scroller, form

    def open_new(self, definition: Definition, *, link: Ref | None = None,
                 values: Values | None = None, title: str = "") -> None:
        self._show(Editing(definition, None, link), values or {}, title, IN_PROGRESS)

    def open_existing(self, definition: Definition, worksheet: Any, current_version: int) -> None:
        older = worksheet.definition_version < current_version
        self._show(Editing(definition, worksheet.id, None, older), worksheet.values,
                   worksheet.title, worksheet.status)

    def open_draft(self, definition: Definition, payload: dict[str, Any]) -> None:
        link = payload.get("link")
        ref = Ref(str(link[0]), int(link[1])) if isinstance(link, list) and len(link) == 2 \
            else None
        worksheet_id = payload.get("worksheet_id")
        self._show(Editing(definition, worksheet_id if isinstance(worksheet_id, int) else None,
                           ref), payload.get("values") or {}, str(payload.get("title", "")),
                   str(payload.get("status", IN_PROGRESS)))
        if self.form is not None and payload.get("start"):
            self.form.set_order(str(payload["start"]))
        self.dirty = True  # still only a draft until saved
        self.state_label.setText(self.tr("Unsaved changes brought back"))

    # -- changes, drafts, saving ------------------------------------------------------------

    def _changed(self, *_args: object) -> None:
        if self.editing is None:
            return
        self.dirty = True
        if not self.autosave.isActive():
            self.autosave.start()  # not restarted by further typing: saved within seconds

    def payload(self) -> dict[str, Any]:
        assert self.editing is not None and self.form is not None
        link = self.editing.link
        return {
            "definition_id": self.editing.definition.id,
            "definition_version": self.editing.definition.version,
            "worksheet_id": self.editing.worksheet_id,
            "title": self.title_edit.text(),
            "status": str(self.status_combo.currentData()),
            "values": self.form.values(),
            "link": [link.kind, link.id] if link else None,
            "start": self.form.start_option,
        }

    def document(self) -> Any:
        """What is on screen now (saved or not) as a printable document."""
        from recovery_desktop.printing.worksheets import FilledWorksheet

        assert self.editing is not None and self.form is not None
        return FilledWorksheet(self.editing.definition, self.form.values(),
                               self.title_edit.text().strip(), date.today())

    def _autosave(self) -> None:
        from recovery_desktop.vault.errors import VaultError

        try:
            self.save_draft()
        except VaultError as exc:  # a full disk, say: keep the text on screen, say so calmly
            self.state_label.setText(exc.user_message)

    def save_draft(self) -> None:
        """Keep unsaved input in the vault (timer, lock, close and page switch)."""
        from recovery_desktop.domain.drafts import save_draft

        self.autosave.stop()
        if self.editing is None or not self.dirty or not self.vault.is_open:
            return
        kind, ref = draft_key(self.editing.definition.id, self.editing.worksheet_id)
        with self.vault.session() as session:
            save_draft(session, kind, self.payload(), ref)
        self.state_label.setText(self.tr("Draft kept"))

    def save(self) -> bool:
        from recovery_desktop.domain.drafts import discard_draft
        from recovery_desktop.domain.worksheets.store import save_worksheet

        if self.editing is None or self.form is None:
            return False
        editing, values = self.editing, self.form.values()
        status = str(self.status_combo.currentData())
        missing = missing_required(editing.definition, values)
        if status == COMPLETE and missing:
            names = ", ".join(localized(f.label, self.language) for f in missing)
            self.state_label.setText(self.tr("To mark it complete, fill in: %1").replace(
                "%1", names))
            return False
        title = self.title_edit.text().strip() or localized(editing.definition.title,
                                                            self.language)
        self.autosave.stop()
        with self.vault.session() as session:
            new_id = save_worksheet(session, editing.definition, values, title=title,
                                    status=status, worksheet_id=editing.worksheet_id,
                                    link_to=editing.link)
            discard_draft(session, *draft_key(editing.definition.id, editing.worksheet_id))
        was_new = editing.worksheet_id is None
        editing.worksheet_id, editing.link = new_id, None
        self.title_edit.setText(title)
        self.dirty = False
        self.note.hide()
        self.state_label.setText(self.tr("Saved"))
        if was_new:
            self.version_button.setVisible(editing.definition.revisable)
            self.compare_button.setVisible(editing.definition.revisable)
        self.saved.emit(new_id)
        return True

    def close_editor(self) -> None:
        if self.dirty and self.editing is not None:
            self.save_draft()
        self.autosave.stop()
        self.editing = None
        self.closed.emit()

    def _new_version(self) -> None:
        if self.editing is not None and self.editing.worksheet_id is not None:
            if self.dirty and not self.save():
                return
            self.new_version_requested.emit(self.editing.worksheet_id)

    def _compare(self) -> None:
        if self.editing is not None and self.editing.worksheet_id is not None:
            self.compare_requested.emit(self.editing.worksheet_id)
