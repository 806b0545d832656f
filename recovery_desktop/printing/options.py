"""What the person chose to show on paper. The defaults are the most private.

The alias text is typed by the person, so the UI keeps it in the vault (profile settings),
never in QSettings; the other choices hold nothing personal.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtCore import QLocale
from PySide6.QtGui import QPageSize

from recovery_desktop.domain.base import clean_text
from recovery_desktop.i18n import translate

# Territories that use US Letter rather than A4 (ISO 3166 alpha-2).
LETTER_TERRITORIES = frozenset(
    {"US", "CA", "MX", "PH", "CL", "CO", "VE", "CR", "GT", "PA", "DO", "SV", "NI", "PR", "BZ"}
)


def default_page_size(territory: QLocale.Country | None = None) -> QPageSize:
    """Letter where the locale measures in US units or the country uses Letter, else A4."""
    locale = QLocale.system()
    if territory is None:
        territory = locale.territory()
        if locale.measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem:
            return QPageSize(QPageSize.PageSizeId.Letter)
    code = QLocale.territoryToCode(territory)
    size = QPageSize.PageSizeId.Letter if code in LETTER_TERRITORIES else QPageSize.PageSizeId.A4
    return QPageSize(size)


def page_size_named(name: str) -> QPageSize:
    """"A4" or "Letter" (any case); anything else is a ValueError."""
    sizes = {"a4": QPageSize.PageSizeId.A4, "letter": QPageSize.PageSizeId.Letter}
    if name.casefold() not in sizes:
        raise ValueError(name)
    return QPageSize(sizes[name.casefold()])


class NameDisplay(StrEnum):
    NONE = "none"
    FIRST = "first"
    INITIALS = "initials"
    ALIAS = "alias"


@dataclass(frozen=True)
class PrintOptions:
    name_display: NameDisplay = NameDisplay.NONE
    full_name: str = ""  # the profile's name; only what name_display allows is printed
    alias: str = ""
    neutral_behaviours: bool = True  # behaviour names become neutral_word
    neutral_word: str = ""  # empty: a translated default ("my behaviour")
    include_private_fields: bool = False  # fields a definition marks "private"
    include_inventory: bool = False  # the extra-private Step 4 inventory
    include_notes: bool = False  # free-text notes in the trigger-log summary
    show_app_name: bool = False
    page_size: QPageSize | None = None  # None: from the locale
    language: str = ""

    def shown_name(self) -> str:
        name = " ".join(clean_text(self.full_name).split())
        if self.name_display is NameDisplay.FIRST:
            return name.split(" ")[0] if name else ""
        if self.name_display is NameDisplay.INITIALS:
            return "".join(f"{part[0]}." for part in name.split(" ") if part)
        if self.name_display is NameDisplay.ALIAS:
            return " ".join(clean_text(self.alias).split())
        return ""

    def behaviour_word(self, name: str) -> str:
        """What to print for a behaviour's name."""
        if not self.neutral_behaviours:
            return name

        return " ".join(clean_text(self.neutral_word).split()) or translate(
            "Printing",
            "my behaviour")

    def resolved_page_size(self) -> QPageSize:
        return self.page_size if self.page_size is not None else default_page_size()
