"""What every screen is handed instead of reaching for globals."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from recovery_desktop.ui.dialogs import Dialogs
from recovery_desktop.ui.settings_store import SettingsStore
from recovery_desktop.vault.instance_lock import InstanceLock
from recovery_desktop.vault.keychain import Keychain

if TYPE_CHECKING:
    from recovery_desktop.vault.kdf import Argon2Params


def _calibrate() -> Argon2Params:
    # Imported on use: argon2 is not needed to show the lock screen.
    from recovery_desktop.vault.kdf import calibrate

    return calibrate()


def awake_clock() -> float:
    """Seconds that keep counting while the computer sleeps (CLOCK_BOOTTIME on Linux).

    time.monotonic stops during suspend, so a laptop woken after hours would stay unlocked
    for the rest of the idle period; with this clock it locks on waking.
    """
    if hasattr(time, "CLOCK_BOOTTIME"):
        return time.clock_gettime(time.CLOCK_BOOTTIME)
    return time.monotonic()  # Windows and macOS: monotonic keeps counting across sleep


@dataclass
class AppContext:
    data_dir: Path
    lock: InstanceLock
    settings: SettingsStore
    dialogs: Dialogs = field(default_factory=Dialogs)
    keychain: Keychain = field(default_factory=Keychain)
    # Injectable for tests: the Argon2 calibration and the clock auto-lock reads.
    calibrate: Callable[[], Argon2Params] = _calibrate
    clock: Callable[[], float] = awake_clock
    clipboard_clear_ms: int = 30_000
    # Daily encrypted backups in the data folder after unlock (tests switch them off).
    auto_backup: bool = True
