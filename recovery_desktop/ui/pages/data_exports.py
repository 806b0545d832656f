"""The "Copies to read elsewhere" part of the Your data page: JSON and CSV exports.

Plaintext by nature, so each export asks first (a warning the user must accept), then where
to write, and runs off the GUI thread through the page's runner.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QPushButton, QWidget

from recovery_desktop.ui.labels import hint_label, text_label
from recovery_desktop.ui.pages.data_section import DataSection, Runner
from recovery_desktop.ui.pages.registry import PageContext


class PlaintextExports(DataSection):
    def __init__(
        self,
        page_ctx: PageContext,
        run: Runner,
        show_result: Callable[[str], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            QCoreApplication.translate("PlaintextExports", "Copies to read elsewhere"),
            page_ctx,
            run,
            show_result,
            parent,
        )
        layout = self.column
        layout.addWidget(
            text_label(
                self.tr(
                    "These copies are NOT encrypted: anyone who can open the file can read "
                    "your entries. Make one only when you need it, and delete it when done."
                )
            )
        )
        self.include_private = QCheckBox(self.tr("Include entries marked extra private"))
        self.include_private.setAccessibleName(self.include_private.text())
        layout.addWidget(self.include_private)
        row = QHBoxLayout()
        row.addStretch(1)
        self.json_button = self._button(self.tr("Export everything (JSON)…"), self.export_json)
        self.csv_button = self._button(self.tr("Export spreadsheets (CSV)…"), self.export_csv)
        row.addWidget(self.json_button)
        row.addWidget(self.csv_button)
        layout.addLayout(row)
        layout.addWidget(hint_label(self.tr("CSV writes one file per collection.")))

    def _warn_plaintext(self) -> bool:
        return self.ctx.dialogs.confirm(
            self,
            self.tr("A copy that is not encrypted"),
            self.tr(
                "The copy will NOT be encrypted: anyone who can open it can read your entries. "
                "Save it only somewhere you trust, and delete it when you are done."
            ),
            yes=self.tr("I understand, continue"),
            no=self.tr("Cancel"),
            destructive=True,
        )

    def export_json(self) -> None:
        if not self._warn_plaintext():
            return
        target = self.ctx.dialogs.save_path(
            self,
            self.tr("Save the export"),
            Path.home() / "recovery-desktop-export.json",
            self.tr("JSON files (*.json)"),
        )
        if target is None:
            return
        vault = self.page_ctx.vault
        private = self.include_private.isChecked()

        def work() -> int:
            from recovery_desktop.domain.export import write_export

            with vault.session() as session:
                document = write_export(session, target, include_private=private)
            return sum(len(rows) for rows in document["data"].values())

        self._run(
            self.tr("Exporting…"),
            work,
            lambda n: self._show(
                self.tr("Exported %1 records to %2 (not encrypted).")
                .replace("%1", str(n))
                .replace("%2", str(target))
            ),
        )

    def export_csv(self) -> None:
        if not self._warn_plaintext():
            return
        folder = self.ctx.dialogs.choose_folder(
            self, self.tr("Choose a folder for the CSV files"), Path.home()
        )
        if folder is None:
            return
        vault = self.page_ctx.vault
        private = self.include_private.isChecked()

        def work() -> int:
            from recovery_desktop.domain.csv_export import export_csv

            with vault.session() as session:
                return len(export_csv(session, folder, include_private=private).files)

        self._run(
            self.tr("Exporting…"),
            work,
            lambda n: self._show(
                self.tr("Wrote %1 CSV files in %2 (not encrypted).")
                .replace("%1", str(n))
                .replace("%2", str(folder))
            ),
        )

    def _button(self, text: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(text)
        button.clicked.connect(slot)
        return button

    def set_idle(self, idle: bool) -> None:
        self.json_button.setEnabled(idle)
        self.csv_button.setEnabled(idle)
