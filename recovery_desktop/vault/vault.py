"""A vault folder: the encrypted database, its key file and its instance lock.

``Vault.create`` makes a new one; ``Vault.unlock*`` open an existing one. Opening never
creates or modifies a vault file on failure: the key is proved against a key-file slot
before the database is touched, the database is opened without "create", and a vault
written by a newer version is refused before any migration or copy.
"""

from __future__ import annotations

import secrets
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from recovery_desktop.vault import engine as vault_engine
from recovery_desktop.vault import kdf, keyfile, recovery_key, schema
from recovery_desktop.vault.connection_guard import ConnectionGuard
from recovery_desktop.vault.errors import (
    DatabaseDamaged,
    DeviceKeyUnavailable,
    JournalMissing,
    NewerFormat,
    VaultError,
    VaultExists,
    WrongPassphrase,
    WrongRecoveryKey,
    classify_db_error,
)
from recovery_desktop.vault.instance_lock import InstanceLock
from recovery_desktop.vault.key_slots import KeySlots
from recovery_desktop.vault.keychain import Keychain, KeychainUnavailable
from recovery_desktop.vault.layout import VaultPaths, vault_exists

if TYPE_CHECKING:
    from sqlalchemy.engine import Engine
    from sqlalchemy.orm import Session, sessionmaker

__all__ = ["CreatedVault", "Vault", "VaultPaths", "vault_exists"]


@dataclass(frozen=True)
class CreatedVault:
    vault: Vault
    recovery_key: str  # display form, shown once to the user


@dataclass(frozen=True)
class _HeldLock:
    lock: InstanceLock
    owned: bool  # taken by us (released when the vault closes), or lent by the caller

    @classmethod
    def take(cls, folder: Path, lent: InstanceLock | None) -> _HeldLock:
        if lent is not None:
            return cls(lent.acquire(), owned=False)
        return cls(InstanceLock(folder).acquire(), owned=True)

    def release_if_owned(self) -> None:
        if self.owned:
            self.lock.release()


class Vault(KeySlots):
    """An unlocked vault. Close it (or use it as a context manager) to lock."""

    def __init__(self, paths: VaultPaths, key_file: keyfile.KeyFile, data_key: bytes,
                 held: _HeldLock) -> None:
        self.paths = paths
        self.key_file = key_file
        self._key_path = paths.key
        self._key_lock = threading.Lock()
        self._data_key: bytes | None = data_key
        self._held = held
        self._guard = ConnectionGuard()
        self._engine: Engine | None = None
        self._sessions: sessionmaker[Session] | None = None
        self.unlocked_with = ""

    # -- creating -----------------------------------------------------------------------------

    @classmethod
    def create(cls, folder: Path, passphrase: str, *,
               calibrate: kdf.Calibrator = kdf.calibrate,
               lock: InstanceLock | None = None) -> CreatedVault:
        paths = VaultPaths(Path(folder))
        vault_engine.check_environment()
        held = _HeldLock.take(paths.folder, lock)
        try:
            if paths.exists():
                raise VaultExists()
            data_key = secrets.token_bytes(keyfile.DATA_KEY_BYTES)
            display, secret = recovery_key.generate()
            kf = keyfile.KeyFile.new()
            kf = kf.with_slot(kf.seal_passphrase(passphrase, data_key, calibrate()))
            kf = kf.with_slot(kf.seal_recovery(secret, data_key))
            vault = cls(paths, kf, data_key, held)
            try:
                vault_engine.connect(paths.db, data_key, create=True).close()
                paths.db.chmod(0o600)  # SQLite creates -wal/-shm with the same mode
                vault._open_engine(verify=False)
                kf.save(paths.key)  # last: a vault without a key file never looks usable
            except BaseException:
                if vault._engine is not None:
                    vault._engine.dispose()  # close its connections before deleting files
                for leftover in (paths.db, paths.wal, paths.shm):
                    leftover.unlink(missing_ok=True)
                raise
        except BaseException:
            held.release_if_owned()
            raise
        vault.unlocked_with = keyfile.PASSPHRASE
        return CreatedVault(vault, display)

    # -- opening ------------------------------------------------------------------------------

    @classmethod
    def read_key_file(cls, folder: Path, *, use_backup: bool = False) -> keyfile.KeyFile:
        return keyfile.load_for(VaultPaths(Path(folder)), use_backup=use_backup)

    @classmethod
    def unlock(cls, folder: Path, passphrase: str, *, use_backup_key_file: bool = False,
               lock: InstanceLock | None = None, verify: bool = True,
               accept_missing_journal: bool = False) -> Vault:
        def open_slot(kf: keyfile.KeyFile) -> bytes:
            slot = kf.slot(keyfile.PASSPHRASE)
            if slot is None:
                raise WrongPassphrase("This vault has no passphrase yet; use the recovery key.")
            data_key = kf.open_slot(slot, kf.passphrase_wrap_key(slot, passphrase))
            if data_key is None:
                raise WrongPassphrase()
            return data_key

        return cls._unlock(folder, open_slot, keyfile.PASSPHRASE, use_backup_key_file, lock,
                           verify, accept_missing_journal)

    @classmethod
    def unlock_with_recovery_key(cls, folder: Path, text: str, *,
                                 use_backup_key_file: bool = False,
                                 lock: InstanceLock | None = None,
                                 verify: bool = True,
                                 accept_missing_journal: bool = False) -> Vault:
        secret = recovery_key.parse(text)  # typos fail here, before any decryption

        def open_slot(kf: keyfile.KeyFile) -> bytes:
            slot = kf.slot(keyfile.RECOVERY)
            if slot is None:
                raise WrongRecoveryKey()
            wrap = kf.hkdf_wrap_key(slot, secret, b"recovery-desktop recovery slot")
            data_key = kf.open_slot(slot, wrap)
            if data_key is None:
                raise WrongRecoveryKey()
            return data_key

        return cls._unlock(folder, open_slot, keyfile.RECOVERY, use_backup_key_file, lock,
                           verify, accept_missing_journal)

    @classmethod
    def _unlock(cls, folder: Path, open_slot: Callable[[keyfile.KeyFile], bytes], how: str,
                use_backup: bool, lock: InstanceLock | None, verify: bool,
                accept_missing_journal: bool) -> Vault:
        kf = cls.read_key_file(folder, use_backup=use_backup)
        data_key = open_slot(kf)
        paths = VaultPaths(Path(folder))
        _check_journal(paths, accept_missing_journal)
        vault = cls._open(paths, kf, data_key, _HeldLock.take(paths.folder, lock), how, verify)
        if use_backup:
            vault.repair_key_file()  # so the next unlock does not need the backup again
        return vault

    @classmethod
    def unlock_with_device(cls, folder: Path, keychain: Keychain, *,
                           lock: InstanceLock | None = None, verify: bool = True) -> Vault:
        """Unlock from the keychain. A slot whose keychain entry vanished is dropped quietly.

        The folder lock is taken first: dropping a slot rewrites the key file, which must
        never race another instance (it could undo that instance's passphrase change).
        """
        paths = VaultPaths(Path(folder))
        held = _HeldLock.take(paths.folder, lock)
        try:
            _check_journal(paths, accept=False)
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
                    return cls._open(paths, kf, data_key, held, keyfile.DEVICE, verify)
            raise DeviceKeyUnavailable()
        except BaseException:
            held.release_if_owned()
            raise

    @classmethod
    def open_with_data_key(cls, folder: Path, kf: keyfile.KeyFile, data_key: bytes, *,
                           lock: InstanceLock | None = None, how: str = keyfile.PASSPHRASE,
                           verify: bool = True) -> Vault:
        """Open with a data key already proved against ``kf`` (restores and key rotation)."""
        paths = VaultPaths(Path(folder))
        return cls._open(paths, kf, data_key, _HeldLock.take(paths.folder, lock), how, verify)

    @classmethod
    def _open(cls, paths: VaultPaths, kf: keyfile.KeyFile, data_key: bytes, held: _HeldLock,
              how: str, verify: bool) -> Vault:
        """Open the database under an already-held folder lock (released on failure)."""
        vault = cls(paths, kf, data_key, held)
        try:
            vault_engine.check_environment()
            vault._open_engine(verify=verify)
        except BaseException:
            vault.close()
            raise
        vault.unlocked_with = how
        return vault

    # -- engine, schema, sessions -------------------------------------------------------------

    def _open_engine(self, *, verify: bool) -> None:
        from sqlalchemy.orm import sessionmaker

        engine = vault_engine.make_engine(self.paths.db, self.data_key, self._guard.check_open)
        try:
            with engine.connect() as conn:
                raw = conn.connection.dbapi_connection
                if verify and vault_engine.integrity_problems(raw):
                    raise DatabaseDamaged()
                stored = schema.stored_revisions(raw)
            if stored - schema.known_revisions():
                raise NewerFormat()  # before any copy or migration touches a file
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
        self._guard.watch(engine)
        self._engine = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    def _migrate(self, engine: Engine, revision: str | None) -> None:
        from recovery_desktop.vault import migrate

        if revision is not None:  # an existing schema: keep an encrypted copy first
            with engine.connect() as conn:
                vault_engine.export_copy(conn.connection.dbapi_connection,
                                         self.paths.pre_migration_copy(revision), self.data_key)
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

    def swap_files(self, kf: keyfile.KeyFile, data_key: bytes, swap: Callable[[], None]) -> None:
        """Close the engine, run ``swap`` on the vault's files, open again under ``kf``.

        For key rotation: other threads' queries are interrupted first, the folder lock stays
        held throughout, and the reopened database gets a full integrity check. On failure
        the vault is left closed (engine-less) for the caller to swap back and retry.
        """
        engine, self._engine, self._sessions = self._engine, None, None
        if engine is not None:
            self._guard.close_out()
            engine.dispose()
        swap()
        self.key_file = kf
        self._data_key = data_key
        self._guard = ConnectionGuard()  # the old guard refuses connections for good
        self._open_engine(verify=True)

    # -- locking ------------------------------------------------------------------------------

    def close(self) -> None:
        """Lock: stop other threads' queries, dispose the engine, drop the key, unlock folder."""
        engine, self._engine, self._sessions = self._engine, None, None
        if engine is not None:
            self._guard.close_out()
            engine.dispose()
        self._data_key = None
        self._held.release_if_owned()

    def __enter__(self) -> Vault:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _check_journal(paths: VaultPaths, accept: bool) -> None:
    """Name a missing journal before SQLite would quietly carry on without its changes.

    After a crash the journal (-wal) and its index (-shm) both stay behind; an index with
    no journal means the journal, and the commits in it, went missing.
    """
    if paths.shm.exists() and not paths.wal.exists() and not accept:
        raise JournalMissing()
