"""Clean-time counters tick without costing anything while idle.

The "Clean time" page (built on a ten-year demo vault, plus a goal in its first 24 hours so
the page shows hours and schedules its one timer a minute ahead, its busiest case) is shown
in a window and the event loop runs for IDLE seconds with nothing happening. Measured: the
process CPU time (user + system) over that window, and every timer event Qt delivers to any
object in the process (an application-wide event filter), against a same-run baseline: an
empty window idling just as long. The page's own timer is single-shot and due at the next
local midnight (or minute), never a poll.

Budgets: the page's extra CPU over the baseline <= 20 ms for the whole idle window; no
timer event beyond the baseline's, and the page's tick count 0. The page is shown just after
a minute turns, so its minute-ahead tick (legitimate, once a minute in the first day only)
falls outside the idle window; any polling timer would show up in the count.

Run: .venv/bin/python benchmarks/clean_time_idle.py [IDLE_SECONDS]
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

from _common import ms, table, verdict

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, QEventLoop, QObject, QSettings, QTimer
from PySide6.QtWidgets import QApplication, QWidget

PASSPHRASE = "benchmark passphrase"


class TimerCounter(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Timer:
            self.count += 1
        return False


def idle(app: QApplication, seconds: float, counter: TimerCounter) -> tuple[float, int]:
    """CPU seconds and timer events over ``seconds`` of an idle event loop."""
    settle = QEventLoop()  # let the first paint and layout finish before measuring
    QTimer.singleShot(300, settle.quit)
    settle.exec()
    loop = QEventLoop()
    counter.count = 0
    cpu = time.process_time()
    QTimer.singleShot(int(seconds * 1000), loop.quit)  # the one timer we expect
    loop.exec()
    return time.process_time() - cpu, counter.count - 1


def main() -> None:
    seconds = float(sys.argv[1]) if len(sys.argv) > 1 else 5.0
    from recovery_desktop.domain import demo
    from recovery_desktop.domain.behaviours import service as behaviours
    from recovery_desktop.domain.behaviours.models import Category, GoalTier
    from recovery_desktop.domain.profile import Profile
    from recovery_desktop.ui.context import AppContext
    from recovery_desktop.ui.pages.registry import PageContext
    from recovery_desktop.ui.settings_store import SettingsStore
    from recovery_desktop.ui.support.clean_time_page import CleanTimePage
    from recovery_desktop.ui.urges.common import WallClock
    from recovery_desktop.vault import kdf
    from recovery_desktop.vault.instance_lock import InstanceLock
    from recovery_desktop.vault.vault import Vault

    app = QApplication([])
    counter = TimerCounter()
    app.installEventFilter(counter)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "vault"
        created = Vault.create(folder, PASSPHRASE, calibrate=kdf.floor_calibration)
        with created.vault.session() as session:
            demo.fill(session, years=10, seed=1)
            fresh = behaviours.add_behaviour(session, "Started today", Category.OTHER)
            behaviours.set_goal(session, [fresh], GoalTier.ABSTINENT, tz="UTC",
                                clean_since=date.today())
        created.vault.close()
        lock = InstanceLock(folder).acquire()
        vault = Vault.unlock(folder, PASSPHRASE, lock=lock)
        settings = SettingsStore(QSettings(str(Path(tmp) / "b.ini"), QSettings.Format.IniFormat))
        ctx = AppContext(data_dir=folder, lock=lock, settings=settings,
                         calibrate=kdf.floor_calibration)
        page_ctx = PageContext(ctx, vault, Profile())

        empty = QWidget()
        empty.resize(900, 700)
        empty.show()
        base_cpu, base_timers = idle(app, seconds, counter)
        empty.close()

        # Start just after a minute turns, so the page's minute-ahead timer is >= ~55 s away.
        while time.time() % 60 > 1:
            time.sleep(0.2)
        page = CleanTimePage(page_ctx, WallClock())
        page.resize(900, 700)
        page.show()
        interval = page.timer.interval()
        page_cpu, page_timers = idle(app, seconds, counter)
        ticks = page.ticks
        page.close()
        vault.close()
        lock.release()

    print(f"Idle event loop for {seconds:.1f} s, window shown, nothing happening.")
    table([
        ("window", "CPU time", "timer events", "page ticks"),
        ("empty window (baseline)", ms(base_cpu), str(base_timers), "-"),
        ("Clean time page", ms(page_cpu), str(page_timers), str(ticks)),
    ])
    print(f"Page timer: single-shot, due in {interval / 1000:.1f} s "
          f"(the next minute here: a goal is in its first 24 hours).")
    verdict("idle CPU", page_cpu - base_cpu <= 0.020,
            f"{ms(page_cpu - base_cpu)} over the baseline (budget 20 ms)")
    verdict("timer events while idle", page_timers <= base_timers and ticks == 0,
            f"{page_timers} (baseline {base_timers}), page ticks {ticks}")


if __name__ == "__main__":
    main()
