"""Delete everything: overwrite, then remove every file the vault keeps in its folder.

What is removed: the database with its write-ahead log, the key file and its ``.bak``,
pre-migration copies, folders kept aside by a restore or a key rotation, leftovers of an
interrupted restore, and, when asked, the automatic backups in ``backups/``. Each file is
overwritten with random bytes and synced before it is unlinked. That is honest only up to a
point: SSDs and copy-on-write or journaling file systems may keep old blocks, and copies
made elsewhere (backups on other disks, exports) are untouched. The caller closes the vault
first and forgets device keys in the keychain; the folder lock stays with its holder.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import shutil
from pathlib import Path

from recovery_desktop.vault.errors import VaultError, classify_os_error
from recovery_desktop.vault.instance_lock import InstanceLock
from recovery_desktop.vault.layout import VaultPaths
from recovery_desktop.vault.rolling import backup_folder, existing

CONFIRM_WORD = "DELETE"
_VAULT_FILES = (
    "vault.db",
    "vault.db-wal",
    "vault.db-shm",
    "vault.key",
    "vault.key.bak",
    "vault.db.rotating",
    "vault.key.rotating",
)
_VAULT_GLOBS = ("vault.db.before-*", "replaced-*", "rotated-*", ".restore-*")


def _overwrite_and_remove(path: Path) -> None:
    size = path.stat().st_size
    with open(path, "r+b", buffering=0) as handle:
        left = size
        while left > 0:
            chunk = min(left, 1 << 20)
            handle.write(secrets.token_bytes(chunk))
            left -= chunk
        os.fsync(handle.fileno())
    path.unlink()


def _remove_tree(path: Path, removed: list[Path]) -> None:
    if path.is_dir() and not path.is_symlink():
        for child in sorted(path.rglob("*"), reverse=True):
            if child.is_file() and not child.is_symlink():
                _overwrite_and_remove(child)
                removed.append(child)
        shutil.rmtree(path)
    elif path.is_file():
        _overwrite_and_remove(path)
        removed.append(path)


def erase_vault(
    folder: Path, *, include_backups: bool = False, lock: InstanceLock | None = None
) -> list[Path]:
    """Overwrite and remove the vault's files (and its automatic backups if asked)."""
    paths = VaultPaths(Path(folder))
    held = (lock or InstanceLock(paths.folder)).acquire()
    removed: list[Path] = []
    try:
        targets = [paths.folder / name for name in _VAULT_FILES]
        for pattern in _VAULT_GLOBS:
            targets.extend(sorted(paths.folder.glob(pattern)))
        if include_backups:
            targets.extend(existing(backup_folder(paths.folder)).values())
        for target in targets:
            _remove_tree(target, removed)
        if include_backups:
            with contextlib.suppress(OSError):  # not there, or holds files that are not ours
                backup_folder(paths.folder).rmdir()
    except OSError as exc:
        raise classify_os_error(exc) or VaultError(
            f"Not everything could be deleted: {exc.strerror or exc}."
        ) from exc
    finally:
        if lock is None:
            held.release()
    return removed
