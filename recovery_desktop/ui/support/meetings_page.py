"""The "Meetings" page: the log of meetings attended (newest first, lazy), a home group,
and an opt-in "90 meetings in 90 days" counter.

Other pages open the new-meeting dialog with ``navigate("meetings", {"new": True})``.
An unsaved new meeting becomes a draft on lock and is offered back next time.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from recovery_desktop.domain.behaviours.cleantime import local_date
from recovery_desktop.domain.behaviours.service import InvalidInput
from recovery_desktop.domain.drafts import discard_draft, load_draft, save_draft
from recovery_desktop.domain.meetings import service
from recovery_desktop.domain.meetings.models import Access, Mode
from recovery_desktop.domain.meetings.service import HomeGroup, Meeting
from recovery_desktop.ui.flow_layout import FlowLayout, fit_placeholder
from recovery_desktop.ui.labels import heading, hint_label, text_label
from recovery_desktop.ui.pages.page_layout import set_column_widths
from recovery_desktop.ui.pages.registry import Page, PageContext
from recovery_desktop.ui.support.common import (
    fellowship_text,
    format_label,
    mode_label,
)
from recovery_desktop.ui.support.id_model import IdTableModel
from recovery_desktop.ui.support.meeting_dialog import (
    MeetingDialog,
    combo_value,
    fellowship_combo,
    set_combo_value,
)
from recovery_desktop.ui.urges.common import WallClock, fill, local_time_text, named

DRAFT_KIND = "meetings:meeting"


def _ref(meeting_id: int | None) -> str:
    return "" if meeting_id is None else str(meeting_id)


class MeetingsPage(Page):
    def __init__(self, page_ctx: PageContext, clock: WallClock | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.page_ctx = page_ctx
        self.clock = clock or WallClock()
        self.dialog: MeetingDialog | None = None
        self.setAccessibleName(self.tr("Meetings"))
        column = QVBoxLayout(self)
        column.setContentsMargins(16, 12, 16, 12)
        column.addWidget(heading(self.tr("Meetings")))

        actions = QHBoxLayout()
        self.new_button = QPushButton(self.tr("Log a meeting…"))
        named(self.new_button, self.new_button.text())
        self.new_button.clicked.connect(lambda: self.open_meeting(None))
        self.edit_button = QPushButton(self.tr("Edit…"))
        named(self.edit_button, self.edit_button.text())
        self.edit_button.clicked.connect(self._edit_current)
        self.delete_button = QPushButton(self.tr("Delete"))
        named(self.delete_button, self.delete_button.text())
        self.delete_button.clicked.connect(self._delete_current)
        for button in (self.new_button, self.edit_button, self.delete_button):
            actions.addWidget(button)
        actions.addStretch(1)
        self.total = QLabel()
        named(self.total, self.tr("Meetings logged"))
        actions.addWidget(self.total)
        column.addLayout(actions)

        home = FlowLayout()  # wraps at large text sizes
        home_label = QLabel(self.tr("Home group:"))
        home.addWidget(home_label)
        self.home_fellowship = fellowship_combo([])
        named(self.home_fellowship, self.tr("Home group fellowship"))
        self.home_name = QLineEdit()
        self.home_name.setPlaceholderText(self.tr("Group name"))
        named(self.home_name, self.tr("Home group name"))
        fit_placeholder(self.home_name)
        self.home_save = QPushButton(self.tr("Save home group"))
        named(self.home_save, self.home_save.text())
        self.home_save.clicked.connect(self._save_home_group)
        home.addWidget(self.home_fellowship)
        home.addWidget(self.home_name)
        home.addWidget(self.home_save)
        column.addLayout(home)
        self.home_message = hint_label()
        named(self.home_message, self.tr("Home group message"))
        self.home_message.setVisible(False)
        column.addWidget(self.home_message)

        ninety = QHBoxLayout()
        self.ninety = QCheckBox(self.tr("Count 90 meetings in 90 days"))
        named(self.ninety, self.ninety.text())
        self.ninety.toggled.connect(self._ninety_toggled)
        self.ninety_text = QLabel()
        named(self.ninety_text, self.tr("90 in 90"))
        ninety.addWidget(self.ninety)
        ninety.addWidget(self.ninety_text, 1)
        column.addLayout(ninety)

        self.model: IdTableModel[Meeting] = IdTableModel(
            page_ctx.vault,
            (self.tr("When"), self.tr("Fellowship or group"), self.tr("Meeting"),
             self.tr("Kind"), self.tr("Shared"), self.tr("Notes")),
            service.meeting_ids, service.meetings_by_id, self._text, self)
        self.table = QTableView()
        named(self.table, self.tr("Meetings attended"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        set_column_widths(header, dict(enumerate((175, 140, 190, 200, 60))))
        self.table.doubleClicked.connect(self._open_index)
        self.table.activated.connect(self._open_index)
        column.addWidget(self.table, 1)
        self.empty = text_label(self.tr(
            "No meetings logged yet. After a meeting, “Log a meeting” keeps a note of it: "
            "who was there is never asked."))
        column.addWidget(self.empty)
        self.refresh()

    # -- data -------------------------------------------------------------------------------

    def _text(self, meeting: Meeting, column: int) -> str:
        if column == 0:
            return local_time_text(meeting.attended_at, meeting.tz, self.clock.zone())
        if column == 1:
            return fellowship_text(meeting.fellowship)
        if column == 2:
            return meeting.name
        if column == 3:
            parts = [self.tr("open") if meeting.access is Access.OPEN else self.tr("closed")
                     if meeting.access is Access.CLOSED else ""]
            parts += [format_label(code).lower() for code in meeting.formats]
            if meeting.mode is Mode.ONLINE:
                parts.append(mode_label(meeting.mode).lower())
            return ", ".join(p for p in parts if p)
        if column == 4:
            return self.tr("yes") if meeting.shared else ""
        return meeting.notes

    def refresh(self) -> None:
        if not self.page_ctx.vault.is_open:
            return
        now, zone = self.clock.now_utc(), self.clock.zone()
        with self.page_ctx.vault.session() as session:
            group = service.home_group(session)
            status = service.ninety_status(session, now, zone)
            count = service.count_meetings(session)
        self.model.reload()
        self.total.setText(fill(self.tr("%1 logged"), f"{count:,}") if count else "")
        self.empty.setVisible(count == 0)
        if group is not None:
            set_combo_value(self.home_fellowship, group.fellowship)
            self.home_name.setText(group.name)
        self.ninety.blockSignals(True)
        self.ninety.setChecked(status is not None)
        self.ninety.blockSignals(False)
        self._show_ninety(status)
        self._update_buttons()

    def _show_ninety(self, status: service.NinetyStatus | None) -> None:
        if status is None:
            self.ninety_text.setText("")
        elif status.finished:
            self.ninety_text.setText(fill(self.tr("Your 90 days are complete: %1 meetings."),
                                          status.meetings))
        else:
            self.ninety_text.setText(fill(self.tr("Day %1 of 90: %2 meetings so far."),
                                          max(1, status.day), status.meetings))

    def _update_buttons(self) -> None:
        has = self.model.rowCount() > 0
        self.edit_button.setEnabled(has)
        self.delete_button.setEnabled(has)

    def _current_id(self) -> int | None:
        index = self.table.currentIndex()
        return self.model.row_id(index.row()) if index.isValid() else None

    # -- actions ----------------------------------------------------------------------------

    def open_meeting(self, meeting_id: int | None) -> MeetingDialog:
        if self.dialog is not None:
            self.dialog.close()
        dialog = MeetingDialog(self.page_ctx, self.clock, meeting_id, self)
        with self.page_ctx.vault.session() as session:
            draft = load_draft(session, DRAFT_KIND, _ref(meeting_id))
        if draft is not None:  # unsaved words from before a lock or a crash
            dialog.restore(draft.payload)
        dialog.saved.connect(self._saved)
        dialog.finished.connect(lambda _r: self._closed(dialog))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _saved(self, meeting_id: int) -> None:
        with self.page_ctx.vault.session() as session:
            discard_draft(session, DRAFT_KIND, "")
            discard_draft(session, DRAFT_KIND, _ref(meeting_id))
        self.refresh()

    def _closed(self, dialog: MeetingDialog) -> None:
        if dialog is self.dialog:  # closed by the person (a lock clears self.dialog first)
            self.dialog = None
            if self.page_ctx.vault.is_open:
                with self.page_ctx.vault.session() as session:
                    discard_draft(session, DRAFT_KIND, _ref(dialog.meeting_id))
        dialog.deleteLater()

    def _open_index(self, index: QModelIndex) -> None:
        meeting_id = self.model.row_id(index.row())
        if meeting_id is not None:
            self.open_meeting(meeting_id)

    def _edit_current(self) -> None:
        meeting_id = self._current_id()
        if meeting_id is not None:
            self.open_meeting(meeting_id)

    def _delete_current(self) -> None:
        meeting_id = self._current_id()
        if meeting_id is None:
            return
        if not self.page_ctx.app.dialogs.confirm(
                self, self.tr("Delete this meeting?"),
                self.tr("The meeting and its notes will be removed from your log."),
                yes=self.tr("Delete"), no=self.tr("Keep it"), destructive=True):
            return
        with self.page_ctx.vault.session() as session:
            service.delete_meeting(session, meeting_id)
        self.refresh()

    def _save_home_group(self) -> None:
        fellowship, name = combo_value(self.home_fellowship), self.home_name.text()
        try:
            with self.page_ctx.vault.session() as session:
                service.set_home_group(session, HomeGroup(fellowship, name)
                                       if fellowship.strip() or name.strip() else None)
        except InvalidInput as error:
            self.home_message.setText(" ".join(self.tr(m) for m in error.messages))
            self.home_message.setVisible(True)
            return
        self.home_message.setText(self.tr("Home group saved.") if fellowship or name
                                  else self.tr("No home group set."))

    def _ninety_toggled(self, on: bool) -> None:
        today = local_date(self.clock.now_utc(), self.clock.zone())
        with self.page_ctx.vault.session() as session:
            service.set_ninety(session, today if on else None)
            status = service.ninety_status(session, self.clock.now_utc(), self.clock.zone())
        self._show_ninety(status)

    # -- page hooks -------------------------------------------------------------------------

    def save_drafts(self) -> None:
        dialog = self.dialog
        if dialog is None:
            return
        self.dialog = None
        if dialog.meeting_id is not None or dialog.has_input():
            with self.page_ctx.vault.session() as session:
                save_draft(session, DRAFT_KIND, dialog.payload(), _ref(dialog.meeting_id))
        dialog.close()

    def handle_request(self, request: dict[str, Any]) -> None:
        if request.get("new"):
            self.open_meeting(None)
        elif isinstance(request.get("open"), int):
            self.open_meeting(int(request["open"]))
