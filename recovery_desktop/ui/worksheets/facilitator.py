""""Print for a facilitator": chosen worksheets and weekly check-ins (and the trigger-log
summary) over a date range in one PDF with a contents page.

Gathering and rendering run on a worker thread with a progress bar and a Stop button; the
privacy choices come first, as for every printout.
"""

from __future__ import annotations

import threading
from datetime import date, timedelta

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from recovery_desktop.domain.worksheets.definitions import Definition, localized
from recovery_desktop.printing.document import Cancelled, PrintDocument
from recovery_desktop.printing.options import PrintOptions
from recovery_desktop.printing.pack import PackRequest, gather_pack
from recovery_desktop.ui.worksheets.fields import named_button, quiet
from recovery_desktop.ui.worksheets.print_actions import PrintActions, ProgressBridge


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class FacilitatorDialog(QDialog):
    def __init__(self, actions: PrintActions, definitions: list[Definition], language: str,
                 today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.printing = actions
        self.today = today
        self.setWindowTitle(self.tr("Print for a facilitator"))
        self.setAccessibleName(self.tr("Print for a facilitator"))
        layout = QVBoxLayout(self)
        layout.addWidget(quiet(QLabel(self.tr(
            "One PDF with a contents page: the worksheets and weekly check-ins you choose "
            "from a period, for a group facilitator or a sponsor."))))
        form = QFormLayout()
        self.start = self._date_edit(self.tr("From"), today - timedelta(weeks=4) + timedelta(1))
        self.end = self._date_edit(self.tr("To"), today)
        form.addRow(self.tr("From"), self.start)
        form.addRow(self.tr("To"), self.end)
        layout.addLayout(form)
        box = QGroupBox(self.tr("What to include"))
        column = QVBoxLayout(box)
        self.kinds: dict[str, QCheckBox] = {}
        for definition in definitions:
            check = QCheckBox(localized(definition.title, language))
            check.setAccessibleName(check.text())
            check.setChecked(True)
            check.toggled.connect(self._validate)
            column.addWidget(check)
            self.kinds[definition.id] = check
        self.triggers = QCheckBox(self.tr("Trigger-log summary (counts, times, top triggers)"))
        self.triggers.setAccessibleName(self.triggers.text())
        self.triggers.toggled.connect(self._validate)
        column.addWidget(self.triggers)
        self.checkins = QCheckBox(self.tr("Weekly check-ins (from the reviews you saved)"))
        self.checkins.setAccessibleName(self.checkins.text())
        self.checkins.toggled.connect(self._validate)
        column.addWidget(self.checkins)
        layout.addWidget(box)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Status"))
        layout.addWidget(self.message)
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Progress"))
        self.progress.hide()
        layout.addWidget(self.progress)
        row = QHBoxLayout()
        self.print_button = named_button(self.tr("Print…"))
        self.pdf_button = named_button(self.tr("Save as PDF…"))
        self.stop_button = named_button(self.tr("Stop"))
        self.stop_button.hide()
        self.close_button = named_button(self.tr("Close"))
        self.print_button.clicked.connect(lambda: self._go(pdf=False))
        self.pdf_button.clicked.connect(lambda: self._go(pdf=True))
        self.stop_button.clicked.connect(self._stop)
        self.close_button.clicked.connect(self.reject)
        row.addStretch(1)
        for button in (self.stop_button, self.print_button, self.pdf_button, self.close_button):
            row.addWidget(button)
        layout.addLayout(row)
        self.bridge = ProgressBridge(self)
        self.bridge.progressed.connect(self._progressed)
        self.cancel = threading.Event()
        self.running = False
        self._validate()

    def _date_edit(self, name: str, day: date) -> QDateEdit:
        edit = QDateEdit(_qdate(day))
        edit.setAccessibleName(name)
        edit.setCalendarPopup(True)
        edit.setMaximumDate(_qdate(self.today))  # nothing to print from the future
        edit.dateChanged.connect(self._validate)
        return edit

    def request(self) -> PackRequest:
        return PackRequest(_date(self.start.date()), _date(self.end.date()),
                           frozenset(k for k, c in self.kinds.items() if c.isChecked()),
                           self.triggers.isChecked(), self.checkins.isChecked())

    def _validate(self) -> bool:
        request = self.request()
        problem = ""
        if request.start > request.end:
            problem = self.tr("The start date is after the end date.")
        elif not (request.definition_ids or request.include_triggers
                  or request.include_checkins):
            problem = self.tr("Choose at least one thing to include.")
        self._say(problem)
        for button in (self.print_button, self.pdf_button):
            button.setEnabled(not problem and not self.running)
        return not problem

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def title(self) -> str:
        return self.tr("Worksheets for my group")

    def _documents(self) -> list[PrintDocument]:
        with self.printing.page_ctx.vault.session() as session:
            return gather_pack(session, self.request())

    def _go(self, *, pdf: bool) -> None:
        if not self._validate():
            return
        self.printing.ask_options(lambda options: self._chosen(options, pdf))

    def _chosen(self, options: PrintOptions, pdf: bool) -> None:
        if not pdf:
            found = self._documents()
            if not found:
                self._say(self.tr("Nothing was saved in that period."))
                return
            self.printing.print_preview(found, options, contents_title=self.title())
            return
        if not self.printing.warn_not_encrypted():
            return
        path = self.printing.choose_path(self.title())
        if path is None:
            return
        self._set_running(True)
        self.cancel.clear()
        request = self.request()
        vault = self.printing.page_ctx.vault
        bridge, cancel = self.bridge, self.cancel

        def documents() -> list[PrintDocument]:
            with vault.session() as session:  # the worker's own session
                found = gather_pack(session, request)
            if not found:
                raise LookupError
            return found

        def progress(done: int, total: int) -> None:
            if cancel.is_set():
                raise Cancelled
            bridge.progressed.emit(done, total)

        self.printing.write_in_background(
            documents, options, path, self.title(), contents_title=self.title(),
            on_saved=self._saved, progress=progress, on_failed=self._failed)

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _set_running(self, running: bool) -> None:
        self.running = running
        self.progress.setVisible(running)
        self.progress.setValue(0)
        self.stop_button.setVisible(running)
        self.close_button.setEnabled(not running)
        self._validate()

    def _stop(self) -> None:
        self.cancel.set()

    def _saved(self, path: object) -> None:
        self._set_running(False)
        self._say(self.tr("Saved to %1 (not encrypted).").replace("%1", str(path)))

    def _failed(self, exc: BaseException) -> None:
        self._set_running(False)
        if isinstance(exc, Cancelled):
            self._say(self.tr("Stopped; nothing was written."))
        elif isinstance(exc, LookupError):
            self._say(self.tr("Nothing was saved in that period."))
        else:
            self.printing.show_failure(exc)

    def reject(self) -> None:
        if self.running:  # closing mid-way stops the work; the callback is then skipped
            self.cancel.set()
        super().reject()
