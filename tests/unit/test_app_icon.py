"""The app icon's PNGs are rendered from its SVG and are up to date with it."""

from __future__ import annotations

import re

import pytest
from PySide6.QtGui import QImage

from recovery_desktop.ui.app_icon import PNG_SIZES, app_icon, png_path, render, svg_path


def max_channel_difference(a: QImage, b: QImage) -> int:
    a = a.convertToFormat(QImage.Format.Format_ARGB32)
    b = b.convertToFormat(QImage.Format.Format_ARGB32)
    assert a.size() == b.size()
    return max(abs(x - y) for x, y in zip(bytes(a.constBits()), bytes(b.constBits()), strict=True))


def test_svg_has_no_text():
    svg = svg_path().read_text(encoding="utf-8")
    assert not re.search(r"<text\b", svg)


@pytest.mark.parametrize("size", PNG_SIZES)
def test_pngs_are_fresh_renders_of_the_svg(qapp, size):
    # A small tolerance for anti-aliasing differences between Qt builds; an edited SVG
    # changes whole shapes.
    on_disk = QImage(str(png_path(size)))
    assert (on_disk.width(), on_disk.height()) == (size, size)
    assert max_channel_difference(on_disk, render(size)) <= 8, (
        "stale icon: run packaging/render_icons.py")


def test_every_size_exists_and_the_window_icon_offers_them(qapp):
    for size in PNG_SIZES:
        image = QImage(str(png_path(size)))
        assert (image.width(), image.height()) == (size, size)
        assert image.hasAlphaChannel()
        assert image.pixelColor(0, 0).alpha() == 0  # rounded corners are see-through
    sizes = {(s.width(), s.height()) for s in app_icon().availableSizes()}
    assert sizes == {(s, s) for s in PNG_SIZES}
