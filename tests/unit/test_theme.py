"""Palettes follow the system colour scheme, and their text meets WCAG AA contrast."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

from recovery_desktop.ui import theme


@pytest.fixture
def follower(qapp: QApplication) -> Iterator[theme.ThemeFollower]:
    before = QPalette(qapp.palette())
    follower = theme.follow_system(qapp)
    yield follower
    qapp.styleHints().colorSchemeChanged.disconnect(follower.apply)
    follower.deleteLater()
    qapp.setPalette(QPalette())
    qapp.setPalette(before)


def test_contrast_formula_matches_wcag_reference_values():
    assert theme.contrast(QColor("#000000"), QColor("#ffffff")) == pytest.approx(21.0)
    assert theme.contrast(QColor("#777777"), QColor("#ffffff")) == pytest.approx(4.48, abs=0.01)


@pytest.mark.parametrize("scheme", [Qt.ColorScheme.Light, Qt.ColorScheme.Dark])
def test_text_roles_meet_wcag_aa(qapp, follower, scheme):
    qapp.styleHints().colorSchemeChanged.emit(scheme)
    palette = qapp.palette()
    assert theme.is_dark(palette) == (scheme == Qt.ColorScheme.Dark)
    failing = []
    for fg, bg in theme.TEXT_PAIRS:
        back = palette.color(bg)
        ratio = theme.contrast(theme.flatten(palette.color(fg), back), back)
        if ratio < theme.AA_TEXT:
            failing.append(f"{fg.name} on {bg.name}: {ratio:.2f}")
    assert failing == []


def test_follows_the_system_to_dark_and_back(qapp, follower):
    light_window = qapp.palette().color(QPalette.ColorRole.Window)
    qapp.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert theme.is_dark(qapp.palette()) and follower.ours
    qapp.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Light)
    assert not follower.ours
    assert qapp.palette().color(QPalette.ColorRole.Window) == light_window


def test_readable_keeps_passing_colours_and_fixes_faint_ones(qapp):
    palette = theme.dark_palette()
    assert theme.readable(palette) == palette  # a platform palette that passes is kept
    faint = QPalette(palette)
    faint.setColor(QPalette.ColorRole.PlaceholderText, QColor("#404244"))
    faint.setColor(QPalette.ColorRole.HighlightedText, QColor("#ffffff"))
    fixed = theme.readable(faint)
    window = fixed.color(QPalette.ColorRole.Window)
    assert theme.contrast(fixed.color(QPalette.ColorRole.PlaceholderText), window) >= 4.5
    assert theme.contrast(fixed.color(QPalette.ColorRole.HighlightedText),
                          fixed.color(QPalette.ColorRole.Highlight)) >= 4.5


def test_start_up_sets_the_window_icon_and_follows_the_system(qapp):
    from recovery_desktop.ui.app import integrate_with_desktop

    before = QPalette(qapp.palette())
    integrate_with_desktop(qapp)
    follower = qapp.property("theme-follower")
    try:
        assert isinstance(follower, theme.ThemeFollower)
        assert not qapp.windowIcon().isNull()
        assert len(qapp.windowIcon().availableSizes()) == 8  # crisp at any scale factor
    finally:
        qapp.styleHints().colorSchemeChanged.disconnect(follower.apply)
        qapp.setProperty("theme-follower", None)
        qapp.setStyle(QStyleFactory.create("fusion"))  # start-up wraps it (ui/style.py)
        qapp.setPalette(QPalette())
        qapp.setPalette(before)
