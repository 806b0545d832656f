"""At 200% system text size the shared screens grow instead of clipping wrapped text."""

from __future__ import annotations

import contextlib
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QStyle,
    QStyleOptionComboBox,
    QWidget,
)
from pytestqt.exceptions import TimeoutError
from pytestqt.qtbot import QtBot

from recovery_desktop.domain import demo
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
    """Wrapped labels given fewer lines than they need or overlapping a sibling; labels, buttons,
    check boxes, radios, combo boxes, placeholders and column headers narrower than their text;
    a page that needs scrolling sideways."""
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
    for label in root.findChildren(QLabel):
        if (label.isVisibleTo(root) and not label.wordWrap() and label.text().strip()
                and label.width() + 1 < label.minimumSizeHint().width()):
            found.append(f"unwrapped label {label.text()[:40]!r}")
    for check in root.findChildren(QAbstractButton):
        # (Wrapping check boxes and radios: narrower than one line, but given their lines.)
        if (check.isVisibleTo(root) and not isinstance(check, QPushButton) and check.text()
                and (check.width() + 1 < check.minimumSizeHint().width()
                     or check.height() + 1 < check.heightForWidth(check.width()))):
            found.append(f"{type(check).__name__} {check.text()[:40]!r}")
    for combo in root.findChildren(QComboBox):
        # The style's text area must hold the shown choice.
        option = QStyleOptionComboBox()
        combo.initStyleOption(option)
        field = combo.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField,
            combo)
        shown = combo.fontMetrics().horizontalAdvance(combo.currentText())
        if combo.isVisibleTo(root) and not combo.isEditable() and field.width() < shown:
            found.append(f"combo {combo.currentText()[:40]!r}")
    for edit in root.findChildren(QLineEdit):
        metrics = edit.fontMetrics()
        need = metrics.horizontalAdvance(edit.placeholderText()) + metrics.height()
        if (edit.isVisibleTo(root) and edit.placeholderText() and not edit.text()
                and not isinstance(edit.parentWidget(), QComboBox) and edit.width() < need):
            found.append(f"placeholder {edit.placeholderText()[:40]!r}")
    for header in root.findChildren(QHeaderView):
        if not header.isVisibleTo(root) or header.orientation() != Qt.Orientation.Horizontal:
            continue
        model = header.model()
        metrics = header.fontMetrics()
        for section in range(header.count()):
            text = str(model.headerData(section, Qt.Orientation.Horizontal) or "")
            if (text and not header.isSectionHidden(section)
                    and header.sectionSize(section) < metrics.horizontalAdvance(text) + 8):
                found.append(f"column {text!r}")
    for scroll in root.findChildren(QScrollArea):
        if scroll.isVisibleTo(root) and scroll.horizontalScrollBar().isVisible():
            found.append(f"sideways scrolling in {scroll.accessibleName() or 'a scroll area'}")
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


@pytest.fixture(scope="module")
def demo_vault(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A year of demo entries, made once: pages show their lists, tiles and sections."""
    base = tmp_path_factory.mktemp("demo")
    created = Vault.create(base / "vault", PASSPHRASE, calibrate=kdf.floor_calibration)
    with created.vault.session() as session:
        demo.fill(session, years=1, seed=3)
    created.vault.close()
    return created.vault.paths.folder


@pytest.fixture
def filled(demo_vault: Path, tmp_path: Path) -> Path:
    return Path(shutil.copytree(demo_vault, tmp_path / "vault"))


def test_first_run_at_200_percent(qtbot, tmp_path, big_text):
    win = show(qtbot, tmp_path / "new", tmp_path)
    assert clipped(win) == []
    win.close()


def test_lock_screen_at_200_percent(qtbot, tmp_path, folder, big_text):
    win = show(qtbot, folder, tmp_path)
    assert clipped(win) == []
    win.close()


# Every registered page (the default profile's path, "not sure yet", shows them all).
ALL_PAGES = ["today", "clean_time", "urges", "behaviours", "worksheets", "steps", "meetings",
             "people", "review", "data", "settings"]

# Still clipped, known and left for later (a 1100 px window at 200% text): the behaviours
# page's goal panel is narrower than this hint.
KNOWN = {"behaviours": ("placeholder 'optional, e.g. my bottom lines'",)}


@pytest.mark.parametrize("page", ALL_PAGES)
def test_pages_at_200_percent(qtbot, tmp_path, filled, big_text, page):
    win = show(qtbot, filled, tmp_path)
    unlock_with(qtbot, win, PASSPHRASE)
    qtbot.waitUntil(lambda: isinstance(win.centralWidget(), Shell), timeout=10_000)
    assert win.shell is not None
    win.shell.select(page)
    # Some notes are filled in by background checks (the keychain): allow a relayout.
    page_widget = win.shell.pages[page]
    with contextlib.suppress(TimeoutError):  # then the assert below shows what clipped
        qtbot.waitUntil(lambda: clipped(page_widget) == [], timeout=3000)
    found = [f for f in clipped(page_widget) if f not in KNOWN.get(page, ())]
    assert found == [], found
    sidebar = win.shell.sidebar
    assert sidebar.width() >= sidebar.sizeHintForColumn(0)  # titles are not cut off
    win.close()
