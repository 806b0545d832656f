"""A small flow layout for printed documents: blocks go down the page and break onto new ones.

Layout and painting are split: a :class:`Flow` measures everything with the target device's
metrics and records, per page, what to draw; :func:`paint_pages` then draws the pages with
"page x of y" (only known once everything is laid out). Long text breaks between lines, and
table rows between lines of their cells, so nothing is ever clipped; a table's header is drawn
again at the top of every page it continues on.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPagedPaintDevice,
    QPaintDevice,
    QPainter,
    QPen,
    QTextLayout,
    QTextLine,
    QTextOption,
)

from recovery_desktop.i18n import translate
from recovery_desktop.printing.fonts import print_font

Draw = Callable[[QPainter], None]

# Black and white friendly: dark text, mid-grey rules, a very light fill for headers.
INK = QColor("#111111")
QUIET = QColor("#555555")
RULE = QColor("#8a8a8a")
LIGHT_RULE = QColor("#b8b8b8")
FILL = QColor("#ececec")

BODY_PT = 10.5
SMALL_PT = 8.5

def tr(text: str) -> str:
    return QCoreApplication.translate("Printing", text)



def is_rtl(text: str) -> bool:
    """True when the first strongly directional character is right-to-left."""
    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind in ("R", "AL"):
            return True
        if kind == "L":
            return False
    return False


def clean(text: str) -> str:
    """Printable text: NUL bytes dropped (they would end the string in C code)."""
    return text.replace("\x00", "")


@dataclass
class Page:
    title: str  # the running header: the title of the document this page belongs to
    date_text: str
    ops: list[Draw] = field(default_factory=list)


@dataclass
class Fonts:
    title: QFont
    heading: QFont
    label: QFont
    body: QFont
    small: QFont
    small_bold: QFont

    @classmethod
    def default(cls) -> Fonts:
        return cls(print_font(17, bold=True), print_font(12.5, bold=True),
                   print_font(BODY_PT, bold=True), print_font(BODY_PT), print_font(SMALL_PT),
                   print_font(SMALL_PT, bold=True))


class Lines:
    """One paragraph (or several, split at line breaks) laid out at a width."""

    def __init__(self, text: str, font: QFont, width: float, device: QPaintDevice) -> None:
        self.items: list[tuple[QTextLayout, QTextLine, float]] = []  # layout, line, y offset
        y = 0.0
        for para in clean(text).split("\n"):
            layout = QTextLayout(para, font, device)
            option = QTextOption()
            option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
            if is_rtl(para):
                option.setTextDirection(Qt.LayoutDirection.RightToLeft)
                option.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute)
            layout.setTextOption(option)
            layout.beginLayout()
            while True:
                line = layout.createLine()
                if not line.isValid():
                    break
                line.setLineWidth(width)
                line.setPosition(QPointF(0, 0))
                self.items.append((layout, line, y))
                y += line.height()
            layout.endLayout()
        self.height = y

    def __len__(self) -> int:
        return len(self.items)

    def line_height(self, index: int) -> float:
        return self.items[index][1].height()

    def draw_line(self, index: int, x: float, y: float, colour: QColor) -> Draw:
        layout, line, _ = self.items[index]

        # The default argument keeps the layout alive as long as its line is drawn.
        def draw(painter: QPainter, _layout: QTextLayout = layout) -> None:
            painter.setPen(colour)
            line.draw(painter, QPointF(x, y))

        return draw


class Flow:
    """Lays blocks out top to bottom over as many pages as they need."""

    def __init__(self, device: QPaintDevice, fonts: Fonts | None = None) -> None:
        self.device = device
        self.fonts = fonts or Fonts.default()
        self.mm = device.logicalDpiY() / 25.4
        self.width = float(device.width())
        small = QFontMetricsF(self.fonts.small, device)
        # Running header and footer bands, drawn by paint_pages.
        self.header_h = small.height() + 4 * self.mm
        self.footer_h = small.height() + 4 * self.mm
        self.top = self.header_h
        self.bottom = float(device.height()) - self.footer_h
        self.pages: list[Page] = []
        self.y = self.top
        self.title = ""
        self.date_text = ""
        self.repeat: Callable[[], None] | None = None  # redraws a table header after a break

    # -- pages ---------------------------------------------------------------------------
    def start_document(self, title: str, date_text: str, byline: str = "", *,
                       placeholder: str = "") -> int:
        """A new document on a new page with its title block; returns its first page index.

        ``placeholder`` stands under the title instead of the date (a blank to fill in)."""
        self.title, self.date_text = clean(title), clean(date_text)
        self.new_page()
        first = len(self.pages) - 1
        self.text(self.title, self.fonts.title, after_mm=1.5)
        meta = "  ·  ".join(t for t in (self.date_text or placeholder, clean(byline)) if t)
        if meta:
            self.text(meta, self.fonts.body, QUIET, after_mm=2)
        self.rule(after_mm=4)
        return first

    def new_page(self) -> None:
        self.pages.append(Page(self.title, self.date_text))
        self.y = self.top

    def add(self, op: Draw) -> None:
        if not self.pages:
            self.new_page()
        self.pages[-1].ops.append(op)

    def room(self) -> float:
        return self.bottom - self.y

    def ensure(self, height: float) -> None:
        """Start a new page unless ``height`` fits (a block taller than a page just starts)."""
        if not self.pages or (height > self.room() and self.y > self.top):
            self.new_page()
            if self.repeat is not None:
                self.repeat()

    def space(self, mm: float) -> None:
        self.y += mm * self.mm

    # -- blocks --------------------------------------------------------------------------
    def text(self, text: str, font: QFont, colour: QColor = INK, *, indent_mm: float = 0.0,
             after_mm: float = 2.0, keep_with_next_mm: float = 0.0) -> None:
        indent = indent_mm * self.mm
        lines = Lines(text, font, self.width - indent, self.device)
        for i in range(len(lines)):
            h = lines.line_height(i)
            extra = keep_with_next_mm * self.mm if i == len(lines) - 1 else 0.0
            self.ensure(h + extra)
            self.add(lines.draw_line(i, indent, self.y, colour))
            self.y += h
        self.space(after_mm)

    def heading(self, text: str, *, keep_mm: float = 22.0) -> None:
        """A section heading, kept with ``keep_mm`` of what follows it."""
        self.space(2)
        self.text(text, self.fonts.heading, after_mm=2.0, keep_with_next_mm=keep_mm)

    def label(self, text: str, help_text: str = "", *, keep_mm: float = 14) -> None:
        self.text(text, self.fonts.label, after_mm=0.8 if help_text else 1.5,
                  keep_with_next_mm=keep_mm + (6 if help_text else 0))
        if help_text:
            self.text(help_text, self.fonts.small, QUIET, after_mm=1.5, keep_with_next_mm=keep_mm)

    def rule(self, *, after_mm: float = 2.0, colour: QColor = RULE) -> None:
        y, width, mm = self.y, self.width, self.mm

        def draw(painter: QPainter) -> None:
            painter.setPen(QPen(colour, 0.25 * mm))
            painter.drawLine(QPointF(0, y), QPointF(width, y))

        self.add(draw)
        self.space(after_mm)

    def writing_lines(self, count: int, *, spacing_mm: float = 8.0, indent_mm: float = 0.0,
                      after_mm: float = 3.0) -> None:
        """Ruled lines to write on by hand."""
        step = spacing_mm * self.mm
        for _ in range(count):
            self.ensure(step)
            self.add(_hline(indent_mm * self.mm, self.width, self.y + step, self.mm))
            self.y += step
        self.space(after_mm)

    def box(self, height_mm: float, label: str = "", *, after_mm: float = 3.0) -> None:
        """An empty bordered box to write in, with an optional label in its top corner."""
        self.ensure(height_mm * self.mm)
        rect = QRectF(0, self.y, self.width, height_mm * self.mm)
        self.add(_boxes([(rect, label)], self.fonts.small_bold, self.mm))
        self.y = rect.bottom()
        self.space(after_mm)

    def box_grid(self, labels: Sequence[str], cell_height_mm: float, *,
                 after_mm: float = 3.0) -> None:
        """Boxes two to a row (the 2×2 grid), each with its label in the corner."""
        gap = 3 * self.mm
        w = (self.width - gap) / 2
        h = cell_height_mm * self.mm
        for start in range(0, len(labels), 2):
            self.ensure(h)
            pair = [(QRectF(i * (w + gap), self.y, w, h), label)
                    for i, label in enumerate(labels[start:start + 2])]
            self.add(_boxes(pair, self.fonts.small_bold, self.mm))
            self.y += h + gap
        self.space(after_mm - 3)

    def tick_boxes(self, labels: Sequence[str], *, after_mm: float = 3.0) -> None:
        """Options with an empty square before each, in columns when the labels are short."""
        font = self.fonts.body
        metrics = QFontMetricsF(font, self.device)
        square = 3.6 * self.mm
        gap = 2.5 * self.mm
        widest = max((metrics.horizontalAdvance(clean(t)) for t in labels), default=0.0)
        columns = max(1, min(3, int(self.width // (widest + square + 3 * gap))))
        col_w = self.width / columns
        for start in range(0, len(labels), columns):
            row = labels[start:start + columns]
            cells = [Lines(t, font, col_w - square - 2 * gap, self.device) for t in row]
            h = max(c.height for c in cells) + 1.5 * self.mm
            self.ensure(h)
            for i, cell in enumerate(cells):
                x = i * col_w
                top = self.y + (cell.line_height(0) - square) / 2 if len(cell) else self.y
                self.add(_square(QRectF(x, top, square, square), self.mm))
                y = self.y
                for n in range(len(cell)):
                    self.add(cell.draw_line(n, x + square + gap, y, INK))
                    y += cell.line_height(n)
            self.y += h
        self.space(after_mm)

    def scale_boxes(self, low: str, high: str, *, after_mm: float = 3.0) -> None:
        """0 to 10 in boxes, to circle one by hand, with the meaning of both ends below."""
        size = min(9 * self.mm, self.width / 12)
        small = QFontMetricsF(self.fonts.small, self.device).height()
        self.ensure(size + small + 2 * self.mm)
        top, mm = self.y, self.mm
        font, small_font = self.fonts.body, self.fonts.small

        def draw(painter: QPainter) -> None:
            painter.setFont(font)
            for n in range(11):
                rect = QRectF(n * size * 1.1, top, size, size)
                painter.setPen(QPen(RULE, 0.3 * mm))
                painter.drawRect(rect)
                painter.setPen(INK)
                painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), str(n))
            painter.setFont(small_font)
            painter.setPen(QUIET)
            below = QRectF(0, top + size + 1 * mm, 11 * size * 1.1, small + mm)
            painter.drawText(below, int(Qt.AlignmentFlag.AlignLeft), clean(low))
            painter.drawText(below, int(Qt.AlignmentFlag.AlignRight), clean(high))

        self.add(draw)
        self.y += size + small + 2 * self.mm
        self.space(after_mm)

    def table(self, headers: Sequence[str], rows: Sequence[Sequence[str]], *,
              fractions: Sequence[float] | None = None, blank_rows: int = 0,
              blank_row_mm: float = 10.0, after_mm: float = 4.0) -> None:
        """A ruled table; rows break between lines, the header repeats on every page."""
        n = len(headers)
        fractions = list(fractions or [1.0 / n] * n)
        total = sum(fractions)
        widths = [self.width * f / total for f in fractions]
        xs = [sum(widths[:i]) for i in range(n)]
        pad = 1.6 * self.mm
        head_cells = [Lines(h, self.fonts.small_bold, w - 2 * pad, self.device)
                      for h, w in zip(headers, widths, strict=True)]
        head_h = max(c.height for c in head_cells) + 2 * pad
        mm = self.mm

        def draw_header() -> None:
            top = self.y
            rects = [QRectF(x, top, w, head_h) for x, w in zip(xs, widths, strict=True)]
            self.add(_filled_cells(rects, mm))
            for cell, x in zip(head_cells, xs, strict=True):
                y = top + pad
                for i in range(len(cell)):
                    self.add(cell.draw_line(i, x + pad, y, INK))
                    y += cell.line_height(i)
            self.y += head_h

        first_line = max((QFontMetricsF(self.fonts.body, self.device).height() + 2 * pad),
                         blank_row_mm * mm if blank_rows else 0.0)
        whole = head_h + blank_rows * blank_row_mm * mm  # a blank table stays in one piece
        self.ensure(whole if not rows and whole < (self.bottom - self.top) / 2
                    else head_h + first_line)
        draw_header()
        self.repeat = draw_header
        try:
            for row in rows:
                self._table_row([Lines(str(v), self.fonts.body, w - 2 * pad, self.device)
                                 for v, w in zip(row, widths, strict=True)], xs, widths, pad)
            for _ in range(blank_rows):
                h = blank_row_mm * mm
                self.ensure(h)
                self.add(_cells([QRectF(x, self.y, w, h) for x, w in zip(xs, widths,
                                                                          strict=True)], mm))
                self.y += h
        finally:
            self.repeat = None
        self.space(after_mm)

    def _table_row(self, cells: list[Lines], xs: list[float], widths: list[float],
                   pad: float) -> None:
        depth = max((len(c) for c in cells), default=0) or 1
        # Each slice is the k-th line of every cell; a row may break between slices.
        slices = [max((c.line_height(k) for c in cells if k < len(c)), default=0.0)
                  for k in range(depth)]
        if not any(slices):
            slices = [QFontMetricsF(self.fonts.body, self.device).height()]
        k = 0
        while k < len(slices):
            self.ensure(slices[k] + 2 * pad)
            top = self.y
            y = top + pad
            start = k
            while k < len(slices) and y + slices[k] + pad <= self.bottom:
                for cell, x in zip(cells, xs, strict=True):
                    if k < len(cell):
                        self.add(cell.draw_line(k, x + pad, y, INK))
                y += slices[k]
                k += 1
            if k == start:  # a single line taller than the whole page: draw it anyway
                for cell, x in zip(cells, xs, strict=True):
                    if k < len(cell):
                        self.add(cell.draw_line(k, x + pad, y, INK))
                y += slices[k]
                k += 1
            bottom = y + pad
            self.add(_cells([QRectF(x, top, w, bottom - top) for x, w in zip(xs, widths,
                                                                             strict=True)],
                            self.mm))
            self.y = bottom
            if k < len(slices):
                self.ensure(self.bottom)  # the rest of the row continues on the next page

    def chart(self, height_mm: float, draw_chart: Callable[[QPainter, QRectF], None], *,
              width_fraction: float = 1.0, after_mm: float = 4.0) -> None:
        """Space for a chart drawn by the same QPainter code the screen uses."""
        h = height_mm * self.mm
        self.ensure(h)
        rect = QRectF(0, self.y, self.width * width_fraction, h)
        font = self.fonts.small

        def draw(painter: QPainter) -> None:
            painter.save()
            painter.setFont(font)
            draw_chart(painter, rect)
            painter.restore()

        self.add(draw)
        self.y += h
        self.space(after_mm)

    def page_break(self) -> None:
        if self.y > self.top:
            self.new_page()


def _hline(x0: float, x1: float, y: float, mm: float) -> Draw:
    def draw(painter: QPainter) -> None:
        painter.setPen(QPen(LIGHT_RULE, 0.25 * mm))
        painter.drawLine(QPointF(x0, y), QPointF(x1, y))

    return draw


def _square(rect: QRectF, mm: float) -> Draw:
    def draw(painter: QPainter) -> None:
        painter.setPen(QPen(INK, 0.3 * mm))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(rect)

    return draw


def _cells(rects: list[QRectF], mm: float) -> Draw:
    def draw(painter: QPainter) -> None:
        painter.setPen(QPen(RULE, 0.25 * mm))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for rect in rects:
            painter.drawRect(rect)

    return draw


def _filled_cells(rects: list[QRectF], mm: float) -> Draw:
    def draw(painter: QPainter) -> None:
        painter.setPen(QPen(RULE, 0.25 * mm))
        painter.setBrush(FILL)
        for rect in rects:
            painter.drawRect(rect)
        painter.setBrush(Qt.BrushStyle.NoBrush)

    return draw


def _boxes(items: list[tuple[QRectF, str]], font: QFont, mm: float) -> Draw:
    def draw(painter: QPainter) -> None:
        painter.setFont(font)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for rect, label in items:
            painter.setPen(QPen(RULE, 0.3 * mm))
            painter.drawRoundedRect(rect, 1.5 * mm, 1.5 * mm)
            if label:
                painter.setPen(INK)
                inner = rect.adjusted(2.5 * mm, 2 * mm, -2.5 * mm, -2 * mm)
                painter.drawText(inner, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
                                            | Qt.TextFlag.TextWordWrap), clean(label))

    return draw


@dataclass(frozen=True)
class Furniture:
    """What every page shows around its content."""

    app_name: str = ""  # empty unless the person chose to show it
    page_label: str = ""  # "Page %1 of %2", translated


def paint_pages(painter: QPainter, device: QPagedPaintDevice, flow: Flow,
                furniture: Furniture, *, first_number: int = 1, total: int | None = None,
                progress: Callable[[int], None] | None = None, start_new: bool = False) -> None:
    """Draw every laid-out page with its running header and "page x of y" footer."""
    total = total if total is not None else len(flow.pages) + first_number - 1
    small = flow.fonts.small
    mm, width = flow.mm, flow.width
    height = float(device.height())
    label = furniture.page_label or translate("Printing", "Page %1 of %2")
    for index, page in enumerate(flow.pages):
        if index > 0 or start_new:
            device.newPage()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setFont(small)
        painter.setPen(QUIET)
        band = QRectF(0, 0, width, flow.header_h - 2 * mm)
        painter.drawText(band, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop),
                         page.title)
        painter.drawText(band, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop),
                         page.date_text)
        foot_top = height - flow.footer_h + 2 * mm
        painter.setPen(QPen(LIGHT_RULE, 0.25 * mm))
        painter.drawLine(QPointF(0, foot_top - 1 * mm), QPointF(width, foot_top - 1 * mm))
        painter.setPen(QUIET)
        foot = QRectF(0, foot_top, width, flow.footer_h - 2 * mm)
        number = index + first_number
        painter.drawText(foot, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop),
                         label.replace("%1", str(number)).replace("%2", str(total)))
        if furniture.app_name:
            painter.drawText(foot, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop),
                             furniture.app_name)
        for op in page.ops:
            op(painter)
        if progress is not None:
            progress(index + 1)
