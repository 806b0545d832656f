"""The app icon: one SVG drawn for the project, PNG sizes rendered from it.

The PNGs sit in a freedesktop ``hicolor`` tree under ``resources/icons`` so packagers can copy
it as is; ``packaging/render_icons.py`` re-renders them and a test checks they are fresh.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QIcon, QImage

from recovery_desktop import APP_ID
from recovery_desktop.resources_path import resource

# The sizes desktops, docks and installers ask for.
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def icons_dir() -> Path:
    return Path(str(resource("icons")))


def svg_path() -> Path:
    return icons_dir() / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"


def png_path(size: int) -> Path:
    return icons_dir() / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"


def render(size: int, source: Path | None = None) -> QImage:
    """The SVG drawn at ``size`` x ``size`` pixels on a transparent background."""
    from PySide6.QtGui import QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(source or svg_path()))
    if not renderer.isValid():
        raise ValueError(f"not a valid SVG: {source or svg_path()}")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(0)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    return image


def app_icon() -> QIcon:
    """Every rendered size, so Qt picks a crisp one at any scale factor (no SVG plugin needed)."""
    icon = QIcon()
    for size in PNG_SIZES:
        path = png_path(size)
        if path.is_file():
            icon.addFile(str(path))
    return icon
