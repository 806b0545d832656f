"""Grab the shell's screens to PNG in light and dark palettes, for looking at them.

Usage: QT_QPA_PLATFORM=offscreen python scripts/grab_screens.py OUT_DIR
"""

from __future__ import annotations

import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication

from recovery_desktop.ui.context import AppContext
from recovery_desktop.ui.crisis_card import CrisisCard
from recovery_desktop.ui.main_window import MainWindow
from recovery_desktop.ui.settings_store import SettingsStore
from recovery_desktop.ui.style import install as install_style
from recovery_desktop.ui.theme import dark_palette, readable
from recovery_desktop.vault import kdf
from recovery_desktop.vault.instance_lock import InstanceLock
from recovery_desktop.vault.vault import Vault


def grab(app: QApplication, out: Path, tag: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "vault"
        created = Vault.create(folder, "correct horse battery", calibrate=kdf.floor_calibration)
        created.vault.close()
        settings = SettingsStore(QSettings(str(Path(tmp) / "s.ini"), QSettings.Format.IniFormat))
        ctx = AppContext(data_dir=folder, lock=InstanceLock(folder).acquire(), settings=settings,
                         calibrate=kdf.floor_calibration)
        win = MainWindow(ctx)
        win.resize(1000, 700)
        win.start()
        win.show()
        for _ in range(20):
            app.processEvents()
        win.grab().save(str(out / f"unlock-{tag}.png"))
        win.open_vault(Vault.unlock(folder, "correct horse battery", lock=ctx.lock), "passphrase")
        for _ in range(20):
            app.processEvents()
        win.grab().save(str(out / f"settings-{tag}.png"))
        assert win.shell is not None
        win.shell.select("data")
        for _ in range(20):
            app.processEvents()
        win.grab().save(str(out / f"data-{tag}.png"))
        win.resize(1000, 1400)  # the whole page, for the sections below the fold
        for _ in range(20):
            app.processEvents()
        win.grab().save(str(out / f"data-full-{tag}.png"))
        win.resize(1000, 700)
        card = CrisisCard("US", win)
        card.show()
        app.processEvents()
        card.grab().save(str(out / f"crisis-{tag}.png"))
        card.close()
        win.lock()
        vault = Vault.unlock_with_recovery_key(folder, created.recovery_key, lock=ctx.lock)
        win.open_vault(vault, "recovery")
        for _ in range(20):
            app.processEvents()
        win.grab().save(str(out / f"choose-passphrase-{tag}.png"))
        win.close()
        ctx.lock.release()


def grab_light_and_dark(grab_one: Callable[[QApplication, Path, str], None]) -> None:
    """Run ``grab_one(app, out_dir, tag)`` in the light palette, then the dark one."""
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "screens")
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication([])
    app.setAttribute(Qt.ApplicationAttribute.AA_DontShowIconsInMenus)
    install_style(app)  # as the app draws check boxes (ui/style.py)
    light = app.palette()
    app.setPalette(readable(light))  # as the app shows it (ui/theme.py)
    grab_one(app, out, "light")
    app.setPalette(readable(dark_palette()))
    grab_one(app, out, "dark")
    app.setPalette(light)
    print(f"screens written to {out}")


def main() -> None:
    grab_light_and_dark(grab)


if __name__ == "__main__":
    main()
