"""The shapes of worksheet values, their cleaning, and their searchable text.

Values are a JSON object keyed by field id:
``text``/``longtext``/``date`` -> str (date as ISO "YYYY-MM-DD" or ""); ``scale`` -> int 0-10
or None; ``choice`` -> option id or ""; ``multi`` -> option ids in definition order;
``list`` -> [str] or, when the field has tags, [{"text": str, "tag": tag id or ""}];
``table`` -> [{column id: str (text, choice) or int|None (scale)}];
empty list items and empty table rows are not kept;
``grid`` -> {cell id: items shaped like a list's}.
Text is stored as plain text with NUL bytes dropped (``base.clean_text``) and line breaks
as "\n".
"""

from __future__ import annotations

from typing import Any

from recovery_desktop.domain.base import clean_text
from recovery_desktop.domain.worksheets.definitions import Column, Definition, FieldDef

Values = dict[str, Any]
SCALE_MAX = 10


def empty_value(f: FieldDef) -> Any:
    if f.type in ("list", "multi", "table"):
        return []
    if f.type == "grid":
        return {cell.id: [] for cell in f.cells}
    if f.type == "scale":
        return None
    return ""


def _scale(value: Any) -> int | None:
    if isinstance(value, bool) or not isinstance(value, int):
        return None
    return min(max(value, 0), SCALE_MAX)


def _text(value: Any) -> str:
    """Plain text without NULs; line breaks of any kind become "\n"."""
    if not isinstance(value, str):
        return ""
    return clean_text(value).replace("\r\n", "\n").replace("\r", "\n").replace("\u2029", "\n")


def _items(f: FieldDef, value: Any) -> list[Any]:
    if not isinstance(value, list):
        return []
    if not f.tags:
        return [t for t in (_text(v) for v in value if isinstance(v, str)) if t]
    tags = {t.id for t in f.tags}
    items = []
    for raw in value:
        v = {"text": raw, "tag": ""} if isinstance(raw, str) else raw
        if isinstance(v, dict):
            tag, text = v.get("tag", ""), _text(v.get("text"))
            if text:  # empty items are not kept
                items.append({"text": text, "tag": tag if tag in tags else ""})
    return items


def _cell(column: Column, value: Any) -> Any:
    if column.type == "scale":
        return _scale(value)
    if column.type == "choice":
        return value if value in {o.id for o in column.options} else ""
    return _text(value)


def clean_value(f: FieldDef, value: Any) -> Any:
    """``value`` coerced to the field's shape (unknown parts dropped, NULs removed)."""
    if f.type in ("text", "longtext", "date"):
        return _text(value)
    if f.type == "scale":
        return _scale(value)
    if f.type == "choice":
        return value if value in {o.id for o in f.options} else ""
    if f.type == "multi":
        chosen = set(value) if isinstance(value, list) else set()
        return [o.id for o in f.options if o.id in chosen]
    if f.type == "list":
        return _items(f, value)
    if f.type == "table":
        rows = []
        for row in value if isinstance(value, list) else []:
            if not isinstance(row, dict):
                continue
            cleaned = {c.id: _cell(c, row.get(c.id)) for c in f.columns}
            if any(v not in ("", None) for v in cleaned.values()):  # empty rows are not kept
                rows.append(cleaned)
        return rows
    if f.type == "grid":
        raw = value if isinstance(value, dict) else {}
        return {cell.id: _items(f, raw.get(cell.id)) for cell in f.cells}
    return value


def clean_values(definition: Definition, values: Values) -> Values:
    """Every field of ``definition`` in its shape; values of unknown fields are kept as-is."""
    cleaned = dict(values)
    for f in definition.fields:
        cleaned[f.id] = clean_value(f, values.get(f.id, empty_value(f)))
    return cleaned


def is_filled(f: FieldDef, value: Any) -> bool:
    if f.type == "scale":
        return value is not None
    if f.type == "grid":
        return any(value.values()) if isinstance(value, dict) else False
    if f.type in ("text", "longtext", "date"):
        return bool(str(value or "").strip())
    return bool(value)


def missing_required(definition: Definition, values: Values) -> list[FieldDef]:
    return [f for f in definition.fields if f.required and not is_filled(f, values.get(f.id))]


def _strings(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for v in value.values() for s in _strings(v)]
    if isinstance(value, list):
        return [s for v in value for s in _strings(v)]
    return []


def searchable_text(definition: Definition | None, values: Values) -> str:
    """All free text of a worksheet, one piece per line (ids of choices left out)."""
    pieces: list[str] = []
    for key, value in values.items():
        f = definition.field(key) if definition else None
        if f is not None and f.type in ("choice", "multi", "scale", "date"):
            continue
        if f is not None and f.type in ("list", "grid") and f.tags:
            items = value.values() if isinstance(value, dict) else [value]
            pieces += [i["text"] for group in items if isinstance(group, list)
                       for i in group if isinstance(i, dict) and isinstance(i.get("text"), str)]
            continue
        pieces += _strings(value)
    return "\n".join(p for p in pieces if p)
