"""The backup, restore, import and export-csv sub-commands, with the CLI's error conventions."""

from __future__ import annotations

import json
import stat
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from tests.unit import test_cli
from tests.unit.helpers import data_snapshot, flip_byte, snapshot
from tests.unit.test_cli import EXIT_CODES, PASSPHRASE, assert_one_line_error, cli

# The same fixtures as test_cli.py: a demo vault made by the CLI, copied per test.
demo_vault = test_cli.demo_vault
vault_copy = test_cli.vault_copy


def files(folder: Path) -> dict[str, str]:
    """``snapshot`` without instance locks (they hold only the last opener's process id)."""
    return {k: v for k, v in snapshot(folder).items() if not k.endswith("vault.lock")}


def _backup(folder: Path, output: Path) -> Path:
    result = cli("backup", "--data-dir", str(folder), "--passphrase-stdin", "-o", str(output),
                 stdin=PASSPHRASE + "\n")
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""  # an encrypted backup needs no warning
    made = [p for p in output.iterdir() if p.suffix == ".rdbackup"] if output.is_dir() \
        else [output]
    assert len(made) == 1
    return made[0]


def _export(folder: Path, output: Path) -> dict[str, Any]:
    result = cli("export", "--data-dir", str(folder), "--passphrase-stdin", "-o", str(output),
                 "--include-private", stdin=PASSPHRASE + "\n")
    assert result.returncode == 0, result.stderr
    document = json.loads(output.read_text(encoding="utf-8"))
    document.pop("exported_at")
    return document  # type: ignore[no-any-return]


def test_backup_into_a_folder_then_restore_with_the_recovery_key(
    demo_vault: tuple[Path, str], vault_copy: Path, tmp_path: Path
):
    out = tmp_path / "backups"
    out.mkdir()
    made = _backup(vault_copy, out)
    assert made.name.startswith("recovery-desktop-backup-")
    assert stat.S_IMODE(made.stat().st_mode) == 0o600
    restored = tmp_path / "restored"
    result = cli("restore", str(made), "--data-dir", str(restored), "--recovery-key-stdin",
                 stdin=demo_vault[1] + "\n")
    assert result.returncode == 0, result.stderr
    assert "opened and checked fine" in result.stdout
    restored_data: dict[str, Any] = _export(restored, tmp_path / "a.json")["data"]
    original_data: dict[str, Any] = _export(vault_copy, tmp_path / "b.json")["data"]
    # The CLI backup also noted the date of a backup kept elsewhere, after taking the copy.
    noted = [r for r in original_data["vault_settings"] if r["key"] == "last_external_backup"]
    assert [json.loads(r["value"]) for r in noted] == [date.today().isoformat()]
    original_data["vault_settings"] = [r for r in original_data["vault_settings"]
                                       if r["key"] != "last_external_backup"]
    assert restored_data == original_data


def test_restore_errors_are_one_line_and_change_nothing(vault_copy: Path, tmp_path: Path):
    made = _backup(vault_copy, tmp_path / "b.rdbackup")
    before = files(tmp_path)
    wrong = cli("restore", str(made), "--data-dir", str(tmp_path / "r"), "--passphrase-stdin",
                stdin="not it\n")
    assert "passphrase" in assert_one_line_error(wrong, EXIT_CODES["wrong secret"])
    exists = cli("restore", str(made), "--data-dir", str(vault_copy), "--passphrase-stdin",
                 stdin=PASSPHRASE + "\n")
    assert "already exists" in assert_one_line_error(exists, EXIT_CODES["other"])
    missing = cli("restore", str(tmp_path / "nope.rdbackup"), "--data-dir", str(tmp_path / "r"),
                  "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    assert_one_line_error(missing, EXIT_CODES["usage"])
    assert files(tmp_path) == before
    flip_byte(made, made.stat().st_size - 100)
    before = files(tmp_path)
    damaged = cli("restore", str(made), "--data-dir", str(tmp_path / "r"), "--passphrase-stdin",
                  stdin=PASSPHRASE + "\n")
    assert "damaged" in assert_one_line_error(damaged, EXIT_CODES["no vault"])
    assert files(tmp_path) == before


def test_restore_with_replace_keeps_the_old_vault_aside(vault_copy: Path, tmp_path: Path):
    made = _backup(vault_copy, tmp_path / "b.rdbackup")
    old = data_snapshot(vault_copy)
    result = cli("restore", str(made), "--data-dir", str(vault_copy), "--passphrase-stdin",
                 "--replace", stdin=PASSPHRASE + "\n")
    assert result.returncode == 0, result.stderr
    kept = [p for p in vault_copy.iterdir() if p.name.startswith("replaced-")]
    assert len(kept) == 1 and str(kept[0]) in result.stdout
    assert snapshot(kept[0]) == old


def test_export_import_export_through_the_cli(vault_copy: Path, tmp_path: Path):
    first = _export(vault_copy, tmp_path / "first.json")
    new = tmp_path / "imported"
    result = cli("import", str(tmp_path / "first.json"), "--data-dir", str(new),
                 "--passphrase-stdin", "--fast-kdf", stdin=PASSPHRASE + "\n")
    assert result.returncode == 0, result.stderr
    assert "Recovery key: " in result.stdout
    assert _export(new, tmp_path / "second.json") == first


def test_import_refuses_a_newer_export_before_making_a_vault(vault_copy: Path, tmp_path: Path):
    document = _export(vault_copy, tmp_path / "e.json")
    document["format_version"] = 99
    (tmp_path / "e.json").write_text(json.dumps(document))
    new = tmp_path / "imported"
    result = cli("import", str(tmp_path / "e.json"), "--data-dir", str(new),
                 "--passphrase-stdin", "--fast-kdf", stdin=PASSPHRASE + "\n")
    assert "newer version" in assert_one_line_error(result, EXIT_CODES["no vault"])
    assert not new.exists()
    again = cli("import", str(tmp_path / "e.json"), "--data-dir", str(vault_copy),
                "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    assert_one_line_error(again, EXIT_CODES["no vault"])


def test_export_csv_warns_and_writes_each_collection(vault_copy: Path, tmp_path: Path):
    out = tmp_path / "csv"
    out.mkdir()
    result = cli("export-csv", "--data-dir", str(vault_copy), "--passphrase-stdin", "-o",
                 str(out), stdin=PASSPHRASE + "\n")
    assert result.returncode == 0, result.stderr
    assert "NOT encrypted" in result.stderr
    assert {"drafts.csv", "vault_settings.csv"} <= {p.name for p in out.iterdir()}
    one = cli("export-csv", "--data-dir", str(vault_copy), "--passphrase-stdin", "-o",
              str(out), "--table", "nope", stdin=PASSPHRASE + "\n")
    assert "no collection called" in assert_one_line_error(one, EXIT_CODES["usage"])


@pytest.mark.parametrize("argv", [
    ["backup", "--data-dir", "{vault}", "--passphrase-stdin"],
    ["backup", "--data-dir", "{vault}", "--passphrase-stdin", "-o", "{nodir}"],
    ["export-csv", "--data-dir", "{vault}", "--passphrase-stdin", "-o", "{nodir}"],
    ["import", "--data-dir", "{new}", "--passphrase-stdin"],
], ids=["backup-no-output", "backup-missing-folder", "csv-missing-folder", "import-no-file"])
def test_usage_errors(argv: list[str], vault_copy: Path, tmp_path: Path):
    names = {"vault": vault_copy, "nodir": tmp_path / "no" / "such", "new": tmp_path / "new"}
    before = data_snapshot(vault_copy)
    result = cli(*[a.format(**names) for a in argv], stdin=PASSPHRASE + "\n")
    assert_one_line_error(result, EXIT_CODES["usage"])
    assert data_snapshot(vault_copy) == before
    assert not (tmp_path / "new").exists() and not (tmp_path / "no").exists()
