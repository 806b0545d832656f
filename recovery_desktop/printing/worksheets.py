"""Worksheets on paper, generic over their definitions: blank to fill by hand, or filled.

Blank: every section and prompt with room sized to the field type (ruled lines for text,
tick boxes for choices, 0-10 boxes for scales, ruled grids for tables, four boxes for the
2×2 grid). Filled: the answers under each prompt; fields the definition marks private are
left out unless the person chose otherwise, and behaviour names can become a neutral word.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, QLocale

from recovery_desktop.domain.worksheets.definitions import (
    BEHAVIOURS,
    Definition,
    FieldDef,
    Option,
    localized,
)
from recovery_desktop.domain.worksheets.values import Values, clean_value, is_filled
from recovery_desktop.i18n import translate
from recovery_desktop.printing.layout import QUIET, Flow
from recovery_desktop.printing.options import PrintOptions

_BEHAVIOUR_IDS = frozenset(i for i, _ in BEHAVIOURS)
# Room to write by hand, by field type.
_LINES = {"text": 2, "longtext": 6, "list": 5, "date": 1}
_TABLE_BLANK_ROWS = 6
_GRID_CELL_MM = 62.0


def date_label(day: date | None, language: str = "") -> str:
    if day is None:
        return ""
    locale = QLocale(language) if language else QLocale.system()
    return locale.toString(QDate(day.year, day.month, day.day), QLocale.FormatType.LongFormat)


def is_behaviour_field(f: FieldDef) -> bool:
    return bool(f.options) and {o.id for o in f.options} <= _BEHAVIOUR_IDS


def visible_fields(definition: Definition,
                   options: PrintOptions) -> list[tuple[str, list[FieldDef]]]:
    """(section title, fields) with private fields left out unless chosen; empty sections go."""
    found = []
    for section in definition.sections:
        fields = [f for f in section.fields
                  if options.include_private_fields or not f.private]
        if fields:
            found.append((localized(section.title, options.language), fields))
    return found


def _option_label(f: FieldDef, options: tuple[Option, ...], value: str,
                  print_options: PrintOptions) -> str:
    label = next((localized(o.label, print_options.language) for o in options if o.id == value),
                 value)
    if is_behaviour_field(f):
        return print_options.behaviour_word(label)
    return label


def _tag_label(f: FieldDef, tag: str, language: str) -> str:
    return next((localized(t.label, language) for t in f.tags if t.id == tag), "")


def _item_text(f: FieldDef, item: Any, language: str) -> str:
    if isinstance(item, dict):
        tag = _tag_label(f, str(item.get("tag", "")), language)
        text = str(item.get("text", ""))
        return f"{text}  [{tag}]" if tag else text
    return str(item)


def _bullets(f: FieldDef, items: list[Any], language: str) -> str:
    return "\n".join(f"•  {_item_text(f, i, language)}" for i in items)


def _keep_mm(f: FieldDef) -> float:
    """How much of a blank field's writing space must follow its prompt on the same page."""
    fixed = {"table": 22.0, "grid": _GRID_CELL_MM, "scale": 16.0, "choice": 10.0,
             "multi": 14.0}.get(f.type)
    return fixed if fixed is not None else min(_LINES.get(f.type, 2) * 8.0, 32.0)


@dataclass
class BlankWorksheet:
    """A worksheet of any kind with room to write; good for handing out in a group."""

    definition: Definition
    day: date | None = None  # printed in the header; None: no date, to fill in by hand

    @property
    def title(self) -> str:
        return localized(self.definition.title)

    @property
    def date_text(self) -> str:
        return date_label(self.day) if self.day else ""

    def build(self, flow: Flow, options: PrintOptions) -> None:
        language = options.language
        flow.start_document(localized(self.definition.title, language), self.date_text,
                            options.shown_name(),
                            placeholder=translate("Printing", "Date: ____________"))
        flow.text(localized(self.definition.purpose, language), flow.fonts.body, QUIET,
                  after_mm=3)
        for section_title, fields in visible_fields(self.definition, options):
            # A heading stays with its first prompt, and a prompt with its writing space.
            flow.heading(section_title, keep_mm=_keep_mm(fields[0]) + 16)
            for f in fields:
                flow.label(localized(f.label, language), localized(f.help, language),
                           keep_mm=_keep_mm(f))
                self._space_for(flow, f, language)

    def _space_for(self, flow: Flow, f: FieldDef, language: str) -> None:
        if f.type in ("choice", "multi"):
            if f.type == "multi":
                flow.text(translate("Printing", "Tick all that apply."), flow.fonts.small, QUIET,
                          after_mm=1)
            flow.tick_boxes([localized(o.label, language) for o in f.options])
        elif f.type == "scale":
            flow.scale_boxes(translate("Printing", "0 = not at all"),
                             translate("Printing", "10 = the most"))
        elif f.type == "table":
            flow.table([localized(c.label, language) for c in f.columns], [],
                       blank_rows=_TABLE_BLANK_ROWS)
        elif f.type == "grid":
            if f.tags:
                tags = ", ".join(localized(t.label, language) for t in f.tags)
                flow.text(translate("Printing", "Mark each item: %1").replace("%1", tags),
                          flow.fonts.small, QUIET,
                          after_mm=1.5)
            flow.box_grid([localized(c.label, language) for c in f.cells], _GRID_CELL_MM)
        else:
            if f.type == "list" and f.tags:
                tags = ", ".join(localized(t.label, language) for t in f.tags)
                flow.text(translate("Printing", "Mark each item: %1").replace("%1", tags),
                          flow.fonts.small, QUIET,
                          after_mm=1)
            flow.writing_lines(_LINES.get(f.type, 2))


@dataclass
class FilledWorksheet:
    """A saved (or drafted) worksheet with the person's answers under each prompt."""

    definition: Definition
    values: Values
    name: str = ""  # the worksheet's own title, if the person gave one
    day: date | None = None

    @property
    def title(self) -> str:
        return self.name or localized(self.definition.title)

    @property
    def date_text(self) -> str:
        return date_label(self.day)

    def build(self, flow: Flow, options: PrintOptions) -> None:
        language = options.language
        kind = localized(self.definition.title, language)
        title = self.name if self.name and self.name != kind else kind
        byline = "  ·  ".join(t for t in (kind if title != kind else "", options.shown_name())
                              if t)
        flow.start_document(title, date_label(self.day, language), byline)
        for section_title, fields in visible_fields(self.definition, options):
            flow.heading(section_title)
            for f in fields:
                flow.label(localized(f.label, language))
                self._answer(flow, f, clean_value(f, self.values.get(f.id)), options)

    def _answer(self, flow: Flow, f: FieldDef, value: Any, options: PrintOptions) -> None:
        language = options.language
        if not is_filled(f, value):
            flow.text(translate("Printing", "(left blank)"), flow.fonts.small, QUIET, indent_mm=2,
                      after_mm=3)
            return
        if f.type == "table":
            headers = [localized(c.label, language) for c in f.columns]
            rows = []
            for row in value:
                cells = []
                for c in f.columns:
                    cell = row.get(c.id)
                    if c.type == "choice":
                        cells.append(_option_label(f, c.options, str(cell or ""), options))
                    elif c.type == "scale":
                        cells.append("" if cell is None else f"{cell}/10")
                    else:
                        cells.append(str(cell or ""))
                rows.append(cells)
            flow.table(headers, rows)
            return
        if f.type == "grid":
            labels = [localized(c.label, language) for c in f.cells]
            texts = [_bullets(f, value.get(c.id, []), language) for c in f.cells]
            for start in (0, 2):
                flow.table(labels[start:start + 2], [texts[start:start + 2]], after_mm=2)
            flow.space(2)
            return
        if f.type == "scale":
            text = translate("Printing", "%1 out of 10").replace("%1", str(value))
        elif f.type == "choice":
            text = _option_label(f, f.options, value, options)
        elif f.type == "multi":
            text = "\n".join(f"•  {_option_label(f, f.options, v, options)}" for v in value)
        elif f.type == "list":
            text = _bullets(f, value, language)
        elif f.type == "date":
            try:
                text = date_label(date.fromisoformat(value), language)
            except ValueError:
                text = str(value)
        else:
            text = str(value)
        flow.text(text, flow.fonts.body, indent_mm=2, after_mm=3.5)
