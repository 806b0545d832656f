"""Automatic daily backups in the data folder: made once a day, pruned to 7 days + 4 weeks."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from recovery_desktop.vault import rolling
from recovery_desktop.vault.backup import read_backup
from recovery_desktop.vault.vault import CreatedVault

TODAY = date(2026, 11, 26)  # a Thursday


def test_keeps_seven_days_and_four_earlier_weeks():
    days = [TODAY - timedelta(days=n) for n in range(60)]
    keep = rolling.to_keep(days)
    assert sorted(keep, reverse=True)[:7] == days[:7]
    older = sorted(keep - set(days[:7]), reverse=True)
    assert len(older) == 4
    weeks = [d.isocalendar()[:2] for d in older]
    assert len(set(weeks)) == 4
    assert older[0] < days[6]


@given(st.sets(st.dates(min_value=date(2020, 1, 1), max_value=date(2030, 1, 1)), max_size=80))
def test_policy_properties(dates: set[date]):
    keep = rolling.to_keep(dates)
    assert keep <= dates
    assert len(keep) <= rolling.KEEP_DAILY + rolling.KEEP_WEEKLY
    if dates:
        assert max(dates) in keep  # the newest backup is never pruned
    assert rolling.to_keep(keep) == keep  # pruning twice removes nothing more
    if len(dates) <= rolling.KEEP_DAILY:
        assert keep == dates


def test_daily_backup_once_a_day_and_pruned(created_vault: CreatedVault, tmp_path: Path):
    vault = created_vault.vault
    folder = rolling.backup_folder(vault.paths.folder)
    folder.mkdir()
    (folder / "my own notes.rdbackup").write_bytes(b"not ours to delete")
    for n in range(1, 40):  # pretend older automatic backups exist
        (folder / f"auto-{(TODAY - timedelta(days=n)).isoformat()}.rdbackup").write_bytes(b"x")
    info = rolling.make_daily_backup(vault, TODAY)
    assert info is not None
    assert rolling.make_daily_backup(vault, TODAY) is None  # one a day
    left = rolling.existing(folder)
    assert len(left) == rolling.KEEP_DAILY + rolling.KEEP_WEEKLY
    assert TODAY in left
    read_backup(left[TODAY])  # a real, checked backup
    assert (folder / "my own notes.rdbackup").exists()


def test_reminder_after_a_month_without_a_copy_elsewhere():
    created = TODAY - timedelta(days=100)
    assert rolling.reminder_due(None, created, TODAY)
    assert not rolling.reminder_due(None, TODAY - timedelta(days=3), TODAY)
    assert not rolling.reminder_due(TODAY - timedelta(days=29), created, TODAY)
    assert rolling.reminder_due(TODAY - timedelta(days=30), created, TODAY)
