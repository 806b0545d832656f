"""Documents to paper or PDF: one or many (a facilitator pack, with a contents page).

A document is anything with ``title``, ``date_text`` and ``build(flow, options)``: worksheets,
check-in sheets, the trigger-log summary, step work, and later the weekly review, which
only needs such a class to join a pack. Rendering lays every document out first, so
"page x of y" counts the whole pack, then paints. It uses QtGui only and may run on a worker
thread once :func:`fonts.ensure_fonts` has run on the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QRectF, Qt
from PySide6.QtGui import (
    QFontMetricsF,
    QPagedPaintDevice,
    QPageLayout,
    QPainter,
    QPdfWriter,
)

from recovery_desktop import APP_NAME
from recovery_desktop.i18n import translate
from recovery_desktop.printing.fonts import ensure_fonts
from recovery_desktop.printing.layout import (
    INK,
    Flow,
    Furniture,
    Lines,
    clean,
    paint_pages,
)
from recovery_desktop.printing.options import PrintOptions
from recovery_desktop.vault.atomic import atomic_write_bytes

MARGIN_MM = 16.0
Progress = Callable[[int, int], None]  # done, total (pages painted)


class PrintDocument(Protocol):
    """One document of a print job."""

    @property
    def title(self) -> str: ...

    @property
    def date_text(self) -> str: ...

    def build(self, flow: Flow, options: PrintOptions) -> None:
        """Lay the document out: call ``flow.start_document`` first, then add blocks."""


class Cancelled(Exception):
    """The progress callback asked to stop."""


def page_layout(options: PrintOptions) -> QPageLayout:
    return QPageLayout(options.resolved_page_size(), QPageLayout.Orientation.Portrait,
                       QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
                       QPageLayout.Unit.Millimeter)


def _contents(flow: Flow, title: str, entries: Sequence[tuple[str, str, int]],
              options: PrintOptions) -> None:
    """The contents page(s): title, date of each document and its first page."""
    flow.start_document(title, "", options.shown_name())
    font = flow.fonts.body
    metrics = QFontMetricsF(font, flow.device)
    number_w = metrics.horizontalAdvance("00000")
    mm = flow.mm
    for name, date_text, page in entries:
        label = f"{name}  ({date_text})" if date_text else name
        lines = Lines(label, font, flow.width - number_w - 4 * mm, flow.device)
        flow.ensure(lines.height + 1.5 * mm)
        y = flow.y
        for i in range(len(lines)):
            flow.add(lines.draw_line(i, 0, y, INK))
            y += lines.line_height(i)
        last = y - lines.line_height(len(lines) - 1) if len(lines) else y
        text = str(page)

        def draw(painter: QPainter, last: float = last, text: str = text,
                 width: float = flow.width) -> None:
            painter.setFont(font)
            painter.setPen(INK)
            painter.drawText(QRectF(width - number_w, last, number_w, metrics.height()),
                             int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop), text)

        flow.add(draw)
        flow.y = y + 1.5 * mm


def render(device: QPagedPaintDevice, documents: Sequence[PrintDocument],
           options: PrintOptions, *, contents_title: str = "",
           progress: Progress | None = None) -> int:
    """Lay out and paint ``documents`` on ``device``; returns the number of pages.

    With ``contents_title``, a contents page listing each document's first page comes first.
    ``progress(done, total)`` is called per document laid out and per page painted, and may
    raise :class:`Cancelled`.
    """
    ensure_fonts()
    steps = len(documents) * 2
    flow = Flow(device)
    starts: list[int] = []
    for n, document in enumerate(documents):
        starts.append(len(flow.pages))
        document.build(flow, options)
        if progress is not None:
            progress(n + 1, steps)
    offset = 0
    front: Flow | None = None
    if contents_title:
        # Lay out the contents twice: once to learn how many pages it takes, then with the
        # page numbers that follow from that (the count cannot change: numbers sit apart).
        def entries(shift: int) -> list[tuple[str, str, int]]:
            return [(clean(d.title), clean(d.date_text), s + 1 + shift)
                    for d, s in zip(documents, starts, strict=True)]

        front = Flow(device)
        _contents(front, contents_title, entries(0), options)
        offset = len(front.pages)
        front = Flow(device)
        _contents(front, contents_title, entries(offset), options)
    total = offset + len(flow.pages)
    furniture = Furniture(APP_NAME if options.show_app_name else "")
    painter = QPainter()
    if not painter.begin(device):
        raise RuntimeError("could not start painting the document")
    try:
        def tick(done: int) -> None:
            if progress is not None:
                progress(len(documents) + done * len(documents) // max(total, 1), steps)

        if front is not None:
            paint_pages(painter, device, front, furniture, total=total)
        paint_pages(painter, device, flow, furniture, first_number=offset + 1, total=total,
                    progress=tick, start_new=front is not None)
    finally:
        painter.end()
    return total


def render_pdf(documents: Sequence[PrintDocument], options: PrintOptions, *,
               contents_title: str = "", pdf_title: str = "",
               progress: Progress | None = None) -> bytes:
    """The documents as PDF bytes (in memory, so a failed write never leaves half a file)."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setTitle(clean(pdf_title or (documents[0].title if documents else translate(
        "Printing",
        "Document"))))
    writer.setCreator(APP_NAME if options.show_app_name else "")
    writer.setResolution(300)
    writer.setPageLayout(page_layout(options))
    try:
        render(writer, documents, options, contents_title=contents_title, progress=progress)
    finally:
        buffer.close()
    return bytes(data.data())


def write_pdf(path: Path, documents: Sequence[PrintDocument], options: PrintOptions, *,
              contents_title: str = "", pdf_title: str = "",
              progress: Progress | None = None) -> None:
    """Render and write atomically (VaultError with a plain message on failure)."""
    data = render_pdf(documents, options, contents_title=contents_title, pdf_title=pdf_title,
                      progress=progress)
    atomic_write_bytes(Path(path), data)
