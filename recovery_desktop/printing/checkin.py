"""The weekly check-in sheet for a group: filled from a week's review, or blank.

:class:`CheckInSheet` is a plain dataclass so the printer does not depend on how the weekly
review stores its data: the review fills one in (numbers as label/value pairs, an optional
chart drawn by the same QPainter code as on screen) and hands it over. Fields follow the
content spec (workbook-content.md 2.9): how the week went (check-in) and the plan for the
next 7 days (check-out). Kept to one page where the text allows.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date

from PySide6.QtCore import QRectF
from PySide6.QtGui import QPainter

from recovery_desktop.i18n import translate
from recovery_desktop.printing.layout import QUIET, Flow
from recovery_desktop.printing.options import PrintOptions
from recovery_desktop.printing.worksheets import date_label

ChartDraw = Callable[[QPainter, QRectF], None]
# Parts of a filled sheet; CheckInSheet.shared says which print (the content spec's share_scope).
SHAREABLE = ("goal", "numbers", "chart", "win", "challenge", "tools", "topic", "plan", "support")


@dataclass
class PlanItem:
    action: str
    day: str = ""  # free text ("Tuesday", "every evening")


@dataclass
class CheckInSheet:
    week_start: date
    week_end: date
    goal: str = ""  # goal tier and target, as the person put it
    numbers: Sequence[tuple[str, str]] = ()  # ("Days on plan", "6 of 7"), ("Urges", "9") ...
    win: str = ""
    challenge: str = ""
    tools_used: Sequence[str] = ()
    topic: str = ""  # a topic for the group
    plan: Sequence[PlanItem] = ()  # the next 7 days
    support_contacts: str = ""
    chart: ChartDraw | None = None
    chart_title: str = ""
    chart_height_mm: float = 38.0
    shared: frozenset[str] = field(default_factory=lambda: frozenset(SHAREABLE))
    # Numbers grouped by area (area title, [(label, value), ...]): one compact table, used
    # instead of ``numbers`` when given (the weekly review's sections).
    groups: Sequence[tuple[str, Sequence[tuple[str, str]]]] = ()
    note: str = ""  # a quiet line under the title (e.g. "no review was saved")
    writing_space: bool = False  # empty text parts get ruled lines to write on by hand

    @property
    def title(self) -> str:
        return translate("Printing", "Weekly check-in")

    @property
    def date_text(self) -> str:
        return (
            translate("Printing", "%1 to %2")
            .replace("%1", date_label(self.week_start))
            .replace("%2", date_label(self.week_end))
        )

    def build(self, flow: Flow, options: PrintOptions) -> None:
        flow.start_document(self.title, self.date_text, options.shown_name())
        body = flow.fonts.body

        if self.note:
            flow.text(self.note, flow.fonts.small, QUIET, after_mm=2)

        def part(key: str, label: str, text: str, lines: int = 2) -> None:
            if key not in self.shared:
                return
            if text.strip():
                flow.label(label)
                flow.text(text, body, indent_mm=2, after_mm=3)
            elif self.writing_space and lines:
                flow.label(label, keep_mm=8)
                flow.writing_lines(lines, spacing_mm=6.5, after_mm=1.5)

        part("goal", translate("Printing", "My goal"), self.goal, 0)
        if "numbers" in self.shared and self.groups:
            # One row per area, its numbers a line each: denser than a row per number,
            # which keeps a full week on one page.
            rows = [
                [
                    title,
                    "\n".join(f"{label}: {value}" if label else value for label, value in pairs),
                ]
                for title, pairs in self.groups
            ]
            flow.label(translate("Printing", "The week in numbers"))
            fonts = flow.fonts
            flow.fonts = replace(fonts, body=fonts.small)  # numbers in the small size
            try:
                flow.table(
                    [translate("Printing", "Area"), translate("Printing", "This week")],
                    rows,
                    fractions=[1, 3.2],
                    after_mm=3,
                )
            finally:
                flow.fonts = fonts
        elif "numbers" in self.shared and self.numbers:
            flow.label(translate("Printing", "The week in numbers"))
            flow.table(
                [translate("Printing", "What"), translate("Printing", "This week")],
                [list(n) for n in self.numbers],
                fractions=[2, 1],
                after_mm=3,
            )
        if "chart" in self.shared and self.chart is not None:
            if self.chart_title:
                flow.label(self.chart_title)
            flow.chart(self.chart_height_mm, self.chart)
        part("win", translate("Printing", "A win"), self.win)
        part("challenge", translate("Printing", "A challenge"), self.challenge)
        part("tools", translate("Printing", "Tools I used"), ", ".join(self.tools_used), 0)
        part("topic", translate("Printing", "A topic for the group"), self.topic, 1)
        if "plan" in self.shared and (self.plan or self.writing_space):
            flow.label(
                translate("Printing", "My plan for the next 7 days"), keep_mm=20
            )  # with its table
            flow.table(
                [translate("Printing", "What I will do"), translate("Printing", "When")],
                [[p.action, p.day] for p in self.plan],
                fractions=[3, 1],
                after_mm=3,
                blank_rows=0 if self.plan else 3,
                blank_row_mm=6.5,
            )
        part("support", translate("Printing", "Who I can call"), self.support_contacts, 0)


@dataclass
class BlankCheckIn:
    """The check-in sheet to fill by hand at a meeting."""

    @property
    def title(self) -> str:
        return translate("Printing", "Weekly check-in")

    @property
    def date_text(self) -> str:
        return ""

    def build(self, flow: Flow, options: PrintOptions) -> None:
        flow.start_document(
            self.title,
            "",
            options.shown_name(),
            placeholder=translate("Printing", "Week from ________ to ________"),
        )

        def label(text: str) -> None:
            flow.label(text, keep_mm=8)  # a short block follows: keeps the sheet on one page

        flow.text(
            translate(
                "Printing",
                "Check-in: how the past week went. Check-out: the next 7 days. "
                "Share only what you want to.",
            ),
            flow.fonts.body,
            QUIET,
            after_mm=2,
        )
        label(translate("Printing", "My goal and target this week"))
        flow.writing_lines(1, spacing_mm=7)
        label(translate("Printing", "Days on plan (0 to 7)"))
        flow.table(
            [translate("Printing", "Area"), translate("Printing", "Days")],
            [],
            fractions=[3, 1],
            blank_rows=2,
            blank_row_mm=7,
            after_mm=3,
        )
        label(translate("Printing", "Urges this week"))
        flow.text(
            translate(
                "Printing",
                "How many: ________    Average strength (0-10): ________    "
                "Strongest (0-10): ________",
            ),
            flow.fonts.body,
            after_mm=3,
        )
        label(translate("Printing", "A win"))
        flow.writing_lines(2, spacing_mm=7)
        label(translate("Printing", "A challenge"))
        flow.writing_lines(2, spacing_mm=7)
        label(translate("Printing", "Tools I used"))
        flow.tick_boxes(
            [
                translate("Printing", "ABC"),
                translate("Printing", "Cost-benefit analysis"),
                translate("Printing", "Change plan"),
                translate("Printing", "Hierarchy of values"),
                translate("Printing", "DISARM"),
                translate("Printing", "Brainstorming"),
                translate("Printing", "Role-play"),
                translate("Printing", "Urge log"),
                translate("Printing", "Something else"),
            ],
            after_mm=2,
        )
        label(translate("Printing", "A topic for the group"))
        flow.writing_lines(1, spacing_mm=7)
        label(translate("Printing", "My plan for the next 7 days"))
        flow.table(
            [translate("Printing", "What I will do"), translate("Printing", "When")],
            [],
            fractions=[3, 1],
            blank_rows=3,
            blank_row_mm=7,
            after_mm=3,
        )
        flow.text(
            translate("Printing", "Who I can call: ") + "_" * 60, flow.fonts.label, after_mm=0
        )
