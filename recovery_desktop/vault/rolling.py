"""Automatic rolling backups in the data folder, and when to remind about a copy elsewhere.

One encrypted backup a day, ``backups/auto-YYYY-MM-DD.rdbackup`` beside the vault, made in
the background after unlock. Pruning keeps the newest ``KEEP_DAILY`` days and, beyond those,
the newest backup of each of the last ``KEEP_WEEKLY`` ISO weeks. Only files whose names
match that pattern are ever deleted.

They guard against a damaged vault or a mistake, not against losing the disk: a backup
somewhere else matters too. The date of the last such copy is kept inside the vault (a
vault setting, not QSettings), and ``reminder_due`` says when to mention it gently.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from recovery_desktop.vault.backup import BackupInfo, backup_vault

if TYPE_CHECKING:
    from recovery_desktop.vault.vault import Vault

FOLDER = "backups"
KEEP_DAILY = 7
KEEP_WEEKLY = 4
REMIND_AFTER_DAYS = 30
_NAME = re.compile(r"^auto-(\d{4}-\d{2}-\d{2})\.rdbackup$")


def backup_folder(vault_folder: Path) -> Path:
    return Path(vault_folder) / FOLDER


def existing(folder: Path) -> dict[date, Path]:
    found: dict[date, Path] = {}
    if not folder.is_dir():
        return found
    for path in folder.iterdir():
        match = _NAME.match(path.name)
        if match:
            try:
                found[date.fromisoformat(match.group(1))] = path
            except ValueError:
                continue
    return found


def to_keep(dates: Iterable[date], daily: int = KEEP_DAILY, weekly: int = KEEP_WEEKLY) -> set[date]:
    """The newest ``daily`` dates, plus the newest date of each of the newest ``weekly``
    ISO weeks that are not already covered by those days."""
    ordered = sorted(set(dates), reverse=True)
    keep = set(ordered[:daily])
    weeks_seen: set[tuple[int, int]] = {d.isocalendar()[:2] for d in keep}
    extra_weeks = 0
    for day in ordered[daily:]:
        week = day.isocalendar()[:2]
        if week in weeks_seen:
            continue
        if extra_weeks >= weekly:
            break
        weeks_seen.add(week)
        keep.add(day)
        extra_weeks += 1
    return keep


def prune(folder: Path) -> list[Path]:
    """Delete automatic backups outside the policy; returns what was removed."""
    found = existing(folder)
    keep = to_keep(found)
    removed = []
    for day, path in sorted(found.items()):
        if day not in keep:
            path.unlink(missing_ok=True)
            removed.append(path)
    return removed


def make_daily_backup(vault: Vault, today: date) -> BackupInfo | None:
    """Today's automatic backup, unless there already is one; then prune. Any thread."""
    folder = backup_folder(vault.paths.folder)
    if today in existing(folder):
        return None
    folder.mkdir(mode=0o700, exist_ok=True)
    info = backup_vault(vault, folder / f"auto-{today.isoformat()}.rdbackup")
    prune(folder)
    return info


def reminder_due(last_external: date | None, vault_created: date, today: date) -> bool:
    """Whether to suggest a copy elsewhere: none for ``REMIND_AFTER_DAYS`` (counting from the
    vault's creation when there never was one)."""
    since = last_external or vault_created
    return today - since >= timedelta(days=REMIND_AFTER_DAYS)
