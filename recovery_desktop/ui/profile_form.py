"""The "getting to know you" questions, shared by the first-run flow and Settings.

Every answer is optional and the wording is person-first: labels such as "addict" appear
only if the user types them. The form holds a plain ``Profile``, never an ORM object.
"""

from __future__ import annotations

import unicodedata
from dataclasses import replace

from PySide6.QtCore import QLocale, Signal
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from recovery_desktop.domain.profile import Profile, RecoveryPath, Role
from recovery_desktop.ui.translations import available_languages, native_name
from recovery_desktop.ui.wrapping_button import WrappingRadioButton


def _sort_key(name: str) -> str:
    # "Åland Islands" next to "Albania", not after "Zimbabwe".
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().casefold()


def country_choices() -> list[tuple[str, str]]:
    """(ISO 3166 alpha-2 code, name) for every territory Qt knows, sorted by name."""
    seen: dict[str, str] = {}
    for territory in QLocale.Country:
        code = QLocale.territoryToCode(territory)
        # Skip "any territory" and regions such as "Europe" (numeric UN M.49 codes).
        if len(code) == 2 and code.isalpha() and code not in seen:
            seen[code] = QLocale.territoryToString(territory)
    return sorted(seen.items(), key=lambda item: _sort_key(item[1]))


def system_country() -> str:
    code = QLocale.territoryToCode(QLocale.system().territory())
    return code if len(code) == 2 and code.isalpha() else ""


class ProfileForm(QWidget):
    """Path, role, name, self-description, country and language; ``changed`` on any edit."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._base = Profile()  # keeps fields this form does not show (completed, extra)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)

        self.path_buttons: dict[RecoveryPath, QRadioButton] = {}
        self.path_group = QButtonGroup(self)
        self._add_choices(
            layout,
            self.tr("Which path do you follow?"),
            self.path_group,
            self.path_buttons,
            [
                (RecoveryPath.SMART, self.tr("SMART Recovery")),
                (RecoveryPath.TWELVE_STEP, self.tr("A 12-step fellowship (such as AA or NA)")),
                (RecoveryPath.BOTH, self.tr("Both of these")),
                (RecoveryPath.UNSURE, self.tr("Not sure yet")),
            ],
            self.tr(
                "The app shows the tools of the path you choose. Choose “Both of these” or "
                "“Not sure yet” to see everything."
            ),
        )

        self.role_buttons: dict[Role, QRadioButton] = {}
        self.role_group = QButtonGroup(self)
        self._add_choices(
            layout,
            self.tr("Who are you here for?"),
            self.role_group,
            self.role_buttons,
            [
                (Role.SELF, self.tr("Myself: I am working on my own recovery")),
                (
                    Role.SUPPORTING,
                    self.tr("Someone I care about: family and friends, as in Al-Anon or Nar-Anon"),
                ),
                (Role.BOTH, self.tr("Both: myself and someone I care about")),
            ],
            "",
        )

        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(80)
        self._add_field(
            layout,
            self.tr("What should the app call you?"),
            self.name_edit,
            self.tr("A first name or an alias. It stays inside your vault."),
        )

        self.label_combo = QComboBox()
        self.label_combo.setEditable(True)
        self.label_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        # No inline completion: it would silently add a suggestion to what the user typed.
        self.label_combo.setCompleter(None)  # type: ignore[arg-type]  # Qt takes nullptr
        self.label_combo.addItems(
            [
                "",
                self.tr("Person in recovery"),
                self.tr("Person in long-term recovery"),
                self.tr("Someone cutting back"),
                self.tr("Family member"),
                self.tr("Friend or supporter"),
            ]
        )
        self.label_combo.setCurrentIndex(0)
        self._add_field(
            layout,
            self.tr("How do you describe yourself? (optional)"),
            self.label_combo,
            self.tr(
                "In your own words, or leave it empty. Pick a suggestion or type anything you like."
            ),
        )
        line = self.label_combo.lineEdit()
        if line is not None:
            line.setMaxLength(80)
            line.setAccessibleName(self.label_combo.accessibleName())
            line.setPlaceholderText(self.tr("Optional"))

        self.country_combo = QComboBox()
        self.country_combo.addItem(self.tr("Prefer not to say"), "")
        for code, name in country_choices():
            self.country_combo.addItem(name, code)
        self._add_field(
            layout,
            self.tr("Country"),
            self.country_combo,
            self.tr("Used to show the right emergency number and help lines."),
        )

        self.language_combo = QComboBox()
        self.language_combo.addItem(self.tr("Follow the system"), "")
        for code in available_languages():  # each in its own name, never translated
            self.language_combo.addItem(native_name(code), code)
        self._add_field(layout, self.tr("Language"), self.language_combo,
                        self.tr("A new language shows the next time you open the app."))

        for group in (self.path_group, self.role_group):
            group.idToggled.connect(lambda _id, _on: self.changed.emit())
        self.name_edit.textChanged.connect(self.changed)
        self.label_combo.editTextChanged.connect(self.changed)
        self.country_combo.currentIndexChanged.connect(self.changed)
        self.language_combo.currentIndexChanged.connect(self.changed)
        self.set_profile(Profile(country=system_country()))

    # -- building -------------------------------------------------------------------------

    def _caption(self, text: str) -> QLabel:
        label = QLabel(text)
        label.setWordWrap(True)
        font = label.font()
        font.setWeight(QFont.Weight.DemiBold)
        label.setFont(font)
        return label

    def _hint(self, text: str) -> QLabel:
        label = QLabel(text)
        label.setWordWrap(True)
        label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        return label

    def _add_choices(
        self,
        layout: QVBoxLayout,
        title: str,
        group: QButtonGroup,
        buttons: dict[RecoveryPath, QRadioButton] | dict[Role, QRadioButton],
        choices: list[tuple[RecoveryPath, str]] | list[tuple[Role, str]],
        hint: str,
    ) -> None:
        box = QWidget()
        box.setAccessibleName(title)  # the group a screen reader announces
        box_layout = QVBoxLayout(box)
        box_layout.setContentsMargins(0, 0, 0, 0)
        box_layout.setSpacing(4)
        box_layout.addWidget(self._caption(title))
        for index, (value, text) in enumerate(choices):
            radio = WrappingRadioButton(text)
            radio.setAccessibleName(text)
            group.addButton(radio, index)
            buttons[value] = radio  # type: ignore[index]
            box_layout.addWidget(radio)
        if hint:
            box_layout.addWidget(self._hint(hint))
        layout.addWidget(box)
        layout.addSpacing(8)

    def _add_field(self, layout: QVBoxLayout, text: str, field: QWidget, hint: str) -> None:
        label = self._caption(text)
        label.setBuddy(field)
        field.setAccessibleName(text)  # offscreen Qt does not derive it from the buddy
        layout.addWidget(label)
        layout.addWidget(field)
        if hint:
            layout.addWidget(self._hint(hint))
        layout.addSpacing(8)

    # -- values ---------------------------------------------------------------------------

    def set_profile(self, profile: Profile) -> None:
        self._base = replace(profile, extra=dict(profile.extra))
        self.path_buttons.get(profile.path, self.path_buttons[RecoveryPath.UNSURE]).setChecked(True)
        self.role_buttons.get(profile.role, self.role_buttons[Role.SELF]).setChecked(True)
        self.name_edit.setText(profile.display_name)
        self.label_combo.setEditText(profile.self_label)
        self._select_data(self.country_combo, profile.country.upper())
        self._select_data(self.language_combo, profile.language)

    @staticmethod
    def _select_data(combo: QComboBox, value: str) -> None:
        index = combo.findData(value)
        combo.setCurrentIndex(index if index >= 0 else 0)

    def profile(self) -> Profile:
        """The answers as a new Profile; ``completed`` and ``extra`` are kept as they were."""
        path = next((p for p, b in self.path_buttons.items() if b.isChecked()), RecoveryPath.UNSURE)
        role = next((r for r, b in self.role_buttons.items() if b.isChecked()), Role.SELF)
        return replace(
            self._base,
            path=path,
            role=role,
            display_name=self.name_edit.text().strip(),
            self_label=self.label_combo.currentText().strip(),
            country=str(self.country_combo.currentData() or ""),
            language=str(self.language_combo.currentData() or ""),
            extra=dict(self._base.extra),
        )

    def first_field(self) -> QWidget:
        checked = self.path_group.checkedButton()
        return checked if checked is not None else self.name_edit

    def focus_order(self) -> list[QWidget]:
        """Keyboard order: each radio group is one Tab stop (arrows move inside it)."""
        return [
            *self.path_buttons.values(),
            *self.role_buttons.values(),
            self.name_edit,
            self.label_combo,
            self.country_combo,
            self.language_combo,
        ]
