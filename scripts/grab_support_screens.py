"""Grab the clean-time, meetings and people screens and the crisis card to PNG in light and
dark palettes, for looking at them.

Usage: QT_QPA_PLATFORM=offscreen python -m scripts.grab_support_screens OUT_DIR
"""

from __future__ import annotations

import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from recovery_desktop.domain import demo
from recovery_desktop.domain.behaviours import service as behaviours
from recovery_desktop.domain.behaviours.models import Category, GoalTier
from recovery_desktop.domain.support import crisis
from recovery_desktop.ui.context import AppContext
from recovery_desktop.ui.crisis_card import CrisisCard
from recovery_desktop.ui.main_window import MainWindow
from recovery_desktop.ui.settings_store import SettingsStore
from recovery_desktop.ui.support.meetings_page import MeetingsPage
from recovery_desktop.ui.support.people_page import PeoplePage
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
            demo.fill(session, years=2, seed=3)
            # A fresh goal that just reached 30 days: its celebration shows once.
            own = behaviours.add_behaviour(session, "Late-night scrolling", Category.OTHER)
            behaviours.set_goal(session, [own], GoalTier.ABSTINENT, tz="Europe/London",
                                clean_since=date.today() - timedelta(days=31))
            crisis.add_line(session, "Local recovery centre", "+44 20 7946 0000",
                            "Weekdays 9 to 5")
        created.vault.close()
        settings = SettingsStore(QSettings(str(Path(tmp) / "s.ini"), QSettings.Format.IniFormat))
        ctx = AppContext(data_dir=folder, lock=InstanceLock(folder).acquire(), settings=settings,
                         calibrate=kdf.floor_calibration)
        win = MainWindow(ctx)
        win.resize(1100, 760)
        win.show()
        win.open_vault(Vault.unlock(folder, PASSPHRASE, lock=ctx.lock), "passphrase")
        assert win.shell is not None
        win.shell.select("clean_time")
        settle(app)
        win.grab().save(str(out / f"clean-time-{tag}.png"))
        win.shell.select("meetings")
        meetings = win.shell.pages["meetings"]
        assert isinstance(meetings, MeetingsPage)
        settle(app)
        win.grab().save(str(out / f"meetings-{tag}.png"))
        dialog = meetings.open_meeting(None)
        settle(app)
        dialog.grab().save(str(out / f"meeting-dialog-{tag}.png"))
        dialog.when.setDateTime(dialog.when.dateTime().addDays(3))
        dialog.save()
        settle(app)
        dialog.grab().save(str(out / f"meeting-dialog-future-{tag}.png"))
        dialog.close()
        win.shell.select("people")
        people = win.shell.pages["people"]
        assert isinstance(people, PeoplePage)
        settle(app)
        win.grab().save(str(out / f"people-{tag}.png"))
        person = people.open_person(people.people[0].id)
        settle(app)
        person.grab().save(str(out / f"person-dialog-{tag}.png"))
        person.close()
        people.tabs.setCurrentIndex(1)
        settle(app)
        win.grab().save(str(out / f"contacts-{tag}.png"))
        people.tabs.setCurrentIndex(2)
        settle(app)
        win.grab().save(str(out / f"crisis-lines-{tag}.png"))
        assert win.vault is not None
        card = CrisisCard("GB", win, vault=win.vault)
        card.show()
        settle(app)
        card.grab().save(str(out / f"crisis-card-{tag}.png"))
        card.close()
        win.close()
        ctx.lock.release()


def main() -> None:
    grab_light_and_dark(grab)


if __name__ == "__main__":
    main()
