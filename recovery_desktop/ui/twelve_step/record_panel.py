"""A list of records with a form under it: the shape of the journal, the three Step 4
lists and the Step 8 list.

Selecting a row opens it in the form; "New" empties the form. Unsaved input becomes a
draft 2 s after the first change, on switching rows, on page switch and on lock; opening
that record again brings the draft back. Nothing is lost when saving fails: the form keeps
the text and the message says what to change.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from recovery_desktop.domain.behaviours.service import InvalidInput
from recovery_desktop.domain.twelve_step import inventory as store
from recovery_desktop.ui.twelve_step.common import Autosaver, IdListModel, message_label, named
from recovery_desktop.vault.errors import VaultError

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from recovery_desktop.vault.vault import Vault


class RecordPanel(QWidget):
    saved = Signal()

    def __init__(self, vault: Vault, name: str,
                 columns: Sequence[tuple[str, Callable[[Any], str]]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.fellowship_id: int | None = None
        self.row_id: int | None = None
        self._filling = False
        self.autosaver = Autosaver(self._autosave, self)
        self.model: IdListModel[Any] = IdListModel(self._fetch, columns, self)
        self.table = QTableView()
        named(self.table, name)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumHeight(120)
        self.table.setMaximumHeight(180)  # the form below stays in view; the table scrolls
        self.table.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self._row_chosen(current.row()))
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        buttons = QHBoxLayout()
        self.new_button = self._button(self.tr("New"), self.new, buttons)
        self.save_button = self._button(self.tr("Save"), self.save, buttons)
        self.save_button.setToolTip(self.tr("Save (Ctrl+S)"))
        self.delete_button = self._button(self.tr("Delete"), self.delete, buttons)
        self.state = message_label(self.tr("%1: save status").replace("%1", name))
        self.state.setWordWrap(True)
        buttons.addWidget(self.state, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.top = QVBoxLayout()
        layout.addLayout(self.top)
        layout.addWidget(self.table)
        layout.addLayout(self.form)
        layout.addLayout(buttons)
        layout.addStretch(1)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Ctrl+S that reached here unhandled (the shortcut needs an active window).
        if event.matches(QKeySequence.StandardKey.Save):
            self.save()
            return
        super().keyPressEvent(event)

    def _button(self, text: str, slot: Callable[[], object], row: QHBoxLayout) -> QPushButton:
        button = QPushButton(text)
        named(button, text)
        button.clicked.connect(lambda *_args: slot())  # not the "checked" flag
        row.addWidget(button)
        return button

    # -- what a subclass provides ----------------------------------------------------------

    def ids(self, session: Session, fellowship_id: int) -> list[int]:
        raise NotImplementedError

    def fetch(self, session: Session, ids: list[int]) -> dict[int, Any]:
        raise NotImplementedError

    def values(self) -> dict[str, Any]:
        """The form's contents as JSON-ready values (what a draft holds)."""
        raise NotImplementedError

    def set_values(self, values: dict[str, Any]) -> None:
        raise NotImplementedError

    def load(self, session: Session, row_id: int) -> dict[str, Any] | None:
        raise NotImplementedError

    def store(self, session: Session, fellowship_id: int, values: dict[str, Any],
              row_id: int | None) -> int:
        raise NotImplementedError

    def remove(self, session: Session, row_id: int) -> None:
        raise NotImplementedError

    draft_kind = ""

    def draft_private(self) -> bool:
        return False

    # -- behaviour -------------------------------------------------------------------------

    def _fetch(self, ids: list[int]) -> dict[int, Any]:
        with self.vault.session() as session:
            return self.fetch(session, ids)

    def draft_ref(self, row_id: int | None = None) -> str:
        return f"{self.fellowship_id}:{row_id if row_id is not None else 'new'}"

    def show_fellowship(self, fellowship_id: int | None) -> None:
        self.save_draft()
        self.fellowship_id = fellowship_id
        self.refresh()
        self._open(None)

    def refresh(self) -> None:
        if self.fellowship_id is None or not self.vault.is_open:
            self.model.set_ids([])
            return
        with self.vault.session() as session:
            self.model.set_ids(self.ids(session, self.fellowship_id))

    def _row_chosen(self, row: int) -> None:
        row_id = self.model.id_at(row)
        if row_id is not None and row_id != self.row_id:
            self.save_draft()
            self._open(row_id)

    def _open(self, row_id: int | None) -> None:
        values: dict[str, Any] | None = None
        brought_back = False
        if self.fellowship_id is not None and self.vault.is_open:
            with self.vault.session() as session:
                draft = store.load_draft(session, self.draft_kind, self.draft_ref(row_id))
                if draft is not None:
                    values, brought_back = draft, True
                elif row_id is not None:
                    values = self.load(session, row_id)
        self.row_id = row_id if values is not None or row_id is None else None
        self._filling = True  # programmatic changes are not edits
        try:
            self.set_values(values or {})
        finally:
            self._filling = False
        self.autosaver.clean()
        self.delete_button.setEnabled(self.row_id is not None)
        self.state.setText(self.tr("Unsaved changes brought back") if brought_back else "")

    def new(self) -> None:
        self.save_draft()
        self.table.clearSelection()
        self.table.setCurrentIndex(self.model.index(-1, -1))
        self._open(None)

    def changed(self, *_args: object) -> None:
        if self.fellowship_id is not None and not self._filling:
            self.autosaver.touch()

    def save_draft(self) -> None:
        """Keep unsaved input in the vault (timer, switching rows, page switch, lock)."""
        if not self.autosaver.dirty or self.fellowship_id is None or not self.vault.is_open:
            return
        with self.vault.session() as session:
            store.save_draft(session, self.draft_kind, self.draft_ref(self.row_id),
                             self.values(), private=self.draft_private())
        self.autosaver.clean()  # the draft now holds what the form shows
        self.state.setText(self.tr("Draft kept"))

    def _autosave(self) -> None:
        try:
            self.save_draft()
        except VaultError as exc:  # a full disk, say: the text stays on screen
            self.state.setText(exc.user_message)

    def save(self) -> bool:
        if self.fellowship_id is None:
            return False
        values = self.values()
        old_ref = self.draft_ref(self.row_id)
        try:
            with self.vault.session() as session:
                row_id = self.store(session, self.fellowship_id, values, self.row_id)
                store.discard_draft(session, self.draft_kind, old_ref)
        except InvalidInput as exc:
            self.state.setText("\n".join(exc.messages))
            return False
        except VaultError as exc:
            self.state.setText(exc.user_message)
            return False
        self.autosaver.clean()
        self.row_id = row_id
        self.refresh()
        row = self.model.row_of(row_id)
        if row >= 0:
            self.table.selectionModel().blockSignals(True)
            self.table.setCurrentIndex(self.model.index(row, 0))
            self.table.selectionModel().blockSignals(False)
        self.delete_button.setEnabled(True)
        self.state.setText(self.tr("Saved"))
        self.saved.emit()
        return True

    def delete(self) -> None:
        if self.row_id is None:
            return
        with self.vault.session() as session:
            self.remove(session, self.row_id)
            store.discard_draft(session, self.draft_kind, self.draft_ref(self.row_id))
        self.row_id = None
        self.refresh()
        self._open(None)
        self.state.setText(self.tr("Deleted"))
        self.saved.emit()
