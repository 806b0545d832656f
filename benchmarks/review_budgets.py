"""Weekly review budgets on a ten-year demo vault (``domain.demo.fill``, every generator).

- Assemble one week's review: ``sections.assemble`` for the current week (every registered
  provider: urges with the four-week transfer check, clean time, milestones, worksheets,
  meetings, support contacts, step work, mood, last week's plan), each run in its own
  ``vault.session()``. 20 runs after 2 warm-ups.
  Budget: median <= 100 ms.
- The review page with its charts shown: build ``ReviewPage`` (draft, form, eight weeks of
  trends, every chart card), show it and grab it (layout plus a full paint). Budget: the
  first build <= 300 ms; the median of five is printed too.
- The Today page after unlock: build ``TodayPage``, show it (its refresh runs on show) and
  grab it, after a lock-screen-like window was painted and the page modules were listed
  (as at a real unlock, where the shell does both first). Budget: the
  first build <= 150 ms.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/review_budgets.py
"""

from __future__ import annotations

import os
import tempfile
import time
from datetime import date
from pathlib import Path

from _common import median, ms, table, verdict

PASSPHRASE = "benchmark passphrase"


def main() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from recovery_desktop.domain import demo
    from recovery_desktop.domain.profile import Profile, load_profile, save_profile
    from recovery_desktop.domain.review import sections
    from recovery_desktop.domain.review.week import current_window
    from recovery_desktop.ui.context import AppContext
    from recovery_desktop.ui.pages.registry import PageContext
    from recovery_desktop.ui.review.review_page import ReviewPage
    from recovery_desktop.ui.review.today_page import TodayPage
    from recovery_desktop.ui.settings_store import SettingsStore
    from recovery_desktop.ui.urges.common import WallClock
    from recovery_desktop.vault import kdf
    from recovery_desktop.vault.instance_lock import InstanceLock
    from recovery_desktop.vault.vault import Vault

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "vault"
        started = time.perf_counter()
        created = Vault.create(folder, PASSPHRASE, calibrate=kdf.floor_calibration)
        with created.vault.session() as session:
            save_profile(session, Profile(completed=True))
            demo.fill(session, years=10, seed=1, today=date.today())
        created.vault.close()
        print(f"ten-year demo vault made in {time.perf_counter() - started:.1f} s")
        vault = Vault.unlock(folder, PASSPHRASE)
        clock = WallClock(zone=lambda: "Europe/London")
        window = current_window(clock.now_utc(), "Europe/London", 6)

        def assemble() -> float:
            t0 = time.perf_counter()
            with vault.session() as session:
                sections.assemble(session, window)
            return time.perf_counter() - t0

        for _ in range(2):
            assemble()
        assembled = [assemble() for _ in range(20)]
        with vault.session() as session:
            profile = load_profile(session)
            drafted = sections.assemble(session, window)
            urges = drafted.urges
        settings = SettingsStore(QSettings(str(Path(tmp) / "s.ini"), QSettings.Format.IniFormat))
        ctx = AppContext(data_dir=folder, lock=InstanceLock(Path(tmp) / "other"),
                         settings=settings, calibrate=kdf.floor_calibration, auto_backup=False)
        page_ctx = PageContext(ctx, vault, profile)

        def build(kind: type) -> float:
            t0 = time.perf_counter()
            page = kind(page_ctx, clock)
            page.resize(1000, 800)
            page.show()
            page.grab()
            elapsed = time.perf_counter() - t0
            page.close()
            page.deleteLater()
            app.processEvents()
            return elapsed

        # At unlock the lock screen has been painted already: warm Qt's fonts and styles the
        # same way, so "first" measures the page and not the process's first paint.
        from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

        lock_like = QWidget()
        column = QVBoxLayout(lock_like)
        for widget in (QLabel("Unlock"), QLineEdit(), QPushButton("Unlock")):
            column.addWidget(widget)
        lock_like.show()
        lock_like.grab()
        lock_like.close()
        from recovery_desktop.ui.pages.registry import page_specs

        page_specs(profile)  # the shell lists (imports) the page modules before any is built
        today = [build(TodayPage) for _ in range(5)]
        review = [build(ReviewPage) for _ in range(5)]
        vault.close()
    print(f"week {window.start} .. {window.end}: {urges.count} urges")
    print("sections: " + ", ".join(drafted.sections))
    table([
        ("measure", "first", "median", "budget"),
        ("assemble one week's review", ms(assembled[0]), ms(median(assembled)), "100 ms"),
        ("review page with charts shown", ms(review[0]), ms(median(review)), "300 ms"),
        ("Today page shown", ms(today[0]), ms(median(today)), "150 ms"),
    ])
    verdict("assemble", median(assembled) <= 0.100, f"median {ms(median(assembled))}")
    verdict("review page", review[0] <= 0.300, f"first {ms(review[0])}")
    verdict("today page", today[0] <= 0.150, f"first {ms(today[0])}")


if __name__ == "__main__":
    main()
