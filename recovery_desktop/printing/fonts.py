"""The bundled print fonts, registered the first time something is printed.

Not at start-up: the lock screen should not pay for 2.5 MB of fonts nobody may ever print.
Registration must happen on the GUI thread (``ensure_fonts`` is called there before any
worker renders); after that QFont and QTextLayout work on a worker thread that paints to a
QPdfWriter (fontconfig-based Qt, as on every platform we ship).
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase

from recovery_desktop.resources_path import resource

FONT_FILES = (
    "NotoSans-Regular.ttf", "NotoSans-Bold.ttf",
    "NotoSansArabic-Regular.ttf", "NotoSansArabic-Bold.ttf",
    "NotoSansHebrew-Regular.ttf", "NotoSansHebrew-Bold.ttf",
    "Symbola-Emoji.ttf",
)
# The first family draws Latin, Cyrillic and Greek; Qt falls back along the list per glyph.
FAMILIES = ["Noto Sans", "Noto Sans Arabic", "Noto Sans Hebrew", "Symbola"]

_registered: list[str] | None = None


def ensure_fonts() -> list[str]:
    """Register the bundled fonts once; the families that loaded (a missing file is skipped,
    and the system fonts then stand in)."""
    global _registered  # noqa: PLW0603 - once per process
    if _registered is None:
        loaded: list[str] = []
        for name in FONT_FILES:
            try:
                data = resource("fonts", name).read_bytes()
            except OSError:
                continue
            font_id = QFontDatabase.addApplicationFontFromData(data)
            if font_id >= 0:
                loaded += QFontDatabase.applicationFontFamilies(font_id)
        _registered = [f for f in FAMILIES if f in loaded] or []
    return _registered


def print_font(point_size: float, *, bold: bool = False) -> QFont:
    """The body font at ``point_size`` with fallbacks for Arabic, Hebrew and emoji."""
    families = ensure_fonts()
    font = QFont()
    if families:
        font.setFamilies(families)
    font.setPointSizeF(point_size)
    font.setBold(bold)
    font.setStyleStrategy(QFont.StyleStrategy.PreferAntialias)
    return font
