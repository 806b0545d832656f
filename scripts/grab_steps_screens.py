"""Grab the Steps page to PNG in light and dark palettes, for looking at it.

Usage: QT_QPA_PLATFORM=offscreen python -m scripts.grab_steps_screens OUT_DIR
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
from recovery_desktop.ui.twelve_step.inventory_panel import InventoryPanel
from recovery_desktop.ui.twelve_step.page import StepsPage
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
            demo.fill(session, years=1, seed=3)
        created.vault.close()
        settings = SettingsStore(QSettings(str(Path(tmp) / "s.ini"), QSettings.Format.IniFormat))
        ctx = AppContext(data_dir=folder, lock=InstanceLock(folder).acquire(), settings=settings,
                         calibrate=kdf.floor_calibration)
        win = MainWindow(ctx)
        win.resize(1100, 760)
        win.show()
        win.open_vault(Vault.unlock(folder, PASSPHRASE, lock=ctx.lock), "passphrase")
        assert win.shell is not None
        win.shell.select("steps")
        page = win.shell.pages["steps"]
        assert isinstance(page, StepsPage)
        settle(app)
        win.grab().save(str(out / f"steps-progress-{tag}.png"))
        page.tabs.setCurrentIndex(1)
        settle(app)
        win.grab().save(str(out / f"steps-journal-{tag}.png"))
        for step, name in ((4, "step4"), (8, "step8"), (10, "step10")):
            page.handle_request({"step": step})
            page.tabs.setCurrentIndex(2)
            settle(app)
            win.grab().save(str(out / f"steps-{name}-{tag}.png"))
            if step == 4:
                tool = page.tools[4]
                assert isinstance(tool, InventoryPanel)
                tool.tabs.setCurrentIndex(2)
                settle(app)
                win.grab().save(str(out / f"steps-step4-conduct-{tag}.png"))
        page.handle_request({"step": 2})
        page.chooser.setCurrentIndex(1)  # GA: its note on Step 2
        settle(app)
        win.grab().save(str(out / f"steps-ga-{tag}.png"))
        win.close()
        ctx.lock.release()


def main() -> None:
    grab_light_and_dark(grab)


if __name__ == "__main__":
    main()
