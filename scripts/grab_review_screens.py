"""Grab Today, the weekly review (draft, charts, a table view, compare) and the mood
check-in to PNG in light and dark palettes, for looking at them.

Usage: QT_QPA_PLATFORM=offscreen python -m scripts.grab_review_screens OUT_DIR
"""

from __future__ import annotations

import tempfile
from datetime import date
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QScrollArea, QWidget

from recovery_desktop.domain import demo
from recovery_desktop.domain.profile import Profile, save_profile
from recovery_desktop.ui.context import AppContext
from recovery_desktop.ui.main_window import MainWindow
from recovery_desktop.ui.review.review_page import ReviewPage
from recovery_desktop.ui.review.today_page import TodayPage
from recovery_desktop.ui.settings_store import SettingsStore
from recovery_desktop.vault import kdf
from recovery_desktop.vault.instance_lock import InstanceLock
from recovery_desktop.vault.vault import Vault
from scripts.grab_screens import grab_light_and_dark
from scripts.grab_urge_screens import PASSPHRASE, settle


def scroll_to(page: ReviewPage, fraction: float) -> None:
    area = page.findChild(QScrollArea)
    if area is not None:
        bar = area.verticalScrollBar()
        bar.setValue(round(bar.maximum() * fraction))


def grab(app: QApplication, out: Path, tag: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "vault"
        created = Vault.create(folder, PASSPHRASE, calibrate=kdf.floor_calibration)
        with created.vault.session() as session:
            save_profile(session, Profile(completed=True, display_name="Sam"))
            demo.fill(session, years=2, seed=3, today=date.today())
        created.vault.close()
        settings = SettingsStore(QSettings(str(Path(tmp) / "s.ini"), QSettings.Format.IniFormat))
        ctx = AppContext(data_dir=folder, lock=InstanceLock(folder).acquire(), settings=settings,
                         calibrate=kdf.floor_calibration)
        win = MainWindow(ctx)
        win.resize(1100, 800)
        win.show()
        win.open_vault(Vault.unlock(folder, PASSPHRASE, lock=ctx.lock), "passphrase")
        assert win.shell is not None
        today = win.shell.pages["today"]
        assert isinstance(today, TodayPage)
        settle(app)
        win.grab().save(str(out / f"today-{tag}.png"))
        dialog = today.open_mood()
        settle(app)
        dialog.grab().save(str(out / f"mood-{tag}.png"))
        dialog.reject()
        win.shell.select("review")
        page = win.shell.pages["review"]
        assert isinstance(page, ReviewPage)
        settle(app, 0.6)
        win.grab().save(str(out / f"review-top-{tag}.png"))
        scroll_to(page, 0.33)
        settle(app)
        win.grab().save(str(out / f"review-form-{tag}.png"))
        scroll_to(page, 0.66)
        settle(app)
        win.grab().save(str(out / f"review-charts-{tag}.png"))
        scroll_to(page, 1.0)
        settle(app)
        win.grab().save(str(out / f"review-charts-end-{tag}.png"))
        page.cards[0].flip()
        scroll_to(page, 0.55)
        settle(app)
        win.grab().save(str(out / f"review-table-{tag}.png"))
        # The sections other features plug in, and the meetings-per-week chart and table.
        area = page.findChild(QScrollArea)
        blocks = [w for w in page.findChildren(QWidget)
                  if type(w) is QWidget and w.accessibleName() == "Meetings"]
        if area is not None and blocks:
            scroll_to(page, 0.0)
            area.ensureWidgetVisible(blocks[0], 0, 300)
            settle(app)
            win.grab().save(str(out / f"review-sections-{tag}.png"))
        meetings = [c for c in page.cards if c.accessibleName() == "Meetings per week"]
        if area is not None and meetings:
            area.ensureWidgetVisible(meetings[0], 0, 40)
            settle(app)
            win.grab().save(str(out / f"review-meetings-chart-{tag}.png"))
            meetings[0].flip()
            settle(app)
            win.grab().save(str(out / f"review-meetings-table-{tag}.png"))
        if page.compare.choice.count() > 1:
            page.compare.choice.setCurrentIndex(1)
            scroll_to(page, 0.5)
            settle(app)
            win.grab().save(str(out / f"review-compare-{tag}.png"))
        win.close()
        ctx.lock.release()


def main() -> None:
    grab_light_and_dark(grab)


if __name__ == "__main__":
    main()
