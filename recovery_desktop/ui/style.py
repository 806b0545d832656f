"""Check boxes and radio buttons whose outline can be seen, in light and dark palettes.

Qt's Fusion style draws an unchecked indicator's frame as the window colour made darker
(``darker(140)``/``darker(150)``). On a light window that is a pale grey of about 2:1, and on
a dark window it is near-black on near-black: the boxes all but vanish. Palette roles cannot
fix that, since the frame is always darker than Window. So when the application runs on
Fusion, a thin proxy style draws Fusion's indicator and then redraws its frame in a colour
picked from the palette to meet WCAG's 3:1 for user-interface components (1.4.11), and the
keyboard-focus frame two pixels wide in the selection colour. Native styles (Windows, macOS,
a desktop's own Qt style) are left exactly as the platform draws them.
"""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QPointF, QRect
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPalette, QPen
from PySide6.QtWidgets import QApplication, QProxyStyle, QStyle, QStyleOption, QWidget

from recovery_desktop.ui.theme import contrast

NON_TEXT = 3.0  # WCAG 2 (1.4.11) for the parts of a control one needs to see to use it
DISABLED = 2.0  # a disabled box stays visible but plainly quieter (WCAG exempts it)
ROUND_MARGIN = 0.5  # antialiasing thins a circle's pixels a little: aim that much higher

_Primitive = QStyle.PrimitiveElement
_State = QStyle.StateFlag
_INDICATORS = (_Primitive.PE_IndicatorCheckBox, _Primitive.PE_IndicatorRadioButton)


@lru_cache(maxsize=64)
def _blend_until(start: int, towards: int, backgrounds: tuple[int, ...], ratio: float) -> int:
    """``start`` moved in twentieths towards ``towards`` until it meets ``ratio`` against
    every background (colours as 0xRRGGBB, so the results can be cached)."""
    first, last, behind = QColor(start), QColor(towards), [QColor(b) for b in backgrounds]
    for step in range(21):
        share = step / 20
        mixed = QColor.fromRgbF(*(a + (b - a) * share for a, b in zip(
            (first.redF(), first.greenF(), first.blueF()),
            (last.redF(), last.greenF(), last.blueF()), strict=True)))
        if all(contrast(mixed, other) >= ratio for other in behind):
            return mixed.rgb() & 0xFFFFFF
    return towards


def _rgb(palette: QPalette, role: QPalette.ColorRole) -> int:
    return palette.color(role).rgb() & 0xFFFFFF


def outline_colour(palette: QPalette, *, enabled: bool = True, margin: float = 0.0) -> QColor:
    """The least contrasting mix of Window and WindowText that still meets the target against
    Window and Base: as quiet as Fusion's grey, but visible."""
    role = QPalette.ColorRole
    backgrounds = (_rgb(palette, role.Window), _rgb(palette, role.Base))
    return QColor(_blend_until(backgrounds[0], _rgb(palette, role.WindowText), backgrounds,
                               (NON_TEXT if enabled else DISABLED) + margin))


def focus_colour(palette: QPalette, *, margin: float = 0.0) -> QColor:
    """The selection colour, moved towards the text colour if it misses 3:1 on the window."""
    role = QPalette.ColorRole
    backgrounds = (_rgb(palette, role.Window), _rgb(palette, role.Base))
    return QColor(_blend_until(_rgb(palette, role.Highlight), _rgb(palette, role.WindowText),
                               backgrounds, NON_TEXT + margin))


class IndicatorStyle(QProxyStyle):
    """Fusion, with check box and radio button frames redrawn to be seen (see module doc).

    Fusion paints item-view check marks through ``proxy()`` as check boxes, so lists and
    tables with tick boxes get the same frame.
    """

    def drawPrimitive(self, element: QStyle.PrimitiveElement, option: QStyleOption,
                      painter: QPainter, widget: QWidget | None = None) -> None:
        super().drawPrimitive(element, option, painter, widget)
        if element not in _INDICATORS:
            return
        state = option.state
        focused = bool(state & _State.State_HasFocus and state & _State.State_KeyboardFocusChange)
        palette: QPalette = option.palette
        rect: QRect = option.rect
        margin = 0.0 if element == _Primitive.PE_IndicatorCheckBox else ROUND_MARGIN
        if focused:
            pen = QPen(focus_colour(palette, margin=margin), 2)
        else:
            pen = QPen(outline_colour(palette, enabled=bool(state & _State.State_Enabled),
                                      margin=margin), 1)
        painter.save()
        painter.setBrush(QColor(0, 0, 0, 0))
        painter.setPen(pen)
        if element == _Primitive.PE_IndicatorCheckBox:
            # Fusion's frame runs along the outermost pixels of the indicator's rectangle;
            # the wider focus frame grows inwards so it never spills past them.
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
            painter.drawRect(QRect(rect).adjusted(1, 1, -1, -1) if focused else
                             QRect(rect).adjusted(0, 0, -1, -1))
        else:
            # Same circle as Fusion's (centre one pixel down and right of the rectangle's).
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            width = rect.width()
            radius = (width + (width + 1) % 2) / 2.0 - 1 - (0.5 if focused else 0.0)
            centre = QPointF(rect.center()) + QPointF(1, 1)
            circle = QPainterPath()
            circle.addEllipse(centre, radius, radius)
            painter.drawPath(circle)
        painter.restore()


def install(app: QApplication) -> None:
    """Wrap the application's style when it is Fusion; native styles are left alone."""
    style = app.style()
    if isinstance(style, IndicatorStyle) or style.name().lower() != "fusion":
        return
    app.setStyle(IndicatorStyle("fusion"))
