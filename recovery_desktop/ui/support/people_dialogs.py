"""Dialogs of the People page: a person, a contact with them, a crisis-card line.

Each shows problems in place and keeps what was typed; ``payload``/``restore`` let the page
keep a draft on lock.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, TypeVar

from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from recovery_desktop.domain.behaviours.cleantime import to_local, to_utc
from recovery_desktop.domain.behaviours.service import InvalidInput
from recovery_desktop.domain.support import crisis, service
from recovery_desktop.domain.support.crisis import CrisisLine
from recovery_desktop.domain.support.models import ContactWay, Relation
from recovery_desktop.domain.support.service import PersonInput
from recovery_desktop.ui.labels import hint_label, text_label
from recovery_desktop.ui.pages.registry import PageContext
from recovery_desktop.ui.support.common import relation_label, way_label
from recovery_desktop.ui.urges.common import WallClock, named

W = TypeVar("W", bound=QWidget)


class FormDialog(QDialog):
    """A titled form with a problems label and Save/Cancel; subclasses implement ``store``."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setMinimumWidth(480)
        self.column = QVBoxLayout(self)
        self.form = QFormLayout()
        self.column.addLayout(self.form)
        self.message = text_label("")
        named(self.message, self.tr("Problems to fix"))
        self.message.setVisible(False)
        self.column.addWidget(self.message)
        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(self.tr("Save"),
                                             QDialogButtonBox.ButtonRole.AcceptRole)
        named(self.save_button, self.tr("Save"))
        self.save_button.setDefault(True)
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        named(cancel, cancel.text().replace("&", ""))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.column.addWidget(buttons)

    def row(self, label: str, widget: W) -> W:
        named(widget, label)
        self.form.addRow(label, widget)
        return widget

    def store(self) -> None:
        raise NotImplementedError

    def save(self) -> None:
        try:
            self.store()
        except InvalidInput as error:
            self.message.setText("\n".join(self.tr(m) for m in error.messages))
            self.message.setVisible(True)
            self.message.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self.accept()


def _line(placeholder: str = "") -> QLineEdit:
    edit = QLineEdit()
    edit.setPlaceholderText(placeholder)
    return edit


class PersonDialog(FormDialog):
    def __init__(self, page_ctx: PageContext, person_id: int | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Add a person") if person_id is None
                         else self.tr("Edit a person"), parent)
        self.page_ctx = page_ctx
        self.person_id = person_id
        self.name = self.row(self.tr("Name"), _line(self.tr("A name or a nickname")))
        relations = QWidget()
        named(relations, self.tr("Who they are to me"))
        grid = QGridLayout(relations)
        grid.setContentsMargins(0, 0, 0, 0)
        self.relations: dict[Relation, QCheckBox] = {}
        for n, relation in enumerate(Relation):
            box = QCheckBox(relation_label(relation))
            named(box, box.text())
            self.relations[relation] = box
            grid.addWidget(box, n // 4, n % 4)
        self.form.addRow(self.tr("Who they are to me"), relations)
        self.phone = self.row(self.tr("Phone"), _line())
        self.text_number = self.row(self.tr("Text messages"), _line(
            self.tr("If different from the phone")))
        self.email = self.row(self.tr("Email"), _line())
        self.other = self.row(self.tr("Other way"), _line(self.tr("An app, a username…")))
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setPlaceholderText(self.tr("Good times to call, what helps (optional)"))
        self.row(self.tr("Notes"), self.notes)
        self.on_card = QCheckBox(self.tr("On my crisis card"))
        named(self.on_card, self.on_card.text())
        self.form.addRow("", self.on_card)
        self.form.addRow("", hint_label(self.tr(
            "People on your crisis card are shown first when you open Crisis help.")))
        if person_id is not None:
            with page_ctx.vault.session() as session:
                person = service.get_person(session, person_id)
            if person is not None:
                self.restore({"name": person.name,
                              "relations": [r.value for r in person.relations],
                              "phone": person.phone, "text": person.text_number,
                              "email": person.email, "other": person.other_contact,
                              "notes": person.notes, "on_card": person.on_crisis_card})

    def payload(self) -> dict[str, Any]:
        return {"name": self.name.text(),
                "relations": [r.value for r, box in self.relations.items() if box.isChecked()],
                "phone": self.phone.text(), "text": self.text_number.text(),
                "email": self.email.text(), "other": self.other.text(),
                "notes": self.notes.toPlainText(), "on_card": self.on_card.isChecked()}

    def has_input(self) -> bool:
        payload = self.payload()
        return any(payload[k] for k in ("name", "phone", "text", "email", "other", "notes"))

    def restore(self, payload: dict[str, Any]) -> None:
        self.name.setText(str(payload.get("name", "")))
        chosen = set(payload.get("relations", []))
        for relation, box in self.relations.items():
            box.setChecked(relation.value in chosen)
        self.phone.setText(str(payload.get("phone", "")))
        self.text_number.setText(str(payload.get("text", "")))
        self.email.setText(str(payload.get("email", "")))
        self.other.setText(str(payload.get("other", "")))
        self.notes.setPlainText(str(payload.get("notes", "")))
        self.on_card.setChecked(bool(payload.get("on_card")))

    def store(self) -> None:
        person = PersonInput(
            name=self.name.text(),
            relations=tuple(r for r, box in self.relations.items() if box.isChecked()),
            phone=self.phone.text(), text_number=self.text_number.text(),
            email=self.email.text(), other_contact=self.other.text(),
            notes=self.notes.toPlainText(), on_crisis_card=self.on_card.isChecked())
        with self.page_ctx.vault.session() as session:
            self.person_id = service.save_person(session, person, self.person_id)


class ContactDialog(FormDialog):
    def __init__(self, page_ctx: PageContext, clock: WallClock,
                 people: list[tuple[str, int]], default_person: int | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Log a contact"), parent)
        self.page_ctx = page_ctx
        self.clock = clock
        self.contact_id: int | None = None
        self.person = QComboBox()
        for name, person_id in people:
            self.person.addItem(name, person_id)
        self.person.setCurrentIndex(max(0, self.person.findData(default_person)))
        self.row(self.tr("With"), self.person)
        self.when = QDateTimeEdit()
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat("yyyy-MM-dd HH:mm")
        local = to_local(clock.now_utc(), clock.zone())
        self.when.setDateTime(QDateTime(local.year, local.month, local.day, local.hour,
                                        local.minute, 0))
        self.row(self.tr("When"), self.when)
        self.way = QComboBox()
        for way in ContactWay:
            self.way.addItem(way_label(way), way.value)
        self.row(self.tr("How"), self.way)
        self.note = QPlainTextEdit()
        self.note.setTabChangesFocus(True)
        self.note.setPlaceholderText(self.tr("What you talked about (optional)"))
        self.row(self.tr("Note"), self.note)

    def _local_when(self) -> datetime:
        value = self.when.dateTime()
        d, t = value.date(), value.time()
        return datetime(d.year(), d.month(), d.day(), t.hour(), t.minute())

    def store(self) -> None:
        person_id = self.person.currentData()
        if person_id is None:
            raise InvalidInput(["Please add the person first, under People."])
        zone = self.clock.zone()
        with self.page_ctx.vault.session() as session:
            self.contact_id = service.add_contact(
                session, int(person_id), to_utc(self._local_when(), zone), zone,
                ContactWay(self.way.currentData()), self.note.toPlainText(),
                now_utc=self.clock.now_utc())


class LineDialog(FormDialog):
    """Add one of the person's own lines, or edit any line (shipped ones keep a default)."""

    def __init__(self, page_ctx: PageContext, line: CrisisLine | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Add a help line") if line is None
                         else self.tr("Edit a help line"), parent)
        self.page_ctx = page_ctx
        self.line = line
        self.name = self.row(self.tr("Name"), _line())
        self.contact = self.row(self.tr("Number or address"), _line(
            self.tr("e.g. Call or text 988")))
        self.note = self.row(self.tr("Note"), _line(self.tr("Hours, languages (optional)")))
        if line is not None:
            self.name.setText(line.name)
            self.contact.setText(line.contact)
            self.note.setText(line.note)

    def store(self) -> None:
        with self.page_ctx.vault.session() as session:
            if self.line is None:
                crisis.add_line(session, self.name.text(), self.contact.text(),
                                self.note.text())
            else:
                crisis.edit_line(session, self.line.key, self.name.text(),
                                 self.contact.text(), self.note.text())
