"""Settings: about you, security, privacy, data folder, version."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from recovery_desktop import __version__
from recovery_desktop.ui import settings_store as opts
from recovery_desktop.ui.pages.page_layout import group, scrolling_column
from recovery_desktop.ui.pages.registry import Page, PageContext, PageSpec, register_page
from recovery_desktop.ui.passphrase_form import NewPassphraseForm
from recovery_desktop.ui.worker import run_in_background

PROFILE_DRAFT = "settings:profile"


def _named(widget: QWidget, name: str) -> QWidget:
    widget.setAccessibleName(name)
    return widget


class SettingsPage(Page):
    def __init__(self, page_ctx: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.page_ctx = page_ctx
        self.ctx = page_ctx.app
        column = scrolling_column(self, self.tr("Settings"))
        column.addWidget(self._about_you())
        column.addWidget(self._security())
        column.addWidget(self._privacy())
        from recovery_desktop.ui.review.settings_section import review_settings

        box, self.review_settings = review_settings(self.ctx, self)
        column.addWidget(box)
        column.addWidget(self._data_folder())
        column.addWidget(self._about())
        column.addStretch(1)

    # -- sections ---------------------------------------------------------------------------

    def _about_you(self) -> QGroupBox:
        from recovery_desktop.ui.profile_form import ProfileForm

        box, layout = group(self.tr("About you"))
        hint = QLabel(
            self.tr(
                "Helps the app show the pages that fit your path. Kept only "
                "inside your encrypted vault."
            )
        )
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.profile_form = ProfileForm()
        self.profile_form.set_profile(self.page_ctx.profile)
        layout.addWidget(self.profile_form)
        row = QHBoxLayout()
        self.profile_status = QLabel()
        self.profile_status.setAccessibleName(self.tr("About you status"))
        self.save_profile_button = QPushButton(self.tr("Save these answers"))
        _named(self.save_profile_button, self.save_profile_button.text())
        self.save_profile_button.clicked.connect(self.save_profile)
        row.addWidget(self.profile_status, 1)
        row.addWidget(self.save_profile_button)
        layout.addLayout(row)
        self._restore_profile_draft()
        return box

    def _security(self) -> QGroupBox:
        box, layout = group(self.tr("Security"))
        form = QFormLayout()
        self.current_passphrase = QLineEdit()
        self.current_passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        _named(self.current_passphrase, self.tr("Current passphrase"))
        form.addRow(self.tr("Current passphrase"), self.current_passphrase)
        layout.addLayout(form)
        self.new_passphrase = NewPassphraseForm()
        self.new_passphrase.changed.connect(self._update_passphrase_button)
        self.current_passphrase.textChanged.connect(self._update_passphrase_button)
        layout.addWidget(self.new_passphrase)
        row = QHBoxLayout()
        self.passphrase_status = QLabel()
        self.passphrase_status.setWordWrap(True)
        self.passphrase_status.setAccessibleName(self.tr("Passphrase status"))
        self.change_button = QPushButton(self.tr("Change passphrase"))
        _named(self.change_button, self.change_button.text())
        self.change_button.clicked.connect(self.change_passphrase)
        row.addWidget(self.passphrase_status, 1)
        row.addWidget(self.change_button)
        layout.addLayout(row)

        self.remember_box = QCheckBox(self.tr("Remember this vault on this device"))
        _named(self.remember_box, self.remember_box.text())
        self.remember_box.setChecked(self.page_ctx.vault.remembered_on_device)
        self.remember_box.setEnabled(False)
        self.remember_box.toggled.connect(self._remember_toggled)
        self.remember_note = QLabel(self.tr("Checking the system keychain…"))
        self.remember_note.setWordWrap(True)
        layout.addWidget(self.remember_box)
        layout.addWidget(self.remember_note)
        keychain = self.ctx.keychain
        run_in_background(self, keychain.status, self._keychain_status, self._keychain_error)

        lock_row = QFormLayout()
        self.auto_lock = QSpinBox()
        self.auto_lock.setRange(0, 240)
        self.auto_lock.setSuffix(self.tr(" min"))
        self.auto_lock.setSpecialValueText(self.tr("Never"))
        self.auto_lock.setValue(self.ctx.settings.get(opts.AUTO_LOCK_MINUTES))
        _named(self.auto_lock, self.tr("Lock after inactivity"))
        self.auto_lock.valueChanged.connect(self._auto_lock_changed)
        lock_row.addRow(self.tr("Lock after inactivity"), self.auto_lock)
        layout.addLayout(lock_row)
        self._update_passphrase_button()
        return box

    def _privacy(self) -> QGroupBox:
        box, layout = group(self.tr("Privacy"))
        self.privacy_box = QCheckBox(self.tr("Privacy mode"))
        _named(self.privacy_box, self.privacy_box.text())
        self.privacy_box.setChecked(self.ctx.settings.get(opts.PRIVACY_MODE))
        self.privacy_box.toggled.connect(self._privacy_toggled)
        note = QLabel(
            self.tr(
                "Shows the neutral title “Workbook” instead of the app's name "
                "and keeps no record of which page you had open."
            )
        )
        note.setWordWrap(True)
        layout.addWidget(self.privacy_box)
        layout.addWidget(note)
        return box

    def _data_folder(self) -> QGroupBox:
        box, layout = group(self.tr("Data folder"))
        self.folder_label = QLabel(str(self.ctx.data_dir))
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.folder_label.setWordWrap(True)
        self.folder_label.setAccessibleName(self.tr("Data folder"))
        layout.addWidget(self.folder_label)
        row = QHBoxLayout()
        self.folder_note = QLabel(self.tr("Your vault's encrypted files live here."))
        self.folder_note.setWordWrap(True)
        self.folder_button = QPushButton(self.tr("Use a different folder…"))
        _named(self.folder_button, self.folder_button.text())
        self.folder_button.clicked.connect(self.choose_folder)
        row.addWidget(self.folder_note, 1)
        row.addWidget(self.folder_button)
        layout.addLayout(row)
        return box

    def _about(self) -> QGroupBox:
        box, layout = group(self.tr("About"))
        self.version_label = QLabel(self.tr("Version %1").replace("%1", __version__))
        self.version_label.setAccessibleName(self.version_label.text())
        disclaimer = QLabel(
            self.tr(
                "A self-help workbook, not treatment, diagnosis or therapy, and not a replacement "
                "for meetings or clinicians. It never connects to the internet. Not affiliated "
                "with any recovery organisation."
            )
        )
        disclaimer.setWordWrap(True)
        layout.addWidget(self.version_label)
        layout.addWidget(disclaimer)
        return box

    # -- actions ----------------------------------------------------------------------------

    def save_profile(self) -> None:
        from recovery_desktop.domain.drafts import discard_draft
        from recovery_desktop.domain.profile import save_profile
        from recovery_desktop.vault.errors import VaultError

        profile = self.profile_form.profile()
        profile.completed = True
        try:
            with self.page_ctx.vault.session() as session:
                save_profile(session, profile)
                discard_draft(session, PROFILE_DRAFT)
            self._has_draft = False
        except VaultError as exc:
            self.profile_status.setText(exc.user_message)
            return
        if profile.language != self.page_ctx.profile.language:
            self.profile_status.setText(self.tr(
                "Saved. The new language shows the next time you open the app."))
        else:
            self.profile_status.setText(self.tr("Saved."))
        self.page_ctx.profile = profile
        self.page_ctx.profile_changed(profile)

    def save_drafts(self) -> None:
        """Unsaved answers in "About you" are kept as a draft until saved or changed back."""
        from recovery_desktop.domain.drafts import discard_draft, save_draft
        from recovery_desktop.domain.profile import profile_to_dict

        answers = profile_to_dict(self.profile_form.profile())
        unchanged = answers == profile_to_dict(self.page_ctx.profile)
        if unchanged and not self._has_draft:
            return  # nothing to keep: do not touch the vault at all
        with self.page_ctx.vault.session() as session:
            if unchanged:
                discard_draft(session, PROFILE_DRAFT)
            else:
                save_draft(session, PROFILE_DRAFT, answers)
        self._has_draft = not unchanged

    def _restore_profile_draft(self) -> None:
        from recovery_desktop.domain.drafts import load_draft
        from recovery_desktop.domain.profile import profile_from_dict
        from recovery_desktop.vault.errors import VaultError

        self._has_draft = False
        try:
            with self.page_ctx.vault.session() as session:
                draft = load_draft(session, PROFILE_DRAFT)
        except VaultError:
            return  # the stored answers still show; a damaged draft must not block Settings
        self._has_draft = draft is not None
        if draft is not None:
            self.profile_form.set_profile(profile_from_dict(draft.payload))
            self.profile_status.setText(self.tr("Your unsaved answers were kept. Save them "
                                                "to use them."))

    def _update_passphrase_button(self) -> None:
        self.change_button.setEnabled(
            bool(self.current_passphrase.text()) and self.new_passphrase.passphrase() is not None
        )

    def change_passphrase(self) -> None:
        new = self.new_passphrase.passphrase()
        current = self.current_passphrase.text()
        if new is None or not current:
            return
        vault, calibrate = self.page_ctx.vault, self.ctx.calibrate

        def work() -> bool:
            if not vault.check_passphrase(current):
                return False
            vault.change_passphrase(new, calibrate=calibrate)
            return True

        self.change_button.setEnabled(False)
        self.passphrase_status.setText(self.tr("Changing…"))
        run_in_background(self, work, self._passphrase_changed, self._passphrase_failed)

    def _passphrase_changed(self, ok: bool) -> None:
        if ok:
            self.current_passphrase.clear()
            self.new_passphrase.clear()
            self.passphrase_status.setText(
                self.tr(
                    "Passphrase changed. Use the new one from "
                    "now on; your recovery key still works."
                )
            )
        else:
            self.passphrase_status.setText(
                self.tr("The current passphrase is not right, so nothing was changed.")
            )
        self._update_passphrase_button()

    def _passphrase_failed(self, exc: BaseException) -> None:
        from recovery_desktop.vault.errors import VaultError

        self.passphrase_status.setText(
            exc.user_message
            if isinstance(exc, VaultError)
            else self.tr("The passphrase could not be changed.")
        )
        self._update_passphrase_button()

    def _keychain_status(self, status: object) -> None:
        from recovery_desktop.vault.keychain import KeychainStatus

        assert isinstance(status, KeychainStatus)
        if status.available:
            self.remember_box.setEnabled(True)
            self.remember_note.setText(
                self.tr(
                    "When on, this computer account opens the vault without your passphrase. "
                    "Only turn it on if nobody else uses this account."
                )
            )
        else:
            self.remember_box.setEnabled(self.remember_box.isChecked())  # can still turn off
            self.remember_note.setText(
                status.reason + " " + self.tr("Your passphrase always works.")
            )

    def _keychain_error(self, _exc: BaseException) -> None:
        self.remember_note.setText(
            self.tr("The system keychain could not be reached. Your passphrase always works.")
        )

    def _remember_toggled(self, on: bool) -> None:
        vault, keychain = self.page_ctx.vault, self.ctx.keychain
        work = (
            (lambda: vault.remember_on_device(keychain))
            if on
            else (lambda: vault.forget_on_device(keychain))
        )
        self.remember_box.setEnabled(False)
        run_in_background(self, work, self._remember_done, self._remember_failed)

    def _remember_done(self, _result: object) -> None:
        self.remember_box.setEnabled(True)
        self.remember_note.setText(
            self.tr("This device remembers the vault.")
            if self.page_ctx.vault.remembered_on_device
            else self.tr("This device no longer remembers the vault.")
        )

    def _remember_failed(self, exc: BaseException) -> None:
        self.remember_box.blockSignals(True)
        self.remember_box.setChecked(self.page_ctx.vault.remembered_on_device)
        self.remember_box.blockSignals(False)
        self.remember_box.setEnabled(True)
        self.remember_note.setText(str(exc) or self.tr("The system keychain refused."))

    def _auto_lock_changed(self, minutes: int) -> None:
        self.ctx.settings.set(opts.AUTO_LOCK_MINUTES, minutes)
        window = self.window()
        idle = getattr(window, "idle", None)
        if idle is not None:
            idle.minutes = minutes

    def _privacy_toggled(self, on: bool) -> None:
        self.ctx.settings.set(opts.PRIVACY_MODE, on)
        if on:
            self.ctx.settings.clear_ui_state()
        self.review_settings.privacy_changed()
        refresh = getattr(self.window(), "refresh_title", None)
        if callable(refresh):
            refresh()

    def choose_folder(self) -> None:
        chosen = self.ctx.dialogs.choose_folder(
            self, self.tr("Choose the data folder"), self.ctx.data_dir
        )
        if chosen is None or chosen == self.ctx.data_dir:
            return
        if not self.ctx.dialogs.confirm(
            self,
            self.tr("Use a different folder?"),
            self.tr(
                "Your vault is not moved: it stays in %1. From the next start the app opens "
                "the vault in %2, or offers to create a new one there if it has none. To take "
                "your entries along, copy the whole folder first."
            )
            .replace("%1", str(self.ctx.data_dir))
            .replace("%2", str(chosen)),
            yes=self.tr("Use that folder"),
            no=self.tr("Keep this one"),
        ):
            return
        self.ctx.settings.set(opts.DATA_DIR, str(chosen))
        self.folder_note.setText(
            self.tr(
                "From the next start the app opens the vault in %1 (or creates one there)."
            ).replace("%1", str(chosen))
        )


register_page(
    PageSpec(
        "settings",
        lambda: QCoreApplication.translate("SettingsPage", "Settings"),
        SettingsPage,
        order=1000,
    )
)
