"""The record panels of the Steps page: step journal, the three Step 4 lists, Step 8."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from recovery_desktop.domain.twelve_step import inventory, lists, service
from recovery_desktop.domain.twelve_step.inventory import SECTIONS
from recovery_desktop.i18n import translate
from recovery_desktop.ui.twelve_step.common import (
    Choices,
    date_column_width,
    named,
    parse_date,
    text_box,
    to_date,
    to_qdate,
)
from recovery_desktop.ui.twelve_step.record_panel import RecordPanel
from recovery_desktop.ui.twelve_step.texts import code_label

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from recovery_desktop.vault.vault import Vault

Today = Callable[[], date]


def _line(name: str) -> QLineEdit:
    edit = QLineEdit()
    named(edit, name)
    return edit


class JournalPanel(RecordPanel):
    """Dated journal entries for one step, newest first."""

    draft_kind = "journal"

    def __init__(self, vault: Vault, today: Today, parent: QWidget | None = None) -> None:
        super().__init__(vault, self.tr("Journal entries"), [
            (self.tr("Date"), lambda e: e.entry_date.isoformat()),
            (self.tr("Entry"), lambda e: e.body),
        ], parent)
        self.today = today
        self.step = 1
        header = self.table.horizontalHeader()
        # A width from the font, not ResizeToContents: that would read every row of the
        # lazy model to measure it.
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        self.table.setColumnWidth(0, date_column_width(self.table))
        self.entry_date = QDateEdit()
        self.entry_date.setCalendarPopup(True)
        self.entry_date.setDisplayFormat("yyyy-MM-dd")
        self.entry_date.setMaximumWidth(160)
        named(self.entry_date, self.tr("Date"))
        self.body = text_box(self.tr("Entry"), 90)
        self.form.addRow(self.tr("Date"), self.entry_date)
        self.form.addRow(self.tr("Entry"), self.body)
        self.entry_date.dateChanged.connect(self.changed)
        self.body.textChanged.connect(self.changed)

    def show_step(self, fellowship_id: int | None, step: int) -> None:
        self.save_draft()
        self.step = step
        self.fellowship_id = None  # the draft above went to the old step; now switch
        self.show_fellowship(fellowship_id)

    def draft_ref(self, row_id: int | None = None) -> str:
        return f"{self.fellowship_id}:{self.step}:{row_id if row_id is not None else 'new'}"

    def ids(self, session: Session, fellowship_id: int) -> list[int]:
        return service.journal_ids(session, fellowship_id, self.step)

    def fetch(self, session: Session, ids: list[int]) -> dict[int, Any]:
        return service.journal_entries(session, ids)

    def values(self) -> dict[str, Any]:
        return {"date": to_date(self.entry_date.date()).isoformat(),
                "body": self.body.toPlainText()}

    def set_values(self, values: dict[str, Any]) -> None:
        self.entry_date.setDate(to_qdate(parse_date(values.get("date")) or self.today()))
        self.body.setPlainText(str(values.get("body", "")))

    def load(self, session: Session, row_id: int) -> dict[str, Any] | None:
        found = service.journal_entries(session, [row_id]).get(row_id)
        return None if found is None else {"date": found.entry_date.isoformat(),
                                           "body": found.body}

    def store(self, session: Session, fellowship_id: int, values: dict[str, Any],
              row_id: int | None) -> int:
        return service.save_journal(session, fellowship_id, self.step,
                                    parse_date(values["date"]) or self.today(),
                                    str(values["body"]), today=self.today(), entry_id=row_id)

    def remove(self, session: Session, row_id: int) -> None:
        service.delete_journal(session, row_id)


def field_labels() -> dict[str, str]:
    def tr(text: str) -> str:
        return QCoreApplication.translate("InventoryList", text)

    return {
        "resentful_at": translate("InventoryList", "Who or what I resent"),
        "cause": translate("InventoryList", "The cause"),
        "affects": translate("InventoryList", "What it affected"),
        "my_part": translate("InventoryList", "My part"),
        "fear": translate("InventoryList", "The fear"),
        "why": translate("InventoryList", "Why I have it"),
        "situation": translate("InventoryList", "The situation"),
        "ways": translate("InventoryList", "Where I was"),
        "where_i_was": translate("InventoryList", "How"),
        "who_hurt": translate("InventoryList", "Who was hurt"),
        "instead": translate("InventoryList", "What I could do instead"),
    }


class InventoryList(RecordPanel):
    """One of the three Step 4 lists. Its rows and drafts follow the inventory's privacy."""

    draft_kind = inventory.INVENTORY_DRAFT

    def __init__(self, vault: Vault, section_key: str, name: str,
                 private: Callable[[], bool], parent: QWidget | None = None) -> None:
        self.section = SECTIONS[section_key]
        self.labels = field_labels()
        codes = (self.section.codes_field,) if self.section.codes_field else ()
        shown = self.section.texts[:1] + codes + self.section.texts[1:]
        super().__init__(vault, name, [(self.labels[f], self._cell(f)) for f in shown], parent)
        self.is_private = private
        self.edits: dict[str, QLineEdit | QPlainTextEdit] = {}
        self.choices: Choices | None = None
        for field in self.section.texts:
            label = self.labels[field]
            edit: QLineEdit | QPlainTextEdit = (
                _line(label) if field == self.section.texts[0] else text_box(label, 46))
            if isinstance(edit, QLineEdit):
                edit.textEdited.connect(self.changed)
            else:
                edit.textChanged.connect(self.changed)
            self.edits[field] = edit
            self.form.addRow(label, edit)
            if field == self.section.texts[0] and self.section.codes_field:
                self.choices = Choices(self.section.codes, code_label)
                named(self.choices, self.labels[self.section.codes_field])
                self.choices.changed.connect(self.changed)
                self.form.addRow(self.labels[self.section.codes_field], self.choices)

    @staticmethod
    def _cell(field: str) -> Callable[[Any], str]:
        def text(row: dict[str, Any]) -> str:
            value = row.get(field, "")
            if isinstance(value, tuple):
                return ", ".join(code_label(code) for code in value)
            return str(value)
        return text

    def draft_ref(self, row_id: int | None = None) -> str:
        return (f"{inventory.inventory_ref(self.fellowship_id or 0, self.section.key)}:"
                f"{row_id if row_id is not None else 'new'}")

    def draft_private(self) -> bool:
        return self.is_private()

    def ids(self, session: Session, fellowship_id: int) -> list[int]:
        return inventory.row_ids(session, self.section.key, fellowship_id)

    def fetch(self, session: Session, ids: list[int]) -> dict[int, Any]:
        return inventory.rows(session, self.section.key, ids)

    def values(self) -> dict[str, Any]:
        values: dict[str, Any] = {
            field: edit.text() if isinstance(edit, QLineEdit) else edit.toPlainText()
            for field, edit in self.edits.items()}
        if self.choices is not None:
            values[self.section.codes_field] = list(self.choices.value())
        return values

    def set_values(self, values: dict[str, Any]) -> None:
        for field, edit in self.edits.items():
            text = str(values.get(field, ""))
            if isinstance(edit, QLineEdit):
                edit.setText(text)
            else:
                edit.setPlainText(text)
        if self.choices is not None:
            self.choices.set_value(tuple(values.get(self.section.codes_field) or ()))

    def load(self, session: Session, row_id: int) -> dict[str, Any] | None:
        found = inventory.rows(session, self.section.key, [row_id]).get(row_id)
        if found is not None and self.section.codes_field:
            found[self.section.codes_field] = list(found[self.section.codes_field])
        return found

    def store(self, session: Session, fellowship_id: int, values: dict[str, Any],
              row_id: int | None) -> int:
        return inventory.save_row(session, self.section.key, fellowship_id, values, row_id)

    def remove(self, session: Session, row_id: int) -> None:
        inventory.delete_row(session, self.section.key, row_id)


class AmendsPanel(RecordPanel):
    """The Step 8 list: one row per person, names can be carried over from Step 4."""

    draft_kind = "amends"

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(vault, self.tr("People on my list"), [
            (self.tr("Name"), lambda e: e.name),
            (self.tr("Willing yet"), lambda e: self.tr("Yes") if e.willing else self.tr("Not yet")),
            (self.tr("How they were affected"), lambda e: e.how_affected),
        ], parent)
        self.from_step4 = QPushButton(self.tr("Add names from my Step 4"))
        named(self.from_step4, self.from_step4.text())
        self.from_step4.clicked.connect(self.add_from_step4)
        row = QHBoxLayout()
        row.addWidget(self.from_step4)
        row.addStretch(1)
        self.top.addLayout(row)
        self.name = _line(self.tr("Name"))
        self.what = text_box(self.tr("What happened"), 46)
        self.how = text_box(self.tr("How they were affected"), 46)
        self.willing = QCheckBox(self.tr("I am willing to make amends"))
        named(self.willing, self.willing.text())
        for label, widget in ((self.tr("Name"), self.name), (self.tr("What happened"), self.what),
                              (self.tr("How they were affected"), self.how)):
            self.form.addRow(label, widget)
        self.form.addRow("", self.willing)
        self.name.textEdited.connect(self.changed)
        self.what.textChanged.connect(self.changed)
        self.how.textChanged.connect(self.changed)
        self.willing.toggled.connect(self.changed)

    def add_from_step4(self) -> None:
        if self.fellowship_id is None:
            return
        with self.vault.session() as session:
            added = lists.add_names_from_step4(session, self.fellowship_id)
        self.refresh()
        if added:
            self.state.setText(self.tr("Added from your Step 4: %1").replace(
                "%1", ", ".join(added)))
        else:
            self.state.setText(self.tr("Every name from your Step 4 resentments is already on "
                                       "the list."))

    def ids(self, session: Session, fellowship_id: int) -> list[int]:
        return lists.amends_ids(session, fellowship_id)

    def fetch(self, session: Session, ids: list[int]) -> dict[int, Any]:
        return lists.amends_entries(session, ids)

    def values(self) -> dict[str, Any]:
        return {"name": self.name.text(), "what_happened": self.what.toPlainText(),
                "how_affected": self.how.toPlainText(), "willing": self.willing.isChecked()}

    def set_values(self, values: dict[str, Any]) -> None:
        self.name.setText(str(values.get("name", "")))
        self.what.setPlainText(str(values.get("what_happened", "")))
        self.how.setPlainText(str(values.get("how_affected", "")))
        self.willing.setChecked(bool(values.get("willing")))

    def load(self, session: Session, row_id: int) -> dict[str, Any] | None:
        found = lists.amends_entries(session, [row_id]).get(row_id)
        return None if found is None else {
            "name": found.name, "what_happened": found.what_happened,
            "how_affected": found.how_affected, "willing": found.willing}

    def store(self, session: Session, fellowship_id: int, values: dict[str, Any],
              row_id: int | None) -> int:
        entry = lists.AmendsEntry(str(values["name"]), str(values["what_happened"]),
                                  str(values["how_affected"]), bool(values["willing"]))
        return lists.save_amends(session, fellowship_id, entry, row_id)

    def remove(self, session: Session, row_id: int) -> None:
        lists.delete_amends(session, row_id)
