"""One lock per vault folder, shared by the GUI and every sub-command (plain Python, no Qt).

An advisory OS lock on ``vault.lock``: the OS drops it when the process dies, so a crash
never leaves a stale lock behind. The file holds nothing but the owner's process id.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import IO

from recovery_desktop.marks import QT_TRANSLATE_NOOP
from recovery_desktop.vault.errors import VaultBusy, VaultError, classify_os_error

LOCK_NAME = "vault.lock"


class InstanceLock:
    def __init__(self, folder: Path) -> None:
        self.path = Path(folder) / LOCK_NAME
        self._handle: IO[str] | None = None

    @property
    def held(self) -> bool:
        return self._handle is not None

    def acquire(self) -> InstanceLock:
        if self._handle is not None:
            return self
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            handle = open(self.path, "a+", encoding="ascii")  # noqa: SIM115 - held until release
        except OSError as exc:
            raise classify_os_error(exc) or VaultError(
                QT_TRANSLATE_NOOP("VaultError", "The vault folder cannot be used.")) from exc
        try:
            _lock(handle)
        except OSError:
            handle.close()
            raise VaultBusy() from None
        handle.seek(0)
        handle.truncate()
        handle.write(str(os.getpid()))
        handle.flush()
        self._handle = handle
        return self

    def release(self) -> None:
        if self._handle is None:
            return
        try:
            _unlock(self._handle)
        finally:
            self._handle.close()
            self._handle = None

    def __enter__(self) -> InstanceLock:
        return self.acquire()

    def __exit__(self, *exc: object) -> None:
        self.release()


if sys.platform == "win32":
    import msvcrt

    def _lock(handle: IO[str]) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)

    def _unlock(handle: IO[str]) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock(handle: IO[str]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(handle: IO[str]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
