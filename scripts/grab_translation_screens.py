"""Grab screens in a translation (and mirrored, right-to-left), light and dark, to look at.

Usage: QT_QPA_PLATFORM=offscreen python -m scripts.grab_translation_screens OUT_DIR [LANG] [rtl]
LANG defaults to "es". "rtl" mirrors the layout (a pseudo right-to-left locale) to check that
no screen breaks when laid out from the right.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication

from recovery_desktop.domain import demo
from recovery_desktop.domain.profile import Profile, RecoveryPath, save_profile
from recovery_desktop.ui import translations
from recovery_desktop.ui.context import AppContext
from recovery_desktop.ui.main_window import MainWindow
from recovery_desktop.ui.pages.worksheets_page import WorksheetsPage
from recovery_desktop.ui.settings_store import SettingsStore
from recovery_desktop.vault import kdf
from recovery_desktop.vault.instance_lock import InstanceLock
from recovery_desktop.vault.vault import Vault
from scripts.grab_screens import grab_light_and_dark

PASSPHRASE = "correct horse battery"
LANGUAGE = sys.argv[2] if len(sys.argv) > 2 else "es"
RTL = "rtl" in sys.argv[3:]


def settle(app: QApplication, seconds: float = 0.3) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.01)


def grab(app: QApplication, out: Path, tag: str) -> None:
    translations.install(app, LANGUAGE)
    if RTL:
        app.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        tag = f"rtl-{tag}"
    tag = f"{LANGUAGE}-{tag}"
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "vault"
        created = Vault.create(folder, PASSPHRASE, calibrate=kdf.floor_calibration)
        with created.vault.session() as session:
            demo.fill(session, years=1, seed=3)
            save_profile(session, Profile(path=RecoveryPath.BOTH, display_name="Sam",
                                          language=LANGUAGE,
                                          country="ES", completed=True))
        created.vault.close()
        settings = SettingsStore(QSettings(str(Path(tmp) / "s.ini"), QSettings.Format.IniFormat))
        ctx = AppContext(data_dir=folder, lock=InstanceLock(folder).acquire(), settings=settings,
                         calibrate=kdf.floor_calibration)
        win = MainWindow(ctx)
        win.resize(1100, 760)
        win.start()
        win.show()
        settle(app)
        win.grab().save(str(out / f"unlock-{tag}.png"))
        win.open_vault(Vault.unlock(folder, PASSPHRASE, lock=ctx.lock), "passphrase")
        assert win.shell is not None
        for page_id in win.shell.page_ids:
            win.shell.select(page_id)
            settle(app)
            win.grab().save(str(out / f"page-{page_id}-{tag}.png"))
        win.shell.select("worksheets")
        page = win.shell.page("worksheets")
        assert isinstance(page, WorksheetsPage)
        settle(app)
        win.grab().save(str(out / f"worksheets-{tag}.png"))
        page.new_worksheet("abc")
        settle(app)
        win.grab().save(str(out / f"worksheet-abc-{tag}.png"))
        win.quick_log_action.trigger()
        settle(app)
        dialogs = [w for w in app.topLevelWidgets() if w.isVisible() and w is not win]
        for i, dialog in enumerate(dialogs):
            dialog.grab().save(str(out / f"dialog{i}-{tag}.png"))
            dialog.close()
        page.save_drafts()  # the half-filled worksheet stays a draft, as in the app
        win.close()
        ctx.lock.release()
    app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def main() -> None:
    grab_light_and_dark(grab)


if __name__ == "__main__":
    main()
