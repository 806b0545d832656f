"""The recovery-kit PDF on its own: one page, the key as text, paper size by country."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QLocale, QSizeF
from PySide6.QtGui import QPageSize
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QApplication

from recovery_desktop.printing.recovery_kit import (
    default_page_size,
    key_lines,
    render_recovery_kit,
    write_recovery_kit,
)
from recovery_desktop.vault import recovery_key


@pytest.mark.parametrize(
    ("territory", "size"),
    [
        (QLocale.Country.UnitedStates, QPageSize.PageSizeId.Letter),
        (QLocale.Country.Canada, QPageSize.PageSizeId.Letter),
        (QLocale.Country.Mexico, QPageSize.PageSizeId.Letter),
        (QLocale.Country.Germany, QPageSize.PageSizeId.A4),
        (QLocale.Country.India, QPageSize.PageSizeId.A4),
        (QLocale.Country.AnyTerritory, QPageSize.PageSizeId.A4),
    ],
)
def test_paper_size_follows_the_country(
    territory: QLocale.Country, size: QPageSize.PageSizeId
) -> None:
    assert default_page_size(territory).id() == size


def test_key_is_split_into_two_lines_of_four_groups() -> None:
    key, _ = recovery_key.generate()
    lines = key_lines(key)
    assert len(lines) == 2
    assert "-".join(lines) == key


def _read(path: Path) -> tuple[int, str, QSizeF]:
    document = QPdfDocument()
    assert document.load(str(path)) == QPdfDocument.Error.None_
    try:
        return document.pageCount(), document.getAllText(0).text(), document.pagePointSize(0)
    finally:
        document.close()


def test_one_letter_page_with_the_key_and_folder(qapp: QApplication, tmp_path: Path) -> None:
    key, _ = recovery_key.generate()
    folder = tmp_path / "a folder with a rather long name" / ("deeper" * 12) / "vault"
    pdf = tmp_path / "kit.pdf"
    write_recovery_kit(pdf, key, folder, page_size=QPageSize(QPageSize.PageSizeId.Letter))
    pages, text, size = _read(pdf)
    assert pages == 1
    assert (round(size.width()), round(size.height())) == (612, 792)
    flat = re.sub(r"[^A-Z0-9]", "", text.upper())
    assert re.sub(r"[^A-Z0-9]", "", key) in flat
    assert re.sub(r"[^A-Z0-9]", "", str(folder).upper()) in flat
    assert "Recovery kit" in text
    if os.name != "nt":
        assert pdf.stat().st_mode & 0o077 == 0  # private, like every file we write
    assert not list(tmp_path.glob(".kit.pdf.tmp*"))  # written atomically, no leftovers


def test_the_date_is_printed(qapp: QApplication, tmp_path: Path) -> None:
    day = QDate(2024, 3, 9)
    data = render_recovery_kit("AAAA-BBBB", tmp_path, created=day)
    pdf = tmp_path / "kit.pdf"
    pdf.write_bytes(data)
    _, text, _ = _read(pdf)
    assert QLocale.system().toString(day, QLocale.FormatType.LongFormat) in text
