"""A vault folder: the encrypted database, its key file and its instance lock.

``Vault.create`` makes a new one; ``Vault.unlock*`` open an existing one. Opening never
creates or modifies a vault file on failure: the key is proved against a key-file slot
before the database is touched, and the database is opened without "create".
"""

from __future__ import annotations

import contextlib
import secrets
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from recovery_desktop.vault import engine as vault_engine
from recovery_desktop.vault import kdf, keyfile, recovery_key, schema
from recovery_desktop.vault.errors import (
    DatabaseDamaged,
    DeviceKeyUnavailable,
    KeyFileDamaged,
    VaultError,
    VaultExists,
    VaultMissing,
    WrongPassphrase,
    WrongRecoveryKey,
    classify_db_error,
)
from recovery_desktop.vault.instance_lock import InstanceLock
from recovery_desktop.vault.keychain import Keychain, KeychainUnavailable
from recovery_desktop.vault.layout import VaultPaths, vault_exists

if TYPE_CHECKING:
    from sqlalchemy.engine import Engine
    from sqlalchemy.orm import Session, sessionmaker

__all__ = ["CreatedVault", "Vault", "VaultPaths", "vault_exists"]

DEVICE_SLOT_PREFIX = "device:"
CLOSE_WAIT_SECONDS = 10.0


@dataclass(frozen=True)
class CreatedVault:
    vault: Vault
    recovery_key: str  # display form, shown once to the user


class Vault:
    """An unlocked vault. Close it (or use it as a context manager) to lock."""

    def __init__(
        self,
        paths: VaultPaths,
        key_file: keyfile.KeyFile,
        data_key: bytes,
        lock: InstanceLock,
        owns_lock: bool,
    ) -> None:
        self.paths = paths
        self.key_file = key_file
        self._data_key: bytes | None = data_key
        self._lock = lock
        self._owns_lock = owns_lock
        self._engine: Engine | None = None
        # Connections checked out of the pool: id -> (connection, owning thread).
        self._busy: dict[int, tuple[Any, int]] = {}
        self._busy_lock = threading.Lock()
        self._sessions: sessionmaker[Session] | None = None
        self.unlocked_with = ""

    # -- creating and opening -------------------------------------------------------------

    @classmethod
    def create(
        cls,
        folder: Path,
        passphrase: str,
        *,
        calibrate: kdf.Calibrator = kdf.calibrate,
        lock: InstanceLock | None = None,
    ) -> CreatedVault:
        paths = VaultPaths(Path(folder))
        vault_engine.check_environment()
        lock, owns = cls._take_lock(paths, lock)
        try:
            if paths.exists():
                raise VaultExists()
            data_key = secrets.token_bytes(keyfile.DATA_KEY_BYTES)
            display, secret = recovery_key.generate()
            kf = keyfile.KeyFile.new()
            kf = kf.with_slot(kf.seal_passphrase(passphrase, data_key, calibrate()))
            kf = kf.with_slot(kf.seal_recovery(secret, data_key))
            vault: Vault | None = None
            try:
                conn = vault_engine.connect(paths.db, data_key, create=True)
                conn.close()
                vault = cls(paths, kf, data_key, lock, owns)
                vault._open_engine()
                kf.save(paths.key)  # last: a vault without a key file never looks usable
            except BaseException:
                if vault is not None and vault._engine is not None:
                    vault._engine.dispose()  # close its connections before deleting the files
                for leftover in (
                    paths.db,
                    paths.db.with_name("vault.db-wal"),
                    paths.db.with_name("vault.db-shm"),
                ):
                    leftover.unlink(missing_ok=True)
                raise
        except BaseException:
            if owns:
                lock.release()
            raise
        vault.unlocked_with = keyfile.PASSPHRASE
        return CreatedVault(vault, display)

    @classmethod
    def read_key_file(cls, folder: Path, *, use_backup: bool = False) -> keyfile.KeyFile:
        paths = VaultPaths(Path(folder))
        if not paths.db.exists():
            raise VaultMissing()
        backup_available = paths.key_backup.exists()
        source = paths.key_backup if use_backup else paths.key
        if not source.exists():
            raise KeyFileDamaged(
                "The vault's key file is missing."
                + (
                    " A backup copy exists and can be tried instead."
                    if backup_available and not use_backup
                    else ""
                ),
                backup_available=backup_available and not use_backup,
            )
        return keyfile.KeyFile.load(source, backup_available=backup_available and not use_backup)

    @classmethod
    def unlock(
        cls,
        folder: Path,
        passphrase: str,
        *,
        use_backup_key_file: bool = False,
        lock: InstanceLock | None = None,
        verify: bool = True,
    ) -> Vault:
        kf = cls.read_key_file(folder, use_backup=use_backup_key_file)
        slot = kf.slot(keyfile.PASSPHRASE)
        if slot is None:
            raise WrongPassphrase("This vault has no passphrase yet; use the recovery key.")
        data_key = kf.open_slot(slot, kf.passphrase_wrap_key(slot, passphrase))
        if data_key is None:
            raise WrongPassphrase()
        return cls._open(folder, kf, data_key, lock, keyfile.PASSPHRASE, verify)

    @classmethod
    def unlock_with_recovery_key(
        cls,
        folder: Path,
        text: str,
        *,
        use_backup_key_file: bool = False,
        lock: InstanceLock | None = None,
        verify: bool = True,
    ) -> Vault:
        secret = recovery_key.parse(text)  # typos fail here, before any decryption
        kf = cls.read_key_file(folder, use_backup=use_backup_key_file)
        slot = kf.slot(keyfile.RECOVERY)
        if slot is None:
            raise WrongRecoveryKey()
        wrap = kf.hkdf_wrap_key(slot, secret, b"recovery-desktop recovery slot")
        data_key = kf.open_slot(slot, wrap)
        if data_key is None:
            raise WrongRecoveryKey()
        return cls._open(folder, kf, data_key, lock, keyfile.RECOVERY, verify)

    @classmethod
    def unlock_with_device(
        cls,
        folder: Path,
        keychain: Keychain,
        *,
        lock: InstanceLock | None = None,
        verify: bool = True,
    ) -> Vault:
        """Unlock from the keychain. A slot whose keychain entry vanished is dropped quietly.

        The folder lock is taken first: dropping a slot rewrites the key file, which must
        never race another instance (it could undo that instance's passphrase change).
        """
        paths = VaultPaths(Path(folder))
        held, owns = cls._take_lock(paths, lock)
        try:
            kf = cls.read_key_file(folder)
            for slot in kf.slots_of(keyfile.DEVICE):
                account = str(slot.extra.get("account", ""))
                try:
                    stored = keychain.fetch(account)
                except KeychainUnavailable as exc:
                    raise DeviceKeyUnavailable(f"{exc} Please use your passphrase.") from exc
                if stored is None:
                    kf = kf.without_slot(slot.name)
                    kf.save(paths.key)
                    continue
                try:
                    device_key = bytes.fromhex(stored)
                except ValueError:
                    continue  # not ours or mangled: the passphrase still works
                wrap = kf.hkdf_wrap_key(slot, device_key, b"recovery-desktop device slot")
                data_key = kf.open_slot(slot, wrap)
                if data_key is not None:
                    return cls._open(
                        folder, kf, data_key, held, keyfile.DEVICE, verify, owns_lock=owns
                    )
            raise DeviceKeyUnavailable()
        except BaseException:
            if owns:
                held.release()
            raise

    @classmethod
    def open_with_data_key(
        cls,
        folder: Path,
        kf: keyfile.KeyFile,
        data_key: bytes,
        *,
        lock: InstanceLock | None = None,
        how: str = keyfile.PASSPHRASE,
        verify: bool = True,
    ) -> Vault:
        """Open with a data key already proved against ``kf`` (restores and key rotation)."""
        return cls._open(folder, kf, data_key, lock, how, verify)

    @classmethod
    def _take_lock(cls, paths: VaultPaths, lock: InstanceLock | None) -> tuple[InstanceLock, bool]:
        if lock is not None:
            return lock.acquire(), False
        return InstanceLock(paths.folder).acquire(), True

    @classmethod
    def _open(
        cls,
        folder: Path,
        kf: keyfile.KeyFile,
        data_key: bytes,
        lock: InstanceLock | None,
        how: str,
        verify: bool,
        *,
        owns_lock: bool | None = None,
    ) -> Vault:
        """Open the database; ``owns_lock`` set means ``lock`` is already held by the caller."""
        vault_engine.check_environment()
        paths = VaultPaths(Path(folder))
        if owns_lock is not None and lock is not None:
            owns = owns_lock
        else:
            lock, owns = cls._take_lock(paths, lock)
        vault = cls(paths, kf, data_key, lock, owns)
        try:
            vault._open_engine(verify=verify)
        except BaseException:
            vault.close()
            raise
        vault.unlocked_with = how
        return vault

    # -- engine, schema, sessions -------------------------------------------------------------

    def _open_engine(self, *, verify: bool = False) -> None:
        from sqlalchemy.orm import sessionmaker

        engine = vault_engine.make_engine(self.paths.db, self.data_key)
        try:
            with engine.connect() as conn:
                raw = conn.connection.dbapi_connection
                if verify and vault_engine.integrity_problems(raw):
                    raise DatabaseDamaged()
                stored = schema.stored_revisions(raw)
            if stored != schema.head_revisions():
                self._migrate(engine, "+".join(sorted(stored)) if stored else None)
        except BaseException as exc:
            engine.dispose()
            if isinstance(exc, VaultError):
                raise
            known = classify_db_error(exc)
            if known is not None:
                raise known from exc
            raise
        self._track_connections(engine)
        self._engine = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    def _migrate(self, engine: Engine, revision: str | None) -> None:
        from recovery_desktop.vault import migrate

        if revision is not None:  # an existing schema: keep an encrypted copy first
            with engine.connect() as conn:
                vault_engine.export_copy(
                    conn.connection.dbapi_connection,
                    self.paths.pre_migration_copy(revision),
                    self.data_key,
                )
        with engine.begin() as conn:
            migrate.upgrade(conn)

    @property
    def data_key(self) -> bytes:
        if self._data_key is None:
            raise VaultError("The vault is locked.")
        return self._data_key

    @property
    def engine(self) -> Engine:
        if self._engine is None:
            raise VaultError("The vault is locked.")
        return self._engine

    @property
    def is_open(self) -> bool:
        return self._engine is not None

    @contextmanager
    def session(self) -> Iterator[Session]:
        """One unit of work: commits on success (durably), rolls back on any error."""
        if self._sessions is None:
            raise VaultError("The vault is locked.")
        session = self._sessions()
        try:
            yield session
            session.commit()
        except Exception as exc:
            session.rollback()
            known = classify_db_error(exc) if not isinstance(exc, VaultError) else None
            if known is not None:
                raise known from exc
            raise
        finally:
            session.close()

    def integrity_problems(self) -> list[str]:
        with self.engine.connect() as conn:
            return vault_engine.integrity_problems(conn.connection.dbapi_connection)

    def raw_connection(self) -> Any:
        """A DB-API connection for maintenance (backups); return it with ``.close()``."""
        return self.engine.raw_connection()

    # -- secrets ------------------------------------------------------------------------------

    def _save_key_file(self, kf: keyfile.KeyFile) -> None:
        kf.save(self.paths.key)
        self.key_file = kf

    def check_passphrase(self, passphrase: str) -> bool:
        """Whether ``passphrase`` opens this vault's passphrase slot (runs the KDF)."""
        slot = self.key_file.slot(keyfile.PASSPHRASE)
        if slot is None:
            return False
        return (
            self.key_file.open_slot(slot, self.key_file.passphrase_wrap_key(slot, passphrase))
            is not None
        )

    def change_passphrase(
        self, new_passphrase: str, *, calibrate: kdf.Calibrator = kdf.calibrate
    ) -> None:
        """Re-seal the data key under the new passphrase; the database is not re-encrypted."""
        kf = self.key_file
        new = kf.with_slot(kf.seal_passphrase(new_passphrase, self.data_key, calibrate()))
        self._save_key_file(new)
        # Save again so the .bak holds the new slot too: an old passphrase (perhaps the one
        # that leaked) must not keep opening the vault through the backup key file.
        self._save_key_file(new)

    def remember_on_device(self, keychain: Keychain) -> None:
        """Add a device slot; the device key goes to the keychain before the slot is written."""
        slot_name = DEVICE_SLOT_PREFIX + secrets.token_hex(8)
        account = f"vault-{self.key_file.vault_id}-{slot_name[len(DEVICE_SLOT_PREFIX) :]}"
        device_key = secrets.token_bytes(32)
        keychain.store(account, device_key.hex())
        kf = self.key_file
        new_slot = kf.seal_device(slot_name, device_key, self.data_key, {"account": account})
        try:
            self._save_key_file(kf.with_slot(new_slot))
        except BaseException:
            keychain.delete(account)
            raise
        # New slot written first, then older device slots of this vault are retired.
        for old in self.key_file.slots_of(keyfile.DEVICE):
            if old.name != slot_name:
                self._forget_slot(old, keychain)

    def _forget_slot(self, slot: keyfile.Slot, keychain: Keychain) -> None:
        self._save_key_file(self.key_file.without_slot(slot.name))
        # The slot is gone from the key file, so a leftover keychain entry opens nothing.
        with contextlib.suppress(KeychainUnavailable):
            keychain.delete(str(slot.extra.get("account", "")))

    def forget_on_device(self, keychain: Keychain) -> None:
        for slot in self.key_file.slots_of(keyfile.DEVICE):
            self._forget_slot(slot, keychain)

    @property
    def remembered_on_device(self) -> bool:
        return bool(self.key_file.slots_of(keyfile.DEVICE))

    def swap_files(self, kf: keyfile.KeyFile, data_key: bytes, swap: Callable[[], None]) -> None:
        """Close the engine, run ``swap`` on the vault's files, open again under ``kf``.

        For key rotation: other threads' queries are interrupted first, the folder lock stays
        held throughout, and the reopened database gets a full integrity check. On failure
        the vault is left closed (engine-less) for the caller to swap back and retry.
        """
        if self._engine is not None:
            self._stop_other_threads()
            _dispose(self._engine)
        self._engine = None
        self._sessions = None
        swap()
        self.key_file = kf
        self._data_key = data_key
        self._open_engine(verify=True)

    # -- locking --------------------------------------------------------------------------

    def _track_connections(self, engine: Engine) -> None:
        from sqlalchemy import event

        busy = self._busy

        @event.listens_for(engine, "checkout")
        def _checked_out(dbapi_conn: Any, _record: Any, _proxy: Any) -> None:
            with self._busy_lock:
                busy[id(dbapi_conn)] = (dbapi_conn, threading.get_ident())

        @event.listens_for(engine, "checkin")
        def _checked_in(dbapi_conn: Any, _record: Any) -> None:
            with self._busy_lock:
                busy.pop(id(dbapi_conn), None)

    def _stop_other_threads(self, timeout: float = CLOSE_WAIT_SECONDS) -> None:
        """Interrupt and wait out queries running on other threads.

        Closing connections while another thread's query runs can crash SQLCipher, so a
        background job (an integrity check, an export) is interrupted first and its
        connection handed back before anything is closed.
        """
        me = threading.get_ident()
        deadline = time.monotonic() + timeout
        while True:
            with self._busy_lock:
                others = [conn for conn, owner in self._busy.values() if owner != me]
            if not others or time.monotonic() > deadline:
                return
            for conn in others:
                with contextlib.suppress(Exception):
                    conn.interrupt()
            time.sleep(0.005)

    def close(self) -> None:
        """Lock: dispose the engine, drop the key, release the folder lock if it is ours."""
        if self._engine is not None:
            self._stop_other_threads()
            _dispose(self._engine)
        self._engine = None
        self._sessions = None
        self._data_key = None
        if self._owns_lock:
            self._lock.release()

    def __enter__(self) -> Vault:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _dispose(engine: Engine) -> None:
    """Close every pooled connection, even while another thread opens its first one.

    The engine's SingletonThreadPool keeps one connection per thread in a set that
    ``dispose`` iterates; a background job connecting at that moment (the daily backup, the
    integrity check) makes the iteration fail with "Set changed size during iteration".
    Closing a connection twice is harmless, so the dispose is simply tried again.
    """
    for _ in range(100):
        try:
            engine.dispose()
            return
        except RuntimeError:
            time.sleep(0.002)
    engine.dispose()
