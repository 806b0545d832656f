"""Print… and Save as PDF… for worksheets (filled or blank) and the facilitator pack.

Every path asks the privacy choices first (PrintOptionsDialog, most private by default).
Print shows a QPrintPreviewDialog before anything reaches a printer. Save as PDF warns that
the copy is not encrypted (as exports do), asks where, then renders on a worker thread and
writes atomically. Fonts are registered on the GUI thread before a worker paints; QPdfWriter,
QPainter and QTextLayout are safe on a worker thread with fontconfig-based Qt.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QDialog, QWidget

from recovery_desktop.printing.document import PrintDocument
from recovery_desktop.printing.options import PrintOptions
from recovery_desktop.ui.pages.registry import PageContext
from recovery_desktop.ui.worker import run_in_background
from recovery_desktop.ui.worksheets.print_options import PrintOptionsDialog

Progress = Callable[[int, int], None]


class ProgressBridge(QObject):
    """Lives on the GUI thread; a worker emits, the GUI thread's slots receive (queued)."""

    progressed = Signal(int, int)


def file_name(title: str) -> str:
    """A safe suggested file name (the person can change it)."""
    words = re.sub(r"[^\w\- ]+", "", title, flags=re.UNICODE).split()
    return ("-".join(words)[:60] or "worksheet") + ".pdf"


class PrintActions(QObject):
    """The print paths of the worksheets page; ``owner`` parents every dialog."""

    def __init__(self, page_ctx: PageContext, owner: QWidget) -> None:
        super().__init__(owner)
        self.page_ctx = page_ctx
        self.owner = owner
        self.options_dialog: PrintOptionsDialog | None = None
        self.preview: QDialog | None = None
        self.last_saved: Path | None = None

    @property
    def dialogs(self) -> Any:
        return self.page_ctx.app.dialogs

    def ask_options(self, then: Callable[[PrintOptions], None], *,
                    private_fields: bool = True, inventory: bool = False
                    ) -> PrintOptionsDialog:
        """Open the privacy choices (window-modal, not blocking); ``then`` runs on Continue."""
        dialog = PrintOptionsDialog(self.page_ctx.vault, self.page_ctx.app.settings,
                                    private_fields=private_fields, inventory=inventory,
                                    parent=self.owner)
        self.options_dialog = dialog

        def accepted() -> None:
            options = replace(dialog.options(), language=self.page_ctx.profile.language)
            dialog.deleteLater()
            self.options_dialog = None
            then(options)

        dialog.accepted.connect(accepted)
        dialog.rejected.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def run(self, documents: Callable[[], Sequence[PrintDocument]], *, pdf: bool, title: str,
            personal: bool = True, private_fields: bool = True, inventory: bool = False,
            on_saved: Callable[[Path], None] | None = None) -> None:
        """Print (with a preview) or save as PDF, after the privacy choices."""
        def go(options: PrintOptions) -> None:
            docs = list(documents())
            if pdf:
                self.save_pdf(docs, options, title, personal=personal, on_saved=on_saved)
            else:
                self.print_preview(docs, options)

        self.ask_options(go, private_fields=private_fields, inventory=inventory)

    def print_preview(self, documents: Sequence[PrintDocument], options: PrintOptions, *,
                      contents_title: str = "") -> QDialog:
        from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

        from recovery_desktop.printing.document import page_layout, render

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageLayout(page_layout(options))
        printer.setCreator("")
        dialog = QPrintPreviewDialog(printer, self.owner)
        dialog.setWindowTitle(self.tr("Print preview"))
        dialog.setAccessibleName(self.tr("Print preview"))
        dialog.paintRequested.connect(
            lambda device: render(device, documents, options, contents_title=contents_title))
        dialog.finished.connect(dialog.deleteLater)
        dialog._printer = printer  # type: ignore[attr-defined]  # lives as long as the dialog
        self.preview = dialog
        dialog.open()
        return dialog

    def warn_not_encrypted(self) -> bool:
        return bool(self.dialogs.confirm(
            self.owner,
            self.tr("A copy that is not encrypted"),
            self.tr("The PDF will NOT be encrypted: anyone who can open it can read what it "
                    "shows. Save it only somewhere you trust, and delete it when you are "
                    "done."),
            yes=self.tr("I understand, continue"),
            no=self.tr("Cancel"),
            destructive=True,
        ))

    def choose_path(self, title: str) -> Path | None:
        path = self.dialogs.save_path(self.owner, self.tr("Save as PDF"),
                                      Path.home() / file_name(title),
                                      self.tr("PDF files (*.pdf)"))
        if path is not None and path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        return path  # type: ignore[no-any-return]

    def save_pdf(self, documents: Sequence[PrintDocument], options: PrintOptions, title: str,
                 *, personal: bool = True, contents_title: str = "",
                 on_saved: Callable[[Path], None] | None = None,
                 progress: Progress | None = None,
                 on_failed: Callable[[BaseException], None] | None = None) -> None:
        if (personal or options.shown_name()) and not self.warn_not_encrypted():
            return
        path = self.choose_path(title)
        if path is None:
            return
        self.write_in_background(lambda: list(documents), options, path, title,
                                 contents_title=contents_title, on_saved=on_saved,
                                 progress=progress, on_failed=on_failed)

    def write_in_background(self, documents: Callable[[], Sequence[PrintDocument]],
                            options: PrintOptions, path: Path, title: str, *,
                            contents_title: str = "",
                            on_saved: Callable[[Path], None] | None = None,
                            progress: Progress | None = None,
                            on_failed: Callable[[BaseException], None] | None = None) -> None:
        from recovery_desktop.printing.document import write_pdf
        from recovery_desktop.printing.fonts import ensure_fonts

        ensure_fonts()  # on the GUI thread, before a worker lays anything out

        def work() -> Path:
            write_pdf(path, documents(), options, contents_title=contents_title,
                      pdf_title=title, progress=progress)
            return path

        def done(result: Path) -> None:
            self.last_saved = result
            if on_saved is not None:
                on_saved(result)

        def failed(exc: BaseException) -> None:
            if on_failed is not None:
                on_failed(exc)
                return
            self.show_failure(exc)

        run_in_background(self, work, done, failed)

    def show_failure(self, exc: BaseException) -> None:
        from recovery_desktop.vault.errors import VaultError

        message = exc.user_message if isinstance(exc, VaultError) else self.tr(
            "Something went wrong while making the PDF; nothing was written.")
        self.dialogs.warn(self.owner, self.tr("The PDF was not saved"), message)
