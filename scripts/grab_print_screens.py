"""Grab the printing screens to PNG in light and dark palettes, and write sample PDFs.

Usage: QT_QPA_PLATFORM=offscreen python -m scripts.grab_print_screens OUT_DIR
(then ``pdftoppm -png -r 60 OUT_DIR/x.pdf OUT_DIR/x`` to look at the pages).
"""

from __future__ import annotations

import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from recovery_desktop.domain import demo
from recovery_desktop.printing.document import write_pdf
from recovery_desktop.printing.options import PrintOptions
from recovery_desktop.printing.pack import PackRequest, gather_pack
from recovery_desktop.ui.context import AppContext
from recovery_desktop.ui.main_window import MainWindow
from recovery_desktop.ui.pages.worksheets_page import WorksheetsPage
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
        time.sleep(0.01)


def grab(app: QApplication, out: Path, tag: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "vault"
        created = Vault.create(folder, PASSPHRASE, calibrate=kdf.floor_calibration)
        with created.vault.session() as session:
            demo.fill(session, years=1, seed=3)
            if tag == "light":
                end = date.today()
                docs = gather_pack(session, PackRequest(end - timedelta(days=60), end,
                                                        {"abc", "cost_benefit"}, True))
                write_pdf(out / "pack.pdf", docs, PrintOptions(),
                          contents_title="Worksheets for my group")
        created.vault.close()
        settings = SettingsStore(QSettings(str(Path(tmp) / "s.ini"), QSettings.Format.IniFormat))
        ctx = AppContext(data_dir=folder, lock=InstanceLock(folder).acquire(), settings=settings,
                         calibrate=kdf.floor_calibration)
        win = MainWindow(ctx)
        win.resize(1100, 760)
        win.show()
        win.open_vault(Vault.unlock(folder, PASSPHRASE, lock=ctx.lock), "passphrase")
        assert win.shell is not None
        win.shell.select("worksheets")
        page = win.shell.pages["worksheets"]
        assert isinstance(page, WorksheetsPage)
        settle(app)
        win.grab().save(str(out / f"list-{tag}.png"))
        page.list_panel.table.setCurrentIndex(page.model.index(0, 0))
        page.list_panel.open_button.click()
        settle(app)
        win.grab().save(str(out / f"editor-{tag}.png"))
        page.editor.pdf_button.click()
        settle(app)
        dialog = page.printing.options_dialog
        assert dialog is not None
        dialog.grab().save(str(out / f"options-{tag}.png"))
        dialog.reject()
        page.editor.close_editor()
        page.list_panel.pack_requested.emit()
        settle(app)
        pack = page.printing.facilitator  # type: ignore[attr-defined]
        pack.grab().save(str(out / f"facilitator-{tag}.png"))
        pack.reject()
        settle(app)
        win.close()
        ctx.lock.release()


def main() -> None:
    grab_light_and_dark(grab)


if __name__ == "__main__":
    main()
