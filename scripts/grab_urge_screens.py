"""Grab the urge-log screens to PNG in light and dark palettes, for looking at them.

Usage: QT_QPA_PLATFORM=offscreen python -m scripts.grab_urge_screens OUT_DIR
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from recovery_desktop.domain import demo
from recovery_desktop.ui.context import AppContext
from recovery_desktop.ui.main_window import MainWindow
from recovery_desktop.ui.settings_store import SettingsStore
from recovery_desktop.ui.urges.behaviours_page import BehavioursPage
from recovery_desktop.ui.urges.pages import UrgesPage
from recovery_desktop.vault import kdf
from recovery_desktop.vault.instance_lock import InstanceLock
from recovery_desktop.vault.vault import Vault
from scripts.grab_screens import grab_light_and_dark

PASSPHRASE = "correct horse battery"


def settle(app: QApplication, seconds: float = 0.3) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.01)


def grab(app: QApplication, out: Path, tag: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "vault"
        created = Vault.create(folder, PASSPHRASE, calibrate=kdf.floor_calibration)
        with created.vault.session() as session:
            demo.fill(session, years=2, seed=3)
        created.vault.close()
        settings = SettingsStore(QSettings(str(Path(tmp) / "s.ini"), QSettings.Format.IniFormat))
        ctx = AppContext(data_dir=folder, lock=InstanceLock(folder).acquire(), settings=settings,
                         calibrate=kdf.floor_calibration)
        win = MainWindow(ctx)
        win.resize(1100, 760)
        win.show()
        win.open_vault(Vault.unlock(folder, PASSPHRASE, lock=ctx.lock), "passphrase")
        assert win.shell is not None
        win.shell.select("urges")
        page = win.shell.pages["urges"]
        assert isinstance(page, UrgesPage)
        settle(app)
        win.grab().save(str(out / f"log-{tag}.png"))
        page.tabs.setCurrentWidget(page.insights)
        settle(app, 1.0)
        win.grab().save(str(out / f"insights-{tag}.png"))
        win.quick_log_action.trigger()
        settle(app)
        assert page.dialog is not None
        page.dialog.grab().save(str(out / f"quick-log-{tag}.png"))
        page.dialog.more.setChecked(True)
        settle(app)
        page.dialog.grab().save(str(out / f"quick-log-detail-{tag}.png"))
        page.dialog.save()
        settle(app)
        page.dialog.grab().save(str(out / f"quick-log-saved-{tag}.png"))
        page.dialog.close()
        win.shell.select("behaviours")
        behaviours = win.shell.pages["behaviours"]
        assert isinstance(behaviours, BehavioursPage)
        settle(app)
        win.grab().save(str(out / f"behaviours-{tag}.png"))
        behaviours.list.setCurrentRow(1)
        settle(app)
        win.grab().save(str(out / f"behaviours-2-{tag}.png"))
        win.close()
        ctx.lock.release()


def main() -> None:
    grab_light_and_dark(grab)


if __name__ == "__main__":
    main()
