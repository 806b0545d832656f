"""The weekly check-in sheet filled from a real weekly review.

:class:`ReviewCheckIn` holds the assembled :class:`~recovery_desktop.domain.review.sections.
WeekReview` (plain frozen dataclasses) and the saved review's text, and turns them into a
:class:`~.checkin.CheckInSheet` when it is laid out, so the privacy choices (name, the
neutral behaviour word) apply at print time: the same object serves the preview, a PDF and a
facilitator pack. Sections this module does not know (added by other features) print through
their ``items()``/``rows()`` pairs, or their plain fields, so they need no code here.

Left out on purpose: medication and thoughts of self-harm (mood section). A check-in sheet is
made to be shared with a group; those stay on screen.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QRectF
from PySide6.QtGui import QColor, QPainter
from sqlalchemy.orm import Session

from recovery_desktop.charts.plots import draw_stacked_bars
from recovery_desktop.charts.style import ChartColours
from recovery_desktop.domain.review import plans, sections
from recovery_desktop.domain.review.builtin import CleanTimeWeek, UrgeWeek, WorksheetsWeek
from recovery_desktop.domain.review.mood import MoodWeek
from recovery_desktop.domain.review.plans import CarriedPlan, PlanStatus, SavedReview
from recovery_desktop.domain.review.sections import WeekReview
from recovery_desktop.domain.review.week import ReviewWindow
from recovery_desktop.i18n import translate
from recovery_desktop.printing.checkin import CheckInSheet, PlanItem
from recovery_desktop.printing.checkin_sections import next_milestones, section_row, short_date
from recovery_desktop.printing.layout import Flow, tr
from recovery_desktop.printing.options import PrintOptions
from recovery_desktop.printing.worksheets import date_label

Rows = list[tuple[str, str]]
MOOD_NAMES = {
    -3: "Very low",
    -2: "Low",
    -1: "A bit low",
    0: "Balanced",
    1: "A bit high",
    2: "High",
    3: "Very high",
}
HALT_NAMES = {"hungry": "Hungry", "angry": "Angry", "lonely": "Lonely", "tired": "Tired"}


def _review_tr(text: str) -> str:
    """Labels of other features' sections: plain English, translated in the review's
    context (where the screen translates them too)."""
    return QCoreApplication.translate("review", text)


def _percent(share: float | None) -> str:
    return "–" if share is None else f"{round(share * 100)}%"


def _number(value: float | None) -> str:
    return "–" if value is None else f"{value:.1f}"


def _fill(template: str, *values: object) -> str:
    for n, value in enumerate(values, 1):
        template = template.replace(f"%{n}", str(value))
    return template


@dataclass(frozen=True)
class PrintGreys(ChartColours):
    """Chart colours for paper: series in greys, told apart by their hatch patterns."""

    def series(self, index: int) -> QColor:
        shades = (70, 150, 110, 190, 40, 130, 170)
        return QColor.fromHsl(0, 0, shades[index % len(shades)])

    @classmethod
    def make(cls) -> PrintGreys:
        white, black = QColor(255, 255, 255), QColor(0, 0, 0)
        return cls(
            white, black, QColor(190, 190, 190), QColor(60, 60, 60), QColor(242, 242, 242), False
        )


def day_text(day: date | None, language: str = "") -> str:
    if day is None:
        return ""
    locale = QLocale(language) if language else QLocale.system()
    return locale.toString(QDate(day.year, day.month, day.day), "ddd d MMM")


@dataclass
class ReviewCheckIn:
    """A printable check-in for one week: the review's numbers and the person's words."""

    review: WeekReview
    saved: SavedReview | None = None
    worksheet_titles: dict[str, str] = field(default_factory=dict)

    @property
    def week_start(self) -> date:
        return self.review.window.start

    @property
    def week_end(self) -> date:
        return self.review.window.end

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
        self.sheet(options).build(flow, options)

    # -- the sheet --------------------------------------------------------------------------

    def sheet(self, options: PrintOptions) -> CheckInSheet:
        saved = self.saved
        sheet = CheckInSheet(self.week_start, self.week_end, groups=self.groups(options))
        urges = self.review.get(sections.URGES)
        # Without a saved review the page is for writing by hand: the lines to write on
        # matter more than the chart, whose numbers are in the table anyway.
        if isinstance(urges, UrgeWeek) and urges.count and saved is not None:
            sheet.chart = self.chart(urges, options)
            sheet.chart_title = translate("Printing", "Urges each day")
            sheet.chart_height_mm = 24.0
        if saved is None:
            sheet.note = translate(
                "Printing",
                "No review was saved for this week: the numbers are drafted from "
                "what was logged, with space to write the rest by hand.",
            )
            sheet.writing_space = True
            return sheet
        sheet.win, sheet.challenge, sheet.topic = saved.win, saved.challenge, saved.for_group
        sheet.plan = [
            PlanItem(
                item.action + (translate("Printing", " (meeting)") if item.is_meeting else ""),
                day_text(item.day, options.language),
            )
            for item in saved.plan
        ]
        sheet.writing_space = True  # a part left empty in the review can be written by hand
        return sheet

    def behaviour_names(self, urges: UrgeWeek, options: PrintOptions) -> dict[int, str]:
        """What to print for each behaviour: its name, or the neutral word (numbered when
        there are several, so they stay apart)."""
        many = len(urges.behaviours) > 1
        return {
            b.behaviour_id: (
                f"{options.behaviour_word(b.name)} {n}"
                if options.neutral_behaviours and many
                else options.behaviour_word(b.name)
            )
            for n, b in enumerate(urges.behaviours, 1)
        }

    def chart(self, urges: UrgeWeek, options: PrintOptions) -> Callable[[QPainter, QRectF], None]:
        names = self.behaviour_names(urges, options)
        labels = [day_text(day, options.language).split(" ")[0] for day in self.review.window.days]
        series = [(names[b.behaviour_id], list(b.per_day)) for b in urges.behaviours[:7]]
        colours = PrintGreys.make()

        def draw(painter: QPainter, rect: QRectF) -> None:
            # The chart code measures gaps and pens in screen pixels: draw at screen scale
            # (96 dpi) so the printed chart keeps the screen's proportions.
            scale = max(1.0, painter.device().logicalDpiX() / 96)
            font = painter.font()
            font.setPointSizeF(font.pointSizeF() / scale)
            painter.save()
            painter.scale(scale, scale)
            painter.setFont(font)
            draw_stacked_bars(
                painter,
                QRectF(
                    rect.x() / scale, rect.y() / scale, rect.width() / scale, rect.height() / scale
                ),
                labels,
                series,
                colours,
            )
            painter.restore()

        return draw

    def groups(self, options: PrintOptions) -> list[tuple[str, Rows]]:
        found: list[tuple[str, Rows]] = []
        for key, data in self.review.sections.items():
            title, rows = self.section_rows(key, data, options)
            if rows:
                found.append((title, rows))
        return found

    def section_rows(self, key: str, data: Any, options: PrintOptions) -> tuple[str, Rows]:
        if isinstance(data, UrgeWeek):
            return translate("Printing", "Urges"), self._urges(data, options)
        if isinstance(data, CleanTimeWeek):
            return translate("Printing", "Time on my goals"), self._clean_time(data, options)
        if isinstance(data, WorksheetsWeek):
            return translate("Printing", "Worksheets"), self._worksheets(data)
        if isinstance(data, MoodWeek):
            return translate("Printing", "Mood"), self._mood(data)
        if isinstance(data, CarriedPlan):
            return translate("Printing", "Last week's plan"), self._carried(data)
        clean = self.review.sections.get(sections.CLEAN_TIME)
        numbers = (
            {goal.goal_id: n for n, goal in enumerate(clean.goals, 1)}
            if isinstance(clean, CleanTimeWeek)
            else {}
        )
        known = section_row(data, options, numbers)
        return known if known is not None else generic_rows(key, data)

    def _urges(self, week: UrgeWeek, options: PrintOptions) -> Rows:
        if not week.count:
            return [(translate("Printing", "Urges logged"), "0")]
        rows = [
            (
                translate("Printing", "Urges logged"),
                _fill(
                    translate("Printing", "%1, kept to my goal %2 (%3), lapses %4"),
                    week.count,
                    week.kept,
                    _percent(week.share_resisted),
                    week.lapses,
                ),
            ),
            (
                translate("Printing", "Strength (0-10)"),
                _fill(
                    translate("Printing", "average %1, strongest %2"),
                    _number(week.mean_intensity),
                    week.peak_intensity or "–",
                ),
            ),
        ]
        if len(week.behaviours) > 1:
            names = self.behaviour_names(week, options)
            for b in week.behaviours:
                rows.append(
                    (
                        names[b.behaviour_id],
                        _fill(
                            translate("Printing", "urges %1, kept to goal %2, lapses %3"),
                            b.count,
                            _percent(b.share_resisted),
                            b.lapses,
                        ),
                    )
                )
        if week.top_triggers:
            rows.append(
                (
                    translate("Printing", "Top triggers"),
                    ", ".join(f"{text} ({n})" for text, n in week.top_triggers[:3]),
                )
            )
        halt = [f"{tr(HALT_NAMES.get(k, k.title()))} {n}" for k, n in week.halt if n]
        if halt:
            rows.append((translate("Printing", "Hungry, angry, lonely, tired"), ", ".join(halt)))
        return rows

    def _clean_time(self, week: CleanTimeWeek, options: PrintOptions) -> Rows:
        rows = []
        coming = next_milestones(self.review.sections.get(sections.MILESTONES))
        for n, goal in enumerate(week.goals, 1):
            label = (
                _fill(translate("Printing", "Goal %1"), n)
                if options.neutral_behaviours
                else goal.label
            )
            value = _fill(
                translate("Printing", "%1 days (since %2)"), goal.days, short_date(goal.since)
            )
            if goal.goal_id in coming:
                value += _fill(translate("Printing", ", next: %1"), coming[goal.goal_id])
            if goal.lapses_this_week:
                value += _fill(
                    translate("Printing", ", %1 lapses this week"), goal.lapses_this_week
                )
            rows.append((label, value))
        return rows

    def _worksheets(self, week: WorksheetsWeek) -> Rows:
        rows = (
            [
                (
                    translate("Printing", "Finished"),
                    ", ".join(
                        f"{self.worksheet_titles.get(key, key)} ({n})" for key, n in week.completed
                    ),
                )
            ]
            if week.completed
            else []
        )
        if week.started:
            rows.append((translate("Printing", "Started, still open"), str(week.started)))
        return rows

    def _mood(self, week: MoodWeek) -> Rows:
        value = _fill(
            translate("Printing", "check-ins %1, mood on average: %2"),
            len(week.entries),
            tr(MOOD_NAMES.get(round(week.mean_mood), "Balanced")),
        )
        if week.mean_sleep is not None:  # one line: a full week still fits one page
            value += _fill(
                translate("Printing", ", sleep on average %1 hours"), _number(week.mean_sleep)
            )
        return [("", value)]

    def _carried(self, plan: CarriedPlan) -> Rows:
        done = sum(1 for i in plan.items if i.status is PlanStatus.DONE)
        partly = sum(1 for i in plan.items if i.status is PlanStatus.PARTLY)
        value = _fill(translate("Printing", "%1 of %2 done"), done, len(plan.items))
        if partly:
            value += _fill(translate("Printing", ", %1 partly"), partly)
        return [(translate("Printing", "Actions done"), value)]


def _humanise(key: str) -> str:
    text = key.replace("_", " ").strip()
    return text[:1].upper() + text[1:]


def _plain(value: Any) -> str | None:
    if isinstance(value, bool):
        return translate("Printing", "Yes") if value else translate("Printing", "No")
    if isinstance(value, int | str):
        return str(value)
    if isinstance(value, float):
        return _number(value)
    if isinstance(value, date):
        return date_label(value)
    return None


def generic_rows(key: str, data: Any) -> tuple[str, Rows]:
    """A section this module has no code for: its (label, value) pairs from ``items()`` or
    ``rows()`` (``LabelledRows``), else its plain fields; anything else is left out."""
    title = _review_tr(str(getattr(data, "title", "") or _humanise(key)))
    for name in ("items", "rows"):
        method = getattr(data, name, None)
        if callable(method):
            pairs: Sequence[tuple[object, object]] = method()
            return title, [(_review_tr(str(label)), str(value)) for label, value in pairs]
    if dataclasses.is_dataclass(data) and not isinstance(data, type):
        rows = []
        for f in dataclasses.fields(data):
            if f.name == "title":
                continue
            shown = _plain(getattr(data, f.name))
            if shown is not None:
                rows.append((_review_tr(_humanise(f.name)), shown))
        return title, rows
    return title, []


def system_zone() -> str:
    """The system's time zone name (review weeks are counted in local days)."""
    from PySide6.QtCore import QTimeZone

    return bytes(QTimeZone.systemTimeZoneId().data()).decode("ascii", "replace") or "UTC"


def worksheet_titles(language: str = "") -> dict[str, str]:
    from recovery_desktop.domain.worksheets.definitions import load_definitions, localized

    return {key: localized(d.title, language) for key, d in load_definitions().definitions.items()}


def gather_checkin(
    session: Session, window: ReviewWindow, titles: dict[str, str] | None = None
) -> ReviewCheckIn:
    """The check-in for ``window``: the auto-draft and the saved review (if any), read in the
    caller's session as plain values (rendering may then run on a worker thread)."""
    review = sections.assemble(session, window)
    saved = plans.load_review(session, window.end)
    return ReviewCheckIn(review, saved, titles if titles is not None else worksheet_titles())
