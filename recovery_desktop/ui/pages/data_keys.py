"""The "Keys and deleting" part of the Your data page: rotate keys, delete all my data.

Rotating runs off the GUI thread through the page's runner (the vault's engine is closed
and reopened under the new key in between). Deleting needs the confirmation word typed,
then a yes to a plain warning; the window locks first (so no page holds the vault), the
files are overwritten and removed, and the window returns to first-run.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QWidget,
)

from recovery_desktop.ui.labels import text_label
from recovery_desktop.ui.pages.data_section import DataSection, Runner
from recovery_desktop.ui.pages.page_layout import form as page_form
from recovery_desktop.ui.pages.registry import PageContext
from recovery_desktop.ui.wrapping_button import WrappingCheckBox
from recovery_desktop.vault.erase import CONFIRM_WORD


class KeysAndDeletion(DataSection):
    def __init__(self, page_ctx: PageContext, run: Runner, parent: QWidget | None = None) -> None:
        super().__init__(
            QCoreApplication.translate("KeysAndDeletion", "Keys and deleting"),
            page_ctx,
            run,
            parent=parent,
        )
        self._idle = True
        layout = self.column
        layout.addWidget(
            text_label(
                self.tr(
                    "If you think someone saw your recovery key or copied your files, rotate "
                    "the keys: the vault is re-encrypted under a new key and you get a new "
                    "recovery key. Your passphrase stays the same."
                )
            )
        )
        form = page_form()
        label = self.tr("Your passphrase")
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(label)
        form.addRow(label, self.passphrase)
        layout.addLayout(form)
        self.new_key = text_label("", selectable=True)
        self.new_key.setAccessibleName(self.tr("New recovery key"))
        self.new_key.hide()
        layout.addWidget(self.new_key)
        row = QHBoxLayout()
        row.addStretch(1)
        self.rotate_button = self._button(self.tr("Rotate keys"), self.rotate)
        row.addWidget(self.rotate_button)
        layout.addLayout(row)
        layout.addSpacing(12)
        layout.addWidget(
            text_label(
                self.tr(
                    "Deleting removes your vault from this computer for good. Type %1 to "
                    "unlock the button."
                ).replace("%1", CONFIRM_WORD)
            )
        )
        confirm_form = page_form()
        confirm_label = self.tr("Type %1 to confirm").replace("%1", CONFIRM_WORD)
        self.confirm = QLineEdit()
        self.confirm.setAccessibleName(confirm_label)
        confirm_form.addRow(confirm_label, self.confirm)
        layout.addLayout(confirm_form)
        self.include_backups = WrappingCheckBox(
            self.tr("Also delete the automatic backups in the data folder")
        )
        self.include_backups.setAccessibleName(self.include_backups.text())
        layout.addWidget(self.include_backups)
        row = QHBoxLayout()
        row.addStretch(1)
        self.delete_button = self._button(self.tr("Delete all my data…"), self.delete_all)
        row.addWidget(self.delete_button)
        layout.addLayout(row)
        self.passphrase.textChanged.connect(self.update_buttons)
        self.confirm.textChanged.connect(self.update_buttons)
        self.update_buttons()

    def _button(self, text: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(text)
        button.clicked.connect(slot)
        return button

    def update_buttons(self, *_args: object, idle: bool | None = None) -> None:
        """Called on typing, and by the page with ``idle`` when work starts or ends."""
        if idle is not None:
            self._idle = idle
        self.rotate_button.setEnabled(self._idle and bool(self.passphrase.text()))
        self.delete_button.setEnabled(self._idle and self.confirm.text().strip() == CONFIRM_WORD)

    def rotate(self) -> None:
        from recovery_desktop.vault.rotate import rotate_keys

        vault = self.page_ctx.vault
        passphrase = self.passphrase.text()
        keychain = self.ctx.keychain
        calibrate = self.ctx.calibrate

        def work() -> Any:
            if vault.remembered_on_device:
                vault.forget_on_device(keychain)
            return rotate_keys(vault, passphrase, calibrate=calibrate)

        def done(rotated: Any) -> None:
            self.passphrase.clear()
            self.new_key.setText(
                self.tr(
                    "Keys rotated. Your new recovery key is %1. Write it down or print a new "
                    "recovery kit now: the old recovery key no longer opens this vault. Backups "
                    "made before now still open with the old one; delete them if it was seen."
                ).replace("%1", rotated.recovery_key)
            )
            self.new_key.show()

        self._run(self.tr("Rotating keys…"), work, done)

    def delete_all(self) -> None:
        if self.confirm.text().strip() != CONFIRM_WORD:
            return
        include_backups = self.include_backups.isChecked()
        sure = self.ctx.dialogs.confirm(
            self,
            self.tr("Delete all your data?"),
            self.tr(
                "Your vault will be overwritten and removed from this folder%1. This cannot be "
                "undone. What it cannot reach: backups or exports you saved elsewhere, and "
                "old copies that SSDs and some file systems keep out of sight until they are "
                "reused."
            ).replace(
                "%1",
                self.tr(", with its automatic backups") if include_backups else "",
            ),
            yes=self.tr("Delete everything"),
            no=self.tr("Keep my data"),
            destructive=True,
        )
        if not sure:
            return
        erase_after_lock(self.page_ctx, include_backups, self.window())


def erase_after_lock(page_ctx: PageContext, include_backups: bool, window: QWidget) -> None:
    """Forget device keys, lock the window (the page goes away), erase, back to first run."""
    from recovery_desktop.vault.erase import erase_vault
    from recovery_desktop.vault.errors import VaultError
    from recovery_desktop.vault.keychain import KeychainUnavailable

    ctx = page_ctx.app
    vault = page_ctx.vault
    with contextlib.suppress(KeychainUnavailable):  # the slot goes with the key file anyway
        vault.forget_on_device(ctx.keychain)
    page_ctx.request_lock()
    title = QCoreApplication.translate("KeysAndDeletion", "Your data")
    try:
        removed = erase_vault(ctx.data_dir, include_backups=include_backups, lock=ctx.lock)
    except VaultError as exc:
        ctx.dialogs.warn(window, title, exc.user_message)
        return
    start = getattr(window, "start", None)
    if callable(start):
        start()
    ctx.dialogs.inform(
        window,
        title,
        QCoreApplication.translate(
            "KeysAndDeletion", "Your data was deleted from this computer (%1 files)."
        ).replace("%1", str(len(removed))),
    )
