"""A trigger-log summary for a date range: counts, the weekday-by-hour heatmap, top triggers.

Built from ``domain/urges/insights.py``; free-text notes are printed only when the person
chooses, and behaviour names follow the neutral-word choice. The heatmap is the screen's own
``draw_heatmap`` with grey colours that read well in black and white.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QPainter

from recovery_desktop.charts.heatmap import HeatmapColours, draw_heatmap
from recovery_desktop.domain.urges.insights import Insights
from recovery_desktop.domain.urges.models import HALT_FLAGS, Halt
from recovery_desktop.i18n import translate
from recovery_desktop.printing.layout import Flow
from recovery_desktop.printing.options import PrintOptions
from recovery_desktop.printing.worksheets import date_label


def _halt_name(flag: Halt) -> str:
    names = {Halt.HUNGRY: translate("Printing", "Hungry"),
             Halt.ANGRY: translate("Printing", "Angry"),
             Halt.LONELY: translate("Printing", "Lonely"),
             Halt.TIRED: translate("Printing", "Tired")}
    return names.get(flag, str(flag.name or "").title())


def _share(value: float | None) -> str:
    return "–" if value is None else f"{round(value * 100)}%"


def _mean(value: float | None) -> str:
    return "–" if value is None else f"{value:.1f}"


@dataclass
class TriggerSummary:
    start: date
    end: date
    insights: Insights
    behaviour_names: dict[int, str]
    notes: Sequence[tuple[date, str]] = ()  # printed only with options.include_notes

    @property
    def title(self) -> str:
        return translate("Printing", "Trigger log summary")

    @property
    def date_text(self) -> str:
        return translate("Printing", "%1 to %2").replace("%1", date_label(self.start)).replace(
            "%2", date_label(self.end))

    def build(self, flow: Flow, options: PrintOptions) -> None:
        flow.start_document(self.title, self.date_text, options.shown_name())
        data = self.insights
        headers = [translate("Printing", "Behaviour"), translate("Printing", "Urges"),
                   translate("Printing", "Kept to my goal"), translate("Printing", "Lapses"),
                   translate("Printing", "Average strength"), translate("Printing", "Strongest")]
        rows = []
        for number, (behaviour_id, s) in enumerate(sorted(data.per_behaviour.items()), 1):
            name = self.behaviour_names.get(behaviour_id, "")
            shown = options.behaviour_word(name)
            if options.neutral_behaviours and len(data.per_behaviour) > 1:
                shown = f"{shown} {number}"
            rows.append([shown, str(s.count), _share(s.share_resisted), str(s.lapses),
                         _mean(s.mean_intensity), str(s.peak_intensity or "–")])
        o = data.overall
        rows.append([translate("Printing", "All"), str(o.count), _share(o.share_resisted),
        str(o.lapses),
                     _mean(o.mean_intensity), str(o.peak_intensity or "–")])
        flow.heading(translate("Printing", "Counts"))
        flow.table(headers, rows, fractions=[2.4, 1, 1.3, 1, 1.3, 1])
        flow.heading(translate("Printing", "When urges came (weekday by hour)"))
        counts = data.heatmap
        flow.chart(52, lambda painter, rect: draw_print_heatmap(painter, rect, counts))
        flow.heading(translate("Printing", "Top triggers"))
        if data.top_triggers:
            flow.table([translate("Printing", "Trigger"), translate("Printing", "Times")],
                       [[t, str(n)] for t, n in data.top_triggers],
                       fractions=[4, 1])
        else:
            flow.text(translate("Printing", "No triggers noted in this period."), flow.fonts.body,
                      after_mm=3)
        flow.heading(translate("Printing", "HALT: hungry, angry, lonely, tired"))
        flow.table([_halt_name(f) for f in HALT_FLAGS], [[str(data.halt.get(f, 0))
                                                           for f in HALT_FLAGS]])
        if options.include_notes and self.notes:
            flow.heading(translate("Printing", "Notes"))
            flow.table([translate("Printing", "Date"), translate("Printing", "Note")],
                       [[date_label(d), t] for d, t in self.notes],
                       fractions=[1, 3])


def draw_print_heatmap(painter: QPainter, rect: QRectF, counts: Sequence[Sequence[int]]) -> None:
    """The screen's heatmap drawing, in greys that read in black and white."""
    colours = HeatmapColours(QColor("#ffffff"), QColor("#eeeeee"), QColor("#1a1a1a"),
                             QColor("#111111"))
    draw_heatmap(painter, rect, counts, colours)
