"""Changing the passphrase re-seals the data key only: instant, no re-encryption."""

from __future__ import annotations

import hashlib

import pytest

from recovery_desktop.domain.drafts import load_draft
from recovery_desktop.vault import kdf, keyfile
from recovery_desktop.vault.errors import WrongPassphrase
from recovery_desktop.vault.vault import Vault
from tests.unit.conftest import ClosedVault

NEW_PASSPHRASE = "a brand new passphrase, 2nd edition"


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def test_change_passphrase_reseals_without_touching_the_database(closed_vault: ClosedVault):
    db_before = _digest(closed_vault.db.read_bytes())
    key_before = closed_vault.key.read_bytes()
    with Vault.unlock(closed_vault.folder, closed_vault.passphrase) as vault:
        recovery_slot_before = vault.key_file.slot(keyfile.RECOVERY)
        vault.change_passphrase(NEW_PASSPHRASE, calibrate=kdf.floor_calibration)
        assert _digest(closed_vault.db.read_bytes()) == db_before
        assert vault.key_file.slot(keyfile.RECOVERY) == recovery_slot_before
    assert _digest(closed_vault.db.read_bytes()) == db_before
    assert closed_vault.key.read_bytes() != key_before
    assert (closed_vault.folder / "vault.key.bak").read_bytes() == closed_vault.key.read_bytes()

    with pytest.raises(WrongPassphrase):
        Vault.unlock(closed_vault.folder, closed_vault.passphrase)
    with Vault.unlock(closed_vault.folder, NEW_PASSPHRASE) as vault:
        assert vault.data_key == closed_vault.data_key
        with vault.session() as session:
            draft = load_draft(session, "journal", "3")
        assert draft is not None and draft.payload["text"].startswith("entry 3 ")
    with Vault.unlock_with_recovery_key(closed_vault.folder, closed_vault.recovery_key) as vault:
        assert vault.data_key == closed_vault.data_key
    assert _digest(closed_vault.db.read_bytes()) == db_before


def test_old_passphrase_does_not_open_the_backup_key_file(closed_vault: ClosedVault):
    # A passphrase is changed because it may have leaked: the .bak must not keep it alive.
    with Vault.unlock(closed_vault.folder, closed_vault.passphrase) as vault:
        vault.change_passphrase(NEW_PASSPHRASE, calibrate=kdf.floor_calibration)
    for use_backup in (False, True):
        with pytest.raises(WrongPassphrase):
            Vault.unlock(closed_vault.folder, closed_vault.passphrase,
                         use_backup_key_file=use_backup)
    with Vault.unlock(closed_vault.folder, NEW_PASSPHRASE, use_backup_key_file=True) as vault:
        assert vault.data_key == closed_vault.data_key


def test_new_passphrase_slot_stores_its_own_argon2_parameters(closed_vault: ClosedVault):
    stronger = kdf.Argon2Params(time_cost=4, memory_kib=kdf.FLOOR_MEMORY_KIB, parallelism=4)
    with Vault.unlock(closed_vault.folder, closed_vault.passphrase) as vault:
        vault.change_passphrase(NEW_PASSPHRASE, calibrate=lambda: stronger)
    slot = Vault.read_key_file(closed_vault.folder).slot(keyfile.PASSPHRASE)
    assert slot is not None
    assert (slot.kdf["alg"], slot.kdf["t"], slot.kdf["m"], slot.kdf["p"]) == (
        "argon2id", 4, kdf.FLOOR_MEMORY_KIB, 4)
    with Vault.unlock(closed_vault.folder, NEW_PASSPHRASE) as vault:
        assert vault.data_key == closed_vault.data_key


def test_argon2_floor_is_never_undercut():
    assert kdf.floor_calibration().is_at_least_floor()
    with pytest.raises(ValueError, match="floor"):
        kdf.derive("x", b"\0" * 16, kdf.Argon2Params(time_cost=2))
    with pytest.raises(ValueError, match="floor"):
        kdf.derive("x", b"\0" * 16, kdf.Argon2Params(memory_kib=32 * 1024))
