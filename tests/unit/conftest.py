"""Fixtures for the unit tests: closed vaults with some content, ready to be damaged."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from recovery_desktop.domain.drafts import save_draft
from recovery_desktop.domain.profile import Profile, save_profile
from recovery_desktop.vault import kdf
from recovery_desktop.vault.layout import VaultPaths
from recovery_desktop.vault.vault import Vault
from tests.conftest import PASSPHRASE
from tests.unit.helpers import PAGE_SIZE


@dataclass(frozen=True)
class ClosedVault:
    folder: Path
    passphrase: str
    recovery_key: str
    data_key: bytes

    @property
    def db(self) -> Path:
        return VaultPaths(self.folder).db

    @property
    def key(self) -> Path:
        return VaultPaths(self.folder).key


def make_closed_vault(folder: Path) -> ClosedVault:
    """A floor-KDF vault with a profile and enough drafts to span several pages, locked."""
    created = Vault.create(folder, PASSPHRASE, calibrate=kdf.floor_calibration)
    with created.vault as vault:
        data_key = vault.data_key
        with vault.session() as session:
            save_profile(session, Profile(display_name="Robin"))
            for n in range(12):
                save_draft(session, "journal", {"text": f"entry {n} " * 120}, ref=str(n))
    closed = ClosedVault(folder, PASSPHRASE, created.recovery_key, data_key)
    assert closed.db.stat().st_size >= 6 * PAGE_SIZE
    assert not (folder / "vault.db-wal").exists()
    return closed


@pytest.fixture
def closed_vault(vault_dir: Path) -> ClosedVault:
    return make_closed_vault(vault_dir)
