"""Connects the worksheets page's Print buttons and menu to :class:`PrintActions`."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from recovery_desktop.domain.worksheets.definitions import localized
from recovery_desktop.printing.blanks import CHECKIN
from recovery_desktop.printing.checkin import BlankCheckIn
from recovery_desktop.printing.document import PrintDocument
from recovery_desktop.printing.pack import worksheet_document
from recovery_desktop.printing.worksheets import BlankWorksheet
from recovery_desktop.ui.worksheets.print_actions import PrintActions

if TYPE_CHECKING:
    from recovery_desktop.ui.pages.worksheets_page import WorksheetsPage


def attach_printing(page: WorksheetsPage) -> PrintActions:
    actions = PrintActions(page.page_ctx, page)
    definitions = page.definitions
    kinds = [(d.id, localized(d.title, page.language)) for d in definitions.values()]
    page.list_panel.set_print_kinds([*kinds, (CHECKIN, BlankCheckIn().title)])

    def saved(worksheet_id: int, pdf: bool) -> None:
        def documents() -> list[PrintDocument]:
            with page.vault.session() as session:
                found = worksheet_document(session, worksheet_id, definitions)
            return [found] if found is not None else []

        title = page.model.data(page.model.index(page.list_panel.table.currentIndex().row(), 0))
        actions.run(documents, pdf=pdf, title=str(title or "worksheet"))

    def blank(kind: str, pdf: bool) -> None:
        document: PrintDocument = (BlankCheckIn() if kind == CHECKIN
                                   else BlankWorksheet(definitions[kind]))
        actions.run(lambda: [document], pdf=pdf, title=document.title, personal=False,
                    private_fields=kind != CHECKIN)

    def open_one(pdf: bool) -> None:
        if page.editor.editing is None:
            return
        document = page.editor.document()
        state = page.editor.state_label
        actions.run(lambda: [document], pdf=pdf, title=document.title,
                    on_saved=lambda path: state.setText(
                        page.tr("Saved a PDF to %1 (not encrypted).").replace("%1", str(path))))

    def pack() -> None:
        from recovery_desktop.ui.worksheets.facilitator import FacilitatorDialog

        dialog = FacilitatorDialog(actions, list(definitions.values()), page.language,
                                   date.today(), page)
        dialog.finished.connect(dialog.deleteLater)
        actions.facilitator = dialog  # type: ignore[attr-defined]  # for tests and screenshots
        dialog.open()

    page.list_panel.print_requested.connect(saved)
    page.list_panel.blank_requested.connect(blank)
    page.list_panel.pack_requested.connect(pack)
    page.editor.print_requested.connect(open_one)
    return actions
