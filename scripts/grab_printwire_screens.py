"""Grab the print screens added for the review, step work and the urge log (light and dark),
and write each new document to PDF (render them with pdftoppm to look at them).

Usage: QT_QPA_PLATFORM=offscreen python -m scripts.grab_printwire_screens OUT_DIR
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from recovery_desktop.domain import demo
from recovery_desktop.ui.context import AppContext
from recovery_desktop.ui.main_window import MainWindow
from recovery_desktop.ui.review.review_page import ReviewPage
from recovery_desktop.ui.settings_store import SettingsStore
from recovery_desktop.ui.twelve_step.page import StepsPage
from recovery_desktop.ui.urges.pages import UrgesPage
from recovery_desktop.vault import kdf
from recovery_desktop.vault.instance_lock import InstanceLock
from recovery_desktop.vault.vault import Vault
from scripts.grab_screens import grab_light_and_dark
from scripts.grab_urge_screens import PASSPHRASE, settle


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
        win.shell.select("review")
        review = win.shell.pages["review"]
        assert isinstance(review, ReviewPage)
        settle(app)
        review.grab().save(str(out / f"review-{tag}.png"))
        review.printing.start(pdf=True)
        settle(app)
        dialog = review.printing.actions.options_dialog
        assert dialog is not None
        dialog.grab().save(str(out / f"options-checkin-{tag}.png"))
        dialog.reject()
        win.shell.select("steps")
        steps = win.shell.pages["steps"]
        assert isinstance(steps, StepsPage)
        settle(app)
        win.grab().save(str(out / f"steps-{tag}.png"))
        steps.print_step_work()
        settle(app)
        step_dialog = steps.print_dialog
        assert step_dialog is not None
        step_dialog.grab().save(str(out / f"step-work-dialog-{tag}.png"))
        step_dialog.pdf_button.click()  # type: ignore[attr-defined]
        settle(app)
        options = step_dialog.printing.options_dialog  # type: ignore[attr-defined]
        options.grab().save(str(out / f"options-steps-{tag}.png"))
        options.reject()
        step_dialog.reject()  # type: ignore[attr-defined]
        win.shell.select("urges")
        urges = win.shell.pages["urges"]
        assert isinstance(urges, UrgesPage)
        urges.tabs.setCurrentWidget(urges.insights)
        settle(app, 1.0)
        win.grab().save(str(out / f"insights-{tag}.png"))
        urges.insights.print_summary()
        settle(app)
        assert urges.insights.print_dialog is not None
        urges.insights.print_dialog.grab().save(str(out / f"summary-dialog-{tag}.png"))
        urges.insights.print_dialog.reject()
        win.shell.select("worksheets")
        settle(app)
        worksheets = win.shell.pages["worksheets"]
        worksheets.list_panel.pack_requested.emit()  # type: ignore[attr-defined]
        settle(app)
        pack = worksheets.printing.facilitator  # type: ignore[attr-defined]
        pack.grab().save(str(out / f"pack-dialog-{tag}.png"))
        pack.reject()
        win.close()
        ctx.lock.release()


def main() -> None:
    grab_light_and_dark(grab)


if __name__ == "__main__":
    main()
