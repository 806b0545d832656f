"""Restore a backup file into a folder: a new one, or over a vault after explicit consent.

The backup file is only ever read. The secret is checked against the backup's own key file
before any folder is touched, so a wrong passphrase changes nothing anywhere. The restored
files are written into a hidden staging folder inside the (locked) target folder, moved into
place, and opened with a full integrity check. When replacing a vault, its files are first
moved into ``replaced-<date>/`` beside it and moved back if the restored vault does not open.
After a successful restore that folder is *kept* (it is still encrypted under its old
secrets, and it may hold entries newer than the backup); the result says where it is, so
the user can delete it once they are happy.
"""

from __future__ import annotations

import contextlib
import os
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from recovery_desktop.vault import keyfile, recovery_key
from recovery_desktop.vault.atomic import atomic_write_bytes, fsync_dir
from recovery_desktop.vault.backup import BackupInfo, read_backup
from recovery_desktop.vault.errors import (
    VaultError,
    VaultExists,
    WrongPassphrase,
    WrongRecoveryKey,
    classify_os_error,
)
from recovery_desktop.vault.instance_lock import InstanceLock
from recovery_desktop.vault.layout import VaultPaths

# Every file that belongs to a vault's data (the lock file stays where it is).
VAULT_FILE_NAMES = ("vault.db", "vault.db-wal", "vault.db-shm", "vault.key", "vault.key.bak")

Progress = Callable[[str], None]


@dataclass(frozen=True)
class RestoreResult:
    folder: Path
    backup: BackupInfo
    replaced_kept_in: Path | None  # where the previous vault's files were moved, if any


def data_key_from_passphrase(kf: keyfile.KeyFile, passphrase: str) -> bytes:
    slot = kf.slot(keyfile.PASSPHRASE)
    data_key = (
        None if slot is None else kf.open_slot(slot, kf.passphrase_wrap_key(slot, passphrase))
    )
    if data_key is None:
        raise WrongPassphrase(
            "That passphrase does not open this backup. It is the passphrase the vault had "
            "when the backup was made."
        )
    return data_key


def data_key_from_recovery_key(kf: keyfile.KeyFile, text: str) -> bytes:
    secret = recovery_key.parse(text)
    slot = kf.slot(keyfile.RECOVERY)
    wrap = (
        None if slot is None else kf.hkdf_wrap_key(slot, secret, b"recovery-desktop recovery slot")
    )
    data_key = None if slot is None or wrap is None else kf.open_slot(slot, wrap)
    if data_key is None:
        raise WrongRecoveryKey("That recovery key does not open this backup.")
    return data_key


def _move(names: tuple[str, ...], source: Path, target: Path) -> None:
    for name in names:
        if (source / name).exists():
            os.replace(source / name, target / name)
    fsync_dir(source)
    fsync_dir(target)


def restore_backup(
    backup_file: Path,
    folder: Path,
    *,
    passphrase: str | None = None,
    recovery_text: str | None = None,
    replace: bool = False,
    progress: Progress | None = None,
    lock: InstanceLock | None = None,
) -> RestoreResult:
    """Restore ``backup_file`` into ``folder``; ``replace`` must be set to restore over a vault.

    ``lock`` is the folder's lock when the caller already holds it (the app, whose vault it
    closed first); otherwise the folder is locked here for the duration.
    """
    step = progress or (lambda _s: None)
    step("read")
    info, db = read_backup(backup_file)
    step("unlock")
    if recovery_text is not None:
        data_key = data_key_from_recovery_key(info.key_file, recovery_text)
        how = keyfile.RECOVERY
    elif passphrase is not None:
        data_key = data_key_from_passphrase(info.key_file, passphrase)
        how = keyfile.PASSPHRASE
    else:
        raise ValueError("a passphrase or a recovery key is needed")
    folder = Path(folder)
    held = lock.acquire() if lock is not None else InstanceLock(folder).acquire()
    try:
        return _restore_locked(info, db, data_key, how, folder, replace, step, held)
    finally:
        if lock is None:
            held.release()


def _restore_locked(
    info: BackupInfo,
    db: bytes,
    data_key: bytes,
    how: str,
    folder: Path,
    replace: bool,
    step: Progress,
    lock: InstanceLock,
) -> RestoreResult:
    from recovery_desktop.vault.vault import Vault

    paths = VaultPaths(folder)
    had_vault = paths.exists()
    if had_vault and not replace:
        raise VaultExists(
            "A vault already exists in that folder; it was left untouched. Choose an empty "
            "folder, or confirm that the backup should replace it."
        )
    staging = folder / f".restore-{os.getpid()}"
    aside: Path | None = None
    try:
        step("write")
        shutil.rmtree(staging, ignore_errors=True)
        staging.mkdir(mode=0o700)
        atomic_write_bytes(staging / "vault.db", db)
        info.key_file.save(staging / "vault.key")
        if had_vault:
            stamp = datetime.now().strftime("%Y-%m-%d-%H%M%S")
            aside = folder / f"replaced-{stamp}"
            aside.mkdir(mode=0o700)
            _move(VAULT_FILE_NAMES, folder, aside)
        _move(("vault.db", "vault.key"), staging, folder)
        step("check")
        try:
            Vault.open_with_data_key(folder, info.key_file, data_key, lock=lock, how=how).close()
        except BaseException:
            for name in VAULT_FILE_NAMES:
                (folder / name).unlink(missing_ok=True)
            if aside is not None:
                _move(VAULT_FILE_NAMES, aside, folder)
                with contextlib.suppress(OSError):
                    aside.rmdir()
                aside = None
            raise
    except OSError as exc:
        raise classify_os_error(exc) or VaultError(
            f"The backup could not be restored: {exc.strerror or exc}."
        ) from exc
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return RestoreResult(folder, info, aside)


def restore_with_secret(
    backup_file: Path,
    folder: Path,
    secret: str,
    *,
    replace: bool = False,
    lock: InstanceLock | None = None,
) -> RestoreResult:
    """Restore with whichever secret was typed: a well-formed recovery key, else a passphrase."""
    from recovery_desktop.vault.errors import MalformedRecoveryKey

    try:
        recovery_key.parse(secret)
    except MalformedRecoveryKey:
        return restore_backup(backup_file, folder, passphrase=secret, replace=replace, lock=lock)
    return restore_backup(backup_file, folder, recovery_text=secret, replace=replace, lock=lock)
