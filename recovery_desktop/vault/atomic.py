"""Atomic, durable file writes for everything outside the database.

Temp file in the same folder, fsync, ``os.replace``, fsync the folder: after a crash the
file is either the old one or the new one, never half of each.
"""

from __future__ import annotations

import contextlib
import os
import shutil
from pathlib import Path

from recovery_desktop.vault.errors import VaultError, classify_os_error


def fsync_dir(folder: Path) -> None:
    if os.name == "nt":  # Windows cannot open a directory for fsync.
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def atomic_write_bytes(
    path: Path, data: bytes, *, keep_backup: bool = False, mode: int = 0o600
) -> None:
    """Replace ``path`` with ``data`` atomically; optionally keep the previous file as ``.bak``."""
    path = Path(path)
    tmp = path.with_name(f".{path.name}.tmp-{os.getpid()}")
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, mode)
        try:
            view = memoryview(data)
            while view:
                written = os.write(fd, view)
                view = view[written:]
            os.fsync(fd)
        finally:
            os.close(fd)
        if keep_backup and path.exists():
            backup = path.with_name(path.name + ".bak")
            backup_tmp = backup.with_name(f".{backup.name}.tmp-{os.getpid()}")
            shutil.copyfile(path, backup_tmp)
            with open(backup_tmp, "rb+") as handle:
                os.fsync(handle.fileno())
            os.replace(backup_tmp, backup)
        os.replace(tmp, path)
        fsync_dir(path.parent)
    except OSError as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        known = classify_os_error(exc)
        if known is not None:
            raise known from exc
        raise VaultError(f"Could not write {path.name}: {exc.strerror or exc}.") from exc
