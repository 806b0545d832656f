"""After a recovery-key unlock: choose a new passphrase before anything else."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from recovery_desktop.ui.labels import heading
from recovery_desktop.ui.passphrase_form import NewPassphraseForm
from recovery_desktop.ui.worker import run_in_background

if TYPE_CHECKING:
    from recovery_desktop.ui.context import AppContext
    from recovery_desktop.vault.vault import Vault


class ChoosePassphraseScreen(QWidget):
    done = Signal()

    def __init__(self, ctx: AppContext, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.vault = vault
        self.setAccessibleName(self.tr("Choose a new passphrase"))
        title = heading(self.tr("Choose a new passphrase"), 1.5)
        intro = QLabel(
            self.tr(
                "Your recovery key opened the vault. Pick a new passphrase you "
                "will remember; your recovery key keeps working as before."
            )
        )
        intro.setWordWrap(True)
        self.form = NewPassphraseForm()
        self.form.changed.connect(self._update)
        self.form.second.returnPressed.connect(self.save)
        self.save_button = QPushButton(self.tr("Save passphrase"))
        self.save_button.setAccessibleName(self.save_button.text())
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Status"))

        column = QVBoxLayout()
        column.setSpacing(10)
        column.addWidget(title)
        column.addWidget(intro)
        column.addWidget(self.form)
        row = QHBoxLayout()
        row.addWidget(self.message, 1)
        row.addWidget(self.save_button)
        column.addLayout(row)
        holder = QWidget()
        holder.setLayout(column)
        holder.setFixedWidth(520)  # lets wrapped labels compute their height
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(holder, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(2)
        self._update()
        self.form.first.setFocus()

    def _update(self) -> None:
        self.save_button.setEnabled(self.form.passphrase() is not None)

    def save(self) -> None:
        passphrase = self.form.passphrase()
        if passphrase is None:
            return
        self.save_button.setEnabled(False)
        self.message.setText(self.tr("Saving…"))
        vault, calibrate = self.vault, self.ctx.calibrate
        run_in_background(
            self,
            lambda: vault.change_passphrase(passphrase, calibrate=calibrate),
            self._saved,
            self._failed,
        )

    def _saved(self, _result: object) -> None:
        self.form.clear()
        self.done.emit()

    def _failed(self, exc: BaseException) -> None:
        from recovery_desktop.vault.errors import VaultError

        self.save_button.setEnabled(True)
        self.message.setText(
            exc.user_message
            if isinstance(exc, VaultError)
            else self.tr("The passphrase could not be saved. Please try again.")
        )
