"""Print check-in… and Save as PDF… on the weekly review page.

The sheet shows the week on screen: the drafted numbers (assembled afresh) and the words in
the form as they are now, saved or not, so what is printed is what the person sees. With
nothing written yet it leaves space to write by hand. The privacy choices, the preview, the
"not encrypted" warning and the worker thread are the worksheets' (:class:`PrintActions`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QPushButton

from recovery_desktop.domain.base import clean_text
from recovery_desktop.domain.review.plans import ReviewInput, SavedReview
from recovery_desktop.printing.document import PrintDocument
from recovery_desktop.ui.worksheets.fields import named_button
from recovery_desktop.ui.worksheets.print_actions import PrintActions

if TYPE_CHECKING:
    from recovery_desktop.ui.review.review_page import ReviewPage


def _written(entry: ReviewInput) -> bool:
    return any(clean_text(t).strip() for t in (entry.win, entry.challenge, entry.for_group)) \
        or any(clean_text(item.action).strip() for item in entry.plan)


class CheckInPrinting(QObject):
    """The two buttons and what they do; the page adds the buttons where it likes."""

    def __init__(self, page: ReviewPage) -> None:
        super().__init__(page)
        self.page = page
        self.actions = PrintActions(page.page_ctx, page)
        self.print_button: QPushButton = named_button(self.tr("Print check-in…"))
        self.pdf_button: QPushButton = named_button(self.tr("Save as PDF…"))
        self.pdf_button.setAccessibleDescription(self.tr("Save the weekly check-in as a PDF"))
        self.print_button.clicked.connect(lambda: self.start(pdf=False))
        self.pdf_button.clicked.connect(lambda: self.start(pdf=True))

    def title(self) -> str:
        return self.tr("Weekly check-in %1").replace("%1", self.page.window_.end.isoformat())

    def documents(self) -> list[PrintDocument]:
        from recovery_desktop.printing.review_checkin import gather_checkin, worksheet_titles

        page = self.page
        window = page.window_
        entry = page.form.value()
        with page.page_ctx.vault.session() as session:
            document = gather_checkin(session, window,
                                      worksheet_titles(page.page_ctx.profile.language))
        if _written(entry):
            updated = document.saved.updated_at if document.saved else page.clock.now_utc()
            document.saved = SavedReview(0, window.start, window.end, entry.win,
                                         entry.challenge, entry.for_group,
                                         tuple(i for i in entry.plan
                                               if clean_text(i.action).strip()), updated)
        else:
            document.saved = None
        return [document]

    def start(self, *, pdf: bool) -> None:
        if not self.page.page_ctx.vault.is_open:
            return
        self.actions.run(self.documents, pdf=pdf, title=self.title(), private_fields=False,
                         on_saved=lambda path: self.page.status.setText(self.tr(
                             "Saved a PDF to %1 (not encrypted).").replace("%1", str(path))))
