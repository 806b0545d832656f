"""Damaged databases and key files are named, never crashed on, and never changed."""

from __future__ import annotations

from pathlib import Path

import pytest

from recovery_desktop.vault import kdf
from recovery_desktop.vault.errors import DatabaseDamaged, KeyFileDamaged, VaultMissing
from recovery_desktop.vault.vault import Vault
from tests.unit.conftest import ClosedVault
from tests.unit.helpers import PAGE_SIZE, flip_byte, snapshot

# -- the database -----------------------------------------------------------------------------

DAMAGE_OFFSETS = {
    "page 1, salt": 5,
    "page 1, body": 200,
    "page 1, hmac": PAGE_SIZE - 10,
    "page 3, body": 2 * PAGE_SIZE + 300,
    "last page": -20,
}


@pytest.mark.parametrize("where", list(DAMAGE_OFFSETS))
def test_flipped_byte_in_database_is_reported_as_damage(closed_vault: ClosedVault, where: str):
    offset = DAMAGE_OFFSETS[where]
    if offset < 0:
        offset += closed_vault.db.stat().st_size
    flip_byte(closed_vault.db, offset)
    before = snapshot(closed_vault.folder)
    with pytest.raises(DatabaseDamaged) as info:
        Vault.unlock(closed_vault.folder, closed_vault.passphrase, verify=True)
    assert info.value.exit_code == 4
    assert snapshot(closed_vault.folder) == before
    # The same through the recovery key, and nothing is held open afterwards.
    with pytest.raises(DatabaseDamaged):
        Vault.unlock_with_recovery_key(closed_vault.folder, closed_vault.recovery_key)
    assert snapshot(closed_vault.folder) == before


def test_unverified_open_of_late_damage_is_still_caught_by_integrity_check(
        closed_vault: ClosedVault):
    flip_byte(closed_vault.db, 2 * PAGE_SIZE + 300)
    with Vault.unlock(closed_vault.folder, closed_vault.passphrase, verify=False) as vault:
        problems = vault.integrity_problems()
    assert problems, "cipher_integrity_check missed a flipped byte"


def test_undamaged_vault_passes_integrity_check(closed_vault: ClosedVault):
    with Vault.unlock(closed_vault.folder, closed_vault.passphrase, verify=True) as vault:
        assert vault.integrity_problems() == []


# -- the key file ----------------------------------------------------------------------------

def _damage_key_file(path: Path, how: str) -> None:
    if how == "garbage":
        path.write_bytes(bytes(range(256)) * 4)
    elif how == "truncated json":
        data = path.read_bytes()
        path.write_bytes(data[: len(data) // 2])
    elif how == "empty":
        path.write_bytes(b"")
    elif how == "json without slots":
        path.write_text('{"format": "recovery-desktop-keyfile", "version": 1, "slots": []}')
    elif how == "missing":
        path.unlink()
    else:
        raise AssertionError(how)


KEY_DAMAGE = ["garbage", "truncated json", "empty", "json without slots", "missing"]


@pytest.mark.parametrize("how", KEY_DAMAGE)
def test_damaged_key_file_without_backup(closed_vault: ClosedVault, how: str):
    assert not (closed_vault.folder / "vault.key.bak").exists()
    _damage_key_file(closed_vault.key, how)
    before = snapshot(closed_vault.folder)
    with pytest.raises(KeyFileDamaged) as info:
        Vault.unlock(closed_vault.folder, closed_vault.passphrase)
    assert info.value.backup_available is False
    assert info.value.exit_code == 4
    with pytest.raises(KeyFileDamaged):
        Vault.unlock_with_recovery_key(closed_vault.folder, closed_vault.recovery_key)
    assert snapshot(closed_vault.folder) == before


@pytest.mark.parametrize("how", KEY_DAMAGE)
def test_damaged_key_file_offers_and_opens_the_backup(closed_vault: ClosedVault, how: str):
    # Any rewrite of the key file keeps the previous one as vault.key.bak.
    with Vault.unlock(closed_vault.folder, closed_vault.passphrase) as vault:
        vault.change_passphrase(closed_vault.passphrase, calibrate=kdf.floor_calibration)
    assert (closed_vault.folder / "vault.key.bak").exists()
    _damage_key_file(closed_vault.key, how)
    before = snapshot(closed_vault.folder)
    with pytest.raises(KeyFileDamaged) as info:
        Vault.unlock(closed_vault.folder, closed_vault.passphrase)
    assert info.value.backup_available is True
    assert "backup" in info.value.user_message
    assert snapshot(closed_vault.folder) == before
    with Vault.unlock(closed_vault.folder, closed_vault.passphrase,
                      use_backup_key_file=True) as vault:
        assert vault.data_key == closed_vault.data_key
        assert vault.integrity_problems() == []
    with Vault.unlock_with_recovery_key(closed_vault.folder, closed_vault.recovery_key,
                                        use_backup_key_file=True) as vault:
        assert vault.data_key == closed_vault.data_key


def test_damaged_backup_key_file_is_reported_too(closed_vault: ClosedVault):
    with Vault.unlock(closed_vault.folder, closed_vault.passphrase) as vault:
        vault.change_passphrase(closed_vault.passphrase, calibrate=kdf.floor_calibration)
    _damage_key_file(closed_vault.key, "garbage")
    _damage_key_file(closed_vault.folder / "vault.key.bak", "truncated json")
    with pytest.raises(KeyFileDamaged) as info:
        Vault.unlock(closed_vault.folder, closed_vault.passphrase, use_backup_key_file=True)
    assert info.value.backup_available is False


# -- no vault at all --------------------------------------------------------------------------

def test_missing_folder_is_reported_and_nothing_is_created(tmp_path: Path):
    folder = tmp_path / "nowhere" / "vault"
    with pytest.raises(VaultMissing) as info:
        Vault.unlock(folder, "anything")
    assert info.value.exit_code == 4
    with pytest.raises(VaultMissing):
        Vault.read_key_file(folder)
    assert list(tmp_path.iterdir()) == []


def test_folder_with_key_file_but_no_database_is_missing_and_untouched(
        closed_vault: ClosedVault):
    closed_vault.db.unlink()
    before = snapshot(closed_vault.folder)
    with pytest.raises(VaultMissing):
        Vault.unlock(closed_vault.folder, closed_vault.passphrase)
    assert snapshot(closed_vault.folder) == before
    assert not closed_vault.db.exists()


def test_empty_folder_is_missing_and_stays_empty(tmp_path: Path):
    with pytest.raises(VaultMissing):
        Vault.unlock(tmp_path, "anything")
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("damage", ["no salt", "short nonce", "huge memory", "unknown kind"])
def test_a_slot_with_damaged_fields_is_named_as_key_file_damage(closed_vault: ClosedVault,
                                                                damage: str):
    import json

    from recovery_desktop.vault.errors import KeyFileDamaged

    doc = json.loads(closed_vault.key.read_text(encoding="utf-8"))
    slot = next(s for s in doc["slots"] if s["kind"] == "passphrase")
    if damage == "no salt":
        del slot["kdf"]["salt"]
    elif damage == "short nonce":
        slot["nonce"] = "AAAA"
    elif damage == "huge memory":
        slot["kdf"]["m"] = 2**40
    else:
        slot["kind"] = "mystery"
    closed_vault.key.write_text(json.dumps(doc), encoding="utf-8")
    with pytest.raises(KeyFileDamaged):
        Vault.unlock(closed_vault.folder, closed_vault.passphrase)


def test_unlocking_from_the_backup_key_file_repairs_the_key_file(closed_vault: ClosedVault):
    with Vault.unlock(closed_vault.folder, closed_vault.passphrase) as vault:
        vault.change_passphrase(closed_vault.passphrase, calibrate=kdf.floor_calibration)
    good_backup = (closed_vault.folder / "vault.key.bak").read_bytes()
    closed_vault.key.write_bytes(b"{ damaged")
    with Vault.unlock(closed_vault.folder, closed_vault.passphrase, use_backup_key_file=True):
        pass
    assert closed_vault.key.read_bytes() == good_backup  # repaired from the .bak
    assert (closed_vault.folder / "vault.key.bak").read_bytes() == good_backup  # .bak kept
    with Vault.unlock(closed_vault.folder, closed_vault.passphrase):
        pass


def test_a_missing_journal_is_named_and_nothing_is_changed(closed_vault: ClosedVault):
    import os
    import signal
    import subprocess
    import sys
    import textwrap

    from recovery_desktop.vault.errors import JournalMissing
    from tests.unit.helpers import data_snapshot

    # A process that committed and then died leaves vault.db-wal and vault.db-shm behind.
    child = subprocess.Popen([sys.executable, "-c", textwrap.dedent("""\
        import sys, time
        from recovery_desktop.domain.drafts import save_draft
        from recovery_desktop.vault.vault import Vault
        vault = Vault.unlock_with_recovery_key(sys.argv[1], sys.stdin.readline().strip())
        with vault.session() as session:
            save_draft(session, "late", {"text": "only in the journal"})
        print("committed", flush=True)
        time.sleep(60)
    """), str(closed_vault.folder)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    assert child.stdin is not None and child.stdout is not None
    child.stdin.write(closed_vault.recovery_key + "\n")
    child.stdin.close()
    assert child.stdout.readline().strip() == "committed"
    os.kill(child.pid, signal.SIGKILL)
    child.wait()
    child.stdout.close()
    (closed_vault.folder / "vault.db-wal").unlink()  # e.g. a cleaner or a bad copy took it

    before = data_snapshot(closed_vault.folder)
    with pytest.raises(JournalMissing):
        Vault.unlock(closed_vault.folder, closed_vault.passphrase)
    assert data_snapshot(closed_vault.folder) == before
    with Vault.unlock(closed_vault.folder, closed_vault.passphrase,
                      accept_missing_journal=True) as vault:
        assert vault.integrity_problems() == []
