"""The "People" page: the support network, the log of contacts with them, and the crisis
card's lines (shipped ones can be hidden or edited and restored; own ones added/removed)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from recovery_desktop.domain.drafts import discard_draft, load_draft, save_draft
from recovery_desktop.domain.helplines import help_for
from recovery_desktop.domain.support import crisis, service
from recovery_desktop.domain.support.crisis import CrisisLine
from recovery_desktop.domain.support.service import Contact, Person
from recovery_desktop.ui.labels import heading, hint_label, text_label
from recovery_desktop.ui.pages.page_layout import set_column_widths
from recovery_desktop.ui.pages.registry import Page, PageContext
from recovery_desktop.ui.support.common import reach_label, relation_label, way_label
from recovery_desktop.ui.support.id_model import IdTableModel
from recovery_desktop.ui.support.people_dialogs import ContactDialog, LineDialog, PersonDialog
from recovery_desktop.ui.urges.common import WallClock, fill, local_time_text, named

DRAFT_KIND = "people:person"
ID_ROLE = Qt.ItemDataRole.UserRole + 1


def _button(text: str) -> QPushButton:
    button = QPushButton(text)
    named(button, text)  # the accessible name is the visible label
    return button


def page_country(page_ctx: PageContext) -> str:
    return page_ctx.profile.country or QLocale.system().name().rpartition("_")[2]


class PeoplePage(Page):
    def __init__(self, page_ctx: PageContext, clock: WallClock | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.page_ctx = page_ctx
        self.clock = clock or WallClock()
        self.country = page_country(page_ctx)
        self.dialog: PersonDialog | None = None
        self.people: list[Person] = []
        self.lines: list[CrisisLine] = []
        self.setAccessibleName(self.tr("People"))
        column = QVBoxLayout(self)
        column.setContentsMargins(16, 12, 16, 12)
        column.addWidget(heading(self.tr("People")))
        self.tabs = QTabWidget()
        named(self.tabs, self.tr("People"))
        self.tabs.addTab(self._people_tab(), self.tr("My people"))
        self.tabs.addTab(self._contacts_tab(), self.tr("Contacts"))
        self.tabs.addTab(self._crisis_tab(), self.tr("Crisis card"))
        column.addWidget(self.tabs, 1)
        self.refresh()

    # -- people -----------------------------------------------------------------------------

    def _people_tab(self) -> QWidget:
        tab = QWidget()
        column = QVBoxLayout(tab)
        column.addWidget(hint_label(self.tr(
            "Your sponsor, sponsees, facilitator, therapist, family and friends: who they "
            "are to you and how to reach them.")))
        row = QHBoxLayout()
        self.add_person = _button(self.tr("Add a person…"))
        self.add_person.clicked.connect(lambda: self.open_person(None))
        self.edit_person = _button(self.tr("Edit…"))
        self.edit_person.clicked.connect(self._edit_person)
        self.remove_person = _button(self.tr("Remove"))
        self.remove_person.clicked.connect(self._remove_person)
        for button in (self.add_person, self.edit_person, self.remove_person):
            row.addWidget(button)
        row.addStretch(1)
        column.addLayout(row)
        split = QHBoxLayout()
        self.person_list = QListWidget()
        named(self.person_list, self.tr("My people"))
        self.person_list.setMinimumWidth(240)
        self.person_list.currentRowChanged.connect(self._show_person)
        self.person_list.itemActivated.connect(lambda _i: self._edit_person())
        self.person_detail = text_label("", selectable=True)
        named(self.person_detail, self.tr("Details"))
        self.person_detail.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        split.addWidget(self.person_list, 2)
        split.addWidget(self.person_detail, 3)
        column.addLayout(split, 1)
        return tab

    def _person_line(self, person: Person) -> str:
        roles = ", ".join(relation_label(r) for r in person.relations)
        text = f"{person.name} ({roles})" if roles else person.name
        return text + (" ★" if person.on_crisis_card else "")

    def _show_person(self, row: int) -> None:
        if not 0 <= row < len(self.people):
            self.person_detail.setText(self.tr("Choose someone to see how to reach them.")
                                       if self.people else self.tr(
                "Nobody here yet. Add the people you can call on; a name is enough."))
            return
        person = self.people[row]
        lines = [person.name]
        lines += [fill(self.tr("%1: %2"), reach_label(way), value)
                  for way, value in person.reach()]
        if person.on_crisis_card:
            lines.append(self.tr("On your crisis card."))
        if person.notes:
            lines += ["", person.notes[:5000]]
        self.person_detail.setText("\n".join(lines))

    def open_person(self, person_id: int | None) -> PersonDialog:
        dialog = PersonDialog(self.page_ctx, person_id, self)
        ref = "" if person_id is None else str(person_id)
        with self.page_ctx.vault.session() as session:
            draft = load_draft(session, DRAFT_KIND, ref)
        if draft is not None:
            dialog.restore(draft.payload)
        dialog.accepted.connect(self.refresh)
        dialog.finished.connect(lambda _r: self._person_closed(dialog, ref))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _person_closed(self, dialog: PersonDialog, ref: str) -> None:
        if dialog is self.dialog:  # closed by the person, not by a lock
            self.dialog = None
            if self.page_ctx.vault.is_open:
                with self.page_ctx.vault.session() as session:
                    discard_draft(session, DRAFT_KIND, ref)
        dialog.deleteLater()

    def _selected_person(self) -> Person | None:
        row = self.person_list.currentRow()
        return self.people[row] if 0 <= row < len(self.people) else None

    def _edit_person(self) -> None:
        person = self._selected_person()
        if person is not None:
            self.open_person(person.id)

    def _remove_person(self) -> None:
        person = self._selected_person()
        if person is None:
            return
        with self.page_ctx.vault.session() as session:
            contacts = service.contact_count(session, person.id)
        text = fill(self.tr("%1 will be removed from your people."), person.name)
        if contacts:
            text += " " + fill(self.tr("The %1 contacts you logged with them go too."),
                               contacts)
        if not self.page_ctx.app.dialogs.confirm(
                self, self.tr("Remove this person?"), text, yes=self.tr("Remove"),
                no=self.tr("Keep"), destructive=True):
            return
        with self.page_ctx.vault.session() as session:
            service.remove_person(session, person.id)
        self.refresh()

    # -- contacts ---------------------------------------------------------------------------

    def _contacts_tab(self) -> QWidget:
        tab = QWidget()
        column = QVBoxLayout(tab)
        column.addWidget(hint_label(self.tr(
            "A note each time you reach out to your sponsor or anyone else here.")))
        row = QHBoxLayout()
        self.add_contact = _button(self.tr("Log a contact…"))
        self.add_contact.clicked.connect(self.open_contact)
        self.delete_contact = _button(self.tr("Delete"))
        self.delete_contact.clicked.connect(self._delete_contact)
        row.addWidget(self.add_contact)
        row.addWidget(self.delete_contact)
        row.addStretch(1)
        column.addLayout(row)
        self.contacts: IdTableModel[Contact] = IdTableModel(
            self.page_ctx.vault, (self.tr("When"), self.tr("With"), self.tr("How"),
                                  self.tr("Note")),
            service.contact_ids, service.contacts_by_id, self._contact_text, self)
        self.contact_table = QTableView()
        named(self.contact_table, self.tr("Contacts"))
        self.contact_table.setModel(self.contacts)
        self.contact_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.contact_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.contact_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.contact_table.verticalHeader().setVisible(False)
        self.contact_table.horizontalHeader().setStretchLastSection(True)
        self.contact_table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.Interactive)
        self.contact_table.setWordWrap(False)
        set_column_widths(self.contact_table.horizontalHeader(),
                          dict(enumerate((175, 140, 120))))
        column.addWidget(self.contact_table, 1)
        return tab

    def _contact_text(self, contact: Contact, column: int) -> str:
        if column == 0:
            return local_time_text(contact.at_utc, contact.tz, self.clock.zone())
        if column == 1:
            return contact.person_name
        if column == 2:
            return way_label(contact.way)
        return contact.note

    def open_contact(self) -> ContactDialog | None:
        if not self.people:
            self.page_ctx.app.dialogs.inform(self, self.tr("Add a person first"), self.tr(
                "Contacts are logged with someone from your people. Add them first."))
            return None
        sponsor = next((p.id for p in self.people if p.is_sponsor), None)
        dialog = ContactDialog(self.page_ctx, self.clock,
                               [(p.name, p.id) for p in self.people], sponsor, self)
        dialog.accepted.connect(self.refresh)
        dialog.finished.connect(lambda _r: dialog.deleteLater())
        dialog.open()
        return dialog

    def _delete_contact(self) -> None:
        index = self.contact_table.currentIndex()
        contact_id = self.contacts.row_id(index.row()) if index.isValid() else None
        if contact_id is None:
            return
        if not self.page_ctx.app.dialogs.confirm(
                self, self.tr("Delete this contact?"),
                self.tr("This contact and its note will be removed from the log."),
                yes=self.tr("Delete"), no=self.tr("Keep it"), destructive=True):
            return
        with self.page_ctx.vault.session() as session:
            service.delete_contact(session, contact_id)
        self.refresh()

    # -- crisis card ------------------------------------------------------------------------

    def _crisis_tab(self) -> QWidget:
        tab = QWidget()
        column = QVBoxLayout(tab)
        emergency = help_for(self.country).emergency
        column.addWidget(hint_label(fill(self.tr(
            "Crisis help shows the people you mark “On my crisis card” first, then these "
            "lines. Untick a line to leave it off the card. In immediate danger the card "
            "always says to call %1."), emergency)))
        self.line_list = QListWidget()
        named(self.line_list, self.tr("Help lines"))
        self.line_list.itemChanged.connect(self._line_toggled)
        self.line_list.itemActivated.connect(lambda _i: self._edit_line())
        column.addWidget(self.line_list, 1)
        row = QHBoxLayout()
        self.add_line = _button(self.tr("Add a line…"))
        self.add_line.clicked.connect(lambda: self.open_line(None))
        self.edit_line = _button(self.tr("Edit…"))
        self.edit_line.clicked.connect(self._edit_line)
        self.remove_line = _button(self.tr("Remove"))
        self.remove_line.clicked.connect(self._remove_line)
        self.restore_lines = _button(self.tr("Restore the app's lines"))
        self.restore_lines.clicked.connect(self._restore_lines)
        self.preview = _button(self.tr("Show my crisis card"))
        self.preview.clicked.connect(self._preview)
        for button in (self.add_line, self.edit_line, self.remove_line, self.restore_lines):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(self.preview)
        column.addLayout(row)
        return tab

    def _line_text(self, line: CrisisLine) -> str:
        text = f"{line.name} — {line.contact}"
        if line.note:
            text += f" ({line.note})"
        if not line.shipped:
            text += "  " + self.tr("[yours]")
        elif line.edited:
            text += "  " + self.tr("[edited]")
        return text

    def _fill_lines(self) -> None:
        self.line_list.blockSignals(True)
        self.line_list.clear()
        for line in self.lines:
            item = QListWidgetItem(self._line_text(line))
            item.setData(ID_ROLE, line.key)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked if line.hidden
                               else Qt.CheckState.Checked)
            self.line_list.addItem(item)
        self.line_list.blockSignals(False)

    def _selected_line(self) -> CrisisLine | None:
        row = self.line_list.currentRow()
        return self.lines[row] if 0 <= row < len(self.lines) else None

    def _line_toggled(self, item: QListWidgetItem) -> None:
        key = str(item.data(ID_ROLE))
        line = next((x for x in self.lines if x.key == key), None)
        if line is None:
            return
        shown = item.checkState() == Qt.CheckState.Checked
        with self.page_ctx.vault.session() as session:
            crisis.set_hidden(session, key, not shown)
        self._reload_lines()

    def open_line(self, line: CrisisLine | None) -> LineDialog:
        dialog = LineDialog(self.page_ctx, line, self)
        dialog.accepted.connect(self._reload_lines)
        dialog.finished.connect(lambda _r: dialog.deleteLater())
        dialog.open()
        return dialog

    def _edit_line(self) -> None:
        line = self._selected_line()
        if line is not None:
            self.open_line(line)

    def _remove_line(self) -> None:
        line = self._selected_line()
        if line is None:
            return
        with self.page_ctx.vault.session() as session:
            if line.shipped:  # the app's own lines are hidden, never lost
                crisis.set_hidden(session, line.key, True)
            else:
                crisis.remove_line(session, line.key)
        self._reload_lines()

    def _restore_lines(self) -> None:
        with self.page_ctx.vault.session() as session:
            crisis.restore_defaults(session, self.country)
        self._reload_lines()

    def _preview(self) -> None:
        from recovery_desktop.ui.crisis_card import CrisisCard

        card = CrisisCard(self.country, self, vault=self.page_ctx.vault)
        card.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        card.open()

    def _reload_lines(self) -> None:
        with self.page_ctx.vault.session() as session:
            self.lines = crisis.crisis_lines(session, self.country, include_hidden=True)
        self._fill_lines()

    # -- page -------------------------------------------------------------------------------

    def refresh(self) -> None:
        if not self.page_ctx.vault.is_open:
            return
        current = self._selected_person()
        with self.page_ctx.vault.session() as session:
            self.people = service.list_people(session)
            self.lines = crisis.crisis_lines(session, self.country, include_hidden=True)
        self.person_list.blockSignals(True)
        self.person_list.clear()
        for person in self.people:
            self.person_list.addItem(self._person_line(person))
        self.person_list.blockSignals(False)
        row = next((n for n, p in enumerate(self.people)
                    if current is not None and p.id == current.id), 0 if self.people else -1)
        self.person_list.setCurrentRow(row)
        self._show_person(row)
        has = bool(self.people)
        self.edit_person.setEnabled(has)
        self.remove_person.setEnabled(has)
        self.contacts.reload()
        self.delete_contact.setEnabled(self.contacts.rowCount() > 0)
        self._fill_lines()

    def save_drafts(self) -> None:
        dialog = self.dialog
        if dialog is None:
            return
        self.dialog = None
        if dialog.person_id is not None or dialog.has_input():
            with self.page_ctx.vault.session() as session:
                save_draft(session, DRAFT_KIND, dialog.payload(),
                           "" if dialog.person_id is None else str(dialog.person_id))
        dialog.close()

    def handle_request(self, request: dict[str, Any]) -> None:
        if request.get("new_person"):
            self.open_person(None)
        elif request.get("new_contact"):
            self.tabs.setCurrentIndex(1)
            self.open_contact()
        elif request.get("crisis_card"):
            self.tabs.setCurrentIndex(2)
