"""Print… and Save as PDF… of step work for a sponsor, from the Steps page.

A small dialog chooses the steps and the dates (journal entries and Step 10 reviews); then
the usual privacy choices, here with "Include my Step 4 inventory (extra private)", off every
time and never remembered. The inventory is read from the vault only when that is ticked.
Print previews first; Save as PDF warns that the copy is not encrypted and writes on a
worker thread.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from recovery_desktop.printing.document import PrintDocument
from recovery_desktop.printing.options import PrintOptions
from recovery_desktop.printing.step_pack import ALL_STEPS, StepWorkRequest, gather_step_work
from recovery_desktop.ui.worksheets.fields import named_button, quiet
from recovery_desktop.ui.worksheets.print_actions import PrintActions

if TYPE_CHECKING:
    from recovery_desktop.ui.twelve_step.page import StepsPage


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class StepWorkDialog(QDialog):
    def __init__(self, page: StepsPage, fellowship_id: int, fellowship_name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.page = page
        self.fellowship_id = fellowship_id
        self.printing = PrintActions(page.page_ctx, self)
        today = page.today()
        self.today = today
        self.setWindowTitle(self.tr("Print step work"))
        self.setAccessibleName(self.tr("Print step work"))
        layout = QVBoxLayout(self)
        layout.addWidget(quiet(QLabel(self.tr(
            "Your step work for %1, to share with your sponsor: where you are with each "
            "step, your notes and journal, and the Step 8 and Step 10 lists. Steps print by "
            "number; the wording you pasted in stays in the app.").replace(
                "%1", fellowship_name))))
        form = QFormLayout()
        self.start = self._date_edit(self.tr("Journal from"), today - timedelta(days=90))
        self.end = self._date_edit(self.tr("Journal to"), today)
        form.addRow(self.tr("Journal from"), self.start)
        form.addRow(self.tr("Journal to"), self.end)
        layout.addLayout(form)
        box = QGroupBox(self.tr("Steps"))
        grid = QGridLayout(box)
        self.all_steps = QCheckBox(self.tr("All steps"))
        self.all_steps.setAccessibleName(self.all_steps.text())
        self.all_steps.setChecked(True)
        self.all_steps.toggled.connect(self._all_toggled)
        grid.addWidget(self.all_steps, 0, 0, 1, 6)
        self.steps: dict[int, QCheckBox] = {}
        for n in ALL_STEPS:
            check = QCheckBox(self.tr("Step %1").replace("%1", str(n)))
            check.setAccessibleName(check.text())
            check.setChecked(True)
            check.setEnabled(False)
            check.toggled.connect(self._validate)
            grid.addWidget(check, 1 + (n - 1) // 6, (n - 1) % 6)
            self.steps[n] = check
        layout.addWidget(box)
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

    def _all_toggled(self, checked: bool) -> None:
        for check in self.steps.values():
            check.setEnabled(not checked)
        self._validate()

    def chosen_steps(self) -> list[int]:
        if self.all_steps.isChecked():
            return list(ALL_STEPS)
        return [n for n, c in self.steps.items() if c.isChecked()]

    def request(self, include_inventory: bool = False) -> StepWorkRequest:
        return StepWorkRequest(self.fellowship_id, _date(self.start.date()),
                               _date(self.end.date()), self.chosen_steps(), include_inventory,
                               self.today)

    def _validate(self) -> bool:
        request = self.request()
        problem = ""
        if request.start > request.end:
            problem = self.tr("The start date is after the end date.")
        elif not request.steps:
            problem = self.tr("Choose at least one step.")
        self.message.setText(problem)
        self.message.setVisible(bool(problem))
        for button in (self.print_button, self.pdf_button):
            button.setEnabled(not problem)
        return not problem

    def title(self) -> str:
        return self.tr("Step work")

    def documents(self, options: PrintOptions) -> list[PrintDocument]:
        with self.page.page_ctx.vault.session() as session:
            work = gather_step_work(session, self.request(options.include_inventory))
        return [work] if work is not None else []

    def _go(self, *, pdf: bool) -> None:
        if self._validate():
            self.printing.ask_options(lambda options: self._chosen(options, pdf),
                                      private_fields=False, inventory=True)

    def _chosen(self, options: PrintOptions, pdf: bool) -> None:
        found = self.documents(options)
        if not found:
            self.message.setText(self.tr("This fellowship is no longer in your list."))
            self.message.show()
            return
        if pdf:
            self.printing.save_pdf(found, options, self.title(), on_saved=self._saved)
        else:
            self.printing.print_preview(found, options)

    def _saved(self, path: object) -> None:
        self.message.setText(self.tr("Saved to %1 (not encrypted).").replace("%1", str(path)))
        self.message.show()


def open_step_work_dialog(page: StepsPage) -> StepWorkDialog | None:
    fellowship = page.current_fellowship()
    if fellowship is None:
        return None
    dialog = StepWorkDialog(page, fellowship.id, fellowship.name, page)
    dialog.finished.connect(dialog.deleteLater)
    page.print_dialog = dialog  # for tests and screenshots
    dialog.open()
    return dialog
