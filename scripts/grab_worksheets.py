"""Grab the worksheets page and several forms to PNG in light and dark palettes.

Usage: QT_QPA_PLATFORM=offscreen python scripts/grab_worksheets.py OUT_DIR
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from recovery_desktop.domain import demo
from recovery_desktop.ui.context import AppContext
from recovery_desktop.ui.main_window import MainWindow
from recovery_desktop.ui.pages.worksheets_page import WorksheetsPage
from recovery_desktop.ui.settings_store import SettingsStore
from recovery_desktop.ui.shell import Shell
from recovery_desktop.vault import kdf
from recovery_desktop.vault.instance_lock import InstanceLock
from recovery_desktop.vault.vault import Vault
from scripts.grab_screens import grab_light_and_dark


def settle(app: QApplication) -> None:
    for _ in range(20):
        app.processEvents()


def grab(app: QApplication, out: Path, tag: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "vault"
        created = Vault.create(folder, "correct horse battery", calibrate=kdf.floor_calibration)
        with created.vault.session() as session:
            demo.fill(session, years=1, seed=7)
        created.vault.close()
        settings = SettingsStore(QSettings(str(Path(tmp) / "s.ini"), QSettings.Format.IniFormat))
        ctx = AppContext(data_dir=folder, lock=InstanceLock(folder).acquire(), settings=settings,
                         calibrate=kdf.floor_calibration)
        win = MainWindow(ctx)
        win.resize(1100, 800)
        win.start()
        win.show()
        win.open_vault(Vault.unlock(folder, "correct horse battery", lock=ctx.lock), "passphrase")
        shell = win.centralWidget()
        assert isinstance(shell, Shell)
        shell.select("worksheets")
        page = shell.pages["worksheets"]
        assert isinstance(page, WorksheetsPage)
        settle(app)
        win.grab().save(str(out / f"ws-list-{tag}.png"))
        ids = {s.definition_id: s.id for s in page.model._cache.values()}
        for kind in ("abc", "cost_benefit", "change_plan", "boundaries"):
            if kind in ids:
                page.open_worksheet(ids[kind])
            else:
                page.new_worksheet(kind)
            if kind == "abc" and page.editor.form is not None:
                page.editor.form.set_order("from_c")
            settle(app)
            win.grab().save(str(out / f"ws-{kind}-{tag}.png"))
            form = page.editor.form
            if form is not None:
                form.grab().save(str(out / f"ws-{kind}-form-{tag}.png"))
            page.editor.close_editor()
        page.new_worksheet("boundaries_family")
        settle(app)
        win.grab().save(str(out / f"ws-boundaries_family-{tag}.png"))
        win.close()
        ctx.lock.release()


def main() -> None:
    grab_light_and_dark(grab)


if __name__ == "__main__":
    main()
