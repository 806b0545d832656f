"""The first-run flow: welcome, passphrase, recovery key, this device, getting to know you."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QStackedWidget, QVBoxLayout, QWidget

from recovery_desktop.domain.profile import set_recovery_key_confirmed
from recovery_desktop.ui.first_run.common import StepPage
from recovery_desktop.ui.first_run.steps_after import ProfileStep, RecoveryKeyStep, RememberStep
from recovery_desktop.ui.first_run.steps_before import PassphraseStep, WelcomeStep
from recovery_desktop.ui.worker import run_in_background

if TYPE_CHECKING:
    from recovery_desktop.ui.context import AppContext
    from recovery_desktop.vault.vault import CreatedVault, Vault


class FirstRunFlow(QWidget):
    """Creates the vault step by step; ``finished`` carries the unlocked Vault.

    Until ``finished`` is emitted the flow owns the new vault: whoever closes the flow
    early (the window is closed mid-way) should close ``created_vault`` if it is set.
    """

    finished = Signal(object)  # Vault
    vault_opened = Signal(object)  # Vault: it exists (and is open) from here on

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setAccessibleName(self.tr("Set up your vault"))
        self._vault: Vault | None = None
        self.welcome = WelcomeStep(ctx)
        self.passphrase = PassphraseStep(ctx)
        self.recovery_key = RecoveryKeyStep(ctx)
        self.remember = RememberStep(ctx)
        self.profile = ProfileStep(ctx)
        self.stack = QStackedWidget()
        self.steps: list[StepPage] = [
            self.welcome,
            self.passphrase,
            self.recovery_key,
            self.remember,
            self.profile,
        ]
        for step in self.steps:
            self.stack.addWidget(step)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

        self.welcome.primary.clicked.connect(lambda: self.go(self.passphrase))
        if self.passphrase.back is not None:
            self.passphrase.back.clicked.connect(lambda: self.go(self.welcome))
        self.passphrase.created.connect(self._vault_created)
        self.recovery_key.primary.clicked.connect(self._key_confirmed)
        self.remember.done.connect(lambda: self.go(self.profile))
        self.profile.saved.connect(self._finish)
        # Resolving the keychain backend takes 100 ms or more: do it while the user types.
        run_in_background(
            self.remember,
            ctx.keychain.status,
            self.remember.set_status,
            self.remember.status_failed,
        )

    # -- state ----------------------------------------------------------------------------

    @property
    def current(self) -> StepPage:
        widget = self.stack.currentWidget()
        assert isinstance(widget, StepPage)
        return widget

    @property
    def created_vault(self) -> Vault | None:
        """The new vault once it exists and until ``finished`` hands it over."""
        return self._vault

    @property
    def busy(self) -> bool:
        """True while the vault is being created (closing now would leave it half-made)."""
        return self.passphrase.working or self.remember.working

    def go(self, step: StepPage) -> None:
        self.stack.setCurrentWidget(step)
        step.entered()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.current.entered()

    # -- transitions ----------------------------------------------------------------------

    def _vault_created(self, created: CreatedVault) -> None:
        self._show_key(created.vault, created.recovery_key)

    def resume(self, vault: Vault) -> None:
        """Continue with a vault whose recovery key was never confirmed: issue a new one."""
        self._show_key(vault, vault.replace_recovery_key())

    def _show_key(self, vault: Vault, key: str) -> None:
        self._vault = vault
        self.remember.vault = vault
        self.profile.vault = vault
        with vault.session() as session:
            set_recovery_key_confirmed(session, False)
        self.vault_opened.emit(vault)
        self.recovery_key.set_key(key)
        self.go(self.recovery_key)

    def _key_confirmed(self) -> None:
        if self._vault is not None:
            with self._vault.session() as session:
                set_recovery_key_confirmed(session, True)
        self.recovery_key.forget_key()
        self.go(self.remember)

    def _finish(self) -> None:
        vault, self._vault = self._vault, None
        self.remember.vault = self.profile.vault = None
        self.finished.emit(vault)
