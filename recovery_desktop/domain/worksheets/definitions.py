"""Worksheet definitions: JSON files under ``resources/worksheets/``, validated at load.

A definition declares its id, version, title, purpose, sections and fields. User-visible
text is either a plain string (English) or a map of BCP 47 language tags to strings, e.g.
``{"en": "What happened?", "de": "Was ist passiert?"}``; ``"en"`` is required in a map and
is the fallback. A file with an error yields a :class:`DefinitionError` naming the file and
the field; the other definitions still load.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from recovery_desktop.resources_path import resource

Text = str | dict[str, str]

FIELD_TYPES = (
    "text", "longtext", "list", "scale", "choice", "multi", "date", "table", "grid",
)
COLUMN_TYPES = ("text", "choice", "scale")
AUDIENCES = ("smart", "twelve_step", "family")
ID_CHARS = set("abcdefghijklmnopqrstuvwxyz0123456789_")

# The behaviour list every worksheet with a "behaviour" choice shares (content spec §0).
BEHAVIOURS: tuple[tuple[str, Text], ...] = (
    ("alcohol", {"en": "Drinking alcohol", "es": "Beber alcohol"}),
    ("prescribed", {"en": "Prescribed drugs", "es": "Medicamentos recetados"}),
    ("other_drugs", {"en": "Other drugs", "es": "Otras drogas"}),
    ("gambling", {"en": "Gambling", "es": "Apuestas y juego"}),
    ("sex", {"en": "Sex", "es": "Sexo"}),
    ("money", {"en": "Money and spending", "es": "Dinero y gastos"}),
    ("shopping", {"en": "Shopping", "es": "Compras"}),
    ("food", {"en": "Food", "es": "Comida"}),
    ("internet", {"en": "Internet and gaming", "es": "Internet y videojuegos"}),
    ("other", {"en": "Something else", "es": "Otra cosa"}),
)


def localized(text: Text, language: str = "") -> str:
    """The text for ``language`` ("pt-BR" falls back to "pt", then to English)."""
    if isinstance(text, str):
        return text
    if language:
        for tag in (language, language.replace("_", "-").split("-")[0]):
            if tag in text:
                return text[tag]
    return text.get("en", "")


@dataclass(frozen=True)
class Option:
    id: str
    label: Text


@dataclass(frozen=True)
class Column:
    id: str
    label: Text
    type: str = "text"
    options: tuple[Option, ...] = ()


@dataclass(frozen=True)
class FieldDef:
    id: str
    type: str
    label: Text
    help: Text = ""
    required: bool = False
    options: tuple[Option, ...] = ()  # choice, multi
    tags: tuple[Option, ...] = ()  # list and grid items may carry one tag each
    columns: tuple[Column, ...] = ()  # table
    cells: tuple[Option, ...] = ()  # grid (2x2: four cells, row by row)
    highlight_absolutes: bool = False  # REBT: mark must/should/never... while typing
    dispute_prompts_for: str = ""  # REBT: show dispute prompts for this list's tagged items
    private: bool = False  # left out of printouts unless the person chooses to include it


@dataclass(frozen=True)
class Section:
    id: str
    title: Text
    help: Text
    fields: tuple[FieldDef, ...]


@dataclass(frozen=True)
class StartOption:
    id: str
    label: Text
    order: tuple[str, ...]  # section ids


@dataclass(frozen=True)
class Definition:
    id: str
    version: int
    title: Text
    purpose: Text
    sections: tuple[Section, ...]
    audience: tuple[str, ...] = ("smart",)
    revisable: bool = False  # "start a new version" keeps the old one for comparing
    start_options: tuple[StartOption, ...] = ()
    print_hints: dict[str, Any] = field(default_factory=dict)
    source: str = field(default="", compare=False)  # file name, for messages

    @property
    def fields(self) -> list[FieldDef]:
        return [f for s in self.sections for f in s.fields]

    def field(self, field_id: str) -> FieldDef | None:
        return next((f for f in self.fields if f.id == field_id), None)

    def to_json(self) -> dict[str, Any]:
        """The raw form again (kept with saved worksheets so old versions still open)."""
        from dataclasses import asdict

        raw = asdict(self)
        raw.pop("source")
        raw["print"] = raw.pop("print_hints")
        return dict(json.loads(json.dumps(raw, ensure_ascii=False)))  # tuples become lists


class DefinitionError(Exception):
    def __init__(self, source: str, where: str, problem: str) -> None:
        super().__init__(f"{source}: {where}: {problem}" if where else f"{source}: {problem}")
        self.source = source
        self.where = where
        self.problem = problem


class _Reader:
    """Validates one raw definition, tracking the path of the field being read."""

    def __init__(self, source: str) -> None:
        self.source = source

    def fail(self, where: str, problem: str) -> DefinitionError:
        return DefinitionError(self.source, where, problem)

    def obj(self, raw: Any, where: str) -> dict[str, Any]:
        if not isinstance(raw, dict):
            raise self.fail(where, "must be an object")
        return raw

    def ident(self, raw: dict[str, Any], where: str) -> str:
        value = raw.get("id")
        if not isinstance(value, str) or not value or not set(value) <= ID_CHARS:
            raise self.fail(f"{where}.id", "must be a non-empty id of a-z, 0-9 and _")
        return value

    def text(self, raw: dict[str, Any], key: str, where: str, *, required: bool = True) -> Text:
        value = raw.get(key, None if required else "")
        if isinstance(value, str) and (value or not required):
            return value
        if isinstance(value, dict) and value:
            if not all(isinstance(k, str) and isinstance(v, str) for k, v in value.items()):
                raise self.fail(f"{where}.{key}", "translations must map language to text")
            if "en" not in value:
                raise self.fail(f"{where}.{key}", 'translations need an "en" text')
            return dict(value)
        raise self.fail(f"{where}.{key}", "must be a text or a map of translations")

    def items(self, raw: dict[str, Any], key: str, where: str) -> list[Any]:
        value = raw.get(key, [])
        if not isinstance(value, list):
            raise self.fail(f"{where}.{key}", "must be a list")
        return value

    def options(self, raw: dict[str, Any], key: str, where: str) -> tuple[Option, ...]:
        if raw.get(key) == "behaviours":
            return tuple(Option(i, label) for i, label in BEHAVIOURS)
        found = []
        for n, raw_item in enumerate(self.items(raw, key, where)):
            here = f"{where}.{key}[{n}]"
            item = self.obj(raw_item, here)
            found.append(Option(self.ident(item, here), self.text(item, "label", here)))
        self.unique([o.id for o in found], f"{where}.{key}")
        return tuple(found)

    def unique(self, ids: Iterable[str], where: str) -> None:
        seen: set[str] = set()
        for ident in ids:
            if ident in seen:
                raise self.fail(where, f'id "{ident}" is used twice')
            seen.add(ident)

    def field_def(self, raw: Any, where: str) -> FieldDef:
        raw = self.obj(raw, where)
        ident = self.ident(raw, where)
        kind = raw.get("type")
        if kind not in FIELD_TYPES:
            raise self.fail(f"{where}.type", f"unknown type {kind!r}; use one of "
                            + ", ".join(FIELD_TYPES))
        options = self.options(raw, "options", where)
        if kind in ("choice", "multi") and not options:
            raise self.fail(f"{where}.options", f"a {kind} field needs options")
        columns = []
        for n, raw_col in enumerate(self.items(raw, "columns", where)):
            here = f"{where}.columns[{n}]"
            col = self.obj(raw_col, here)
            col_type = col.get("type", "text")
            if col_type not in COLUMN_TYPES:
                raise self.fail(f"{here}.type", f"unknown column type {col_type!r}; use one of "
                                + ", ".join(COLUMN_TYPES))
            col_options = self.options(col, "options", here)
            if col_type == "choice" and not col_options:
                raise self.fail(f"{here}.options", "a choice column needs options")
            columns.append(Column(self.ident(col, here), self.text(col, "label", here),
                                  col_type, col_options))
        self.unique([c.id for c in columns], f"{where}.columns")
        if kind == "table" and not columns:
            raise self.fail(f"{where}.columns", "a table needs columns")
        cells = self.options(raw, "cells", where)
        if kind == "grid" and len(cells) != 4:
            raise self.fail(f"{where}.cells", "a 2×2 grid needs exactly four cells")
        flags = {}
        for key in ("required", "highlight_absolutes", "private"):
            if not isinstance(raw.get(key, False), bool):
                raise self.fail(f"{where}.{key}", "must be true or false")
            flags[key] = bool(raw.get(key, False))
        prompts_for = raw.get("dispute_prompts_for", "")
        if not isinstance(prompts_for, str):
            raise self.fail(f"{where}.dispute_prompts_for", "must be a field id")
        return FieldDef(
            ident, kind, self.text(raw, "label", where), self.text(raw, "help", where,
                                                                   required=False),
            flags["required"], options, self.options(raw, "tags", where), tuple(columns), cells,
            flags["highlight_absolutes"], prompts_for, flags["private"],
        )

    def definition(self, raw: Any) -> Definition:
        raw = self.obj(raw, "")
        ident = self.ident(raw, "definition")
        version = raw.get("version")
        if not isinstance(version, int) or isinstance(version, bool) or version < 1:
            raise self.fail("version", "must be a whole number from 1")
        sections = []
        for n, raw_sec in enumerate(self.items(raw, "sections", "definition")):
            here = f"sections[{n}]"
            sec = self.obj(raw_sec, here)
            fields = tuple(self.field_def(f, f"{here}.fields[{m}]")
                           for m, f in enumerate(self.items(sec, "fields", here)))
            if not fields:
                raise self.fail(f"{here}.fields", "a section needs at least one field")
            sections.append(Section(self.ident(sec, here), self.text(sec, "title", here),
                                    self.text(sec, "help", here, required=False), fields))
        if not sections:
            raise self.fail("sections", "a worksheet needs at least one section")
        self.unique([s.id for s in sections], "sections")
        all_fields = [f for s in sections for f in s.fields]
        self.unique([f.id for f in all_fields], "fields")
        for f in all_fields:
            target = next((g for g in all_fields if g.id == f.dispute_prompts_for), None)
            if f.dispute_prompts_for and (target is None or not target.tags):
                raise self.fail(f"fields.{f.id}.dispute_prompts_for",
                                "must name a list field with tags in this worksheet")
        audience = raw.get("audience", ["smart"])
        if not isinstance(audience, list) or not audience or not set(audience) <= set(AUDIENCES):
            raise self.fail("audience", "must list some of " + ", ".join(AUDIENCES))
        starts = []
        for n, raw_start in enumerate(self.items(raw, "start_options", "definition")):
            here = f"start_options[{n}]"
            start = self.obj(raw_start, here)
            order = start.get("order")
            if not isinstance(order, list) or sorted(order) != sorted(s.id for s in sections):
                raise self.fail(f"{here}.order", "must list every section id once")
            starts.append(StartOption(self.ident(start, here), self.text(start, "label", here),
                                      tuple(order)))
        hints = raw.get("print", {})
        if not isinstance(hints, dict):
            raise self.fail("print", "must be an object")
        revisable = raw.get("revisable", False)
        if not isinstance(revisable, bool):
            raise self.fail("revisable", "must be true or false")
        return Definition(
            ident, version, self.text(raw, "title", "definition"),
            self.text(raw, "purpose", "definition"), tuple(sections), tuple(audience), revisable,
            tuple(starts), dict(hints), self.source,
        )


def parse_definition(raw: Any, source: str = "<definition>") -> Definition:
    """A validated definition from its decoded JSON; raises :class:`DefinitionError`."""
    return _Reader(source).definition(raw)


@dataclass(frozen=True)
class LoadedDefinitions:
    definitions: dict[str, Definition]
    errors: list[DefinitionError]


def load_definitions(folder: Any = None) -> LoadedDefinitions:
    """Every ``*.json`` under ``folder`` (default: the bundled ones), sorted by file name."""
    folder = folder if folder is not None else resource("worksheets")
    found: dict[str, Definition] = {}
    errors: list[DefinitionError] = []
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if not entry.name.endswith(".json"):
            continue
        try:
            raw = json.loads(entry.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, ValueError) as exc:
            errors.append(DefinitionError(entry.name, "", f"not readable JSON ({exc})"))
            continue
        try:
            definition = parse_definition(raw, entry.name)
        except DefinitionError as exc:
            errors.append(exc)
            continue
        if definition.id in found:
            errors.append(DefinitionError(entry.name, "id",
                                          f'"{definition.id}" is already defined'))
            continue
        found[definition.id] = definition
    return LoadedDefinitions(found, errors)
