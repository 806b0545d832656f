"""When a backup last left the data folder, so the app can remind kindly (kept in the vault)."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from recovery_desktop.domain.profile import get_setting, set_setting

if TYPE_CHECKING:
    from recovery_desktop.vault.vault import Vault

LAST_EXTERNAL_SETTING = "last_external_backup"


def note_external_backup(vault: Vault, target: Path, today: date | None = None) -> bool:
    """Record a backup written outside the data folder; False (nothing noted) if inside it."""
    if vault.paths.folder.resolve() in Path(target).resolve().parents:
        return False
    with vault.session() as session:
        set_setting(session, LAST_EXTERNAL_SETTING, (today or date.today()).isoformat())
    return True


def last_external_backup(vault: Vault) -> date | None:
    with vault.session() as session:
        raw = get_setting(session, LAST_EXTERNAL_SETTING)
    try:
        return date.fromisoformat(raw) if raw else None
    except (TypeError, ValueError):
        return None
