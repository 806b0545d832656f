"""Blank documents by kind: every worksheet definition plus the check-in sheet.

Used by ``recovery-desktop print-blank`` (no vault needed) and the worksheets page.
"""

from __future__ import annotations

from dataclasses import dataclass

from recovery_desktop.domain.worksheets.definitions import load_definitions, localized
from recovery_desktop.printing.checkin import BlankCheckIn
from recovery_desktop.printing.document import PrintDocument
from recovery_desktop.printing.worksheets import BlankWorksheet

CHECKIN = "checkin"


@dataclass(frozen=True)
class BlankKind:
    id: str
    title: str


def blank_kinds(language: str = "") -> list[BlankKind]:
    """Every kind that prints blank, worksheets first (in file order), then the check-in."""
    loaded = load_definitions()
    kinds = [BlankKind(d.id, localized(d.title, language)) for d in loaded.definitions.values()]
    return [*kinds, BlankKind(CHECKIN, BlankCheckIn().title)]


def blank_document(kind: str) -> PrintDocument:
    """The blank document of ``kind``; KeyError for an unknown kind."""
    if kind == CHECKIN:
        return BlankCheckIn()
    definition = load_definitions().definitions.get(kind)
    if definition is None:
        raise KeyError(kind)
    return BlankWorksheet(definition)
