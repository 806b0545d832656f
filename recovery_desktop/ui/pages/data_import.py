"""The "Make a new vault from an export" part of the Your data page.

A JSON export becomes a NEW vault in a folder the user picks; the vault that is open stays
as it is. The steps: the export file, an empty folder (one holding a vault is refused), a
new passphrase typed twice (``NewVaultPassphraseDialog``), then reading, checking, creating
and importing off the GUI thread through the page's runner
(``domain.importer.import_into_new_vault``, shared with the CLI: a failed import removes
the vault it just made). On success the new recovery key is shown once, selectable, and
the folder can be made the one opened from the next start.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import shiboken6
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from recovery_desktop.ui import settings_store as opts
from recovery_desktop.ui.labels import heading, text_label
from recovery_desktop.ui.pages.data_section import DataSection, Runner
from recovery_desktop.ui.pages.registry import PageContext
from recovery_desktop.ui.passphrase_form import NewPassphraseForm


def _button(text: str, slot: Callable[[], None]) -> QPushButton:
    button = QPushButton(text)
    button.setAccessibleName(text)
    button.clicked.connect(slot)
    return button


class NewVaultPassphraseDialog(QDialog):
    """Asks for the new vault's passphrase, typed twice with its strength shown."""

    def __init__(self, folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = self.tr("A passphrase for the new vault")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 20, 20, 20)
        layout.setSpacing(12)
        layout.addWidget(heading(title, 1.3))
        intro = text_label(
            self.tr(
                "The new vault in %1 opens with this passphrase. It can be the same as the "
                "one you use now, or a different one."
            ).replace("%1", str(folder))
        )
        layout.addWidget(intro)
        self.form = NewPassphraseForm(self)
        self.form.changed.connect(self._update)
        layout.addWidget(self.form)
        row = QHBoxLayout()
        row.addStretch(1)
        self.cancel_button = _button(self.tr("Cancel"), self.reject)
        self.make_button = _button(self.tr("Make the new vault"), self.accept)
        self.make_button.setDefault(True)
        row.addWidget(self.cancel_button)
        row.addWidget(self.make_button)
        layout.addLayout(row)
        self.setMinimumWidth(480)
        self.form.first.setFocus()
        self._update()

    def _update(self) -> None:
        self.make_button.setEnabled(self.form.passphrase() is not None)

    def accept(self) -> None:
        if self.form.passphrase() is None:  # Enter in a field before both agree
            return
        super().accept()


class ImportIntoNewVault(DataSection):
    def __init__(
        self,
        page_ctx: PageContext,
        run: Runner,
        show_result: Callable[[str], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            QCoreApplication.translate("ImportIntoNewVault", "Make a new vault from an export"),
            page_ctx,
            run,
            show_result,
            parent,
        )
        self.new_folder: Path | None = None
        self.passphrase_dialog: NewVaultPassphraseDialog | None = None
        self._idle = True
        layout = self.column
        layout.addWidget(
            text_label(
                self.tr(
                    "Makes a new, encrypted vault in an empty folder from a JSON export (for "
                    "example one made on another computer). The vault you have open now is "
                    "not changed."
                )
            )
        )
        self.result = text_label("", selectable=True)
        self.result.setAccessibleName(self.tr("New vault"))
        self.result.hide()
        layout.addWidget(self.result)
        self.key = text_label("", selectable=True)
        self.key.setAccessibleName(self.tr("Recovery key of the new vault"))
        key_font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        key_font.setPointSizeF(self.font().pointSizeF() * 1.25)
        key_font.setWeight(QFont.Weight.DemiBold)
        self.key.setFont(key_font)
        self.key.hide()
        layout.addWidget(self.key)
        self.write_down = text_label(
            self.tr(
                "Write this recovery key down now and keep it somewhere safe. It opens the new "
                "vault if you forget its passphrase, and it is not shown again."
            )
        )
        self.write_down.hide()
        layout.addWidget(self.write_down)
        row = QHBoxLayout()
        row.addStretch(1)
        self.use_button = _button(
            self.tr("Open the new vault from the next start"), self.use_new_vault
        )
        self.use_button.hide()
        self.import_button = _button(self.tr("Make a new vault from an export…"), self.start)
        row.addWidget(self.use_button)
        row.addWidget(self.import_button)
        layout.addLayout(row)

    def set_idle(self, idle: bool | None = None) -> None:
        """Called by the page with ``idle`` when work starts or ends."""
        if idle is not None:
            self._idle = idle
        self.import_button.setEnabled(self._idle and self.passphrase_dialog is None)

    # -- the steps ------------------------------------------------------------------------

    def start(self) -> None:
        from recovery_desktop.vault.layout import vault_exists

        source = self.ctx.dialogs.open_path(
            self, self.tr("Choose an export"), Path.home(), self.tr("JSON files (*.json)")
        )
        if source is None:
            return
        folder = self.ctx.dialogs.choose_folder(
            self, self.tr("Choose an empty folder for the new vault"), Path.home()
        )
        if folder is None:
            return
        if vault_exists(folder):
            self.ctx.dialogs.inform(
                self,
                self.tr("Make a new vault from an export"),
                self.tr(
                    "There is already a vault in %1, so nothing was changed there. Please "
                    "choose an empty folder for the new vault."
                ).replace("%1", str(folder)),
            )
            return
        self._ask_passphrase(source, folder)

    def _ask_passphrase(self, source: Path, folder: Path) -> None:
        # A child of this section: if the window locks meanwhile, the dialog goes with it.
        dialog = NewVaultPassphraseDialog(folder, self)
        self.passphrase_dialog = dialog
        self.set_idle()

        def finished(code: int) -> None:
            if not shiboken6.isValid(self):
                return
            passphrase = dialog.form.passphrase()
            dialog.form.clear()
            self.passphrase_dialog = None
            dialog.deleteLater()
            self.set_idle()
            if code == QDialog.DialogCode.Accepted and passphrase is not None:
                self._import(source, folder, passphrase)

        dialog.finished.connect(finished)
        dialog.open()  # window-modal, without a nested event loop

    def _import(self, source: Path, folder: Path, passphrase: str) -> None:
        calibrate = self.ctx.calibrate
        self.new_folder = None
        for widget in (self.result, self.key, self.write_down, self.use_button):
            widget.hide()

        def work() -> tuple[dict[str, int], str]:
            from recovery_desktop.domain.importer import import_into_new_vault, read_document

            doc = read_document(source)  # a bad or newer file is refused before any vault
            return import_into_new_vault(doc, folder, passphrase, calibrate=calibrate)

        self._run(self.tr("Making the new vault…"), work, lambda r: self._done(folder, r))

    def _done(self, folder: Path, result: tuple[dict[str, int], str]) -> None:
        _counts, recovery_key = result
        self.new_folder = folder
        self.result.setText(
            self.tr(
                "The new vault in %1 holds everything in the export. The vault you have open "
                "now is unchanged. The new vault's recovery key is:"
            ).replace("%1", str(folder))
        )
        self.key.setText(recovery_key)
        for widget in (self.result, self.key, self.write_down, self.use_button):
            widget.show()
        self._show(self.tr("Made a new vault in %1.").replace("%1", str(folder)))

    def use_new_vault(self) -> None:
        if self.new_folder is None:
            return
        self.ctx.settings.set(opts.DATA_DIR, str(self.new_folder))
        self.use_button.hide()
        self._show(
            self.tr(
                "From the next start the app opens the new vault in %1. The vault you have "
                "open now is unchanged and stays where it is."
            ).replace("%1", str(self.new_folder))
        )
