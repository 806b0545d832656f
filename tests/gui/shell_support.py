"""Helpers for driving the real main window in tests."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QModelIndex, QSettings, Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from recovery_desktop.ui.context import AppContext
from recovery_desktop.ui.dialogs import Dialogs
from recovery_desktop.ui.main_window import MainWindow
from recovery_desktop.ui.settings_store import SettingsStore
from recovery_desktop.vault import kdf
from recovery_desktop.vault.instance_lock import InstanceLock
from recovery_desktop.vault.keychain import Keychain


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


def make_ctx(data_dir: Path, settings_file: Path, clock: FakeClock | None = None) -> AppContext:
    qsettings = QSettings(str(settings_file), QSettings.Format.IniFormat)
    return AppContext(
        data_dir=data_dir,
        lock=InstanceLock(data_dir),
        settings=SettingsStore(qsettings),
        dialogs=Dialogs(fail_unanswered=True),
        keychain=Keychain(timeout=2.0),
        calibrate=kdf.floor_calibration,
        clock=clock or FakeClock(),
        clipboard_clear_ms=200,
        auto_backup=False,  # tests/gui/test_data_page.py turns it on where it is tested
    )


def open_window(qtbot: QtBot, folder: Path, settings_file: Path,
                clock: FakeClock | None = None) -> MainWindow:
    """The real main window on ``folder``, shown and holding the folder lock."""
    ctx = make_ctx(folder, settings_file, clock)
    ctx.lock.acquire()
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.start()
    win.show()
    qtbot.waitExposed(win)
    return win


def unlock_with(qtbot: QtBot, win: MainWindow, secret: str) -> None:
    """Type ``secret`` into the lock screen and press Enter, as a user would."""
    from recovery_desktop.ui.unlock_screen import UnlockScreen

    screen = win.centralWidget()
    assert isinstance(screen, UnlockScreen)
    qtbot.waitUntil(screen.field.isEnabled, timeout=10_000)  # device check finished
    screen.field.setFocus()
    qtbot.keyClicks(screen.field, secret)
    qtbot.keyClick(screen.field, Qt.Key.Key_Return)


def visible_texts(root: QWidget) -> list[str]:
    """Every text a widget or item model under ``root`` holds (what a locked window must not)."""
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractItemView,
        QComboBox,
        QLabel,
        QLineEdit,
        QPlainTextEdit,
        QTextEdit,
    )

    texts: list[str] = []
    widgets = [root, *root.findChildren(QWidget)]
    for widget in widgets:
        if isinstance(widget, QLineEdit | QLabel | QAbstractButton):
            texts.append(widget.text())
        elif isinstance(widget, QTextEdit | QPlainTextEdit):
            texts.append(widget.toPlainText())
        elif isinstance(widget, QComboBox):
            texts.extend(widget.itemText(i) for i in range(widget.count()))
            texts.append(widget.currentText())
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            top = QModelIndex()
            for row in range(model.rowCount(top)):
                col = 0
                while model.hasIndex(row, col, top):  # list models hide columnCount
                    texts.append(str(model.data(model.index(row, col, top))))
                    col += 1
        texts.append(widget.accessibleName())
        texts.append(widget.windowTitle())
    return texts


def files_containing(folder: Path, needles: list[bytes]) -> list[str]:
    """Files under ``folder`` that contain any needle in UTF-8 or UTF-16 (plaintext leaks)."""
    hits = []
    variants = [v for n in needles for v in (n, n.decode().encode("utf-16-le"))]
    for path in folder.rglob("*"):
        if path.is_file():
            try:
                data = path.read_bytes()
            except OSError:
                continue
            if any(v in data for v in variants):
                hits.append(str(path))
    return hits
