"""Steps before the vault exists: welcome, then choosing the passphrase (and creating it)."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QWidget

from recovery_desktop.ui.first_run.common import (
    Busy,
    StepPage,
    report_unexpected,
    set_tab_chain,
)
from recovery_desktop.ui.labels import hint_label, text_label
from recovery_desktop.ui.passphrase_form import NewPassphraseForm
from recovery_desktop.ui.worker import run_in_background
from recovery_desktop.vault.errors import VaultError

if TYPE_CHECKING:
    from recovery_desktop.ui.context import AppContext
    from recovery_desktop.vault.vault import CreatedVault

STEPS = 5


class WelcomeStep(StepPage):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__(self.tr("Welcome"), 1, STEPS, primary=self.tr("Get started"))
        self.setObjectName("welcome")
        self.add(
            text_label(
                self.tr(
                    "This is a private space for your recovery work. Everything you write stays on "
                    "this computer, encrypted, and nothing is sent anywhere."
                )
            )
        )
        self.add(
            text_label(
                self.tr(
                    "First, let’s set up your vault: the locked place where your entries are kept. "
                    "It takes a few minutes:"
                )
            )
        )
        steps = text_label(
            "\n".join(
                (
                    self.tr("1.  Choose a passphrase"),
                    self.tr("2.  Save your recovery key"),
                    self.tr("3.  Decide whether this computer may remember the vault"),
                    self.tr("4.  Answer a few optional questions"),
                )
            )
        )
        steps.setContentsMargins(12, 0, 0, 0)
        self.add(steps)
        self.add(hint_label(self.tr("Your vault will be kept in this folder:")), 8)
        self.folder = text_label(os.fspath(ctx.data_dir), selectable=True)
        self.folder.setAccessibleName(self.tr("Vault folder"))
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setStyleHint(QFont.StyleHint.Monospace)
        self.folder.setFont(mono)
        self.add(self.folder)


class PassphraseStep(StepPage):
    """Passphrase typed twice; creating the vault runs off the GUI thread (~1 s of Argon2)."""

    created = Signal(object)  # CreatedVault

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(
            self.tr("Choose a passphrase"), 2, STEPS, back=True, primary=self.tr("Create my vault")
        )
        self.setObjectName("passphrase")
        self.ctx = ctx
        self.add(
            text_label(
                self.tr(
                    "Your passphrase locks and unlocks your vault. A few unrelated words are "
                    "easier to remember than a jumble of symbols, and harder to guess."
                )
            )
        )
        self.form = NewPassphraseForm(label=self.tr("Passphrase"))
        self.add(self.form, 4)
        self.add(
            text_label(
                self.tr(
                    "Please choose something you will remember. A forgotten passphrase cannot be "
                    "reset, not even by the people who made this app. In the next step you get a "
                    "recovery key: that is your way back in."
                )
            ),
            4,
        )
        self.busy = Busy(self.tr("Creating your vault… this takes a moment."))
        self.add(self.busy)
        self.form.changed.connect(self._update)
        self.primary.clicked.connect(self.create_vault)
        set_tab_chain([self.form.first, self.form.second, self.form.show_box, *self.buttons()])
        self._working = False
        self._update()

    def first_focus(self) -> QWidget:
        return self.form.first

    @property
    def working(self) -> bool:
        return self._working

    def _update(self) -> None:
        self.primary.setEnabled(not self._working and self.form.passphrase() is not None)

    def _set_working(self, working: bool) -> None:
        self._working = working
        self.busy.setVisible(working)
        self.form.setEnabled(not working)
        if self.back is not None:
            self.back.setEnabled(not working)
        self._update()

    def create_vault(self) -> None:
        passphrase = self.form.passphrase()
        if passphrase is None or self._working:
            return
        self.show_message("")
        self._set_working(True)
        folder, calibrate, lock = self.ctx.data_dir, self.ctx.calibrate, self.ctx.lock

        def create() -> CreatedVault:
            from recovery_desktop.vault.vault import Vault

            return Vault.create(folder, passphrase, calibrate=calibrate, lock=lock)

        run_in_background(self, create, self._created, self._failed)

    def _created(self, created: CreatedVault) -> None:
        self.form.clear()  # the passphrase does not linger in a widget
        self._set_working(False)
        self.created.emit(created)

    def _failed(self, exc: BaseException) -> None:
        self._set_working(False)
        if isinstance(exc, VaultError):
            self.show_message(exc.user_message)
        else:
            self.show_message(
                self.tr(
                    "The vault could not be created because of an "
                    "unexpected problem. Nothing was saved; please try "
                    "again."
                )
            )
            report_unexpected(exc)
        self.form.first.setFocus()
