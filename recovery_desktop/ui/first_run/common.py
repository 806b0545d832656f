"""Building blocks shared by the first-run steps: page frame, labels, Enter handling."""

from __future__ import annotations

import itertools
import sys

from PySide6.QtCore import QCoreApplication, QMimeData, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QLayout,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from recovery_desktop.ui.labels import heading, hint_label, scaled, text_label

CONTENT_WIDTH = 560
CONTENT_MAX_HEIGHT = 680
BUTTON_MIN_WIDTH = 110


def field_label(text: str, buddy: QWidget) -> QLabel:
    """A label above a field; the field's accessible name is the label's text (offscreen Qt
    and some screen readers do not derive it from the buddy)."""
    label = QLabel(text)
    label.setWordWrap(True)
    label.setBuddy(buddy)
    buddy.setAccessibleName(text)
    return label


def button(text: str) -> QPushButton:
    widget = QPushButton(text)
    widget.setAccessibleName(text)
    return widget


def set_tab_chain(widgets: list[QWidget]) -> None:
    for first, second in itertools.pairwise(widgets):
        QWidget.setTabOrder(first, second)


class StepPage(QWidget):
    """One step: a heading and body in a centred column, buttons along the bottom.

    Enter anywhere in the step presses the focused push button, or else the primary one:
    outside dialogs Qt has no default button, and line edits pass Enter up to us.
    """

    def __init__(
        self,
        title: str,
        step: int,
        steps: int,
        *,
        back: bool = False,
        primary: str,
        secondary: str = "",
        expand: bool = False,
    ) -> None:
        super().__init__()
        self.setAccessibleName(title)
        self.title = title
        self.primary = button(primary)
        # Outside a dialog "default" only draws the emphasis; Enter is handled below.
        self.primary.setDefault(True)
        self.back = button(QCoreApplication.translate("FirstRun", "Back")) if back else None
        self.secondary = button(secondary) if secondary else None
        self.message = text_label("")  # errors, in plain words
        self.message.setAccessibleName(QCoreApplication.translate("FirstRun", "Message"))
        self.message.hide()
        bold = self.message.font()
        bold.setBold(True)
        self.message.setFont(bold)

        self.body = QVBoxLayout()
        self.body.setSpacing(10)
        column = QVBoxLayout()
        column.setSpacing(6)
        counter = hint_label(
            QCoreApplication.translate("FirstRun", "Step %1 of %2")
            .replace("%1", str(step))
            .replace("%2", str(steps))
        )
        column.addWidget(counter)
        column.addWidget(heading(title))
        column.addSpacing(8)
        column.addLayout(self.body, 1 if expand else 0)
        if not expand:
            column.addStretch(1)
        column.addWidget(self.message)
        column.addSpacing(6)
        buttons = QHBoxLayout()
        buttons.setSpacing(8)
        if self.back is not None:
            buttons.addWidget(self.back)
        buttons.addStretch(1)
        if self.secondary is not None:
            buttons.addWidget(self.secondary)
        buttons.addWidget(self.primary)
        for widget in self.buttons():
            widget.setMinimumWidth(BUTTON_MIN_WIDTH)
        column.addLayout(buttons)

        holder = QWidget()
        holder.setLayout(column)
        # A compact column on large screens: centred, never stretched edge to edge.
        holder.setMaximumSize(scaled(CONTENT_WIDTH), scaled(CONTENT_MAX_HEIGHT))
        # In a scroll area, so a step taller than the window (large system text) scrolls
        # instead of squeezing its wrapped text into overlapping lines.
        inner = QWidget()
        outer = QHBoxLayout(inner)
        outer.setContentsMargins(32, 28, 32, 24)
        outer.addStretch(1)
        outer.addWidget(holder, 100)
        outer.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(inner)
        frame = QVBoxLayout(self)
        frame.setContentsMargins(0, 0, 0, 0)
        frame.addWidget(scroll)

    def add(self, item: QWidget | QLayout, spacing_before: int = 0) -> None:
        if spacing_before:
            self.body.addSpacing(spacing_before)
        if isinstance(item, QWidget):
            self.body.addWidget(item)
        else:
            self.body.addLayout(item)

    def buttons(self) -> list[QWidget]:
        return [b for b in (self.back, self.secondary, self.primary) if b is not None]

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def first_focus(self) -> QWidget:
        """Where the keyboard starts when the step is shown."""
        return self.primary

    def entered(self) -> None:
        """Called when the step becomes the current one."""
        self.first_focus().setFocus(Qt.FocusReason.OtherFocusReason)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            focus = QApplication.focusWidget()
            if isinstance(focus, QPushButton) and self.isAncestorOf(focus):
                if focus.isEnabled():
                    focus.click()
            elif self.primary.isEnabled():
                self.primary.click()
            event.accept()
            return
        super().keyPressEvent(event)


def report_unexpected(exc: BaseException) -> None:
    """A bug: the user sees a calm message elsewhere; the traceback goes to the bug hook."""
    sys.excepthook(type(exc), exc, exc.__traceback__)


def copy_secret(text: str, clear_after_ms: int) -> None:
    """Put a secret on the clipboard and take it off again after ``clear_after_ms``.

    The timer hangs off the application, not a widget, so the clipboard is still cleared
    after the first-run flow is gone. It is only cleared if it still holds our secret.
    """
    mime = QMimeData()
    mime.setText(text)
    # Ask clipboard managers and history not to keep it (KDE, Windows, macOS).
    if sys.platform.startswith("linux") or "bsd" in sys.platform:
        mime.setData("x-kde-passwordManagerHint", b"secret")
    elif sys.platform == "win32":
        mime.setData(
            'application/x-qt-windows-mime;value="ExcludeClipboardContentFromMonitorProcessing"',
            b"1",
        )
    elif sys.platform == "darwin":
        mime.setData("application/x-nspasteboard-concealed-type", b"secret")
    QGuiApplication.clipboard().setMimeData(mime)
    app = QCoreApplication.instance()
    if app is not None:
        QTimer.singleShot(clear_after_ms, app, lambda: clear_clipboard_if_holding(text))
        # Quitting before the timer fires must not leave the key behind either.
        app.aboutToQuit.connect(lambda: clear_clipboard_if_holding(text))


def clear_clipboard_if_holding(text: str) -> None:
    clipboard = QGuiApplication.clipboard()
    if clipboard.text() == text:
        clipboard.clear()


class Busy(QWidget):
    """An indeterminate progress bar with a line of text, for work off the GUI thread."""

    def __init__(self, text: str) -> None:
        super().__init__()
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)
        self.bar.setTextVisible(False)
        self.bar.setMaximumHeight(8)
        self.bar.setAccessibleName(text)
        self.label = hint_label(text)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        self.hide()
