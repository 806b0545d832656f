"""Encrypted backup files: one file that restores a whole vault on any machine.

The container (``.rdbackup``), all integers big-endian::

    8 bytes   magic  b"RDBACKUP"
    4 bytes   header length N
    N bytes   header: UTF-8 JSON {"format", "version", "created", "app_version",
              "vault_id", "db_size", "db_sha256", "key_file": <the key file document>}
    db_size   the database: an encrypted SQLCipher copy made with ``sqlcipher_export``
              under the vault's own data key (never a raw copy of the live file)

Nothing in it is plaintext user data: the key file holds only sealed slots (passphrase and
recovery key; device slots are left out, they mean nothing on another machine) and the
header holds dates, sizes and ids. The copy is integrity-checked before the container is
written; the container is written atomically and read back (header parsed, payload hash
compared with the checked copy) before the backup counts as made.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import struct
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from recovery_desktop import __version__
from recovery_desktop.vault import engine as vault_engine
from recovery_desktop.vault import keyfile
from recovery_desktop.vault.atomic import atomic_write_bytes
from recovery_desktop.vault.errors import (
    DatabaseDamaged,
    DiskFull,
    NewerFormat,
    VaultError,
    classify_db_error,
    classify_os_error,
)

if TYPE_CHECKING:
    from recovery_desktop.vault.vault import Vault

MAGIC = b"RDBACKUP"
FORMAT = "recovery-desktop-backup"
FORMAT_VERSION = 1
SUFFIX = ".rdbackup"
_LENGTH = struct.Struct(">I")
MAX_HEADER = 1 << 20

Progress = Callable[[str], None]


class BackupDamaged(VaultError):
    exit_code = 4
    message = (
        "This backup file is damaged or is not a Recovery Desktop backup. It was left as it is."
    )


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    created: datetime
    vault_id: str
    db_size: int
    key_file: keyfile.KeyFile


def backup_name(when: datetime | None = None, prefix: str = "recovery-desktop-backup") -> str:
    """A clear file name with the local date and time, e.g. ``...-2026-11-26-1830.rdbackup``."""
    stamp = (when or datetime.now().astimezone()).strftime("%Y-%m-%d-%H%M")
    return f"{prefix}-{stamp}{SUFFIX}"


def _portable_key_file(kf: keyfile.KeyFile) -> keyfile.KeyFile:
    return keyfile.KeyFile(
        kf.vault_id, kf.created, [s for s in kf.slots if s.kind != keyfile.DEVICE]
    )


def verify_copy(path: Path, data_key: bytes) -> list[str]:
    """Integrity problems of an encrypted copy, opened read-only (nothing is written to it)."""
    dbapi = vault_engine._dbapi()
    conn = dbapi.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, isolation_level=None)
    try:
        conn.execute(vault_engine.key_pragma(data_key))
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute("PRAGMA temp_store = MEMORY")
        return vault_engine.integrity_problems(conn)
    finally:
        conn.close()


def _container(header: dict[str, Any], db: bytes) -> bytes:
    raw = json.dumps(header, indent=1).encode("utf-8")
    return MAGIC + _LENGTH.pack(len(raw)) + raw + db


def make_backup(
    raw_connection: Any,
    key_file: keyfile.KeyFile,
    data_key: bytes,
    target: Path,
    *,
    progress: Progress | None = None,
    now: datetime | None = None,
) -> BackupInfo:
    """Write a verified backup of the open database to ``target`` (replaced atomically).

    ``raw_connection`` is a keyed DB-API connection to the vault (``Vault.raw_connection()``);
    the caller closes it. A failure leaves no partial file and the vault untouched.
    """
    target = Path(target)
    step = progress or (lambda _s: None)
    copy = target.with_name(f".{target.name}.db-{os.getpid()}")
    try:
        step("copy")
        try:
            vault_engine.export_copy(raw_connection, copy, data_key)
        except Exception as exc:
            known = classify_db_error(exc) or (
                classify_os_error(exc) if isinstance(exc, OSError) else None
            )
            if known is None and "disk i/o error" in str(exc).lower():
                # SQLite reports a refused write (a file-size limit, EFBIG) only as I/O error.
                known = DiskFull(
                    "The backup could not be written: the disk is full, or it refused a file "
                    "this large. Your vault was not changed; free some space or choose "
                    "another disk."
                )
            if known is not None:
                raise known from exc
            raise
        step("check")
        if verify_copy(copy, data_key):
            raise DatabaseDamaged(
                "The copy for the backup failed its integrity check, so no backup was written. "
                "Your vault was not changed."
            )
        db = copy.read_bytes()
        digest = hashlib.sha256(db).hexdigest()
        created = (now or datetime.now(UTC)).astimezone(UTC)
        portable = _portable_key_file(key_file)
        header = {
            "format": FORMAT,
            "version": FORMAT_VERSION,
            "created": created.isoformat(timespec="seconds"),
            "app_version": __version__,
            "vault_id": portable.vault_id,
            "db_size": len(db),
            "db_sha256": digest,
            "key_file": json.loads(portable.to_bytes()),
        }
        step("write")
        atomic_write_bytes(target, _container(header, db))
        step("verify")
        info, written = read_backup(target)
        if hashlib.sha256(written).hexdigest() != digest:
            target.unlink(missing_ok=True)
            raise VaultError(
                "The backup did not read back correctly, so it was removed. Try again."
            )
        return info
    finally:
        for leftover in (copy, copy.with_name(copy.name + "-journal")):
            with contextlib.suppress(OSError):
                leftover.unlink()


def read_backup(path: Path) -> tuple[BackupInfo, bytes]:
    """Parse and check a backup file: its header, and the database bytes (still encrypted)."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError as exc:
        raise VaultError(f"There is no backup file at {path}.") from exc
    except OSError as exc:
        raise classify_os_error(exc) or VaultError(f"Could not read {path.name}.") from exc
    if not data.startswith(MAGIC) or len(data) < len(MAGIC) + _LENGTH.size:
        raise BackupDamaged()
    (length,) = _LENGTH.unpack_from(data, len(MAGIC))
    start = len(MAGIC) + _LENGTH.size
    if length > MAX_HEADER or start + length > len(data):
        raise BackupDamaged()
    try:
        header = json.loads(data[start : start + length].decode("utf-8"))
        if not isinstance(header, dict) or header.get("format") != FORMAT:
            raise ValueError("not a backup")
        version = int(header["version"])
    except (ValueError, KeyError, TypeError, UnicodeDecodeError) as exc:
        raise BackupDamaged() from exc
    if version > FORMAT_VERSION:
        raise NewerFormat(
            "This backup was made by a newer version of Recovery Desktop. Please update to "
            "restore it."
        )
    db = data[start + length :]
    try:
        size = int(header["db_size"])
        digest = str(header["db_sha256"])
        created = datetime.fromisoformat(str(header["created"]))
        kf = keyfile.KeyFile.from_bytes(json.dumps(header["key_file"]).encode("utf-8"))
    except (ValueError, KeyError, TypeError) as exc:
        raise BackupDamaged() from exc
    except VaultError as exc:  # a damaged key file inside the backup
        raise BackupDamaged() from exc
    if len(db) != size or hashlib.sha256(db).hexdigest() != digest:
        raise BackupDamaged(
            "This backup file is incomplete or damaged (its contents do not match their "
            "checksum). It was left as it is; try another backup."
        )
    return BackupInfo(path, created, str(header.get("vault_id", kf.vault_id)), size, kf), db


def backup_vault(vault: Vault, target: Path, *, progress: Progress | None = None) -> BackupInfo:
    """``make_backup`` for an open vault, on a connection of its own (any thread)."""
    conn = vault.raw_connection()
    try:
        return make_backup(conn, vault.key_file, vault.data_key, target, progress=progress)
    finally:
        conn.close()
