"""Log or edit one meeting. Problems are shown in the dialog and nothing typed is lost."""

from __future__ import annotations

import contextlib
from datetime import datetime
from typing import Any

from PySide6.QtCore import QDateTime, Qt, Signal
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
from recovery_desktop.domain.meetings import service
from recovery_desktop.domain.meetings.models import FORMATS, Access, Mode
from recovery_desktop.domain.meetings.service import MeetingInput
from recovery_desktop.ui.labels import text_label
from recovery_desktop.ui.pages.registry import PageContext
from recovery_desktop.ui.support.common import (
    access_label,
    fellowship_choices,
    format_label,
    mode_label,
)
from recovery_desktop.ui.urges.common import WallClock, named


def fellowship_combo(own: list[str]) -> QComboBox:
    """The catalogue first, then the person's own groups; they may type a new one."""
    combo = QComboBox()
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    for label, value in fellowship_choices():
        combo.addItem(label, value)
    for name in own:
        combo.addItem(name, name)
    combo.setCurrentIndex(-1)
    combo.setMinimumContentsLength(24)
    return combo


def combo_value(combo: QComboBox) -> str:
    """The chosen catalogue id, or the typed text for a group of the person's own."""
    text = combo.currentText().strip()
    index = combo.findText(text)
    if index >= 0:
        return str(combo.itemData(index))
    return text


def set_combo_value(combo: QComboBox, value: str) -> None:
    index = combo.findData(value)
    if index >= 0:
        combo.setCurrentIndex(index)
    else:
        combo.setEditText(value)


class MeetingDialog(QDialog):
    saved = Signal(int)

    def __init__(self, page_ctx: PageContext, clock: WallClock, meeting_id: int | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.page_ctx = page_ctx
        self.clock = clock
        self.meeting_id = meeting_id
        title = self.tr("Log a meeting") if meeting_id is None else self.tr("Edit a meeting")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setMinimumWidth(520)
        with page_ctx.vault.session() as session:
            own = service.own_fellowships(session)
            existing = service.load_meeting(session, meeting_id) if meeting_id else None
        column = QVBoxLayout(self)
        form = QFormLayout()
        self.when = QDateTimeEdit()
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat("yyyy-MM-dd HH:mm")
        named(self.when, self.tr("When"))
        self.fellowship = fellowship_combo(own)
        named(self.fellowship, self.tr("Fellowship or group"))
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("e.g. Tuesday night discussion"))
        named(self.name, self.tr("Meeting name"))
        self.access = QComboBox()
        for access in Access:
            self.access.addItem(access_label(access), access.value)
        named(self.access, self.tr("Open or closed"))
        self.mode = QComboBox()
        for mode in Mode:
            self.mode.addItem(mode_label(mode), mode.value)
        named(self.mode, self.tr("In person or online"))
        formats = QWidget()
        named(formats, self.tr("Kind of meeting"))
        grid = QGridLayout(formats)
        grid.setContentsMargins(0, 0, 0, 0)
        self.formats: dict[str, QCheckBox] = {}
        for n, code in enumerate(FORMATS):
            box = QCheckBox(format_label(code))
            named(box, box.text())
            self.formats[code] = box
            grid.addWidget(box, n // 3, n % 3)
        self.shared = QCheckBox(self.tr("I shared"))
        named(self.shared, self.shared.text())
        self.notes = QPlainTextEdit()
        self.notes.setPlaceholderText(self.tr("What stayed with you? (optional)"))
        self.notes.setTabChangesFocus(True)
        named(self.notes, self.tr("Notes"))
        form.addRow(self.tr("When"), self.when)
        form.addRow(self.tr("Fellowship or group"), self.fellowship)
        form.addRow(self.tr("Meeting name"), self.name)
        form.addRow(self.tr("Open or closed"), self.access)
        form.addRow(self.tr("Kind of meeting"), formats)
        form.addRow(self.tr("In person or online"), self.mode)
        form.addRow("", self.shared)
        form.addRow(self.tr("Notes"), self.notes)
        column.addLayout(form)
        self.message = text_label("")
        named(self.message, self.tr("Problems to fix"))
        self.message.setVisible(False)
        column.addWidget(self.message)
        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(self.tr("Save"),
                                             QDialogButtonBox.ButtonRole.AcceptRole)
        named(self.save_button, self.tr("Save"))
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        named(cancel, cancel.text().replace("&", ""))
        self.save_button.setDefault(True)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        column.addWidget(buttons)
        if existing is not None:
            self.restore({
                "when": to_local(existing.attended_at, existing.tz).replace(
                    tzinfo=None).isoformat(),
                "fellowship": existing.fellowship, "name": existing.name,
                "access": existing.access.value, "mode": existing.mode.value,
                "formats": list(existing.formats), "shared": existing.shared,
                "notes": existing.notes})
        else:  # "now" is the usual answer: start where the typing is
            self._set_when(to_local(clock.now_utc(), clock.zone()).replace(tzinfo=None))
            self.fellowship.setFocus()

    def _set_when(self, local: datetime) -> None:
        self.when.setDateTime(QDateTime(local.year, local.month, local.day, local.hour,
                                        local.minute, 0))

    def _local_when(self) -> datetime:
        value = self.when.dateTime()
        d, t = value.date(), value.time()
        return datetime(d.year(), d.month(), d.day(), t.hour(), t.minute())

    def payload(self) -> dict[str, Any]:
        """Everything typed, as plain JSON (a draft on lock)."""
        return {
            "when": self._local_when().isoformat(),
            "fellowship": combo_value(self.fellowship), "name": self.name.text(),
            "access": self.access.currentData(), "mode": self.mode.currentData(),
            "formats": [code for code, box in self.formats.items() if box.isChecked()],
            "shared": self.shared.isChecked(), "notes": self.notes.toPlainText(),
        }

    def has_input(self) -> bool:
        return bool(combo_value(self.fellowship) or self.name.text() or
                    self.notes.toPlainText())

    def restore(self, payload: dict[str, Any]) -> None:
        with contextlib.suppress(ValueError):
            self._set_when(datetime.fromisoformat(str(payload.get("when"))))
        set_combo_value(self.fellowship, str(payload.get("fellowship", "")))
        self.name.setText(str(payload.get("name", "")))
        self.access.setCurrentIndex(max(0, self.access.findData(payload.get("access", ""))))
        self.mode.setCurrentIndex(max(0, self.mode.findData(payload.get("mode", ""))))
        chosen = set(payload.get("formats", []))
        for code, box in self.formats.items():
            box.setChecked(code in chosen)
        self.shared.setChecked(bool(payload.get("shared")))
        self.notes.setPlainText(str(payload.get("notes", "")))

    def entry(self) -> MeetingInput:
        zone = self.clock.zone()
        return MeetingInput(
            attended_at=to_utc(self._local_when(), zone), tz=zone,
            fellowship=combo_value(self.fellowship), name=self.name.text(),
            access=Access(self.access.currentData()), mode=Mode(self.mode.currentData()),
            formats=tuple(code for code, box in self.formats.items() if box.isChecked()),
            shared=self.shared.isChecked(), notes=self.notes.toPlainText())

    def save(self) -> None:
        entry = self.entry()
        try:
            with self.page_ctx.vault.session() as session:
                if self.meeting_id is None:
                    self.meeting_id = service.save_meeting(session, entry,
                                                           now_utc=self.clock.now_utc())
                else:
                    service.update_meeting(session, self.meeting_id, entry,
                                           now_utc=self.clock.now_utc())
        except InvalidInput as error:
            self.message.setText("\n".join(self.tr(m) for m in error.messages))
            self.message.setVisible(True)
            self.message.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self.saved.emit(self.meeting_id)
        self.accept()
