"""12-step step work for a sponsor, from plain dataclasses the step tracker fills in.

No step wording is printed (the fellowships' texts are copyrighted): steps are shown by
number and the person's own status, dates and notes. The Step 4 inventory is extra private:
it is printed only when the person explicitly includes it (``options.include_inventory``);
inventory tables not marked extra private print like any other table.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from recovery_desktop.i18n import translate
from recovery_desktop.printing.layout import QUIET, Flow
from recovery_desktop.printing.options import PrintOptions
from recovery_desktop.printing.worksheets import date_label


@dataclass
class StepEntry:
    number: int  # 1-12
    status: str  # already translated: "Not started", "Working", "Done", "Revisiting"
    started: date | None = None
    completed: date | None = None
    with_sponsor: bool = False
    notes: str = ""


@dataclass
class InventoryTable:
    """Rows of one inventory (resentments, fears, sex conduct...), with translated headers."""

    title: str
    headers: Sequence[str]
    rows: Sequence[Sequence[str]]
    extra_private: bool = True


@dataclass
class JournalNote:
    step: int
    day: date
    text: str


@dataclass
class StepWork:
    fellowship: str = ""  # shown under the title, e.g. the fellowship's name
    steps: Sequence[StepEntry] = ()
    inventories: Sequence[InventoryTable] = ()
    day: date | None = None
    journal: Sequence[JournalNote] = ()  # oldest first
    period: str = ""  # which dates the journal and the lists cover, as shown
    tables: Sequence[InventoryTable] = ()  # Step 8 and Step 10 (not extra private)
    inventory_left_out: bool = False  # not even gathered: say so as when it is filtered out

    @property
    def title(self) -> str:
        return translate("Printing", "Step work")

    @property
    def date_text(self) -> str:
        return date_label(self.day)

    def build(self, flow: Flow, options: PrintOptions) -> None:
        byline = "  ·  ".join(t for t in (self.fellowship, options.shown_name()) if t)
        flow.start_document(self.title, self.date_text, byline)
        if self.period:
            flow.text(self.period, flow.fonts.small, QUIET, after_mm=2)
        if self.steps:
            flow.heading(translate("Printing", "Where I am with the steps"))
            rows = [
                [
                    translate("Printing", "Step %1").replace("%1", str(s.number)),
                    s.status,
                    date_label(s.started),
                    date_label(s.completed),
                    translate("Printing", "Yes") if s.with_sponsor else "",
                ]
                for s in self.steps
            ]
            flow.table(
                [
                    translate("Printing", "Step"),
                    translate("Printing", "Status"),
                    translate("Printing", "Started"),
                    translate("Printing", "Completed"),
                    translate("Printing", "With my sponsor"),
                ],
                rows,
                fractions=[1, 1.3, 1.6, 1.6, 1.2],
            )
            noted = [s for s in self.steps if s.notes.strip()]
            if noted:
                flow.heading(translate("Printing", "My notes"))
                for s in noted:
                    flow.label(translate("Printing", "Step %1").replace("%1", str(s.number)))
                    flow.text(s.notes, flow.fonts.body, indent_mm=2, after_mm=3)
        if self.journal:
            flow.heading(translate("Printing", "My step journal"))
            for note in self.journal:
                flow.label(
                    translate("Printing", "Step %1, %2")
                    .replace("%1", str(note.step))
                    .replace("%2", date_label(note.day))
                )
                flow.text(note.text, flow.fonts.body, indent_mm=2, after_mm=3)
        for extra in self.tables:
            flow.heading(extra.title)
            flow.table(list(extra.headers), [list(r) for r in extra.rows])
        shown = [t for t in self.inventories if options.include_inventory or not t.extra_private]
        for table in shown:
            flow.heading(table.title)
            flow.table(list(table.headers), [list(r) for r in table.rows])
        if len(shown) < len(self.inventories) or self.inventory_left_out:
            flow.text(
                translate("Printing", "The inventory is not included in this copy."),
                flow.fonts.small,
                QUIET,
                after_mm=2,
            )
