"""The unlocked shell: a sidebar of registered pages beside the current page."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QPaintEvent
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
    QVBoxLayout,
    QWidget,
)

from recovery_desktop.ui.labels import scaled
from recovery_desktop.ui.pages.registry import Page, PageContext, PageSpec, page_specs

PAGE_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class Shell(QWidget):
    """Pages are built when first needed: the visible one at once, the rest one per event-loop
    turn right after the shell is painted, so unlocking shows the window without waiting
    for every page. ``pages`` (all of them) builds any that are still missing."""

    def __init__(
        self, page_ctx: PageContext, start_page: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.page_ctx = page_ctx
        self._built: dict[str, Page] = {}
        self._specs: dict[str, tuple[PageSpec, str, QWidget]] = {}
        page_ctx.navigate = self.navigate
        self.sidebar = QListWidget()
        self.sidebar.setAccessibleName(self.tr("Sections"))
        self.sidebar.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.sidebar.setSpacing(2)
        self.stack = QStackedWidget()

        for spec in page_specs(page_ctx.profile):
            title = spec.title()
            placeholder = QWidget()  # stands in the stack until the page is built
            self._specs[spec.page_id] = (spec, title, placeholder)
            self.stack.addWidget(placeholder)
            item = QListWidgetItem(title)
            item.setData(PAGE_ID_ROLE, spec.page_id)
            self.sidebar.addItem(item)
        # At least 190 px; wider when the titles need it (large system text, translations).
        needed = self.sidebar.sizeHintForColumn(0) + 2 * self.sidebar.frameWidth() + 12
        self.sidebar.setFixedWidth(max(190, min(needed, scaled(320))))

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.sidebar)
        layout.addWidget(self.stack, 1)
        self._current = ""
        self.sidebar.currentRowChanged.connect(self._row_changed)
        self.select(start_page if start_page in self._specs else next(iter(self._specs), ""))
        self._painted = False

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            # After the first paint, not before: the window shows first, pages follow.
            QTimer.singleShot(0, self._build_next)

    @property
    def page_ids(self) -> list[str]:
        return list(self._specs)

    @property
    def pages(self) -> dict[str, Page]:
        """Every page, building any not built yet (in sidebar order)."""
        for page_id in self._specs:
            self.page(page_id)
        return dict(self._built)

    def page(self, page_id: str) -> Page | None:
        """The page with this id, built now if it was not yet; None if there is none."""
        if page_id in self._built:
            return self._built[page_id]
        if page_id not in self._specs:
            return None
        spec, title, placeholder = self._specs[page_id]
        page = self._build(spec.factory, self.page_ctx, title)
        page.setAccessibleName(title)
        page.setObjectName(f"page-{page_id}")
        index = self.stack.indexOf(placeholder)
        showing = self.stack.currentWidget() is placeholder
        self.stack.insertWidget(index, page)
        if showing:
            self.stack.setCurrentWidget(page)
        self.stack.removeWidget(placeholder)
        placeholder.deleteLater()
        self._built[page_id] = page
        return page

    def _build_next(self) -> None:
        if not self._specs or len(self._built) == len(self._specs):
            return
        missing = next(pid for pid in self._specs if pid not in self._built)
        self.page(missing)
        QTimer.singleShot(0, self._build_next)

    def _build(self, factory: Callable[[PageContext], Page], page_ctx: PageContext,
               title: str) -> Page:
        """One page that cannot be built (damaged data, a bug) must not take the rest down."""
        from recovery_desktop.vault.errors import VaultError

        try:
            return factory(page_ctx)
        except Exception as exc:
            detail = exc.user_message if isinstance(exc, VaultError) else type(exc).__name__
            return BrokenPage(self.tr("%1 could not be opened: %2 Your other pages work as "
                                      "usual.").replace("%1", title).replace("%2", detail))

    def _row_changed(self, row: int) -> None:
        if row < 0:
            return
        item = self.sidebar.item(row)
        previous = self._built.get(self._current)
        if previous is not None:
            try:
                previous.save_drafts()  # switching away never loses input
            except Exception:
                self.page_ctx.app.dialogs.warn(self, self.tr("Not saved"), self.tr(
                    "Your unsaved text on %1 could not be saved just now. It is still "
                    "there; go back to it and try again after freeing some disk space."
                ).replace("%1", previous.accessibleName()))
        self._current = str(item.data(PAGE_ID_ROLE))
        page = self.page(self._current)
        if page is not None:
            self.stack.setCurrentWidget(page)

    def select(self, page_id: str) -> None:
        for row in range(self.sidebar.count()):
            if self.sidebar.item(row).data(PAGE_ID_ROLE) == page_id:
                self.sidebar.setCurrentRow(row)
                return

    def navigate(self, page_id: str, request: dict[str, Any]) -> bool:
        """Show ``page_id`` and hand it ``request``; False if there is no such page."""
        page = self.page(page_id)
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
        for page in self._built.values():  # a page never built holds nothing unsaved
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
        self._built.clear()
        self._specs.clear()  # also stops the pages still waiting to be built


class BrokenPage(Page):
    """Stands in for a page that failed to build, saying so in plain words."""

    def __init__(self, message: str) -> None:
        super().__init__()
        label = QLabel(message)
        label.setWordWrap(True)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setAccessibleName(message)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 40, 40, 40)
        layout.addWidget(label)
