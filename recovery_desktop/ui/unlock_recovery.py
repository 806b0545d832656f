"""Ways forward on the lock screen when the vault's files are damaged.

A missing journal can be accepted (open without the lost changes); a damaged database or a
missing journal can be replaced by the latest automatic backup, with the damaged files kept
aside, encrypted, never overwritten.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from recovery_desktop.ui.worker import run_in_background

if TYPE_CHECKING:
    from recovery_desktop.ui.context import AppContext


def latest_automatic_backup(vault_folder: Path) -> tuple[date, Path] | None:
    from recovery_desktop.vault.rolling import backup_folder, existing

    found = existing(backup_folder(vault_folder))
    if not found:
        return None
    newest = max(found)
    return newest, found[newest]


class RecoveryOptions(QWidget):
    """Hidden until ``offer`` is called after a damage error."""

    open_anyway = Signal()
    restored = Signal(str)  # a sentence saying what was restored and where the old files are
    failed = Signal(str)

    def __init__(self, ctx: AppContext, typed_secret: Callable[[], tuple[str, bool]],
                 parent: QWidget | None = None) -> None:
        """``typed_secret`` gives what the lock screen holds: (text, is a recovery key)."""
        super().__init__(parent)
        self.ctx = ctx
        self._typed_secret = typed_secret
        self._backup: tuple[date, Path] | None = None
        self.open_button = QPushButton(self.tr("Open it without the missing changes"))
        self.open_button.setAccessibleName(self.open_button.text())
        self.open_button.clicked.connect(self.open_anyway)
        self.restore_button = QPushButton()
        self.restore_button.clicked.connect(self._ask_restore)
        column = QVBoxLayout(self)  # one under the other: side by side they do not fit
        column.setContentsMargins(0, 0, 0, 0)
        for button in (self.open_button, self.restore_button):
            row = QHBoxLayout()  # left-aligned by a stretch: no Qt namespace on start-up
            row.addWidget(button)
            row.addStretch(1)
            column.addLayout(row)
        self.hide()

    def offer(self, *, journal_missing: bool) -> None:
        self._backup = latest_automatic_backup(self.ctx.data_dir)
        self.open_button.setVisible(journal_missing)
        if self._backup is not None:
            day = self._backup[0].isoformat()
            self.restore_button.setText(self.tr("Restore the backup from %1").replace("%1", day))
            self.restore_button.setAccessibleName(self.restore_button.text())
        self.restore_button.setVisible(self._backup is not None)
        self.setVisible(journal_missing or self._backup is not None)

    def _ask_restore(self) -> None:
        if self._backup is None:
            return
        day, path = self._backup
        if not self.ctx.dialogs.confirm(
            self,
            self.tr("Restore the automatic backup?"),
            self.tr(
                "The vault goes back to how it was on %1. The damaged files are kept "
                "aside, still encrypted, in case anything can be rescued from them later."
            ).replace("%1", day.isoformat()),
            yes=self.tr("Restore it"),
            no=self.tr("Not now"),
        ):
            return
        secret, recovery = self._typed_secret()
        if not secret:
            self.failed.emit(self.tr("Type your passphrase or recovery key first."))
            return
        self.setEnabled(False)

        def work() -> object:
            from recovery_desktop.vault.restore import restore_backup

            if recovery:
                return restore_backup(
                    path, self.ctx.data_dir, recovery_text=secret, replace=True, lock=self.ctx.lock
                )
            return restore_backup(
                path, self.ctx.data_dir, passphrase=secret, replace=True, lock=self.ctx.lock
            )

        run_in_background(self, work, lambda result: self._done(day, result), self._error)

    def _done(self, day: date, result: object) -> None:
        self.setEnabled(True)
        self.hide()
        kept = getattr(result, "replaced_kept_in", None)
        text = self.tr("Restored the backup from %1.").replace("%1", day.isoformat())
        if kept is not None:
            text += " " + self.tr("The damaged files are kept in %1.").replace("%1", str(kept))
        self.restored.emit(text)

    def _error(self, exc: BaseException) -> None:
        from recovery_desktop.vault.errors import VaultError

        self.setEnabled(True)
        self.failed.emit(
            exc.user_message
            if isinstance(exc, VaultError)
            else self.tr("The backup could not be restored. Nothing was changed.")
        )
