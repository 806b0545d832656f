"""Grab "Make a new vault from an export" (section, passphrase dialog, result) to PNG.

Light and dark palettes. Usage: QT_QPA_PLATFORM=offscreen python scripts/grab_import.py OUT_DIR
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from recovery_desktop.domain.drafts import save_draft
from recovery_desktop.domain.export import write_export
from recovery_desktop.ui.context import AppContext
from recovery_desktop.ui.main_window import MainWindow
from recovery_desktop.ui.pages.data_page import DataPage
from recovery_desktop.ui.settings_store import SettingsStore
from recovery_desktop.vault import kdf
from recovery_desktop.vault.instance_lock import InstanceLock
from recovery_desktop.vault.vault import Vault
from scripts.grab_screens import grab_light_and_dark

PASSPHRASE = "correct horse battery"


def settle(app: QApplication, seconds: float = 0.3) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()


def grab(app: QApplication, out: Path, tag: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "vault"
        created = Vault.create(folder, PASSPHRASE, calibrate=kdf.floor_calibration)
        with created.vault as vault, vault.session() as session:
            save_draft(session, "journal", {"text": "a day at a time"})
            write_export(session, Path(tmp) / "export.json", include_private=True)
        target = Path(tmp) / "a-new-vault-folder-with-a-longish-name"
        target.mkdir()
        settings = SettingsStore(QSettings(str(Path(tmp) / "s.ini"), QSettings.Format.IniFormat))
        ctx = AppContext(data_dir=folder, lock=InstanceLock(folder).acquire(), settings=settings,
                         calibrate=kdf.floor_calibration)
        win = MainWindow(ctx)
        win.resize(1000, 700)
        win.start()
        win.show()
        win.open_vault(Vault.unlock(folder, PASSPHRASE, lock=ctx.lock), "passphrase")
        assert win.shell is not None
        win.shell.select("data")
        settle(app)
        page = win.shell.pages["data"]
        assert isinstance(page, DataPage)
        importer = page.importer
        importer.grab().save(str(out / f"import-section-{tag}.png"))
        ctx.dialogs.set_next_answer(str(Path(tmp) / "export.json"))
        ctx.dialogs.set_next_answer(str(target))
        importer.import_button.click()
        dialog = importer.passphrase_dialog
        assert dialog is not None
        settle(app)
        dialog.grab().save(str(out / f"import-dialog-empty-{tag}.png"))
        dialog.form.first.setText("too short")
        settle(app)
        dialog.grab().save(str(out / f"import-dialog-short-{tag}.png"))
        dialog.form.first.setText("a different passphrase for the copy")
        dialog.form.second.setText("a different passphrase for the copy")
        settle(app)
        dialog.grab().save(str(out / f"import-dialog-{tag}.png"))
        dialog.accept()
        end = time.monotonic() + 20
        while time.monotonic() < end and not importer.key.text():
            app.processEvents()
        settle(app)
        importer.grab().save(str(out / f"import-done-{tag}.png"))
        win.resize(1000, 1700)
        settle(app)
        win.grab().save(str(out / f"import-page-{tag}.png"))
        win.close()
        ctx.lock.release()


def main() -> None:
    grab_light_and_dark(grab)


if __name__ == "__main__":
    main()
