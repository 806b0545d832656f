"""The unlocked shell: a sidebar of registered pages beside the current page."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QStackedWidget,
    QTextEdit,
    QWidget,
)

from recovery_desktop.ui.pages.registry import Page, PageContext, page_specs

PAGE_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class Shell(QWidget):
    def __init__(
        self, page_ctx: PageContext, start_page: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.page_ctx = page_ctx
        self.pages: dict[str, Page] = {}
        page_ctx.navigate = self.navigate
        self.sidebar = QListWidget()
        self.sidebar.setAccessibleName(self.tr("Sections"))
        self.sidebar.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.sidebar.setFixedWidth(190)
        self.sidebar.setSpacing(2)
        self.stack = QStackedWidget()

        for spec in page_specs(page_ctx.profile):
            page = spec.factory(page_ctx)
            title = spec.title()
            page.setAccessibleName(title)
            page.setObjectName(f"page-{spec.page_id}")
            self.pages[spec.page_id] = page
            self.stack.addWidget(page)
            item = QListWidgetItem(title)
            item.setData(PAGE_ID_ROLE, spec.page_id)
            self.sidebar.addItem(item)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.sidebar)
        layout.addWidget(self.stack, 1)
        self._current = ""
        self.sidebar.currentRowChanged.connect(self._row_changed)
        self.select(start_page if start_page in self.pages else next(iter(self.pages), ""))

    def _row_changed(self, row: int) -> None:
        if row < 0:
            return
        item = self.sidebar.item(row)
        previous = self.pages.get(self._current)
        if previous is not None:
            try:
                previous.save_drafts()  # switching away never loses input
            except Exception:
                self.page_ctx.app.dialogs.warn(self, self.tr("Not saved"), self.tr(
                    "Your unsaved text on %1 could not be saved just now. It is still "
                    "there; go back to it and try again after freeing some disk space."
                ).replace("%1", previous.accessibleName()))
        self._current = str(item.data(PAGE_ID_ROLE))
        self.stack.setCurrentWidget(self.pages[self._current])

    def select(self, page_id: str) -> None:
        for row in range(self.sidebar.count()):
            if self.sidebar.item(row).data(PAGE_ID_ROLE) == page_id:
                self.sidebar.setCurrentRow(row)
                return

    def navigate(self, page_id: str, request: dict[str, Any]) -> bool:
        """Show ``page_id`` and hand it ``request``; False if there is no such page."""
        page = self.pages.get(page_id)
        if page is None:
            return False
        self.select(page_id)
        page.handle_request(request)
        return True

    @property
    def current_page_id(self) -> str:
        return self._current

    def save_drafts(self) -> list[str]:
        """Ask every page to save; the titles of pages that could not (empty when all did)."""
        failed = []
        for page in self.pages.values():
            try:
                page.save_drafts()
            except Exception:  # one page failing must not stop the others from saving
                failed.append(page.accessibleName())
        return failed

    def wipe(self) -> None:
        """Clear every text the widgets hold, before they are deleted (deletion is deferred)."""
        # No more page switches: they would autosave the blanked fields over the drafts.
        self.sidebar.blockSignals(True)
        self._current = ""
        for edit in self.findChildren(QLineEdit):
            edit.clear()
        for text in self.findChildren(QTextEdit):
            text.clear()
        for plain in self.findChildren(QPlainTextEdit):
            plain.clear()
        for combo in self.findChildren(QComboBox):
            combo.clear()
        for label in self.findChildren(QLabel):
            label.clear()
        self.sidebar.clear()
        self.pages.clear()
