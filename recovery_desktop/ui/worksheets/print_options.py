"""The privacy choices asked before anything is printed or saved as PDF.

Defaults are the most private: no name, behaviour names replaced by a neutral word, private
fields and the inventory left out, no app name. The non-personal choices are remembered in
QSettings (settings_store); the alias and the neutral word are typed by the person, so they
are kept in the vault (profile settings). Including private fields is asked afresh each time.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from recovery_desktop.domain.profile import get_setting, set_setting
from recovery_desktop.printing.options import NameDisplay, PrintOptions, page_size_named
from recovery_desktop.printing.pack import ALIAS_SETTING
from recovery_desktop.ui import settings_store as opts
from recovery_desktop.ui.settings_store import SettingsStore
from recovery_desktop.ui.worksheets.fields import quiet
from recovery_desktop.ui.worksheets.textedits import line_edit
from recovery_desktop.vault.vault import Vault

NEUTRAL_WORD_SETTING = "print_neutral_word"


class PrintOptionsDialog(QDialog):
    def __init__(self, vault: Vault, settings: SettingsStore, *, private_fields: bool = True,
                 inventory: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.settings = settings
        self.setWindowTitle(self.tr("What to show on paper"))
        self.setAccessibleName(self.tr("What to show on paper"))
        layout = QVBoxLayout(self)
        intro = quiet(QLabel(self.tr(
            "Printed pages and PDF files are not encrypted. Choose what they may show; "
            "the most private choices are already set.")))
        layout.addWidget(intro)
        form = QFormLayout()
        self.name_display = QComboBox()
        self.name_display.setAccessibleName(self.tr("Your name"))
        for text, shown in ((self.tr("Nothing"), NameDisplay.NONE),
                            (self.tr("First name"), NameDisplay.FIRST),
                            (self.tr("Initials"), NameDisplay.INITIALS),
                            (self.tr("An alias"), NameDisplay.ALIAS)):
            self.name_display.addItem(text, shown.value)
        self.alias = line_edit(self.tr("Alias"))
        self.neutral = QCheckBox(self.tr("Replace behaviour names with a neutral word"))
        self.neutral.setAccessibleName(self.neutral.text())
        self.neutral_word = line_edit(self.tr("Neutral word"))
        self.neutral_word.setPlaceholderText(self.tr("my behaviour"))
        self.include_private = QCheckBox(self.tr("Include fields marked private"))
        self.include_private.setAccessibleName(self.include_private.text())
        self.include_private.setVisible(private_fields)
        # Step work only: off every time, never remembered (the inventory is extra private).
        self.include_inventory = QCheckBox(
            self.tr("Include my Step 4 inventory (extra private)"))
        self.include_inventory.setAccessibleName(self.include_inventory.text())
        self.include_inventory.setVisible(inventory)
        self.inventory_offered = inventory
        self.app_name = QCheckBox(self.tr("Show the app's name on each page"))
        self.app_name.setAccessibleName(self.app_name.text())
        self.page_size = QComboBox()
        self.page_size.setAccessibleName(self.tr("Paper size"))
        for text, value in ((self.tr("As usual here"), ""), ("A4", "A4"),
                            ("Letter", "Letter")):
            self.page_size.addItem(text, value)
        form.addRow(self.tr("Your name"), self.name_display)
        form.addRow(self.tr("Alias"), self.alias)
        form.addRow("", self.neutral)
        form.addRow(self.tr("Neutral word"), self.neutral_word)
        form.addRow("", self.include_private)
        if inventory:
            form.addRow("", self.include_inventory)
        form.addRow("", self.app_name)
        form.addRow(self.tr("Paper size"), self.page_size)
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Continue"))
        ok.setAccessibleName(ok.text())
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.name_display.currentIndexChanged.connect(self._update)
        self.neutral.toggled.connect(self._update)
        self._load()

    def _load(self) -> None:
        stored = self.settings.get(opts.PRINT_NAME_DISPLAY)
        index = self.name_display.findData(stored)
        self.name_display.setCurrentIndex(max(index, 0))
        self.neutral.setChecked(self.settings.get(opts.PRINT_NEUTRAL_BEHAVIOURS))
        self.app_name.setChecked(self.settings.get(opts.PRINT_SHOW_APP_NAME))
        self.page_size.setCurrentIndex(max(self.page_size.findData(
            self.settings.get(opts.PRINT_PAGE_SIZE)), 0))
        with self.vault.session() as session:
            alias = get_setting(session, ALIAS_SETTING, "")
            word = get_setting(session, NEUTRAL_WORD_SETTING, "")
        self.alias.setText(alias if isinstance(alias, str) else "")
        self.neutral_word.setText(word if isinstance(word, str) else "")
        self._update()

    def _update(self) -> None:
        self.alias.setEnabled(self.name_display.currentData() == NameDisplay.ALIAS.value)
        self.neutral_word.setEnabled(self.neutral.isChecked())

    def accept(self) -> None:
        self.settings.set(opts.PRINT_NAME_DISPLAY, str(self.name_display.currentData()))
        self.settings.set(opts.PRINT_NEUTRAL_BEHAVIOURS, self.neutral.isChecked())
        self.settings.set(opts.PRINT_SHOW_APP_NAME, self.app_name.isChecked())
        self.settings.set(opts.PRINT_PAGE_SIZE, str(self.page_size.currentData()))
        with self.vault.session() as session:
            set_setting(session, ALIAS_SETTING, self.alias.text().strip())
            set_setting(session, NEUTRAL_WORD_SETTING, self.neutral_word.text().strip())
        super().accept()

    def options(self) -> PrintOptions:
        """The choices, with the profile's name filled in for first name or initials."""
        from recovery_desktop.printing.pack import options_from_vault

        size = str(self.page_size.currentData() or "")
        chosen = PrintOptions(
            name_display=NameDisplay(str(self.name_display.currentData())),
            neutral_behaviours=self.neutral.isChecked(),
            neutral_word=self.neutral_word.text(),
            include_private_fields=self.include_private.isChecked(),
            include_inventory=self.inventory_offered and self.include_inventory.isChecked(),
            show_app_name=self.app_name.isChecked(),
            page_size=page_size_named(size) if size else None,
        )
        with self.vault.session() as session:
            found = options_from_vault(session, chosen)
        return replace(found, alias=self.alias.text())
