"""Which files make up a vault folder.

Import-light: the GUI checks for a vault before any crypto module loads.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class VaultPaths:
    folder: Path

    @property
    def db(self) -> Path:
        return self.folder / "vault.db"

    @property
    def wal(self) -> Path:
        return self.folder / "vault.db-wal"

    @property
    def shm(self) -> Path:
        return self.folder / "vault.db-shm"

    @property
    def key(self) -> Path:
        return self.folder / "vault.key"

    @property
    def key_backup(self) -> Path:
        return self.folder / "vault.key.bak"

    def pre_migration_copy(self, from_rev: str) -> Path:
        return self.folder / f"vault.db.before-{from_rev}"

    def exists(self) -> bool:
        return self.db.exists() or self.key.exists()


def vault_exists(folder: Path) -> bool:
    return VaultPaths(Path(folder)).exists()
