"""The lock screen: passphrase, or the recovery key, or this device's keychain.

Nothing decrypted is shown here. Key derivation runs off the GUI thread; failures are
named in a calm sentence, never a traceback.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from recovery_desktop.ui.labels import heading, scaled
from recovery_desktop.ui.unlock_recovery import RecoveryOptions
from recovery_desktop.ui.worker import run_in_background

if TYPE_CHECKING:
    from recovery_desktop.ui.context import AppContext
    from recovery_desktop.vault.vault import Vault

CONTENT_WIDTH = 420


class UnlockScreen(QWidget):
    """Emits ``unlocked(vault, how)``; ``how`` is "passphrase", "recovery" or "device"."""

    unlocked = Signal(object, str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setAccessibleName(self.tr("Unlock"))
        self._recovery_mode = False
        self._use_backup = False
        self._busy = False

        self.heading = heading(self.tr("Welcome back"))
        self.intro = QLabel(self.tr("Your workbook is locked. Enter your passphrase to open it."))
        self.intro.setWordWrap(True)

        self.field_label = QLabel(self.tr("Passphrase"))
        self.field = QLineEdit()
        self.field.setEchoMode(QLineEdit.EchoMode.Password)
        self.field_label.setBuddy(self.field)
        self.field.returnPressed.connect(self.submit)

        self.unlock_button = QPushButton(self.tr("Unlock"))
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self.submit)

        self.mode_button = QPushButton()
        self.mode_button.setFlat(True)
        self.mode_button.clicked.connect(lambda: self.set_recovery_mode(not self._recovery_mode))

        self.recovery = RecoveryOptions(ctx, self.current_secret, self)
        self.recovery.open_anyway.connect(self._open_anyway)
        self.recovery.restored.connect(self._restored)
        self.recovery.failed.connect(self.show_error)
        self._accept_missing_journal = False
        self.backup_button = QPushButton(self.tr("Try the backup key file"))
        self.backup_button.setVisible(False)
        self.backup_button.clicked.connect(self._try_backup)

        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Status"))

        buttons = QHBoxLayout()
        buttons.addWidget(self.mode_button)
        buttons.addStretch(1)
        buttons.addWidget(self.unlock_button)

        column = QVBoxLayout()
        column.setSpacing(10)
        column.addWidget(self.heading)
        column.addWidget(self.intro)
        column.addSpacing(8)
        column.addWidget(self.field_label)
        column.addWidget(self.field)
        column.addLayout(buttons)
        column.addWidget(self.message)
        backup_row = QHBoxLayout()  # left-aligned by a stretch (see the toolbar's note)
        backup_row.addWidget(self.backup_button)
        backup_row.addStretch(1)
        column.addLayout(backup_row)
        column.addWidget(self.recovery)
        holder = QWidget()
        holder.setLayout(column)
        # A fixed width lets the wrapped labels work out their height (no clipped lines).
        holder.setFixedWidth(scaled(CONTENT_WIDTH))  # wider with larger system text

        # Centred by stretches, not an alignment flag: an aligned item gets its size hint,
        # which cut wrapped messages short instead of letting them take the lines they need.
        centred = QHBoxLayout()
        centred.addStretch(1)
        centred.addWidget(holder)
        centred.addStretch(1)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addLayout(centred)
        outer.addStretch(2)
        self.set_recovery_mode(False)
        self.field.setFocus()

    # -- modes ----------------------------------------------------------------------------

    def set_recovery_mode(self, on: bool) -> None:
        self._recovery_mode = on
        self.field.clear()
        self.message.clear()
        if on:
            self.field_label.setText(self.tr("Recovery key"))
            self.field.setEchoMode(QLineEdit.EchoMode.Normal)
            self.field.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
            self.field.setPlaceholderText("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX")
            self.intro.setText(
                self.tr(
                    "Type the key from your recovery kit. You will choose a "
                    "new passphrase right after."
                )
            )
            self.mode_button.setText(self.tr("Use my passphrase instead"))
        else:
            self.field_label.setText(self.tr("Passphrase"))
            self.field.setEchoMode(QLineEdit.EchoMode.Password)
            self.field.setFont(QFont())
            self.field.setPlaceholderText("")
            self.intro.setText(
                self.tr("Your workbook is locked. Enter your passphrase to open it.")
            )
            self.mode_button.setText(self.tr("Forgot it? Use the recovery key"))
        self.field.setAccessibleName(self.field_label.text())
        self.unlock_button.setAccessibleName(self.unlock_button.text())
        self.mode_button.setAccessibleName(self.mode_button.text())
        self.backup_button.setAccessibleName(self.backup_button.text())
        self.field.setFocus()

    def set_busy(self, busy: bool, text: str = "") -> None:
        self._busy = busy
        for widget in (self.field, self.unlock_button, self.mode_button, self.backup_button):
            widget.setEnabled(not busy)
        if text:
            self.message.setText(text)

    def show_error(self, text: str) -> None:
        self.set_busy(False)
        self.message.setText(text)
        self.field.selectAll()
        self.field.setFocus()

    # -- unlocking ------------------------------------------------------------------------

    def try_device_unlock(self) -> None:
        """If this device remembers the vault, open it without asking (off the GUI thread)."""
        ctx = self.ctx

        def attempt() -> Vault | None:
            # Imported here, on the worker thread: the lock screen never waits for them.
            from recovery_desktop.vault import keyfile
            from recovery_desktop.vault.vault import Vault

            try:
                kf = Vault.read_key_file(ctx.data_dir)
            except Exception:
                return None  # the passphrase path will name the problem
            if not kf.slots_of(keyfile.DEVICE):
                return None
            return Vault.unlock_with_device(ctx.data_dir, ctx.keychain, lock=ctx.lock, verify=False)

        self.set_busy(True, self.tr("Checking this device's keychain…"))
        run_in_background(self, attempt, self._device_done, self._device_failed)

    def _device_done(self, vault: Vault | None) -> None:
        if vault is None:
            self.set_busy(False, " ")
            self.message.clear()
            return
        self._finish(vault, "device")

    def _device_failed(self, exc: BaseException) -> None:
        from recovery_desktop.vault.errors import VaultError

        self.set_busy(False)
        self.message.setText(
            exc.user_message
            if isinstance(exc, VaultError)
            else self.tr("This device could not open the vault. Please use your passphrase.")
        )

    def submit(self) -> None:
        if self._busy:
            return
        secret = self.field.text()
        if not secret:
            self.show_error(
                self.tr("Please type your recovery key.")
                if self._recovery_mode
                else self.tr("Please type your passphrase.")
            )
            return
        from recovery_desktop.vault.vault import Vault

        ctx, use_backup, recovery = self.ctx, self._use_backup, self._recovery_mode
        accept_journal = self._accept_missing_journal

        # The full integrity check grows with the vault; the window runs it in the
        # background after unlocking instead (page 1 is still checked by the first read).
        def unlock() -> Any:
            if recovery:
                return Vault.unlock_with_recovery_key(
                    ctx.data_dir,
                    secret,
                    lock=ctx.lock,
                    use_backup_key_file=use_backup,
                    verify=False,
                    accept_missing_journal=accept_journal,
                )
            return Vault.unlock(
                ctx.data_dir, secret, lock=ctx.lock, use_backup_key_file=use_backup, verify=False,
                accept_missing_journal=accept_journal,
            )

        self.set_busy(True, self.tr("Unlocking…"))
        # While the worker derives the key (the GIL released), load the page modules here
        # on the GUI thread, so the first unlock does not pay for them afterwards.
        QTimer.singleShot(0, _import_page_modules)
        run_in_background(
            self,
            unlock,
            lambda v: self._finish(v, "recovery" if recovery else "passphrase"),
            self._failed,
        )

    def current_secret(self) -> tuple[str, bool]:
        """What is typed and whether it is a recovery key (a restore needs it too)."""
        return self.field.text(), self._recovery_mode

    def _open_anyway(self) -> None:
        self._accept_missing_journal = True
        self.recovery.hide()
        self.submit()

    def _restored(self, text: str) -> None:
        self.message.setText(text)
        self.submit()  # open the restored vault with the same passphrase

    def _failed(self, exc: BaseException) -> None:
        from recovery_desktop.vault.errors import (
            DatabaseDamaged,
            JournalMissing,
            KeyFileDamaged,
            VaultError,
        )

        if isinstance(exc, KeyFileDamaged) and exc.backup_available:
            self.backup_button.setVisible(True)
        if isinstance(exc, JournalMissing | DatabaseDamaged):
            self.recovery.offer(journal_missing=isinstance(exc, JournalMissing))
        if isinstance(exc, VaultError):
            self.show_error(exc.user_message)
        else:
            self.show_error(
                self.tr(
                    "Something unexpected went wrong while unlocking (%1). Nothing was changed."
                ).replace("%1", type(exc).__name__)
            )

    def _try_backup(self) -> None:
        self._use_backup = True
        self.backup_button.setVisible(False)
        self.message.setText(
            self.tr("Using the backup key file. Enter your passphrase or recovery key again.")
        )
        self.field.setFocus()

    def _finish(self, vault: Vault, how: str) -> None:
        self.field.clear()
        self.set_busy(False)
        self.unlocked.emit(vault, how)


def _import_page_modules() -> None:
    # Imported here: the registry pulls in SQLAlchemy, which the lock screen must not wait on.
    from recovery_desktop.ui.pages.registry import import_page_modules

    import_page_modules()
