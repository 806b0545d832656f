"""Steps once the vault exists: recovery key, remember on this device, getting to know you.

There is no Back from here: the vault is made, and going back would suggest it is not.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QStandardPaths, Qt, Signal
from PySide6.QtGui import QFont, QFontDatabase, QPalette
from PySide6.QtWidgets import QCheckBox, QFrame, QHBoxLayout, QLineEdit, QScrollArea, QWidget

from recovery_desktop.domain.profile import Profile, save_profile
from recovery_desktop.ui.first_run.common import (
    Busy,
    StepPage,
    button,
    copy_secret,
    field_label,
    report_unexpected,
    set_tab_chain,
)
from recovery_desktop.ui.first_run.steps_before import STEPS
from recovery_desktop.ui.labels import hint_label, text_label
from recovery_desktop.ui.profile_form import ProfileForm
from recovery_desktop.ui.worker import run_in_background
from recovery_desktop.vault import recovery_key
from recovery_desktop.vault.errors import VaultError

if TYPE_CHECKING:
    from recovery_desktop.ui.context import AppContext
    from recovery_desktop.vault.keychain import KeychainStatus
    from recovery_desktop.vault.vault import Vault


class RecoveryKeyStep(StepPage):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__(self.tr("Save your recovery key"), 3, STEPS, primary=self.tr("Continue"))
        self.setObjectName("recovery_key")
        self.ctx = ctx
        self._key = ""
        self.add(
            text_label(
                self.tr(
                    "If you ever forget your passphrase, this key opens your vault. Write it "
                    "down or save the recovery kit, and keep it somewhere safe and private."
                )
            )
        )
        self.key_label = text_label("", selectable=True)
        self.key_label.setAccessibleName(self.tr("Your recovery key"))
        # A Tab stop, so keyboard and screen-reader users can reach, read and select it.
        self.key_label.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setStyleHint(QFont.StyleHint.Monospace)
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.key_label.setFont(font)
        self.key_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.key_label.setFrameShape(QFrame.Shape.StyledPanel)
        self.key_label.setBackgroundRole(QPalette.ColorRole.Base)  # reads like a field
        self.key_label.setAutoFillBackground(True)
        self.key_label.setMargin(14)
        self.add(self.key_label, 4)

        self.copy_button = button(self.tr("Copy"))
        self.save_button = button(self.tr("Save recovery kit as PDF…"))
        row = QHBoxLayout()
        row.setSpacing(8)
        row.addWidget(self.copy_button)
        row.addWidget(self.save_button)
        row.addStretch(1)
        self.add(row)
        self.status = hint_label()
        self.status.setAccessibleName(self.tr("Status"))
        self.add(self.status)

        self.confirm_edit = QLineEdit()
        self.confirm_edit.setMaxLength(12)
        self.confirm_edit.setMaximumWidth(160)
        self.add(field_label(self.tr("Type the last group of your key"), self.confirm_edit), 12)
        self.add(self.confirm_edit)
        self.add(
            hint_label(
                self.tr(
                    "The four characters after the last dash. This checks that you have the key "
                    "written down or saved."
                )
            )
        )

        self.copy_button.clicked.connect(self.copy_key)
        self.save_button.clicked.connect(self.save_kit)
        self.confirm_edit.textChanged.connect(self._update)
        set_tab_chain(
            [self.copy_button, self.save_button, self.key_label, self.confirm_edit, self.primary]
        )
        self._update()

    def set_key(self, display: str) -> None:
        self._key = display
        self.key_label.setText(display)
        self._update()

    def forget_key(self) -> None:
        """Leaving the step: the key does not stay in a widget."""
        self._key = ""
        self.key_label.clear()
        self.confirm_edit.clear()

    def first_focus(self) -> QWidget:
        return self.copy_button

    def _update(self) -> None:
        typed = self.confirm_edit.text().strip().upper()
        self.primary.setEnabled(bool(self._key) and typed == recovery_key.last_group(self._key))

    def copy_key(self) -> None:
        copy_secret(self._key, self.ctx.clipboard_clear_ms)
        seconds = round(self.ctx.clipboard_clear_ms / 1000)
        if seconds >= 2:
            text = self.tr(
                "Copied. For your privacy, the clipboard will be cleared in %1 seconds."
            ).replace("%1", str(seconds))
        else:
            text = self.tr("Copied. For your privacy, the clipboard will be cleared in a moment.")
        self.status.setText(text)

    def save_kit(self) -> None:
        if not self.ctx.dialogs.confirm(
            self,
            self.tr("The recovery kit is not encrypted"),
            self.tr(
                "The PDF holds your recovery key as plain text. Anyone who finds the file "
                "or a printout, and also has your vault files, can read your entries.\n\n"
                "A good way: print it, keep the page somewhere private, then delete the "
                "file."
            ),
            yes=self.tr("Save PDF"),
            no=self.tr("Cancel"),
        ):
            return
        documents = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        suggested = Path(documents or Path.home()) / self.tr("Recovery kit.pdf")
        path = self.ctx.dialogs.save_path(
            self, self.tr("Save recovery kit"), suggested, self.tr("PDF files (*.pdf)")
        )
        if path is None:
            return
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        from recovery_desktop.printing.recovery_kit import write_recovery_kit

        try:
            write_recovery_kit(path, self._key, self.ctx.data_dir)
        except VaultError as exc:
            self.status.setText(exc.user_message)
            return
        self.status.setText(self.tr("Saved to %1").replace("%1", str(path)))


class RememberStep(StepPage):
    done = Signal()

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(self.tr("Remember on this device?"), 4, STEPS, primary=self.tr("Continue"))
        self.setObjectName("remember")
        self.ctx = ctx
        self.vault: Vault | None = None
        self.add(
            text_label(
                self.tr(
                    "If you turn this on, this computer’s keychain keeps a key to your vault, "
                    "and the app opens without asking for your passphrase."
                )
            )
        )
        self.add(
            text_label(
                self.tr(
                    "The trade-off: anyone who can use your computer account could then open "
                    "your vault too. Leave it off if you share this account, or if you would "
                    "rather type your passphrase each time. You can change this later in "
                    "Settings."
                )
            )
        )
        self.check = QCheckBox(self.tr("Remember on this device"))
        self.check.setAccessibleName(self.check.text())
        self.check.setEnabled(False)
        self.add(self.check, 8)
        self.reason = hint_label(self.tr("Checking this computer’s keychain…"))
        self.reason.setAccessibleName(self.tr("Keychain status"))
        self.add(self.reason)
        self.busy = Busy(self.tr("Saving the key in the keychain…"))
        self.add(self.busy)
        self.primary.clicked.connect(self.apply)
        set_tab_chain([self.check, self.primary])
        self.status: KeychainStatus | None = None
        self.working = False

    def first_focus(self) -> QWidget:
        return self.check if self.check.isEnabled() else self.primary

    def set_status(self, status: KeychainStatus) -> None:
        self.status = status
        self.check.setEnabled(status.available)
        if status.available:
            self.reason.setText("")
            self.reason.hide()
        else:
            self.check.setChecked(False)
            self.reason.setText(self.tr("Not available here: %1").replace("%1", status.reason))
        if self.isVisible() and status.available and self.primary.hasFocus():
            self.check.setFocus()

    def status_failed(self, exc: BaseException) -> None:
        from recovery_desktop.vault.keychain import KeychainStatus

        report_unexpected(exc)
        self.set_status(KeychainStatus(False, self.tr("The system keychain could not be reached.")))

    def apply(self) -> None:
        vault = self.vault
        if vault is None or self.working:
            return
        if not self.check.isChecked():
            self.done.emit()
            return
        self.show_message("")
        self._set_working(True)
        keychain = self.ctx.keychain
        run_in_background(
            self, lambda: vault.remember_on_device(keychain), self._remembered, self._failed
        )

    def _set_working(self, working: bool) -> None:
        self.working = working
        self.busy.setVisible(working)
        self.check.setEnabled(not working and bool(self.status and self.status.available))
        self.primary.setEnabled(not working)

    def _remembered(self, _result: object) -> None:
        self._set_working(False)
        self.done.emit()

    def _failed(self, exc: BaseException) -> None:
        from recovery_desktop.vault.keychain import KeychainUnavailable

        self._set_working(False)
        if isinstance(exc, KeychainUnavailable | VaultError):
            text = exc.user_message if isinstance(exc, VaultError) else str(exc)
        else:
            text = self.tr("This device could not remember the vault.")
            report_unexpected(exc)
        self.check.setChecked(False)
        self.show_message(
            text
            + " "
            + self.tr("You can continue with your passphrase, or try again later in Settings.")
        )


class ProfileStep(StepPage):
    saved = Signal()

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(
            self.tr("Getting to know you"),
            5,
            STEPS,
            primary=self.tr("Save and finish"),
            secondary=self.tr("Skip for now"),
            expand=True,
        )
        self.setObjectName("profile")
        self.ctx = ctx
        self.vault: Vault | None = None
        self.add(
            text_label(
                self.tr(
                    "A few optional questions, so the app can fit you better. Your answers stay in "
                    "your encrypted vault, and you can change them any time in Settings."
                )
            )
        )
        self.form = ProfileForm()
        scroll = QScrollArea()
        scroll.setWidget(self.form)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setAccessibleName(self.tr("Questions"))
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.form.setContentsMargins(0, 0, 14, 0)  # room between fields and the scroll bar
        self.add(scroll, 4)
        self.body.setStretchFactor(scroll, 1)
        self.primary.clicked.connect(self.save)
        if self.secondary is not None:
            self.secondary.clicked.connect(self.skip)
        set_tab_chain([*self.form.focus_order(), *self.buttons()])

    def first_focus(self) -> QWidget:
        return self.form.first_field()

    def save(self) -> None:
        profile = self.form.profile()
        profile.completed = True
        self._store(profile)

    def skip(self) -> None:
        # Saved anyway, so the app knows the questions were offered and can ask later.
        self._store(Profile(completed=False))

    def _store(self, profile: Profile) -> None:
        if self.vault is None:
            return
        try:
            with self.vault.session() as session:
                save_profile(session, profile)
        except VaultError as exc:
            self.show_message(exc.user_message)
            return
        self.saved.emit()
