"""At 200% system text size the shared screens grow instead of clipping wrapped text."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from recovery_desktop.ui.main_window import MainWindow
from recovery_desktop.ui.shell import Shell
from recovery_desktop.vault import kdf
from recovery_desktop.vault.vault import Vault
from tests.conftest import PASSPHRASE
from tests.gui.shell_support import open_window, unlock_with


@pytest.fixture
def big_text(qapp: QApplication) -> Iterator[None]:
    normal = QFont(qapp.font())
    big = QFont(normal)
    big.setPointSizeF(normal.pointSizeF() * 2)
    qapp.setFont(big)
    yield
    qapp.setFont(normal)


def clipped(root: QWidget) -> list[str]:
    """Wrapped labels given fewer lines than they need or overlapping a sibling; buttons
    narrower than their text."""
    found = []
    direct = Qt.FindChildOption.FindDirectChildrenOnly
    for label in root.findChildren(QLabel):
        if not (label.isVisibleTo(root) and label.wordWrap() and label.text().strip()):
            continue
        if label.height() + 1 < label.heightForWidth(label.width()):
            found.append(f"label {label.text()[:40]!r}")
        parent = label.parentWidget()
        for other in parent.findChildren(QWidget, options=direct) if parent else []:
            if (other is not label and other.isVisibleTo(root)
                    and other.geometry().intersects(label.geometry())):
                found.append(f"label {label.text()[:40]!r} overlaps {type(other).__name__}")
    for button in root.findChildren(QPushButton):
        if (button.isVisibleTo(root) and button.text()
                and button.width() + 1 < button.minimumSizeHint().width()):
            found.append(f"button {button.text()!r}")
    return found


def show(qtbot: QtBot, folder: Path, tmp_path: Path) -> MainWindow:
    win = open_window(qtbot, folder, tmp_path / "settings.ini")
    win.resize(1100, 760)
    qtbot.wait(50)  # let the layouts settle at the new size
    return win


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    created = Vault.create(tmp_path / "vault", PASSPHRASE, calibrate=kdf.floor_calibration)
    created.vault.close()
    return created.vault.paths.folder


def test_first_run_at_200_percent(qtbot, tmp_path, big_text):
    win = show(qtbot, tmp_path / "new", tmp_path)
    assert clipped(win) == []
    win.close()


def test_lock_screen_at_200_percent(qtbot, tmp_path, folder, big_text):
    win = show(qtbot, folder, tmp_path)
    assert clipped(win) == []
    win.close()


@pytest.mark.parametrize("page", ["settings", "data"])
def test_pages_at_200_percent(qtbot, tmp_path, folder, big_text, page):
    win = show(qtbot, folder, tmp_path)
    unlock_with(qtbot, win, PASSPHRASE)
    qtbot.waitUntil(lambda: isinstance(win.centralWidget(), Shell), timeout=10_000)
    assert win.shell is not None
    win.shell.select(page)
    # Some notes are filled in by background checks (the keychain): allow a relayout.
    qtbot.waitUntil(lambda: clipped(win.shell.pages[page]) == [], timeout=3000)
    sidebar = win.shell.sidebar
    assert sidebar.width() >= sidebar.sizeHintForColumn(0)  # titles are not cut off
    win.close()
