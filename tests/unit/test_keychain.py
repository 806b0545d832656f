"""'Remember on this device': keychain absent, present, vanished, locked and hanging.

The keychain only ever holds a random device key; the passphrase always still works.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from keyring.backend import KeyringBackend

from recovery_desktop.vault import keyfile
from recovery_desktop.vault.errors import DeviceKeyUnavailable
from recovery_desktop.vault.keychain import Keychain, KeychainUnavailable
from recovery_desktop.vault.vault import CreatedVault, Vault
from tests.conftest import PASSPHRASE
from tests.memory_keyring import MemoryKeyring
from tests.unit.helpers import snapshot


def _device_slots(folder: Path) -> list[keyfile.Slot]:
    return Vault.read_key_file(folder).slots_of(keyfile.DEVICE)


def _assert_passphrase_works(folder: Path) -> None:
    with Vault.unlock(folder, PASSPHRASE) as vault:
        assert vault.unlocked_with == keyfile.PASSPHRASE


@pytest.mark.usefixtures("no_keyring")
def test_absent_keychain_is_explained_plainly_and_passphrase_still_works(
        created_vault: CreatedVault, vault_dir: Path):
    chain = Keychain()
    status = chain.status()
    assert status.available is False
    assert status.reason.endswith(".")
    assert "Error" not in status.reason and "keyring" not in status.reason.lower()

    vault = created_vault.vault
    key_file_before = vault.paths.key.read_bytes()
    with pytest.raises(KeychainUnavailable) as info:
        vault.remember_on_device(chain)
    assert str(info.value) == status.reason
    assert not vault.remembered_on_device
    assert vault.paths.key.read_bytes() == key_file_before
    vault.close()

    with pytest.raises(DeviceKeyUnavailable):
        Vault.unlock_with_device(vault_dir, chain)
    _assert_passphrase_works(vault_dir)


class PlaintextKeyring(KeyringBackend):
    """Stands in for keyrings.alt's plaintext file backend, which must be refused."""

    priority = 1

    def __init__(self) -> None:
        super().__init__()

    def get_password(self, service: str, username: str) -> str | None:
        raise AssertionError("a plaintext keychain must never be used")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise AssertionError("a plaintext keychain must never be used")

    def delete_password(self, service: str, username: str) -> None:
        raise AssertionError("a plaintext keychain must never be used")


def test_plaintext_keychain_is_refused():
    import keyring

    previous = keyring.get_keyring()
    keyring.set_keyring(PlaintextKeyring())
    try:
        status = Keychain().status()
        with pytest.raises(KeychainUnavailable):
            Keychain().store("account", "secret")
    finally:
        keyring.set_keyring(previous)
    assert status.available is False
    assert "unencrypted" in status.reason


def test_remember_unlock_and_forget_with_a_working_keychain(
        created_vault: CreatedVault, vault_dir: Path, memory_keyring: MemoryKeyring):
    chain = Keychain()
    assert chain.status().available
    vault = created_vault.vault
    data_key = vault.data_key
    vault.remember_on_device(chain)
    assert vault.remembered_on_device
    assert len(memory_keyring.secrets) == 1
    for stored in memory_keyring.secrets.values():
        assert stored != data_key.hex()
        assert data_key.hex() not in stored and data_key.hex().upper() not in stored
    # Remembering again replaces the slot and its entry rather than piling them up.
    vault.remember_on_device(chain)
    assert len(memory_keyring.secrets) == 1
    assert len(_device_slots(vault_dir)) == 1
    vault.close()

    with Vault.unlock_with_device(vault_dir, chain) as again:
        assert again.unlocked_with == keyfile.DEVICE
        assert again.data_key == data_key
        assert again.integrity_problems() == []
        again.forget_on_device(chain)
        assert not again.remembered_on_device
    assert memory_keyring.secrets == {}
    assert _device_slots(vault_dir) == []
    with pytest.raises(DeviceKeyUnavailable):
        Vault.unlock_with_device(vault_dir, chain)
    _assert_passphrase_works(vault_dir)


def test_vanished_keychain_entry_drops_the_slot_quietly(
        created_vault: CreatedVault, vault_dir: Path, memory_keyring: MemoryKeyring):
    chain = Keychain()
    created_vault.vault.remember_on_device(chain)
    created_vault.vault.close()
    assert len(_device_slots(vault_dir)) == 1

    memory_keyring.secrets.clear()  # e.g. the user cleaned up their keychain
    with pytest.raises(DeviceKeyUnavailable) as info:
        Vault.unlock_with_device(vault_dir, chain)
    assert "passphrase" in info.value.user_message
    assert _device_slots(vault_dir) == []
    _assert_passphrase_works(vault_dir)


def test_locked_keychain_keeps_the_slot_and_passphrase_works(
        created_vault: CreatedVault, vault_dir: Path, memory_keyring: MemoryKeyring):
    chain = Keychain()
    created_vault.vault.remember_on_device(chain)
    created_vault.vault.close()
    memory_keyring.locked = True
    before = snapshot(vault_dir)
    with pytest.raises(DeviceKeyUnavailable):
        Vault.unlock_with_device(vault_dir, chain)
    assert snapshot(vault_dir) == before  # locked is not vanished: the slot stays
    _assert_passphrase_works(vault_dir)
    memory_keyring.locked = False
    with Vault.unlock_with_device(vault_dir, chain) as vault:
        assert vault.unlocked_with == keyfile.DEVICE


def test_hanging_keychain_times_out_quickly(
        created_vault: CreatedVault, vault_dir: Path, memory_keyring: MemoryKeyring):
    vault = created_vault.vault
    Keychain().store("unrelated", "x")  # resolve the backend before timing anything
    memory_keyring.hang.set()
    chain = Keychain(timeout=0.2)
    key_file_before = vault.paths.key.read_bytes()
    start = time.monotonic()
    with pytest.raises(KeychainUnavailable):
        vault.remember_on_device(chain)
    assert time.monotonic() - start < 1.5
    assert not vault.remembered_on_device
    assert vault.paths.key.read_bytes() == key_file_before
    vault.close()
    _assert_passphrase_works(vault_dir)


def test_keychain_that_hangs_at_unlock_falls_back_to_passphrase(
        created_vault: CreatedVault, vault_dir: Path, memory_keyring: MemoryKeyring):
    created_vault.vault.remember_on_device(Keychain())
    created_vault.vault.close()
    memory_keyring.hang.set()
    start = time.monotonic()
    with pytest.raises(DeviceKeyUnavailable):
        Vault.unlock_with_device(vault_dir, Keychain(timeout=0.2))
    assert time.monotonic() - start < 1.5
    assert len(_device_slots(vault_dir)) == 1  # a slow keychain is not a vanished entry
    _assert_passphrase_works(vault_dir)


def test_device_unlock_of_a_busy_vault_changes_no_file(created_vault: CreatedVault,
                                                       vault_dir: Path,
                                                       memory_keyring: MemoryKeyring):
    from recovery_desktop.vault.errors import VaultBusy
    from recovery_desktop.vault.instance_lock import InstanceLock

    created_vault.vault.remember_on_device(Keychain())
    created_vault.vault.close()
    memory_keyring.secrets.clear()  # the entry vanished: unlocking would drop the slot
    before = snapshot(vault_dir)
    with InstanceLock(vault_dir), pytest.raises(VaultBusy):
        Vault.unlock_with_device(vault_dir, Keychain())
    assert snapshot(vault_dir) == before
    assert len(_device_slots(vault_dir)) == 1


def test_a_mangled_keychain_entry_falls_back_to_the_passphrase(created_vault: CreatedVault,
                                                               vault_dir: Path,
                                                               memory_keyring: MemoryKeyring):
    created_vault.vault.remember_on_device(Keychain())
    created_vault.vault.close()
    for key in memory_keyring.secrets:
        memory_keyring.secrets[key] = "not hex at all"
    with pytest.raises(DeviceKeyUnavailable):
        Vault.unlock_with_device(vault_dir, Keychain())
    _assert_passphrase_works(vault_dir)


def test_concurrent_key_file_changes_do_not_undo_each_other(created_vault: CreatedVault,
                                                            vault_dir: Path,
                                                            memory_keyring: MemoryKeyring):
    import threading

    from recovery_desktop.vault import kdf

    vault = created_vault.vault
    changer = threading.Thread(
        target=lambda: vault.change_passphrase("a new passphrase", calibrate=kdf.floor_calibration))
    changer.start()
    vault.remember_on_device(Keychain())
    changer.join()
    vault.close()
    assert len(_device_slots(vault_dir)) == 1
    with Vault.unlock(vault_dir, "a new passphrase"):
        pass
    with Vault.unlock_with_device(vault_dir, Keychain()) as reopened:
        assert reopened.unlocked_with == keyfile.DEVICE
