"""Page-open time of the Clean time, Meetings and People pages on a ten-year demo vault,
and of the crisis card with the person's people and lines.

Open = build the page, show it and grab it (layout plus a full paint, which fetches the
visible rows of the lazy logs), in one process after unlocking. The first open of each page
is shown (imports included), then the median of five. Budget: <= 100 ms (median) each.

Run: .venv/bin/python benchmarks/bench_support_pages.py [YEARS]
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from _common import median, ms, table, verdict

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QWidget

PASSPHRASE = "benchmark passphrase"
BUDGET = 0.100


def main() -> None:
    years = int(sys.argv[1]) if len(sys.argv) > 1 else 10
    from recovery_desktop.domain import demo
    from recovery_desktop.domain.meetings import service as meetings
    from recovery_desktop.domain.profile import load_profile
    from recovery_desktop.domain.support import service as support
    from recovery_desktop.ui.context import AppContext
    from recovery_desktop.ui.crisis_card import CrisisCard
    from recovery_desktop.ui.pages.registry import PageContext
    from recovery_desktop.ui.settings_store import SettingsStore
    from recovery_desktop.ui.support.clean_time_page import CleanTimePage
    from recovery_desktop.ui.support.meetings_page import MeetingsPage
    from recovery_desktop.ui.support.people_page import PeoplePage
    from recovery_desktop.vault import kdf
    from recovery_desktop.vault.instance_lock import InstanceLock
    from recovery_desktop.vault.vault import Vault

    app = QApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "vault"
        created = Vault.create(folder, PASSPHRASE, calibrate=kdf.floor_calibration)
        with created.vault.session() as session:
            demo.fill(session, years=years, seed=1)
        created.vault.close()
        lock = InstanceLock(folder).acquire()
        vault = Vault.unlock(folder, PASSPHRASE, lock=lock)
        with vault.session() as session:
            profile = load_profile(session)
            counts = (meetings.count_meetings(session), len(support.contact_ids(session)))
        settings = SettingsStore(QSettings(str(Path(tmp) / "b.ini"), QSettings.Format.IniFormat))
        ctx = AppContext(data_dir=folder, lock=lock, settings=settings,
                         calibrate=kdf.floor_calibration)
        page_ctx = PageContext(ctx, vault, profile)

        def opened(build: Callable[[], QWidget]) -> float:
            start = time.perf_counter()
            widget = build()
            widget.resize(1000, 700)
            widget.show()
            widget.grab()
            seconds = time.perf_counter() - start
            widget.close()
            widget.deleteLater()
            app.processEvents()
            return seconds

        builds: dict[str, Callable[[], QWidget]] = {
            "Clean time": lambda: CleanTimePage(page_ctx),
            "Meetings": lambda: MeetingsPage(page_ctx),
            "People": lambda: PeoplePage(page_ctx),
            "Crisis card": lambda: CrisisCard(profile.country, vault=vault),
        }
        rows = [("page", "first open", "median of 5")]
        results = {}
        for name, build in builds.items():
            first = opened(build)
            runs = [opened(build) for _ in range(5)]
            results[name] = median(runs)
            rows.append((name, ms(first), ms(results[name])))
        vault.close()
        lock.release()

    print(f"{years}-year demo vault: {counts[0]:,} meetings, {counts[1]:,} contacts.")
    table(rows)
    for name, seconds in results.items():
        verdict(f"{name} open", seconds <= BUDGET, f"{ms(seconds)} (budget {ms(BUDGET)})")


if __name__ == "__main__":
    main()
