"""The key file beside the database: versioned JSON holding the data key in sealed slots.

Each slot seals the same 32-byte data key with AES-256-GCM under a key derived from one
secret (passphrase, recovery key or device key). The vault id and slot name are the
associated data, so a slot cannot be moved between vaults or renamed. Changing a secret
re-seals the data key only: no re-encryption of the database.
"""

from __future__ import annotations

import base64
import json
import secrets
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from recovery_desktop.vault import kdf
from recovery_desktop.vault.atomic import atomic_write_bytes
from recovery_desktop.vault.errors import KeyFileDamaged, NewerFormat, VaultMissing
from recovery_desktop.vault.layout import VaultPaths

FORMAT = "recovery-desktop-keyfile"
FORMAT_VERSION = 1
DATA_KEY_BYTES = 32
NONCE_BYTES = 12
TAG_BYTES = 16
MAX_TIME_COST = 64
MAX_PARALLELISM = 64

PASSPHRASE = "passphrase"
RECOVERY = "recovery"
DEVICE = "device"


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def hkdf_key(secret: bytes, salt: bytes, info: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=info).derive(secret)


@dataclass
class Slot:
    """One sealed copy of the data key. ``kdf`` says how to get the wrapping key."""

    name: str
    kind: str
    kdf: dict[str, Any]
    nonce: bytes
    sealed: bytes
    extra: dict[str, Any] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "kind": self.kind,
            "kdf": self.kdf,
            "nonce": _b64(self.nonce),
            "sealed": _b64(self.sealed),
            **({"extra": self.extra} if self.extra else {}),
        }

    @classmethod
    def from_json(cls, raw: dict[str, Any]) -> Slot:
        """A slot from the key file; ValueError (-> KeyFileDamaged) if anything is off."""
        slot = cls(
            name=str(raw["name"]),
            kind=str(raw["kind"]),
            kdf=dict(raw["kdf"]),
            nonce=_unb64(raw["nonce"]),
            sealed=_unb64(raw["sealed"]),
            extra=dict(raw.get("extra", {})),
        )
        slot.validate()
        return slot

    def validate(self) -> None:
        """Shape and bounds of every field, so damage is named before any crypto runs."""
        if len(self.nonce) != NONCE_BYTES or len(self.sealed) != DATA_KEY_BYTES + TAG_BYTES:
            raise ValueError("slot has a wrong-sized nonce or sealed key")
        if len(_unb64(str(self.kdf["salt"]))) < 16:
            raise ValueError("slot salt too short")
        if self.kind == PASSPHRASE:
            t, m, p = int(self.kdf["t"]), int(self.kdf["m"]), int(self.kdf["p"])
            # Upper bounds too: a damaged "m" must not ask for terabytes of memory.
            if not (1 <= t <= MAX_TIME_COST and 8 <= m <= kdf.MAX_MEMORY_KIB * 4 and
                    1 <= p <= MAX_PARALLELISM):
                raise ValueError("slot Argon2 parameters out of range")
        elif self.kind in (RECOVERY, DEVICE):
            if self.kdf.get("alg") != "hkdf-sha256":
                raise ValueError("unknown key derivation")
        else:
            raise ValueError("unknown slot kind")


@dataclass
class KeyFile:
    vault_id: str
    created: str
    slots: list[Slot]

    # -- sealing ----------------------------------------------------------------------------

    def _aad(self, slot_name: str) -> bytes:
        return f"{FORMAT}:{self.vault_id}:{slot_name}".encode()

    def _seal(
        self,
        name: str,
        kind: str,
        wrap_key: bytes,
        data_key: bytes,
        kdf_info: dict[str, Any],
        extra: dict[str, Any] | None = None,
    ) -> Slot:
        nonce = secrets.token_bytes(NONCE_BYTES)
        sealed = AESGCM(wrap_key).encrypt(nonce, data_key, self._aad(name))
        return Slot(name, kind, kdf_info, nonce, sealed, extra or {})

    def open_slot(self, slot: Slot, wrap_key: bytes) -> bytes | None:
        """The data key, or None when the wrapping key is wrong."""
        try:
            return AESGCM(wrap_key).decrypt(slot.nonce, slot.sealed, self._aad(slot.name))
        except InvalidTag:
            return None

    # -- slot kinds -------------------------------------------------------------------------

    def seal_passphrase(self, passphrase: str, data_key: bytes, params: kdf.Argon2Params) -> Slot:
        salt = secrets.token_bytes(16)
        wrap = kdf.derive(passphrase, salt, params)
        info = {
            "alg": "argon2id",
            "t": params.time_cost,
            "m": params.memory_kib,
            "p": params.parallelism,
            "salt": _b64(salt),
        }
        return self._seal(PASSPHRASE, PASSPHRASE, wrap, data_key, info)

    def seal_recovery(self, secret: bytes, data_key: bytes) -> Slot:
        salt = secrets.token_bytes(16)
        wrap = hkdf_key(secret, salt, b"recovery-desktop recovery slot")
        return self._seal(
            RECOVERY, RECOVERY, wrap, data_key, {"alg": "hkdf-sha256", "salt": _b64(salt)}
        )

    def seal_device(
        self, slot_name: str, device_key: bytes, data_key: bytes, extra: dict[str, Any]
    ) -> Slot:
        salt = secrets.token_bytes(16)
        wrap = hkdf_key(device_key, salt, b"recovery-desktop device slot")
        return self._seal(
            slot_name, DEVICE, wrap, data_key, {"alg": "hkdf-sha256", "salt": _b64(salt)}, extra
        )

    def passphrase_wrap_key(self, slot: Slot, passphrase: str) -> bytes:
        params = kdf.Argon2Params(int(slot.kdf["t"]), int(slot.kdf["m"]), int(slot.kdf["p"]))
        return kdf.derive(passphrase, _unb64(slot.kdf["salt"]), params)

    @staticmethod
    def hkdf_wrap_key(slot: Slot, secret: bytes, info: bytes) -> bytes:
        return hkdf_key(secret, _unb64(slot.kdf["salt"]), info)

    # -- slot list --------------------------------------------------------------------------

    def slot(self, name: str) -> Slot | None:
        return next((s for s in self.slots if s.name == name), None)

    def slots_of(self, kind: str) -> list[Slot]:
        return [s for s in self.slots if s.kind == kind]

    def with_slot(self, new: Slot) -> KeyFile:
        """A copy with ``new`` replacing any slot of the same name."""
        rest = [s for s in self.slots if s.name != new.name]
        return KeyFile(self.vault_id, self.created, [*rest, new])

    def without_slot(self, name: str) -> KeyFile:
        return KeyFile(self.vault_id, self.created, [s for s in self.slots if s.name != name])

    # -- storage ----------------------------------------------------------------------------

    @classmethod
    def new(cls) -> KeyFile:
        return cls(uuid.uuid4().hex, datetime.now(UTC).isoformat(timespec="seconds"), [])

    def to_bytes(self) -> bytes:
        doc = {
            "format": FORMAT,
            "version": FORMAT_VERSION,
            "vault_id": self.vault_id,
            "created": self.created,
            "cipher": "sqlcipher4-raw-key",
            "slots": [s.to_json() for s in self.slots],
        }
        return (json.dumps(doc, indent=2) + "\n").encode("utf-8")

    @classmethod
    def from_bytes(cls, data: bytes, *, backup_available: bool = False) -> KeyFile:
        try:
            doc = json.loads(data.decode("utf-8"))
            if not isinstance(doc, dict) or doc.get("format") != FORMAT:
                raise ValueError("not a key file")
            version = int(doc["version"])
        except (ValueError, KeyError, TypeError, UnicodeDecodeError) as exc:
            raise KeyFileDamaged(backup_available=backup_available) from exc
        if version > FORMAT_VERSION:
            raise NewerFormat()
        try:
            slots = [Slot.from_json(s) for s in doc["slots"]]
            key_file = cls(str(doc["vault_id"]), str(doc["created"]), slots)
        except (ValueError, KeyError, TypeError) as exc:
            raise KeyFileDamaged(backup_available=backup_available) from exc
        if not key_file.slots_of(PASSPHRASE) and not key_file.slots_of(RECOVERY):
            raise KeyFileDamaged(backup_available=backup_available)
        return key_file

    @classmethod
    def load(cls, path: Path, *, backup_available: bool = False) -> KeyFile:
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise KeyFileDamaged(backup_available=backup_available) from exc
        return cls.from_bytes(data, backup_available=backup_available)

    def save(self, path: Path, *, keep_backup: bool = True) -> None:
        """Atomic write that keeps the previous key file as ``.bak`` (unless told not to)."""
        atomic_write_bytes(path, self.to_bytes(), keep_backup=keep_backup)


def load_for(paths: VaultPaths, *, use_backup: bool = False) -> KeyFile:
    """The key file of a vault folder, naming what is wrong (and whether a .bak could help)."""
    if not paths.db.exists():
        raise VaultMissing()
    offer_backup = paths.key_backup.exists() and not use_backup
    source = paths.key_backup if use_backup else paths.key
    if not source.exists():
        message = "The vault's key file is missing."
        if offer_backup:
            message += " A backup copy exists and can be tried instead."
        raise KeyFileDamaged(message, backup_available=offer_backup)
    return KeyFile.load(source, backup_available=offer_backup)
