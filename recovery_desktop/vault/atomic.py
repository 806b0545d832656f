"""Atomic, durable file writes for everything outside the database.

Temp file in the same folder, fsync, ``os.replace``, fsync the folder: after a crash the
file is either the old one or the new one, never half of each.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
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


def _write_new(folder: Path, name: str, data: bytes, mode: int) -> Path:
    """Write ``data`` to a new, uniquely named, fsynced temp file in ``folder``."""
    fd, tmp_name = tempfile.mkstemp(dir=folder, prefix=f".{name}.", suffix=".tmp")
    tmp = Path(tmp_name)
    try:
        os.chmod(tmp, mode)
        view = memoryview(data)
        while view:
            written = os.write(fd, view)
            view = view[written:]
        os.fsync(fd)
    except BaseException:
        os.close(fd)
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    os.close(fd)
    return tmp


def atomic_write_bytes(
    path: Path, data: bytes, *, keep_backup: bool = False, mode: int = 0o600
) -> None:
    """Replace ``path`` with ``data`` atomically; optionally keep the previous file as ``.bak``.

    Temp names are unique (mkstemp), so two writers never truncate each other's file.
    """
    path = Path(path)
    tmp: Path | None = None
    try:
        tmp = _write_new(path.parent, path.name, data, mode)
        if keep_backup and path.exists():
            backup = path.with_name(path.name + ".bak")
            backup_tmp = _write_new(path.parent, backup.name, path.read_bytes(), mode)
            os.replace(backup_tmp, backup)
        os.replace(tmp, path)
        tmp = None
        fsync_dir(path.parent)
    except OSError as exc:
        if tmp is not None:
            with contextlib.suppress(OSError):
                tmp.unlink()
        known = classify_os_error(exc)
        if known is not None:
            raise known from exc
        raise VaultError(f"Could not write {path.name}: {exc.strerror or exc}.") from exc
