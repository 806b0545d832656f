"""Unchecked check boxes and radio buttons can be seen (WCAG 1.4.11, 3:1) in light and dark,
and keyboard focus on them shows, when drawn by the style the app installs (ui/style.py)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QColor, QImage, QPainter, QPalette, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QListView,
    QRadioButton,
    QStyle,
    QStyleFactory,
    QStyleOptionButton,
)

from recovery_desktop.ui import style, theme
from recovery_desktop.ui.app import integrate_with_desktop

State = QStyle.StateFlag
PALETTES = {"light": lambda: theme.readable(QPalette()),
            "dark": lambda: theme.readable(theme.dark_palette())}


@pytest.fixture
def app_style(qapp: QApplication) -> Iterator[QStyle]:
    """The application's style as start-up leaves it; the plain style and palette after."""
    before = QPalette(qapp.palette())
    integrate_with_desktop(qapp)
    follower = qapp.property("theme-follower")
    yield qapp.style()
    qapp.styleHints().colorSchemeChanged.disconnect(follower.apply)
    qapp.setProperty("theme-follower", None)
    qapp.setStyle(QStyleFactory.create("fusion"))
    qapp.setPalette(QPalette())
    qapp.setPalette(before)


def render(button: QAbstractButton, palette: QPalette, *, focused: bool = False
           ) -> tuple[QImage, QRect]:
    """The unchecked button as its style paints it, and where its indicator is."""
    button.setPalette(palette)
    button.resize(button.sizeHint())
    option = QStyleOptionButton()
    button.initStyleOption(option)  # type: ignore[attr-defined]
    option.state &= ~State.State_HasFocus  # offscreen windows never get focus: set it by hand
    if focused:
        option.state |= State.State_HasFocus | State.State_KeyboardFocusChange
    radio = isinstance(button, QRadioButton)
    control = QStyle.ControlElement.CE_RadioButton if radio else QStyle.ControlElement.CE_CheckBox
    sub = (QStyle.SubElement.SE_RadioButtonIndicator if radio
           else QStyle.SubElement.SE_CheckBoxIndicator)
    image = QImage(button.size(), QImage.Format.Format_RGB32)
    image.fill(palette.color(QPalette.ColorRole.Window))
    painter = QPainter(image)
    button.style().drawControl(control, option, painter, button)
    painter.end()
    return image, button.style().subElementRect(sub, option, button)


def spokes(image: QImage, rect: QRect) -> list[list[QColor]]:
    """Pixels from the indicator's centre out to each of its four sides (and one beyond)."""
    centre = rect.center()
    steps = (QPoint(-1, 0), QPoint(1, 0), QPoint(0, -1), QPoint(0, 1))
    reach = rect.width() // 2 + 2
    return [[QColor(image.pixel(centre + step * i)) for i in range(reach)
             if image.rect().contains(centre + step * i)] for step in steps]


def frame_widths(image: QImage, rect: QRect, palette: QPalette) -> list[int]:
    """How many pixels along each spoke meet 3:1 against both Window and Base."""
    backs = [palette.color(QPalette.ColorRole.Window), palette.color(QPalette.ColorRole.Base)]
    return [sum(all(theme.contrast(pixel, back) >= style.NON_TEXT for back in backs)
                for pixel in spoke) for spoke in spokes(image, rect)]


@pytest.mark.parametrize("scheme", list(PALETTES))
@pytest.mark.parametrize("kind", [QCheckBox, QRadioButton])
def test_unchecked_indicator_frame_meets_3_to_1_all_round(qtbot, app_style, scheme, kind):
    palette = PALETTES[scheme]()
    button = kind("Went to a meeting")
    qtbot.addWidget(button)
    image, rect = render(button, palette)
    assert min(frame_widths(image, rect, palette)) >= 1, f"{kind.__name__} in {scheme}"


@pytest.mark.parametrize("scheme", list(PALETTES))
@pytest.mark.parametrize("kind", [QCheckBox, QRadioButton])
def test_keyboard_focus_draws_a_wider_frame(qtbot, app_style, scheme, kind):
    palette = PALETTES[scheme]()
    button = kind("Went to a meeting")
    qtbot.addWidget(button)
    plain = frame_widths(*render(button, palette), palette)
    focused = frame_widths(*render(button, palette, focused=True), palette)
    assert min(focused) >= 2 and all(f > p for f, p in zip(focused, plain, strict=True))


@pytest.mark.parametrize("scheme", list(PALETTES))
def test_item_view_check_boxes_get_the_same_frame(qtbot, app_style, scheme):
    palette = PALETTES[scheme]()
    model = QStandardItemModel()
    item = QStandardItem("Call my sponsor")
    item.setCheckable(True)
    model.appendRow(item)
    view = QListView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.setPalette(palette)
    view.resize(240, 60)
    image = QImage(view.viewport().size(), QImage.Format.Format_RGB32)
    view.viewport().render(image)
    row = view.visualRect(model.index(0, 0))
    # The indicator is the first square at the row's start; find its frame by scanning.
    base = palette.color(QPalette.ColorRole.Base)
    middle = row.center().y()
    strong = [x for x in range(row.left(), row.left() + row.height() + 8)
              if theme.contrast(QColor(image.pixel(x, middle)), base) >= style.NON_TEXT]
    assert len(strong) >= 2  # the box's left and right sides


def test_native_styles_are_left_alone(qapp):
    windows = QStyleFactory.create("windows")
    before = qapp.style().name()
    qapp.setStyle(windows)
    try:
        style.install(qapp)
        assert qapp.style() is windows
    finally:
        qapp.setStyle(QStyleFactory.create(before))


def test_installing_the_style_keeps_the_palette_and_is_idempotent(qapp, app_style):
    assert isinstance(app_style, style.IndicatorStyle)
    qapp.setPalette(theme.dark_palette())
    style.install(qapp)
    assert qapp.style() is app_style
    assert theme.is_dark(qapp.palette())


def test_outline_colours_meet_their_targets_in_both_palettes():
    for make in PALETTES.values():
        palette = make()
        window = palette.color(QPalette.ColorRole.Window)
        for colour, target in ((style.outline_colour(palette), 3.0),
                               (style.outline_colour(palette, enabled=False), 2.0),
                               (style.focus_colour(palette), 3.0)):
            assert theme.contrast(colour, window) >= target
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Highlight, QColor("#f0f0f0"))  # a pale selection
    assert theme.contrast(style.focus_colour(palette),
                          palette.color(QPalette.ColorRole.Window)) >= 3.0
