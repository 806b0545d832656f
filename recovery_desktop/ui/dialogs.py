"""Message boxes and file pickers behind one seam that tests can pre-answer.

Like KeePassXC's ``MessageBox::setNextAnswer``: a test queues answers, and the next
dialogs return them without showing anything. The app never shows a traceback: unexpected
errors become a calm message here.
"""

from __future__ import annotations

from collections import deque
from pathlib import Path
from typing import TYPE_CHECKING, TypeAlias

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:  # spelled out only for the type checker: no Qt enum is built at import
    from PySide6.QtWidgets import QMessageBox

    Answer: TypeAlias = QMessageBox.StandardButton | bool | str | None


class UnexpectedDialog(AssertionError):
    """A test did not expect (pre-answer) this dialog; raised instead of blocking forever."""


class Dialogs:
    def __init__(self, *, fail_unanswered: bool = False) -> None:
        self._answers: deque[Answer] = deque()
        self.shown: list[tuple[str, str]] = []  # (title, text) of every dialog, for tests
        # Tests set this: a modal dialog nobody answers would hang the run.
        self.fail_unanswered = fail_unanswered

    def set_next_answer(self, answer: Answer) -> None:
        self._answers.append(answer)

    def _queued(self) -> tuple[bool, Answer]:
        if self._answers:
            return True, self._answers.popleft()
        if self.fail_unanswered:
            raise UnexpectedDialog(self.shown[-1] if self.shown else "dialog")
        return False, None

    def confirm(
        self,
        parent: QWidget | None,
        title: str,
        text: str,
        *,
        yes: str,
        no: str,
        destructive: bool = False,
    ) -> bool:
        """Ask a yes/no question with verb buttons; Escape means no."""
        from PySide6.QtWidgets import QMessageBox

        self.shown.append((title, text))
        queued, answer = self._queued()
        if queued:
            return answer == QMessageBox.StandardButton.Yes or answer is True
        box = QMessageBox(
            QMessageBox.Icon.Warning if destructive else QMessageBox.Icon.Question,
            title,
            text,
            QMessageBox.StandardButton.NoButton,
            parent,
        )
        yes_button = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
        no_button = box.addButton(no, QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(no_button if destructive else yes_button)
        box.setEscapeButton(no_button)
        box.exec()
        return box.clickedButton() is yes_button

    def inform(self, parent: QWidget | None, title: str, text: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        self.shown.append((title, text))
        queued, _ = self._queued()
        if not queued:
            QMessageBox.information(parent, title, text)

    def warn(self, parent: QWidget | None, title: str, text: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        self.shown.append((title, text))
        queued, _ = self._queued()
        if not queued:
            QMessageBox.warning(parent, title, text)

    def save_path(
        self, parent: QWidget | None, title: str, suggested: Path, file_filter: str
    ) -> Path | None:
        """Where to write a file the user asked for; None if they cancelled."""
        from PySide6.QtWidgets import QFileDialog

        self.shown.append((title, str(suggested)))
        queued, answer = self._queued()
        if queued:
            return Path(answer) if isinstance(answer, str) else None
        # Privacy: a native dialog may record "recent files"; Qt's own is cleaned below.
        chosen, _ = QFileDialog.getSaveFileName(
            parent,
            title,
            str(suggested),
            file_filter,
            options=QFileDialog.Option.DontUseNativeDialog,
        )
        forget_file_dialog_history()
        return Path(chosen) if chosen else None

    def open_path(
        self, parent: QWidget | None, title: str, start: Path, file_filter: str
    ) -> Path | None:
        """An existing file the user picked to read; None if they cancelled."""
        from PySide6.QtWidgets import QFileDialog

        self.shown.append((title, str(start)))
        queued, answer = self._queued()
        if queued:
            return Path(answer) if isinstance(answer, str) else None
        chosen, _ = QFileDialog.getOpenFileName(
            parent, title, str(start), file_filter, options=QFileDialog.Option.DontUseNativeDialog
        )
        forget_file_dialog_history()
        return Path(chosen) if chosen else None

    def choose_folder(self, parent: QWidget | None, title: str, start: Path) -> Path | None:
        from PySide6.QtWidgets import QFileDialog

        self.shown.append((title, str(start)))
        queued, answer = self._queued()
        if queued:
            return Path(answer) if isinstance(answer, str) else None
        chosen = QFileDialog.getExistingDirectory(
            parent,
            title,
            str(start),
            QFileDialog.Option.DontUseNativeDialog | QFileDialog.Option.ShowDirsOnly,
        )
        forget_file_dialog_history()
        return Path(chosen) if chosen else None


def forget_file_dialog_history() -> None:
    """Qt's file dialog keeps visited folders in its own settings file; leave no trace."""
    qt_settings = QSettings(QSettings.Scope.UserScope, "QtProject")
    qt_settings.remove("FileDialog")
    qt_settings.sync()
