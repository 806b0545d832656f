"""What the sections of the Your data page share: a titled box and the page's runner."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QGroupBox, QVBoxLayout, QWidget

from recovery_desktop.ui.pages.registry import PageContext

# The page's way to run work off the GUI thread: (what it is doing, work, on success).
Runner = Callable[[str, Callable[[], Any], Callable[[Any], None]], None]


class DataSection(QGroupBox):
    """A titled section; subclasses add their widgets to ``self.column``."""

    def __init__(
        self,
        title: str,
        page_ctx: PageContext,
        run: Runner,
        show_result: Callable[[str], None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(title, parent)
        self.setAccessibleName(title)
        self.page_ctx = page_ctx
        self.ctx = page_ctx.app
        self._run = run
        self._show = show_result or (lambda _text: None)
        self.column = QVBoxLayout(self)
        self.column.setSpacing(8)
