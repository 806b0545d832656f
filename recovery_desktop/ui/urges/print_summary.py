"""Print summary… on the urge log's Insights tab: the trigger-log summary for a date range as
its own document (counts, the weekday-by-hour heatmap, top triggers, HALT).

The free-text notes are left out unless "Include my notes" is ticked (off each time, not
remembered); they are then read from the vault for that print only. The privacy choices,
preview, "not encrypted" warning and worker thread are the shared :class:`PrintActions`.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from recovery_desktop.printing.document import PrintDocument
from recovery_desktop.printing.options import PrintOptions
from recovery_desktop.printing.pack import trigger_summary
from recovery_desktop.ui.pages.registry import PageContext
from recovery_desktop.ui.worksheets.fields import named_button, quiet
from recovery_desktop.ui.worksheets.print_actions import PrintActions


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class TriggerSummaryDialog(QDialog):
    def __init__(self, page_ctx: PageContext, start: date | None, end: date, today: date,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.page_ctx = page_ctx
        self.today = today
        self.printing = PrintActions(page_ctx, self)
        self.setWindowTitle(self.tr("Print a trigger-log summary"))
        self.setAccessibleName(self.tr("Print a trigger-log summary"))
        layout = QVBoxLayout(self)
        layout.addWidget(quiet(QLabel(self.tr(
            "Counts, when urges came, top triggers and HALT for the dates you choose. "
            "Your notes are left out unless you include them."))))
        form = QFormLayout()
        self.start = self._date_edit(self.tr("From"), start or end - timedelta(days=27))
        self.end = self._date_edit(self.tr("To"), min(end, today))
        form.addRow(self.tr("From"), self.start)
        form.addRow(self.tr("To"), self.end)
        layout.addLayout(form)
        self.notes = QCheckBox(self.tr("Include my notes"))
        self.notes.setAccessibleName(self.notes.text())
        layout.addWidget(self.notes)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Status"))
        layout.addWidget(self.message)
        row = QHBoxLayout()
        self.print_button = named_button(self.tr("Print…"))
        self.pdf_button = named_button(self.tr("Save as PDF…"))
        self.close_button = named_button(self.tr("Close"))
        self.print_button.clicked.connect(lambda: self._go(pdf=False))
        self.pdf_button.clicked.connect(lambda: self._go(pdf=True))
        self.close_button.clicked.connect(self.reject)
        row.addStretch(1)
        for button in (self.print_button, self.pdf_button, self.close_button):
            row.addWidget(button)
        layout.addLayout(row)
        self._validate()

    def _date_edit(self, name: str, day: date) -> QDateEdit:
        edit = QDateEdit(_qdate(day))
        edit.setAccessibleName(name)
        edit.setCalendarPopup(True)
        edit.setMaximumDate(_qdate(self.today))
        edit.dateChanged.connect(self._validate)
        return edit

    def _validate(self) -> bool:
        problem = (self.tr("The start date is after the end date.")
                   if self.start.date() > self.end.date() else "")
        self.message.setText(problem)
        self.message.setVisible(bool(problem))
        for button in (self.print_button, self.pdf_button):
            button.setEnabled(not problem)
        return not problem

    def documents(self) -> list[PrintDocument]:
        with self.page_ctx.vault.session() as session:
            return [trigger_summary(session, _date(self.start.date()), _date(self.end.date()),
                                    notes=self.notes.isChecked())]

    def _go(self, *, pdf: bool) -> None:
        if self._validate():
            self.printing.ask_options(lambda options: self._chosen(options, pdf),
                                      private_fields=False)

    def _chosen(self, options: PrintOptions, pdf: bool) -> None:
        options = replace(options, include_notes=self.notes.isChecked())
        found = self.documents()
        title = self.tr("Trigger log summary")
        if pdf:
            self.printing.save_pdf(found, options, title, on_saved=self._saved)
        else:
            self.printing.print_preview(found, options)

    def _saved(self, path: object) -> None:
        self.message.setText(self.tr("Saved to %1 (not encrypted).").replace("%1", str(path)))
        self.message.show()
