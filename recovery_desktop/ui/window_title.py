"""The name the app shows for itself: its own, or a neutral one in privacy mode.

Qt appends the application display name to every window's title on X11, Wayland and Windows
(that is what taskbars and window switchers show) and message boxes use it as their title, so
privacy mode swaps the display name as well as the main window's title.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from recovery_desktop import APP_NAME


def visible_name(private: bool) -> str:
    # The literal is recovery_desktop.NEUTRAL_NAME (a test checks), written out so the
    # translation tools find it.
    return QCoreApplication.translate("WindowTitle", "Workbook") if private else APP_NAME


def apply(window: QWidget | None, private: bool) -> str:
    """Show the right name on ``window`` and everywhere Qt shows the app's name; return it."""
    name = visible_name(private)
    QGuiApplication.setApplicationDisplayName(name)
    if window is not None:
        window.setWindowTitle(name)
    return name
