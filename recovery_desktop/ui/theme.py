"""Light and dark palettes that follow the system's colour scheme.

Where the platform theme supplies a dark palette itself (Windows, macOS, recent GNOME and KDE),
Qt switches on its own and this module only keeps quiet text readable. Where the system asks
for dark but the platform palette stays light (a bare X11 session, say), the app uses its own
dark palette, and gives the platform's palette back when the system turns light again.
Hint text (PlaceholderText, used by ``labels.hint_label``) and the selection colour are
nudged just enough to meet WCAG AA contrast (4.5:1) where the platform's palette misses it.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette

AA_TEXT = 4.5  # WCAG 2 AA for normal-size text

_DARK = {
    QPalette.ColorRole.Window: "#202124", QPalette.ColorRole.WindowText: "#e8eaed",
    QPalette.ColorRole.Base: "#2a2b2e", QPalette.ColorRole.AlternateBase: "#303134",
    QPalette.ColorRole.Text: "#e8eaed", QPalette.ColorRole.Button: "#303134",
    QPalette.ColorRole.ButtonText: "#e8eaed", QPalette.ColorRole.Highlight: "#8ab4f8",
    QPalette.ColorRole.HighlightedText: "#202124", QPalette.ColorRole.PlaceholderText: "#9aa0a6",
    QPalette.ColorRole.ToolTipBase: "#303134", QPalette.ColorRole.ToolTipText: "#e8eaed",
    QPalette.ColorRole.Link: "#8ab4f8", QPalette.ColorRole.LinkVisited: "#c58af9",
    QPalette.ColorRole.BrightText: "#ffffff", QPalette.ColorRole.Light: "#4a4b4f",
    QPalette.ColorRole.Midlight: "#3c3d41", QPalette.ColorRole.Mid: "#2f3033",
    QPalette.ColorRole.Dark: "#17181a", QPalette.ColorRole.Shadow: "#000000",
}

# (foreground, background) pairs of roles the app draws text with.
TEXT_PAIRS = (
    (QPalette.ColorRole.WindowText, QPalette.ColorRole.Window),
    (QPalette.ColorRole.Text, QPalette.ColorRole.Base),
    (QPalette.ColorRole.Text, QPalette.ColorRole.AlternateBase),
    (QPalette.ColorRole.ButtonText, QPalette.ColorRole.Button),
    (QPalette.ColorRole.HighlightedText, QPalette.ColorRole.Highlight),
    (QPalette.ColorRole.ToolTipText, QPalette.ColorRole.ToolTipBase),
    (QPalette.ColorRole.PlaceholderText, QPalette.ColorRole.Window),
    (QPalette.ColorRole.PlaceholderText, QPalette.ColorRole.Base),
    (QPalette.ColorRole.Link, QPalette.ColorRole.Base),
    (QPalette.ColorRole.Link, QPalette.ColorRole.Window),
)


def dark_palette() -> QPalette:
    palette = QPalette()
    for role, colour in _DARK.items():
        palette.setColor(role, QColor(colour))
    for role in (QPalette.ColorRole.ButtonText, QPalette.ColorRole.Text,
                 QPalette.ColorRole.WindowText):  # disabled controls must look disabled
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#6f7378"))
    return palette


def luminance(colour: QColor) -> float:
    """WCAG relative luminance (alpha is ignored: callers pass opaque colours)."""

    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return (0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF())
            + 0.0722 * channel(colour.blueF()))


def contrast(a: QColor, b: QColor) -> float:
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def flatten(colour: QColor, background: QColor) -> QColor:
    """A translucent colour as it looks over ``background``."""
    alpha = colour.alphaF()
    return QColor.fromRgbF(*(alpha * c + (1 - alpha) * b for c, b in zip(
        (colour.redF(), colour.greenF(), colour.blueF()),
        (background.redF(), background.greenF(), background.blueF()), strict=True)))


def _mix(colour: QColor, target: QColor, share: float) -> QColor:
    return QColor.fromRgbF(*(c + (t - c) * share for c, t in zip(
        (colour.redF(), colour.greenF(), colour.blueF()),
        (target.redF(), target.greenF(), target.blueF()), strict=True)))


def nudged(colour: QColor, target: QColor, against: list[QColor]) -> QColor:
    """``colour`` moved in tenths towards ``target`` until it meets AA against each colour."""
    for step in range(11):
        mixed = _mix(colour, target, step / 10)
        if all(contrast(mixed, other) >= AA_TEXT for other in against):
            return mixed
    return target


def readable(palette: QPalette) -> QPalette:
    """``palette`` with hint text and selection colours nudged to meet AA where they miss.

    Hints move towards the text colour; the selection background moves away from the
    selected-text colour. Colours that already pass are left as the platform made them.
    """
    result = QPalette(palette)
    role = QPalette.ColorRole
    window, base = palette.color(role.Window), palette.color(role.Base)
    hint = flatten(palette.color(role.PlaceholderText), window)
    if min(contrast(hint, window), contrast(hint, base)) < AA_TEXT:
        hint = nudged(hint, palette.color(role.WindowText), [window, base])
        for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
            result.setColor(group, role.PlaceholderText, hint)
    selected, highlight = palette.color(role.HighlightedText), palette.color(role.Highlight)
    if contrast(selected, highlight) < AA_TEXT:
        away = QColor("#000000") if luminance(selected) > 0.5 else QColor("#ffffff")
        highlight = nudged(highlight, away, [selected])
        for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
            result.setColor(group, role.Highlight, highlight)
    return result


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


class ThemeFollower(QObject):
    """Keeps the application's palette in step with the system colour scheme."""

    def __init__(self, app: QGuiApplication) -> None:
        super().__init__(app)
        self.app = app
        self.ours = False  # whether the dark palette in use is this module's
        hints = app.styleHints()
        hints.colorSchemeChanged.connect(self.apply)
        self.apply(hints.colorScheme())

    def apply(self, scheme: Qt.ColorScheme) -> None:
        # An empty palette first: drop earlier overrides and take the platform's palette.
        self.app.setPalette(QPalette())
        self.ours = scheme == Qt.ColorScheme.Dark and not is_dark(self.app.palette())
        if self.ours:
            self.app.setPalette(dark_palette())
        self._fix_hints()

    def _fix_hints(self) -> None:
        palette = self.app.palette()
        fixed = readable(palette)
        if fixed != palette:
            self.app.setPalette(fixed)


def follow_system(app: QGuiApplication) -> ThemeFollower:
    return ThemeFollower(app)
