"""Changing what opens the vault: passphrase, recovery key, this device's keychain.

All of these re-seal the same data key in the key file; the database is never
re-encrypted. Every change is one read-modify-write of the key file under a lock, so two
changes at once (say a passphrase change and "remember on this device") never undo each
other. Slow key derivation happens before the lock is taken.
"""

from __future__ import annotations

import contextlib
import secrets
import threading
from collections.abc import Callable
from pathlib import Path

from recovery_desktop.vault import kdf, keyfile, recovery_key
from recovery_desktop.vault.keychain import Keychain, KeychainUnavailable

DEVICE_SLOT_PREFIX = "device:"


class KeySlots:
    """The key-file side of an open vault. ``Vault`` inherits it."""

    key_file: keyfile.KeyFile
    _key_path: Path
    _key_lock: threading.Lock

    @property
    def data_key(self) -> bytes:  # provided by Vault
        raise NotImplementedError

    def _update_key_file(self, change: Callable[[keyfile.KeyFile], keyfile.KeyFile], *,
                         replace_backup: bool = False) -> None:
        with self._key_lock:
            new = change(self.key_file)
            new.save(self._key_path)
            if replace_backup:
                # Saved twice so vault.key.bak holds the new slots too: a retired secret
                # (perhaps one that leaked) must not keep opening the vault through it.
                new.save(self._key_path)
            self.key_file = new

    def check_passphrase(self, passphrase: str) -> bool:
        """Whether ``passphrase`` opens this vault's passphrase slot (runs the KDF)."""
        kf = self.key_file
        slot = kf.slot(keyfile.PASSPHRASE)
        if slot is None:
            return False
        return kf.open_slot(slot, kf.passphrase_wrap_key(slot, passphrase)) is not None

    def change_passphrase(self, new_passphrase: str, *,
                          calibrate: kdf.Calibrator = kdf.calibrate) -> None:
        """Re-seal the data key under the new passphrase; the database is not re-encrypted."""
        slot = self.key_file.seal_passphrase(new_passphrase, self.data_key, calibrate())
        self._update_key_file(lambda kf: kf.with_slot(slot), replace_backup=True)

    def replace_recovery_key(self) -> str:
        """A new recovery key (display form); the old one stops working."""
        display, secret = recovery_key.generate()
        slot = self.key_file.seal_recovery(secret, self.data_key)
        self._update_key_file(lambda kf: kf.with_slot(slot), replace_backup=True)
        return display

    def repair_key_file(self) -> None:
        """After opening with vault.key.bak: write it back as vault.key, keeping the .bak."""
        with self._key_lock:
            self.key_file.save(self._key_path, keep_backup=False)

    # -- this device ------------------------------------------------------------------------

    @property
    def remembered_on_device(self) -> bool:
        return bool(self.key_file.slots_of(keyfile.DEVICE))

    def remember_on_device(self, keychain: Keychain) -> None:
        """Add a device slot; the device key goes to the keychain before the slot is written.

        The new slot replaces any older device slots in the same key-file write.
        """
        slot_id = secrets.token_hex(8)
        slot_name = DEVICE_SLOT_PREFIX + slot_id
        account = f"vault-{self.key_file.vault_id}-{slot_id}"
        device_key = secrets.token_bytes(32)
        keychain.store(account, device_key.hex())
        new_slot = self.key_file.seal_device(slot_name, device_key, self.data_key,
                                             {"account": account})
        retired: list[keyfile.Slot] = []

        def change(kf: keyfile.KeyFile) -> keyfile.KeyFile:
            retired.extend(kf.slots_of(keyfile.DEVICE))
            for old in retired:
                kf = kf.without_slot(old.name)
            return kf.with_slot(new_slot)

        try:
            self._update_key_file(change)
        except BaseException:
            with contextlib.suppress(KeychainUnavailable):
                keychain.delete(account)
            raise
        self._forget_accounts(retired, keychain)

    def forget_on_device(self, keychain: Keychain) -> None:
        retired: list[keyfile.Slot] = []

        def change(kf: keyfile.KeyFile) -> keyfile.KeyFile:
            retired.extend(kf.slots_of(keyfile.DEVICE))
            for old in retired:
                kf = kf.without_slot(old.name)
            return kf

        self._update_key_file(change)
        self._forget_accounts(retired, keychain)

    @staticmethod
    def _forget_accounts(slots: list[keyfile.Slot], keychain: Keychain) -> None:
        # The slots are gone from the key file, so leftover keychain entries open nothing.
        for slot in slots:
            with contextlib.suppress(KeychainUnavailable):
                keychain.delete(str(slot.extra.get("account", "")))
