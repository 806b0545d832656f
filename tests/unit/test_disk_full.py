"""A full disk is named (DiskFull) and never leaves a half-written or stray file."""

from __future__ import annotations

import errno
import os
from collections.abc import Callable
from pathlib import Path

import pytest
import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import exc as sa_exc
from sqlalchemy import text

from recovery_desktop.domain.drafts import load_draft, save_draft
from recovery_desktop.vault import atomic
from recovery_desktop.vault.errors import (
    DatabaseDamaged,
    DiskFull,
    VaultBusy,
    VaultError,
    classify_db_error,
)
from recovery_desktop.vault.keyfile import KeyFile
from recovery_desktop.vault.vault import CreatedVault
from tests.unit.helpers import open_files_under


def _no_space(*_args: object) -> int:
    raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


def _write_a_little_then_no_space() -> Callable[[int, bytes], int]:
    real_write = os.write
    calls: list[int] = []

    def write(fd: int, data: bytes) -> int:
        calls.append(len(data))
        if len(calls) == 1:
            return real_write(fd, bytes(data)[:7])  # a short write, then the disk is full
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    return write


@pytest.mark.parametrize("failure", ["write", "short write", "fsync"])
@pytest.mark.parametrize("keep_backup", [False, True])
def test_atomic_write_on_full_disk_keeps_the_old_file(tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch,
                                                      failure: str, keep_backup: bool):
    target = tmp_path / "vault.key"
    target.write_bytes(b"the old contents")
    if keep_backup:
        (tmp_path / "vault.key.bak").write_bytes(b"the older contents")
    before = sorted(p.name for p in tmp_path.iterdir())
    with monkeypatch.context() as patch:
        if failure == "write":
            patch.setattr(os, "write", _no_space)
        elif failure == "short write":
            patch.setattr(os, "write", _write_a_little_then_no_space())
        else:
            patch.setattr(os, "fsync", _no_space)
        with pytest.raises(DiskFull) as info:
            atomic.atomic_write_bytes(target, b"new contents " * 1000, keep_backup=keep_backup)
    assert isinstance(info.value.__cause__, OSError)
    assert target.read_bytes() == b"the old contents"
    assert sorted(p.name for p in tmp_path.iterdir()) == before  # no temp leftovers
    if keep_backup:
        assert (tmp_path / "vault.key.bak").read_bytes() == b"the older contents"


def test_atomic_write_replaces_and_keeps_backup(tmp_path: Path):
    target = tmp_path / "file.json"
    atomic.atomic_write_bytes(target, b"one", keep_backup=True)
    assert not (tmp_path / "file.json.bak").exists()
    atomic.atomic_write_bytes(target, b"two", keep_backup=True)
    assert target.read_bytes() == b"two"
    assert (tmp_path / "file.json.bak").read_bytes() == b"one"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["file.json", "file.json.bak"]
    assert target.stat().st_mode & 0o077 == 0


def test_other_write_errors_are_named_without_a_traceback(tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch):
    def io_error(*_args: object) -> int:
        raise OSError(errno.EIO, os.strerror(errno.EIO))

    monkeypatch.setattr(os, "write", io_error)
    with pytest.raises(VaultError, match=r"Could not write x\.json") as info:
        atomic.atomic_write_bytes(tmp_path / "x.json", b"data")
    assert not isinstance(info.value, DiskFull)
    monkeypatch.undo()
    assert list(tmp_path.iterdir()) == []


def test_key_file_save_on_full_disk(created_vault: CreatedVault, monkeypatch: pytest.MonkeyPatch):
    vault = created_vault.vault
    before = vault.paths.key.read_bytes()
    with monkeypatch.context() as patch:
        patch.setattr(os, "write", _no_space)
        with pytest.raises(DiskFull):
            vault.key_file.save(vault.paths.key)
    assert vault.paths.key.read_bytes() == before
    assert KeyFile.from_bytes(before).vault_id == vault.key_file.vault_id


@pytest.mark.parametrize("message, expected", [
    ("database or disk is full", DiskFull),
    ("disk I/O error (disk full)", DiskFull),
    ("file is not a database", DatabaseDamaged),
    ("database disk image is malformed", DatabaseDamaged),
    ("database is locked", VaultBusy),
])
def test_classify_db_error(message: str, expected: type[VaultError]):
    raw = sqlcipher.OperationalError(message)
    assert type(classify_db_error(raw)) is expected
    wrapped = sa_exc.OperationalError("INSERT INTO drafts ...", {"payload": "secret"}, raw)
    assert type(classify_db_error(wrapped)) is expected


def test_classify_db_error_leaves_bugs_alone():
    assert classify_db_error(sqlcipher.OperationalError("no such table: nothing")) is None
    assert classify_db_error(ValueError("database or disk")) is None
    assert type(classify_db_error(OSError(errno.ENOSPC, "No space left on device"))) is DiskFull


def test_full_database_raises_disk_full_and_rolls_back(created_vault: CreatedVault):
    vault = created_vault.vault
    with vault.session() as session:
        save_draft(session, "kept", {"text": "saved before the disk filled up"})
    with pytest.raises(DiskFull), vault.session() as session:
        # A real SQLITE_FULL: cap the database at its current size for this connection.
        pages = session.execute(text("PRAGMA page_count")).scalar()
        session.execute(text(f"PRAGMA max_page_count = {pages}"))
        save_draft(session, "lost", {"text": "x" * 200_000})
        session.flush()
    with vault.session() as session:
        session.execute(text("PRAGMA max_page_count = 1073741823"))
        kept = load_draft(session, "kept")
        assert kept is not None
        assert load_draft(session, "lost") is None
    assert vault.integrity_problems() == []


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="needs /proc")
def test_create_on_full_disk_leaves_nothing_behind(vault_dir: Path,
                                                   monkeypatch: pytest.MonkeyPatch):
    from recovery_desktop.vault import kdf
    from recovery_desktop.vault.vault import Vault

    with monkeypatch.context() as patch:
        patch.setattr(os, "write", _no_space)  # the key file, written last, cannot be saved
        with pytest.raises(DiskFull):
            Vault.create(vault_dir, "passphrase", calibrate=kdf.floor_calibration)
    assert sorted(p.name for p in vault_dir.iterdir()) == ["vault.lock"]
    assert open_files_under(vault_dir) == []  # no connection to the deleted database
    created = Vault.create(vault_dir, "passphrase", calibrate=kdf.floor_calibration)
    created.vault.close()
