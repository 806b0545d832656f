"""Rotate keys after a suspected exposure: a new data key and a new recovery key.

1. The passphrase is checked (it re-seals the new key; it stays unless a new one is given).
2. An encrypted copy under the new data key is made with ``sqlcipher_export`` and
   integrity-checked, and the new key file is written beside it (``*.rotating``).
3. The engine is closed, the old database and key files are hard-linked (or copied) into
   ``rotated-<date>/``, the copy replaces ``vault.db``, then the new key file replaces
   ``vault.key`` (saved twice so ``vault.key.bak`` does not keep the old slots).
4. The vault opens again under the new key with a full integrity check; if it does not, the
   old files are put back and it opens under the old key as before.

The kept-aside folder is removed once the new vault opened. Device slots are dropped (their
keychain entries are forgotten by the caller first). Limit: steps 3's two renames are not
one atomic operation; a crash in the milliseconds between them leaves the new database with
the old key file, and ``rotated-<date>/`` plus ``vault.key.rotating`` hold both halves.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import shutil
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from recovery_desktop.vault import engine as vault_engine
from recovery_desktop.vault import kdf, keyfile, recovery_key
from recovery_desktop.vault.atomic import fsync_dir
from recovery_desktop.vault.backup import verify_copy
from recovery_desktop.vault.errors import (
    DatabaseDamaged,
    VaultError,
    WrongPassphrase,
    classify_db_error,
    classify_os_error,
)

if TYPE_CHECKING:
    from recovery_desktop.vault.vault import Vault

OLD_FILES = ("vault.db", "vault.key", "vault.key.bak")


@dataclass(frozen=True)
class Rotated:
    recovery_key: str  # display form, shown once


def _link_or_copy(source: Path, target: Path) -> None:
    try:
        os.link(source, target)
    except OSError:
        shutil.copy2(source, target)


def rotate_keys(
    vault: Vault,
    passphrase: str,
    *,
    new_passphrase: str | None = None,
    calibrate: kdf.Calibrator = kdf.calibrate,
) -> Rotated:
    if not vault.check_passphrase(passphrase):
        raise WrongPassphrase("That passphrase is not this vault's, so the keys were not changed.")
    folder = vault.paths.folder
    old_kf, old_key = vault.key_file, vault.data_key
    new_key = secrets.token_bytes(keyfile.DATA_KEY_BYTES)
    display, secret = recovery_key.generate()
    kf = keyfile.KeyFile(old_kf.vault_id, old_kf.created, [])
    kf = kf.with_slot(kf.seal_passphrase(new_passphrase or passphrase, new_key, calibrate()))
    kf = kf.with_slot(kf.seal_recovery(secret, new_key))
    copy = folder / "vault.db.rotating"
    new_key_file = folder / "vault.key.rotating"
    aside = folder / f"rotated-{datetime.now().strftime('%Y-%m-%d-%H%M%S')}"
    try:
        conn = vault.raw_connection()
        try:
            vault_engine.export_copy(conn, copy, new_key)
        finally:
            conn.close()
        if verify_copy(copy, new_key):
            raise DatabaseDamaged(
                "The re-encrypted copy failed its integrity check, so the keys were not "
                "changed. Your vault is as it was."
            )
        kf.save(new_key_file)

        def swap() -> None:
            aside.mkdir(mode=0o700)
            for name in OLD_FILES:
                if (folder / name).exists():
                    _link_or_copy(folder / name, aside / name)
            fsync_dir(aside)
            os.replace(copy, folder / "vault.db")
            for stale in ("vault.db-wal", "vault.db-shm"):
                (folder / stale).unlink(missing_ok=True)
            fsync_dir(folder)
            kf.save(folder / "vault.key")
            kf.save(folder / "vault.key")  # twice: the .bak must not hold the old slots

        try:
            vault.swap_files(kf, new_key, swap)
        except BaseException:

            def undo() -> None:
                if aside.is_dir():
                    for name in OLD_FILES:
                        if (aside / name).exists():
                            os.replace(aside / name, folder / name)
                    fsync_dir(folder)
                    with contextlib.suppress(OSError):
                        aside.rmdir()

            vault.swap_files(old_kf, old_key, undo)
            raise
    except OSError as exc:
        raise classify_os_error(exc) or VaultError(
            f"The keys could not be changed: {exc.strerror or exc}. Your vault is as it was."
        ) from exc
    except Exception as exc:
        known = None if isinstance(exc, VaultError) else classify_db_error(exc)
        if known is not None:
            raise known from exc
        raise
    finally:
        for leftover in (copy, new_key_file, new_key_file.with_name(new_key_file.name + ".bak")):
            with contextlib.suppress(OSError):
                leftover.unlink()
    shutil.rmtree(aside, ignore_errors=True)
    return Rotated(display)
