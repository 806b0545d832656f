"""The main window's menus and window-wide shortcuts: File (Settings, Lock, Quit) and Help
(keyboard shortcuts, About). Keys come from ui/shortcuts.py, set after the first paint."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction

if TYPE_CHECKING:
    from recovery_desktop.ui.main_window import MainWindow


class WindowMenus(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        bar = window.menuBar()
        bar.setAccessibleName(self.tr("Menu bar"))
        self.file_menu = bar.addMenu(self.tr("&File"))
        self.help_menu = bar.addMenu(self.tr("&Help"))
        self.preferences_action = self._action(self.tr("&Settings…"), self.open_settings)
        self.quit_action = self._action(self.tr("&Quit"), window.close)
        # Not in a menu: Ctrl+W closes (and so saves and locks) the only window.
        self.close_action = self._action(self.tr("Close window"), window.close)
        window.addAction(self.close_action)
        self.shortcuts_action = self._action(self.tr("&Keyboard shortcuts"), self.show_shortcuts)
        self.about_action = self._action(self.tr("&About"), self.show_about)
        self.file_menu.addAction(self.preferences_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(window.lock_action)
        self.file_menu.addAction(self.quit_action)
        self.help_menu.addAction(self.shortcuts_action)
        self.help_menu.addAction(window.crisis_action)
        self.help_menu.addSeparator()
        self.help_menu.addAction(self.about_action)
        self.file_menu.aboutToShow.connect(self._refresh)

    def _action(self, text: str, slot: object) -> QAction:
        action = QAction(text, self.window)
        action.triggered.connect(slot)
        return action

    def set_shortcuts(self) -> None:
        from recovery_desktop.ui import shortcuts

        for action, shortcut_id in (
            (self.preferences_action, "preferences"),
            (self.quit_action, "quit"),
            (self.close_action, "close"),
            (self.shortcuts_action, "shortcuts"),
            (self.window.lock_action, "lock"),
            (self.window.crisis_action, "crisis"),
            (self.window.quick_log_action, "quick_log"),
        ):
            action.setShortcuts(shortcuts.keys(shortcut_id))

    def _refresh(self) -> None:
        self.preferences_action.setEnabled(self.window.shell is not None)

    def open_settings(self) -> None:
        if self.window.shell is not None and "settings" in self.window.shell.page_ids:
            self.window.shell.select("settings")

    def show_shortcuts(self) -> None:
        from recovery_desktop.ui.shortcuts_dialog import ShortcutsDialog

        self._open(ShortcutsDialog(self.window))

    def show_about(self) -> None:
        from recovery_desktop.ui.about_dialog import AboutDialog

        self._open(AboutDialog(self.window))

    def _open(self, dialog: QObject) -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QDialog

        assert isinstance(dialog, QDialog)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog  # tests look at the one on screen
        dialog.open()
