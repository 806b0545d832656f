"""Your data: encrypted backups, restoring one, plaintext exports (JSON, CSV)
and making a new vault from a JSON export (``data_import.py``).

Every long run happens off the GUI thread (``run_in_background``) behind a busy bar, with
the action buttons disabled until it ends. Plaintext copies are written only after the user
agreed to a warning and chose where. A restore goes into a new, empty folder, or, after a
confirmation, over the open vault (``data_restore.py``: the window locks first).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QWidget,
)

from recovery_desktop.ui import settings_store as opts
from recovery_desktop.ui.labels import hint_label, text_label
from recovery_desktop.ui.pages.data_exports import PlaintextExports
from recovery_desktop.ui.pages.data_import import ImportIntoNewVault
from recovery_desktop.ui.pages.data_keys import KeysAndDeletion
from recovery_desktop.ui.pages.page_layout import form as page_form
from recovery_desktop.ui.pages.page_layout import group, scrolling_column
from recovery_desktop.ui.pages.registry import Page, PageContext, PageSpec, register_page
from recovery_desktop.ui.worker import run_in_background
from recovery_desktop.ui.wrapping_button import WrappingCheckBox


class DataPage(Page):
    def __init__(self, page_ctx: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.page_ctx = page_ctx
        self.ctx = page_ctx.app
        self.restored_folder: Path | None = None
        self.busy = False
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)  # busy: the work reports no fraction
        self.progress.setTextVisible(False)
        self.progress.setAccessibleName(self.tr("Working"))
        self.progress.hide()
        self.status = text_label("", selectable=True)
        self.status.setAccessibleName(self.tr("Result"))
        column = scrolling_column(self, self.tr("Your data"))
        column.addWidget(self._backups())
        column.addWidget(self._restore())
        self.exports = PlaintextExports(page_ctx, self._run, self.status.setText)
        column.addWidget(self.exports)
        self.json_button = self.exports.json_button
        self.csv_button = self.exports.csv_button
        self.include_private = self.exports.include_private
        self.importer = ImportIntoNewVault(page_ctx, self._run, self.status.setText)
        column.addWidget(self.importer)
        self.keys = KeysAndDeletion(page_ctx, self._run)
        column.addWidget(self.keys)
        column.addWidget(self.progress)
        column.addWidget(self.status)
        column.addStretch(1)
        self._update_buttons()

    # -- sections ---------------------------------------------------------------------------

    def _button(self, text: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(text)
        button.clicked.connect(slot)
        return button

    def _backups(self) -> QGroupBox:
        box, layout = group(self.tr("Backups"))
        layout.addWidget(
            text_label(
                self.tr(
                    "A backup is one encrypted file holding everything in your workbook. It "
                    "opens with your passphrase or your recovery key, on this computer or "
                    "another. Keep one somewhere else too: another disk, a USB stick or a "
                    "synced folder."
                )
            )
        )
        self.reminder = text_label(
            self.tr(
                "It has been a while since you kept a backup somewhere else. When you have a "
                "moment, back up to another disk or a USB stick."
            )
        )
        self.reminder.setAccessibleName(self.tr("Reminder"))
        self.reminder.setVisible(self._reminder_due())
        layout.addWidget(self.reminder)
        self.auto_status = hint_label(
            self.tr("Automatic backups: one a day in the data folder, the last 7 days and 4 weeks.")
        )
        self.auto_status.setAccessibleName(self.tr("Automatic backups"))
        layout.addWidget(self.auto_status)
        row = QHBoxLayout()
        row.addStretch(1)
        self.backup_button = self._button(self.tr("Back up now…"), self.back_up)
        row.addWidget(self.backup_button)
        layout.addLayout(row)
        if self.ctx.auto_backup:
            self._start_daily_backup()
        return box

    def _reminder_due(self) -> bool:
        from recovery_desktop.domain.backup_reminders import last_external_backup
        from recovery_desktop.vault.rolling import reminder_due

        created = datetime.fromisoformat(self.page_ctx.vault.key_file.created).date()
        return reminder_due(last_external_backup(self.page_ctx.vault), created, date.today())

    def _start_daily_backup(self) -> None:
        from recovery_desktop.vault.rolling import make_daily_backup

        vault = self.page_ctx.vault
        today = date.today()

        def done(info: Any) -> None:
            if info is not None:
                self.auto_status.setText(
                    self.tr("Automatic backups: today's was made and checked.")
                )

        def failed(exc: BaseException) -> None:
            from recovery_desktop.vault.errors import VaultError

            reason = exc.user_message if isinstance(exc, VaultError) else ""
            self.auto_status.setText(
                (self.tr("Today's automatic backup could not be made.") + " " + reason).strip()
            )

        run_in_background(self, lambda: make_daily_backup(vault, today), done, failed)

    def _restore(self) -> QGroupBox:
        box, layout = group(self.tr("Restore a backup"))
        layout.addWidget(
            text_label(
                self.tr(
                    "Restores a backup into a new, empty folder, so the vault you have open "
                    "now is not changed; or, if you tick the box below, in its place."
                )
            )
        )
        form = page_form()
        label = self.tr("Passphrase or recovery key of the backup")
        self.restore_secret = QLineEdit()
        self.restore_secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.restore_secret.setAccessibleName(label)
        self.restore_secret.textChanged.connect(self._update_buttons)
        form.addRow(label, self.restore_secret)
        layout.addLayout(form)
        row = QHBoxLayout()
        row.addStretch(1)
        self.use_restored_button = self._button(
            self.tr("Open the restored vault from the next start"), self.use_restored
        )
        self.use_restored_button.hide()
        self.replace_box = WrappingCheckBox(
            self.tr("Replace the vault I have open now (it is kept aside, encrypted)")
        )
        self.replace_box.setAccessibleName(self.replace_box.text())
        layout.addWidget(self.replace_box)
        self.restore_button = self._button(self.tr("Restore a backup…"), self.restore)
        row.addWidget(self.use_restored_button)
        row.addWidget(self.restore_button)
        layout.addLayout(row)
        return box

    # -- running work -----------------------------------------------------------------------

    def _update_buttons(self) -> None:
        idle = not self.busy
        self.backup_button.setEnabled(idle)
        self.restore_button.setEnabled(idle and bool(self.restore_secret.text()))
        self.exports.set_idle(idle)
        self.importer.set_idle(idle)
        self.keys.update_buttons(idle=idle)

    def _run(self, message: str, work: Callable[[], Any], done: Callable[[Any], None]) -> None:
        self.status.setText(message)
        self.busy = True
        self.progress.show()
        self._update_buttons()

        def finished(result: Any) -> None:
            self.busy = False
            self.progress.hide()
            self._update_buttons()
            done(result)

        def failed(exc: BaseException) -> None:
            from recovery_desktop.vault.errors import VaultError, classify_db_error

            self.busy = False
            self.progress.hide()
            self._update_buttons()
            known = exc if isinstance(exc, VaultError) else classify_db_error(exc)
            if known is None and isinstance(exc, OSError):
                from recovery_desktop.vault.errors import classify_os_error

                known = classify_os_error(exc)
            text = (
                known.user_message
                if known is not None
                else self.tr("Something unexpected went wrong, so it was not finished.")
            )
            self.status.setText(text)
            self.ctx.dialogs.warn(self, self.tr("Not finished"), text)

        run_in_background(self, work, finished, failed)

    # -- actions ----------------------------------------------------------------------------

    def back_up(self) -> None:
        from recovery_desktop.vault.backup import backup_name, backup_vault

        target = self.ctx.dialogs.save_path(
            self,
            self.tr("Save the backup"),
            Path.home() / backup_name(),
            self.tr("Recovery Desktop backups (*.rdbackup)"),
        )
        if target is None:
            return
        vault = self.page_ctx.vault

        def work() -> object:
            from recovery_desktop.domain.backup_reminders import note_external_backup

            info = backup_vault(vault, target)
            note_external_backup(vault, target)
            return info

        def done(_info: object) -> None:
            self.reminder.hide()
            self.status.setText(
                self.tr("Backed up to %1. It is encrypted and was checked after writing.").replace(
                    "%1", str(target)
                )
            )

        self._run(self.tr("Making the backup…"), work, done)

    def restore(self) -> None:
        from recovery_desktop.vault.restore import restore_with_secret

        source = self.ctx.dialogs.open_path(
            self,
            self.tr("Choose a backup"),
            Path.home(),
            self.tr("Recovery Desktop backups (*.rdbackup)"),
        )
        if source is None:
            return
        if self.replace_box.isChecked():
            self._restore_over_current(source)
            return
        folder = self.ctx.dialogs.choose_folder(
            self, self.tr("Choose an empty folder for the restored vault"), Path.home()
        )
        if folder is None:
            return
        secret = self.restore_secret.text()
        self._run(
            self.tr("Restoring…"),
            lambda: restore_with_secret(source, folder, secret),
            self._restored,
        )

    def _restore_over_current(self, source: Path) -> None:
        from recovery_desktop.ui.pages.data_restore import restore_over_current

        sure = self.ctx.dialogs.confirm(
            self,
            self.tr("Replace your vault with this backup?"),
            self.tr(
                "Everything written since that backup was made will no longer be in your "
                "vault. The vault you have now is kept aside, still encrypted, in the data "
                "folder, and put back if the backup does not open. The app locks first."
            ),
            yes=self.tr("Replace my vault"),
            no=self.tr("Cancel"),
            destructive=True,
        )
        if sure:
            restore_over_current(self.page_ctx, self.window(), source, self.restore_secret.text())

    def _restored(self, result: Any) -> None:
        self.restore_secret.clear()
        self.restored_folder = Path(result.folder)
        made = result.backup.created.astimezone().strftime("%Y-%m-%d %H:%M")
        self.status.setText(
            self.tr("The backup from %1 was restored into %2 and opened fine.")
            .replace("%1", made)
            .replace("%2", str(result.folder))
        )
        self.use_restored_button.show()

    def use_restored(self) -> None:
        if self.restored_folder is None:
            return
        self.ctx.settings.set(opts.DATA_DIR, str(self.restored_folder))
        self.use_restored_button.hide()
        self.status.setText(
            self.tr("From the next start the app opens the vault in %1.").replace(
                "%1", str(self.restored_folder)
            )
        )


register_page(
    PageSpec(
        "data",
        lambda: QCoreApplication.translate("DataPage", "Your data"),
        DataPage,
        order=900,
    )
)
