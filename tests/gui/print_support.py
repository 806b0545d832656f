"""Helpers for the printing tests: sample answers for any definition, reading PDFs back."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QSizeF
from PySide6.QtPdf import QPdfDocument

from recovery_desktop.domain.worksheets.definitions import Definition

FILLER = "I noticed the pull after work and wrote it down instead of acting on it. "


def sample_values(definition: Definition, *, mark: str = "", long_words: int = 0
                  ) -> dict[str, Any]:
    """An answer for every field; text answers contain the field id so tests can find them."""
    values: dict[str, Any] = {}
    for f in definition.fields:
        text = f"Answer-{f.id} {mark}".strip()
        if f.type in ("text", "longtext"):
            values[f.id] = text + (" " + FILLER * long_words if long_words else "")
        elif f.type == "date":
            values[f.id] = "2026-03-09"
        elif f.type == "scale":
            values[f.id] = 7
        elif f.type == "choice":
            values[f.id] = f.options[-1].id
        elif f.type == "multi":
            values[f.id] = [o.id for o in f.options[:2]]
        elif f.type == "list":
            items = [f"Item-{f.id}-{i} {mark}".strip() for i in range(3)]
            values[f.id] = ([{"text": t, "tag": f.tags[0].id} for t in items] if f.tags
                            else items)
        elif f.type == "table":
            row = {c.id: (c.options[0].id if c.type == "choice" else 5 if c.type == "scale"
                          else f"Cell-{f.id}-{c.id} {mark}".strip()) for c in f.columns}
            values[f.id] = [row, dict(row)]
        elif f.type == "grid":
            values[f.id] = {c.id: [{"text": f"Cell-{c.id} {mark}".strip(),
                                    "tag": f.tags[0].id if f.tags else ""}] for c in f.cells}
    return values


def read_pdf(data: bytes | Path, tmp_path: Path) -> tuple[int, str, QSizeF]:
    """Page count, all text (whitespace collapsed to single spaces) and the first page size."""
    if isinstance(data, bytes):
        path = tmp_path / "read.pdf"
        path.write_bytes(data)
    else:
        path = data
    document = QPdfDocument()
    assert document.load(str(path)) == QPdfDocument.Error.None_
    try:
        pages = document.pageCount()
        text = " ".join(document.getAllText(n).text() for n in range(pages))
        return pages, " ".join(text.split()), document.pagePointSize(0)
    finally:
        document.close()


def flat(text: str) -> str:
    """Whitespace removed: PDFium's text extraction sometimes breaks words into letters."""
    return "".join(text.split())


def has(text: str, needle: str) -> bool:
    return flat(needle) in flat(text)
