"""Rotate keys (new data key and recovery key, passphrase kept) and delete everything."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from recovery_desktop.domain.drafts import save_draft
from recovery_desktop.domain.export import build_export
from recovery_desktop.vault import engine as vault_engine
from recovery_desktop.vault import kdf, rolling
from recovery_desktop.vault.backup import backup_vault
from recovery_desktop.vault.erase import erase_vault
from recovery_desktop.vault.errors import (
    DatabaseDamaged,
    WrongPassphrase,
    WrongRecoveryKey,
)
from recovery_desktop.vault.layout import vault_exists
from recovery_desktop.vault.rotate import rotate_keys
from recovery_desktop.vault.vault import Vault
from tests.unit.conftest import ClosedVault
from tests.unit.helpers import data_snapshot, files_containing

NOW = datetime(2026, 1, 2, tzinfo=UTC)


def everything(vault: Vault) -> dict[str, Any]:
    with vault.session() as session:
        return build_export(session, include_private=True, now=NOW)["data"]  # type: ignore[no-any-return]


def test_rotate_keys_gives_a_new_data_key_and_recovery_key(closed_vault: ClosedVault):
    with Vault.unlock(closed_vault.folder, closed_vault.passphrase) as vault:
        before = everything(vault)
        rotated = rotate_keys(vault, closed_vault.passphrase, calibrate=kdf.floor_calibration)
        assert vault.data_key != closed_vault.data_key
        assert everything(vault) == before  # still usable, same records
        with vault.session() as session:
            save_draft(session, "journal", {"text": "after rotation"}, ref="new")
    assert sorted(p.name for p in closed_vault.folder.iterdir()) == [
        "vault.db", "vault.key", "vault.key.bak", "vault.lock"]
    # The old data key opens nothing any more; the passphrase still does; the old recovery
    # key does not, the new one does.
    with pytest.raises(DatabaseDamaged):
        vault_engine.connect(closed_vault.db, closed_vault.data_key)
    with pytest.raises(WrongRecoveryKey):
        Vault.unlock_with_recovery_key(closed_vault.folder, closed_vault.recovery_key)
    with Vault.unlock_with_recovery_key(closed_vault.folder, rotated.recovery_key) as vault:
        assert len(everything(vault)["drafts"]) == len(before["drafts"]) + 1
    with Vault.unlock(closed_vault.folder, closed_vault.passphrase, use_backup_key_file=True):
        pass  # the .bak holds the new slots too


def test_rotate_keys_can_change_the_passphrase_too(closed_vault: ClosedVault):
    with Vault.unlock(closed_vault.folder, closed_vault.passphrase) as vault:
        rotate_keys(vault, closed_vault.passphrase, new_passphrase="a brand new passphrase",
                    calibrate=kdf.floor_calibration)
    with pytest.raises(WrongPassphrase):
        Vault.unlock(closed_vault.folder, closed_vault.passphrase)
    Vault.unlock(closed_vault.folder, "a brand new passphrase").close()


def test_rotate_keys_needs_the_passphrase(closed_vault: ClosedVault):
    before = data_snapshot(closed_vault.folder)
    with Vault.unlock(closed_vault.folder, closed_vault.passphrase) as vault:
        with pytest.raises(WrongPassphrase):
            rotate_keys(vault, "not it", calibrate=kdf.floor_calibration)
        assert vault.data_key == closed_vault.data_key
    assert data_snapshot(closed_vault.folder) == before


def test_a_rotation_that_fails_to_open_puts_the_old_files_back(
    closed_vault: ClosedVault, monkeypatch: pytest.MonkeyPatch
):
    with Vault.unlock(closed_vault.folder, closed_vault.passphrase) as vault:
        before = everything(vault)
        real_open = Vault._open_engine
        calls: list[int] = []

        def failing_first_reopen(self: Vault, *, verify: bool = False) -> None:
            calls.append(1)
            if len(calls) == 1:
                raise DatabaseDamaged()
            real_open(self, verify=verify)

        monkeypatch.setattr(Vault, "_open_engine", failing_first_reopen)
        with pytest.raises(DatabaseDamaged):
            rotate_keys(vault, closed_vault.passphrase, calibrate=kdf.floor_calibration)
        monkeypatch.undo()
        assert vault.data_key == closed_vault.data_key
        assert everything(vault) == before
    assert sorted(p.name for p in closed_vault.folder.iterdir()) == [
        "vault.db", "vault.key", "vault.key.bak", "vault.lock"]
    Vault.unlock_with_recovery_key(closed_vault.folder, closed_vault.recovery_key).close()


@pytest.mark.parametrize("include_backups", [False, True])
def test_delete_everything(closed_vault: ClosedVault, include_backups: bool):
    canary = b"entry 3 entry 3"  # the fixture's drafts, as they would appear in plaintext
    with Vault.unlock(closed_vault.folder, closed_vault.passphrase) as vault:
        rolling.make_daily_backup(vault, NOW.date())
        backup_vault(vault, closed_vault.folder / "vault.db.before-0001")  # a kept copy
    mine = closed_vault.folder / "backups" / "my notes.txt"
    mine.write_text("not the app's")
    removed = erase_vault(closed_vault.folder, include_backups=include_backups)
    left = sorted(str(p.relative_to(closed_vault.folder)) for p in
                  closed_vault.folder.rglob("*") if p.is_file())
    expected = ["backups/my notes.txt", "vault.lock"]
    if not include_backups:
        expected.insert(0, f"backups/auto-{NOW.date().isoformat()}.rdbackup")
    assert left == expected
    assert {p.name for p in removed} >= {"vault.db", "vault.key", "vault.db.before-0001"}
    assert files_containing([closed_vault.folder], [canary]) == []
    assert not vault_exists(closed_vault.folder)
