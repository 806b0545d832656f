"""Grab the About dialog, the shortcuts overview and the main pages at 200% text size.

Usage: QT_QPA_PLATFORM=offscreen PYTHONPATH=. python scripts/grab_desktop_screens.py OUT_DIR
Light and dark palettes; "200% text" doubles the application font, as a system setting would.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from recovery_desktop.domain import demo
from recovery_desktop.ui.about_dialog import AboutDialog
from recovery_desktop.ui.app_icon import app_icon
from recovery_desktop.ui.context import AppContext
from recovery_desktop.ui.main_window import MainWindow
from recovery_desktop.ui.settings_store import SettingsStore
from recovery_desktop.ui.shortcuts_dialog import ShortcutsDialog
from recovery_desktop.vault import kdf
from recovery_desktop.vault.instance_lock import InstanceLock
from recovery_desktop.vault.vault import Vault
from scripts.grab_screens import grab_light_and_dark
from scripts.grab_urge_screens import PASSPHRASE, settle


def window_on(folder: Path, tmp: Path) -> MainWindow:
    settings = SettingsStore(QSettings(str(tmp / "s.ini"), QSettings.Format.IniFormat))
    ctx = AppContext(data_dir=folder, lock=InstanceLock(folder).acquire(), settings=settings,
                     calibrate=kdf.floor_calibration)
    win = MainWindow(ctx)
    win.resize(1100, 760)
    win.start()
    win.show()
    return win


def grab(app: QApplication, out: Path, tag: str) -> None:
    app.setWindowIcon(app_icon())
    for dialog in (AboutDialog(), ShortcutsDialog()):
        dialog.show()
        settle(app)
        name = "about" if isinstance(dialog, AboutDialog) else "shortcuts"
        dialog.grab().save(str(out / f"{name}-{tag}.png"))
        dialog.close()
    normal = app.font()
    big = app.font()
    big.setPointSizeF(normal.pointSizeF() * 2)
    app.setFont(big)
    try:
        with tempfile.TemporaryDirectory() as name:
            tmp = Path(name)
            first = window_on(tmp / "new", tmp)
            settle(app)
            first.grab().save(str(out / f"200-first-run-{tag}.png"))
            first.close()
            first.ctx.lock.release()
            folder = tmp / "vault"
            created = Vault.create(folder, PASSPHRASE, calibrate=kdf.floor_calibration)
            with created.vault.session() as session:
                demo.fill(session, years=1, seed=3)
            created.vault.close()
            win = window_on(folder, tmp)
            settle(app, 0.5)
            win.grab().save(str(out / f"200-lock-{tag}.png"))
            win.open_vault(Vault.unlock(folder, PASSPHRASE, lock=win.ctx.lock), "passphrase")
            assert win.shell is not None
            for page in win.shell.page_ids:  # every registered page
                win.shell.select(page)
                settle(app, 0.5)
                win.grab().save(str(out / f"200-{page}-{tag}.png"))
            win.close()
            win.ctx.lock.release()
    finally:
        app.setFont(normal)


if __name__ == "__main__":
    grab_light_and_dark(grab)
