"""Plain-text editors that grow with their text, and the absolute-word highlighter."""

from __future__ import annotations

import weakref

from PySide6.QtCore import QMimeData, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QKeyEvent,
    QPalette,
    QResizeEvent,
    QSyntaxHighlighter,
    QTextCharFormat,
    QTextDocument,
    QTextOption,
)
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QSizePolicy, QWidget
from shiboken6 import isValid

from recovery_desktop.domain.worksheets.rebt import absolute_spans

MAX_TEXT = 100_000_000  # QLineEdit's default cap (32,767 characters) is far too small


def plain_text(edit: QPlainTextEdit) -> str:
    """The text exactly as typed (``toPlainText`` would turn no-break spaces into spaces)."""
    return edit.document().toRawText().replace("\u2029", "\n")


def line_edit(name: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setMaxLength(MAX_TEXT)
    edit.setAccessibleName(name)
    return edit


class AbsoluteHighlighter(QSyntaxHighlighter):
    """Marks must/should/never/can't stand… as the user types (REBT's tell-tale words)."""

    def __init__(self, document: QTextDocument, palette: QPalette) -> None:
        super().__init__(document)
        self.marked = QTextCharFormat()
        link = palette.color(QPalette.ColorRole.Link)
        self.marked.setForeground(link)
        self.marked.setFontWeight(QFont.Weight.DemiBold)
        self.marked.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
        self.marked.setUnderlineColor(QColor(link))

    def highlightBlock(self, text: str) -> None:
        for start, length in absolute_spans(text):
            self.setFormat(start, length, self.marked)


class GrowingEdit(QPlainTextEdit):
    """A plain-text editor as tall as its text, between ``min_lines`` and ``max_lines``.

    ``single_line`` rows (list items) turn Return into ``submitted`` and pasted line
    breaks into spaces; Backspace in an empty row emits ``remove_requested``.
    """

    submitted = Signal()
    remove_requested = Signal()

    def __init__(self, name: str, *, min_lines: int = 3, max_lines: int = 14,
                 single_line: bool = False, highlight: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(name)
        self.min_lines, self.max_lines, self.single_line = min_lines, max_lines, single_line
        self.setTabChangesFocus(True)
        self.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.highlighter = AbsoluteHighlighter(self.document(), self.palette()) if highlight \
            else None
        # Through a weak reference: the document briefly outlives a deleted row's editor.
        me = weakref.ref(self)

        def fit(_size: object) -> None:
            edit = me()
            if edit is not None and isValid(edit):
                edit._fit()

        self.document().documentLayout().documentSizeChanged.connect(fit)
        self._fit()

    def _fit(self, *_args: object) -> None:
        if not isValid(self):  # the document outlives the editor briefly while it is deleted
            return
        lines = max(self.min_lines, min(self.max_lines, int(self.document().size().height())))
        margins = self.contentsMargins()
        doc_margin = self.document().documentMargin()
        height = (lines * self.fontMetrics().lineSpacing() + 2 * doc_margin
                  + margins.top() + margins.bottom() + 2)
        self.setFixedHeight(int(height))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        # A new width can change how many lines the text wraps to (seen: a two-line item
        # left one line tall with scroll arrows).
        if event.size().width() != event.oldSize().width():
            self._fit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if self.single_line and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.submitted.emit()
            return
        if self.single_line and key == Qt.Key.Key_Backspace and not self.document().toRawText():
            self.remove_requested.emit()
            return
        super().keyPressEvent(event)

    def insertFromMimeData(self, source: QMimeData) -> None:
        text = source.text()  # plain text only: pasted formatting is never kept
        if self.single_line:
            text = " ".join(text.splitlines())
        self.insertPlainText(text)

    def canInsertFromMimeData(self, source: QMimeData) -> bool:
        return source.hasText()
