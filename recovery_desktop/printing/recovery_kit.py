"""The recovery kit: one printable page with the recovery key and what to do with it.

Rendered into memory first and then written atomically, so a failed or cancelled write
never leaves half a PDF. The PDF itself is not encrypted: the UI warns before saving it.
The app's name only appears in a small footer, so the page does not announce what it is for.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QDate,
    QIODevice,
    QLocale,
    QMarginsF,
    QRectF,
    Qt,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QPageLayout,
    QPageSize,
    QPainter,
    QPainterPath,
    QPdfWriter,
    QPen,
    QTextOption,
)

from recovery_desktop import APP_NAME
from recovery_desktop.i18n import translate
from recovery_desktop.printing.fonts import print_font
from recovery_desktop.printing.layout import INK, QUIET, RULE
from recovery_desktop.printing.options import LETTER_TERRITORIES, default_page_size
from recovery_desktop.vault.atomic import atomic_write_bytes

__all__ = ["LETTER_TERRITORIES", "default_page_size", "key_lines", "render_recovery_kit",
           "write_recovery_kit"]

_MARGIN_MM = 16.0  # as every printed document (printing/document.py)
_TEXT = INK
_QUIET = QUIET
_RULE = RULE
_KEY_FILL = QColor("#eeeeee")  # light grey: reads the same in black and white
_GROUPS_PER_LINE = 4

def _tr(text: str) -> str:
    return QCoreApplication.translate("RecoveryKit", text)



def key_lines(recovery_key: str) -> list[str]:
    """The key in two lines of four groups: easier to copy by hand than one long line."""
    groups = recovery_key.split("-")
    return [
        "-".join(groups[i : i + _GROUPS_PER_LINE]) for i in range(0, len(groups), _GROUPS_PER_LINE)
    ]


@dataclass
class _Cursor:
    """Top-to-bottom text layout on one page, in device units."""

    painter: QPainter
    left: float
    width: float
    y: float
    mm: float  # device units per millimetre

    def text(
        self,
        text: str,
        font: QFont,
        color: QColor = _TEXT,
        *,
        after_mm: float = 3.0,
        indent_mm: float = 0.0,
        wrap_anywhere: bool = False,
        align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft,
    ) -> float:
        self.painter.setFont(font)
        self.painter.setPen(color)
        option = QTextOption(align)
        option.setWrapMode(
            QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere
            if wrap_anywhere
            else QTextOption.WrapMode.WordWrap
        )
        indent = indent_mm * self.mm
        rect = QRectF(self.left + indent, self.y, self.width - indent, 10_000 * self.mm)
        bounds = self.painter.boundingRect(rect, text, option)
        self.painter.drawText(
            QRectF(rect.left(), rect.top(), rect.width(), bounds.height()), text, option
        )
        self.y += bounds.height() + after_mm * self.mm
        return bounds.height()

    def bullet(self, text: str, font: QFont) -> None:
        self.painter.setFont(font)
        self.painter.setPen(_TEXT)
        self.painter.drawText(
            QRectF(self.left, self.y, 5 * self.mm, 10 * self.mm),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop),
            "•",
        )
        self.text(text, font, indent_mm=5.0, after_mm=2.0)

    def space(self, mm: float) -> None:
        self.y += mm * self.mm


def _font(point_size: float, *, bold: bool = False, fixed: bool = False) -> QFont:
    """The bundled print font; the key and folder in the system's monospace font (a key is
    easier to copy when every character has the same width)."""
    if not fixed:
        return print_font(point_size, bold=bold)
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    font.setStyleHint(QFont.StyleHint.Monospace)
    font.setPointSizeF(point_size)
    font.setBold(bold)
    return font


def _draw_key_box(cursor: _Cursor, recovery_key: str) -> None:
    painter = cursor.painter
    font = _font(22, bold=True, fixed=True)
    font.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 108)
    painter.setFont(font)
    lines = key_lines(recovery_key)
    line_height = painter.fontMetrics().height() * 1.25
    padding = 6 * cursor.mm
    box = QRectF(cursor.left, cursor.y, cursor.width, line_height * len(lines) + 2 * padding)
    path = QPainterPath()
    path.addRoundedRect(box, 3 * cursor.mm, 3 * cursor.mm)
    painter.fillPath(path, _KEY_FILL)
    painter.setPen(QPen(_RULE, 0.4 * cursor.mm))
    painter.drawPath(path)
    painter.setPen(_TEXT)
    for index, line in enumerate(lines):
        row = QRectF(
            box.left(), box.top() + padding + index * line_height, box.width(), line_height
        )
        painter.drawText(row, int(Qt.AlignmentFlag.AlignCenter), line)
    cursor.y = box.bottom() + 8 * cursor.mm


def render_recovery_kit(
    recovery_key: str,
    vault_folder: Path,
    *,
    page_size: QPageSize | None = None,
    created: QDate | None = None,
) -> bytes:
    """The kit as PDF bytes (one page)."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setTitle(translate("RecoveryKit", "Recovery kit"))
    writer.setCreator("")  # no app name in the metadata either
    writer.setResolution(600)
    writer.setPageLayout(
        QPageLayout(
            page_size or default_page_size(),
            QPageLayout.Orientation.Portrait,
            QMarginsF(_MARGIN_MM, _MARGIN_MM, _MARGIN_MM, _MARGIN_MM),
            QPageLayout.Unit.Millimeter,
        )
    )
    painter = QPainter()
    if not painter.begin(writer):
        raise RuntimeError("could not start painting the recovery kit")
    try:
        _paint(painter, writer, recovery_key, vault_folder, created or QDate.currentDate())
    finally:
        painter.end()
        buffer.close()
    return bytes(data.data())


def _paint(
    painter: QPainter, writer: QPdfWriter, recovery_key: str, vault_folder: Path, created: QDate
) -> None:
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    mm = writer.resolution() / 25.4
    cursor = _Cursor(painter, 0.0, float(writer.width()), 0.0, mm)
    body = _font(11)
    heading = _font(12.5, bold=True)

    cursor.text(translate("RecoveryKit", "Recovery kit"), _font(24, bold=True), after_mm=3)
    cursor.text(
        translate(
            "RecoveryKit",
            "This key opens your vault if you ever forget your passphrase. Nobody can "
            "reset a forgotten passphrase for you, so this page is your way back in."
        ),
        body,
        after_mm=8,
    )

    cursor.text(translate("RecoveryKit", "Your recovery key"), heading, after_mm=3)
    _draw_key_box(cursor, recovery_key)

    cursor.text(translate("RecoveryKit", "Keep it safe and private"), heading, after_mm=3)
    cursor.bullet(
        translate(
            "RecoveryKit",
            "Print this page and keep it somewhere safe and private, for example in a "
            "drawer at home or with other important papers."
        ),
        body,
    )
    cursor.bullet(
        translate(
            "RecoveryKit",
            "Anyone who has this key and a copy of your vault files can read your "
            "entries. Do not share it, and do not keep it next to your vault."
        ),
        body,
    )
    cursor.bullet(
        translate("RecoveryKit", "This PDF file is not encrypted. Once the page is printed, "
                  "you can delete the file."),
        body,
    )
    cursor.space(5)

    cursor.text(translate("RecoveryKit", "How to use it"), heading, after_mm=3)
    cursor.text(
        translate(
            "RecoveryKit",
            "On the unlock screen, choose “Forgot it? Use the recovery key” and type the "
            "key above. Capital or small letters do not matter, and the dashes are optional. "
            "You then choose a new passphrase straight away."
        ),
        body,
        after_mm=8,
    )

    cursor.text(translate("RecoveryKit", "Where your vault lives"), heading, after_mm=2)
    cursor.text(os.fspath(vault_folder), _font(10, fixed=True), wrap_anywhere=True, after_mm=5)
    date_text = QLocale.system().toString(created, QLocale.FormatType.LongFormat)
    cursor.text(translate("RecoveryKit", "Created on %1").replace("%1", date_text), body, _QUIET)

    # A quiet footer at the bottom of the page.
    footer = _font(8)
    painter.setFont(footer)
    painter.setPen(QPen(_RULE, 0.25 * mm))
    bottom = float(writer.height())
    line_y = bottom - painter.fontMetrics().height() - 2 * mm
    painter.drawLine(0, round(line_y), writer.width(), round(line_y))
    painter.setPen(_QUIET)
    painter.drawText(
        QRectF(0, line_y + 1.5 * mm, writer.width(), bottom - line_y),
        int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop),
        APP_NAME,  # the kit must say which app it opens, unlike other printouts
    )
    painter.drawText(
        QRectF(0, line_y + 1.5 * mm, writer.width(), bottom - line_y),
        int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop),
        translate("RecoveryKit", "Page %1 of %2").replace("%1", "1").replace("%2", "1"),
    )


def write_recovery_kit(
    path: Path, recovery_key: str, vault_folder: Path, *, page_size: QPageSize | None = None
) -> None:
    """Render the kit and write it atomically (VaultError with a plain message on failure)."""
    data = render_recovery_kit(recovery_key, vault_folder, page_size=page_size)
    atomic_write_bytes(Path(path), data)
