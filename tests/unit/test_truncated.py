"""A truncated database (a copy cut short, a full disk during a copy) is named as damage."""

from __future__ import annotations

import pytest

from recovery_desktop.vault.errors import DatabaseDamaged
from recovery_desktop.vault.vault import Vault
from tests.unit.conftest import ClosedVault
from tests.unit.helpers import PAGE_SIZE, data_snapshot


@pytest.mark.parametrize("keep", [0.33, 0.5, 0.9, "one page short", "half a page short"])
def test_a_truncated_database_is_named_and_left_alone(closed_vault: ClosedVault,
                                                      keep: float | str):
    data = closed_vault.db.read_bytes()
    if keep == "one page short":
        size = len(data) - PAGE_SIZE
    elif keep == "half a page short":
        size = len(data) - PAGE_SIZE // 2
    else:
        assert isinstance(keep, float)
        size = int(len(data) * keep)
    closed_vault.db.write_bytes(data[:size])
    before = data_snapshot(closed_vault.folder)
    with pytest.raises(DatabaseDamaged, match="damaged"):
        Vault.unlock(closed_vault.folder, closed_vault.passphrase)
    assert data_snapshot(closed_vault.folder) == before
