"""Encrypted backup files: made from the live vault, verified, restorable anywhere."""

from __future__ import annotations

import hashlib
import json
import struct
import uuid
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from recovery_desktop.domain.drafts import save_draft
from recovery_desktop.domain.export import build_export
from recovery_desktop.domain.profile import Profile, save_profile
from recovery_desktop.vault import backup, keyfile, recovery_key
from recovery_desktop.vault.backup import BackupDamaged, backup_vault, read_backup
from recovery_desktop.vault.errors import (
    DatabaseDamaged,
    NewerFormat,
    VaultExists,
    WrongPassphrase,
    WrongRecoveryKey,
)
from recovery_desktop.vault.restore import restore_backup
from recovery_desktop.vault.vault import Vault
from tests.memory_keyring import MemoryKeyring
from tests.unit.conftest import ClosedVault
from tests.unit.helpers import data_snapshot, files_containing, flip_byte, snapshot

NOW = datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC)


def everything(vault: Vault) -> dict[str, Any]:
    with vault.session() as session:
        return build_export(session, include_private=True, now=NOW)["data"]  # type: ignore[no-any-return]


def make_backup_of(closed: ClosedVault, target: Path) -> dict[str, Any]:
    with Vault.unlock(closed.folder, closed.passphrase) as vault:
        backup_vault(vault, target)
        return everything(vault)


def test_backup_then_restore_on_a_clean_folder_gives_every_record(
    closed_vault: ClosedVault, tmp_path: Path
):
    target = tmp_path / "elsewhere" / backup.backup_name(NOW)
    target.parent.mkdir()
    steps: list[str] = []
    with Vault.unlock(closed_vault.folder, closed_vault.passphrase) as vault:
        info = backup_vault(vault, target, progress=steps.append)
        before = everything(vault)
    assert steps == ["copy", "check", "write", "verify"]
    assert info.vault_id == vault.key_file.vault_id
    assert sorted(p.name for p in target.parent.iterdir()) == [target.name]  # no leftovers
    assert target.name.startswith("recovery-desktop-backup-") and target.suffix == ".rdbackup"

    new = tmp_path / "restored"
    result = restore_backup(target, new, passphrase=closed_vault.passphrase)
    assert result.replaced_kept_in is None
    with Vault.unlock(new, closed_vault.passphrase) as restored:
        assert everything(restored) == before
        assert restored.integrity_problems() == []
        assert restored.key_file.vault_id == vault.key_file.vault_id


def test_backup_includes_commits_still_in_the_write_ahead_log(created_vault, tmp_path: Path):
    vault = created_vault.vault
    with vault.session() as session:
        save_draft(session, "journal", {"text": "just now"}, ref="wal")
    assert (vault.paths.folder / "vault.db-wal").stat().st_size > 0
    target = tmp_path / "b.rdbackup"
    backup_vault(vault, target)
    restore_backup(target, tmp_path / "r", recovery_text=created_vault.recovery_key)
    with Vault.unlock_with_recovery_key(tmp_path / "r", created_vault.recovery_key) as restored:
        drafts = everything(restored)["drafts"]
    assert [d["ref"] for d in drafts] == ["wal"]


def test_restore_with_the_recovery_key(closed_vault: ClosedVault, tmp_path: Path):
    target = tmp_path / "b.rdbackup"
    before = make_backup_of(closed_vault, target)
    restore_backup(target, tmp_path / "r", recovery_text=closed_vault.recovery_key)
    # Both secrets of the original still open the restored vault.
    with Vault.unlock(tmp_path / "r", closed_vault.passphrase) as restored:
        assert everything(restored) == before


@pytest.mark.parametrize("how", ["passphrase", "recovery key"])
def test_a_wrong_secret_is_rejected_and_nothing_is_touched(
    closed_vault: ClosedVault, tmp_path: Path, how: str
):
    target = tmp_path / "b.rdbackup"
    make_backup_of(closed_vault, target)
    before = snapshot(tmp_path)
    new = tmp_path / "r"
    if how == "passphrase":
        with pytest.raises(WrongPassphrase):
            restore_backup(target, new, passphrase="not the passphrase")
    else:
        other_key, _secret = recovery_key.generate()  # well formed, but another vault's
        with pytest.raises(WrongRecoveryKey):
            restore_backup(target, new, recovery_text=other_key)
    assert snapshot(tmp_path) == before
    assert not new.exists()


def test_no_plaintext_in_a_backup(created_vault, tmp_path: Path):
    canaries = [f"canary-{uuid.uuid4().hex}", f"Robin-{uuid.uuid4().hex[:8]}"]
    with created_vault.vault.session() as session:
        save_profile(session, Profile(display_name=canaries[1]))
        save_draft(session, "journal", {"text": canaries[0] + " I felt the urge at 4pm"})
    target = tmp_path / "out" / "b.rdbackup"
    target.parent.mkdir()
    backup_vault(created_vault.vault, target)
    needles = [c.encode() for c in canaries] + [b"urge at 4pm"]
    assert files_containing([target.parent], needles) == []
    # The test can fail: the same needles are found in a plaintext export.
    with created_vault.vault.session() as session:
        text = json.dumps(build_export(session), ensure_ascii=False).encode()
    assert all(n in text for n in needles)


def test_device_slots_stay_out_of_the_backup(created_vault, memory_keyring: MemoryKeyring,
                                             tmp_path: Path):
    from recovery_desktop.vault.keychain import Keychain

    created_vault.vault.remember_on_device(Keychain())
    assert created_vault.vault.key_file.slots_of(keyfile.DEVICE)
    target = tmp_path / "b.rdbackup"
    info = backup_vault(created_vault.vault, target)
    assert info.key_file.slots_of(keyfile.DEVICE) == []
    assert {s.name for s in info.key_file.slots} == {keyfile.PASSPHRASE, keyfile.RECOVERY}


def test_restore_refuses_a_folder_that_holds_a_vault(closed_vault: ClosedVault, tmp_path: Path):
    target = tmp_path / "b.rdbackup"
    make_backup_of(closed_vault, target)
    before = data_snapshot(closed_vault.folder)
    with pytest.raises(VaultExists):
        restore_backup(target, closed_vault.folder, passphrase=closed_vault.passphrase)
    assert data_snapshot(closed_vault.folder) == before


def test_restore_over_a_vault_keeps_the_replaced_one_aside(closed_vault: ClosedVault,
                                                           tmp_path: Path):
    target = tmp_path / "b.rdbackup"
    backed_up = make_backup_of(closed_vault, target)
    with Vault.unlock(closed_vault.folder, closed_vault.passphrase) as vault:
        with vault.session() as session:
            save_draft(session, "journal", {"text": "after the backup"}, ref="later")
        newer = everything(vault)
    replaced_files = data_snapshot(closed_vault.folder)

    result = restore_backup(target, closed_vault.folder, passphrase=closed_vault.passphrase,
                            replace=True)
    assert result.replaced_kept_in is not None
    assert result.replaced_kept_in.parent == closed_vault.folder
    kept = snapshot(result.replaced_kept_in)
    assert kept == {name: digest for name, digest in replaced_files.items()}
    with Vault.unlock(closed_vault.folder, closed_vault.passphrase) as restored:
        assert everything(restored) == backed_up
    # The replaced vault still opens where it was kept.
    with Vault.unlock(result.replaced_kept_in, closed_vault.passphrase) as old:
        assert everything(old) == newer


def _rewrite(path: Path, change: Callable[[dict[str, Any], bytearray], None]) -> None:
    data = path.read_bytes()
    (length,) = struct.unpack_from(">I", data, 8)
    header = json.loads(data[12 : 12 + length])
    db = bytearray(data[12 + length :])
    change(header, db)
    header["db_sha256"] = hashlib.sha256(db).hexdigest()
    raw = json.dumps(header).encode()
    path.write_bytes(data[:8] + struct.pack(">I", len(raw)) + raw + bytes(db))


def test_a_restored_vault_that_fails_to_open_puts_the_old_one_back(
    closed_vault: ClosedVault, tmp_path: Path
):
    target = tmp_path / "b.rdbackup"
    make_backup_of(closed_vault, target)

    def damage(_header: dict[str, Any], db: bytearray) -> None:
        db[4096 * 3 + 100] ^= 0xFF  # inside a page, checksum recomputed: only SQLCipher sees it

    _rewrite(target, damage)
    before = data_snapshot(closed_vault.folder)
    with pytest.raises(DatabaseDamaged):
        restore_backup(target, closed_vault.folder, passphrase=closed_vault.passphrase,
                       replace=True)
    assert data_snapshot(closed_vault.folder) == before
    assert sorted(p.name for p in closed_vault.folder.iterdir() if p.is_dir()) == []


@pytest.mark.parametrize("damage", ["flipped byte", "truncated", "not a backup", "empty"])
def test_a_damaged_backup_is_named_and_left_alone(closed_vault: ClosedVault, tmp_path: Path,
                                                  damage: str):
    target = tmp_path / "b.rdbackup"
    make_backup_of(closed_vault, target)
    if damage == "flipped byte":
        flip_byte(target, target.stat().st_size - 5000)
    elif damage == "truncated":
        target.write_bytes(target.read_bytes()[:-4096])
    elif damage == "not a backup":
        target.write_text("{}")
    else:
        target.write_bytes(b"")
    before = snapshot(tmp_path)
    with pytest.raises(BackupDamaged):
        restore_backup(target, tmp_path / "r", passphrase=closed_vault.passphrase)
    assert snapshot(tmp_path) == before


def test_a_newer_backup_format_is_refused(closed_vault: ClosedVault, tmp_path: Path):
    target = tmp_path / "b.rdbackup"
    make_backup_of(closed_vault, target)

    def newer(header: dict[str, Any], _db: bytearray) -> None:
        header["version"] = backup.FORMAT_VERSION + 1

    _rewrite(target, newer)
    with pytest.raises(NewerFormat, match="newer version"):
        read_backup(target)


def test_backup_replaces_an_older_file_atomically(created_vault, tmp_path: Path):
    target = tmp_path / "b.rdbackup"
    target.write_bytes(b"an older backup")
    backup_vault(created_vault.vault, target)
    info, _db = read_backup(target)
    assert info.db_size > 0
    assert sorted(p.name for p in tmp_path.iterdir() if p.name != "vault") == ["b.rdbackup"]
