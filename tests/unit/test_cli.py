"""The headless CLI: demo and export, and every error path as one line with its exit code."""

from __future__ import annotations

import json
import os
import shutil
import stat
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest

from recovery_desktop import __version__
from recovery_desktop.vault import recovery_key
from recovery_desktop.vault.instance_lock import InstanceLock
from tests.unit.helpers import PAGE_SIZE, data_snapshot, flip_byte, run_python

PASSPHRASE = "demo passphrase for the cli tests"
EXIT_CODES = {"usage": 2, "wrong secret": 3, "no vault": 4, "other": 1}


def cli(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return run_python(["-m", "recovery_desktop", *args], stdin=stdin)


def assert_one_line_error(result: subprocess.CompletedProcess[str], code: int) -> str:
    assert "Traceback" not in result.stderr + result.stdout
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("recovery-desktop:"), lines[0]
    assert result.returncode == code, (result.returncode, result.stderr)
    return lines[0]


@pytest.fixture(scope="module")
def demo_vault(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """One demo vault for the module (made through the CLI itself); tests copy it to damage."""
    folder = tmp_path_factory.mktemp("cli") / "vault"
    result = cli("demo", "--data-dir", str(folder), "--passphrase-stdin", "--years", "2",
                 "--seed", "7", "--fast-kdf", stdin=PASSPHRASE + "\n")
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    key_lines = [ln for ln in result.stdout.splitlines() if ln.startswith("Recovery key: ")]
    assert len(key_lines) == 1
    return folder, key_lines[0].removeprefix("Recovery key: ")


@pytest.fixture
def vault_copy(demo_vault: tuple[Path, str], tmp_path: Path) -> Path:
    target = tmp_path / "vault"
    shutil.copytree(demo_vault[0], target, ignore=shutil.ignore_patterns("vault.lock"))
    return target


def export_args(folder: Path, output: Path, *extra: str) -> list[str]:
    return ["export", "--data-dir", str(folder), "--passphrase-stdin", "-o", str(output), *extra]


# -- the happy path -----------------------------------------------------------------------

def test_version():
    result = cli("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"recovery-desktop {__version__}"


def test_help_documents_the_exit_codes():
    result = cli("--help")
    assert result.returncode == 0
    for line in ("2  usage error", "3  wrong passphrase", "4  missing or damaged vault",
                 "1  any other failure"):
        assert line in result.stdout


def test_demo_then_export_roundtrip(demo_vault: tuple[Path, str], tmp_path: Path):
    folder, _key = demo_vault
    output = tmp_path / "export.json"
    result = cli(*export_args(folder, output), stdin=PASSPHRASE + "\n")
    assert result.returncode == 0, result.stderr
    assert "NOT encrypted" in result.stderr and str(output) in result.stderr
    assert "Traceback" not in result.stderr
    assert stat.S_IMODE(output.stat().st_mode) == 0o600
    document = json.loads(output.read_text(encoding="utf-8"))
    assert document["format"] == "recovery-desktop-export"
    assert document["format_version"] == 1
    assert document["app_version"] == __version__
    assert datetime.fromisoformat(document["exported_at"]).tzinfo is not None
    # The demo's Step 4 inventory is extra private (the default): left out, and said so.
    assert set(document["left_out"]) == {"step4_resentments", "step4_fears", "step4_conduct"}
    assert document["include_private"] is False
    assert "--include-private" in result.stdout
    data = document["data"]
    assert data["step4_resentments"] == [] and data["step_fellowships"]
    assert {"vault_settings", "drafts"} <= set(data)
    settings = {row["key"]: json.loads(row["value"]) for row in data["vault_settings"]}
    assert settings["profile"]["completed"] is True
    assert isinstance(data["drafts"], list)
    assert [p.name for p in tmp_path.iterdir()] == ["export.json"]  # no temp leftovers


def test_export_with_recovery_key(demo_vault: tuple[Path, str], tmp_path: Path):
    folder, key = demo_vault
    output = tmp_path / "export.json"
    result = cli("export", "--data-dir", str(folder), "--recovery-key-stdin", "-o", str(output),
                 stdin=key.lower() + "\n")
    assert result.returncode == 0, result.stderr
    assert json.loads(output.read_text())["data"]["vault_settings"]


# -- error paths --------------------------------------------------------------------------

@pytest.mark.parametrize("argv, stdin", [
    (["export"], ""),
    (["export", "--data-dir", "{vault}", "--passphrase-stdin"], PASSPHRASE),
    (["export", "--data-dir", "{vault}", "-o", "{out}"], PASSPHRASE),
    (["export", "--data-dir", "{vault}", "--passphrase-stdin", "-o", "{out}"], ""),
    (["export", "--data-dir", "{vault}", "--passphrase-stdin", "-o", "{nodir}"], PASSPHRASE),
    (["demo", "--data-dir", "{new}", "--passphrase-stdin", "--years", "0"], PASSPHRASE),
    (["demo", "--data-dir", "{new}", "--passphrase-stdin", "--years", "many"], PASSPHRASE),
    (["frobnicate"], ""),
    (["--no-such-option"], ""),
], ids=["nothing", "no-output", "no-secret-flag", "empty-stdin", "missing-folder",
        "zero-years", "years-not-int", "unknown-command", "unknown-option"])
def test_usage_errors(argv: list[str], stdin: str, vault_copy: Path, tmp_path: Path):
    names = {"vault": vault_copy, "out": tmp_path / "x.json",
             "nodir": tmp_path / "no" / "such" / "x.json", "new": tmp_path / "new"}
    before = data_snapshot(vault_copy)
    result = cli(*[a.format(**names) for a in argv], stdin=stdin + "\n" if stdin else "")
    assert_one_line_error(result, EXIT_CODES["usage"])
    assert data_snapshot(vault_copy) == before
    assert not (tmp_path / "new").exists() and not (tmp_path / "x.json").exists()


def test_wrong_passphrase(vault_copy: Path, tmp_path: Path):
    typed = "hunter2 what I typed"
    before = data_snapshot(vault_copy)
    result = cli(*export_args(vault_copy, tmp_path / "x.json"), stdin=typed + "\n")
    line = assert_one_line_error(result, EXIT_CODES["wrong secret"])
    assert "passphrase" in line and typed not in line
    assert data_snapshot(vault_copy) == before
    assert not (tmp_path / "x.json").exists()


@pytest.mark.parametrize("kind", ["wrong", "typo"])
def test_wrong_recovery_key(kind: str, vault_copy: Path, tmp_path: Path,
                            demo_vault: tuple[Path, str]):
    key = recovery_key.generate()[0] if kind == "wrong" else demo_vault[1][:-1]
    result = cli("export", "--data-dir", str(vault_copy), "--recovery-key-stdin",
                 "-o", str(tmp_path / "x.json"), stdin=key + "\n")
    line = assert_one_line_error(result, EXIT_CODES["wrong secret"])
    assert "recovery key" in line
    assert not (tmp_path / "x.json").exists()


def test_missing_vault(tmp_path: Path):
    folder = tmp_path / "nothing here"
    result = cli(*export_args(folder, tmp_path / "x.json"), stdin=PASSPHRASE + "\n")
    assert_one_line_error(result, EXIT_CODES["no vault"])
    assert not folder.exists()


@pytest.mark.parametrize("damage", ["key file", "key file gone", "database page 3",
                                    "database page 1"])
def test_damaged_vault(damage: str, vault_copy: Path, tmp_path: Path):
    if damage == "key file":
        (vault_copy / "vault.key").write_bytes(b"{ not json")
    elif damage == "key file gone":
        (vault_copy / "vault.key").unlink()
    else:
        flip_byte(vault_copy / "vault.db", (2 if "3" in damage else 0) * PAGE_SIZE + 300)
    before = data_snapshot(vault_copy)
    result = cli(*export_args(vault_copy, tmp_path / "x.json"), stdin=PASSPHRASE + "\n")
    line = assert_one_line_error(result, EXIT_CODES["no vault"])
    assert "damaged" in line or "missing" in line
    assert data_snapshot(vault_copy) == before
    assert not (tmp_path / "x.json").exists()


def test_demo_refuses_an_existing_vault(vault_copy: Path):
    before = data_snapshot(vault_copy)
    result = cli("demo", "--data-dir", str(vault_copy), "--passphrase-stdin", "--fast-kdf",
                 stdin="another passphrase\n")
    line = assert_one_line_error(result, EXIT_CODES["other"])
    assert "already exists" in line
    assert data_snapshot(vault_copy) == before


def test_vault_busy(vault_copy: Path, tmp_path: Path):
    with InstanceLock(vault_copy):
        result = cli(*export_args(vault_copy, tmp_path / "x.json"), stdin=PASSPHRASE + "\n")
    line = assert_one_line_error(result, EXIT_CODES["other"])
    assert "already open" in line
    assert not (tmp_path / "x.json").exists()


def test_gui_without_display_says_so_in_one_line(monkeypatch: pytest.MonkeyPatch):
    for var in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(var, raising=False)
    result = cli()
    assert_one_line_error(result, EXIT_CODES["other"])
    assert "display" in result.stderr


def test_undecodable_standard_input_is_a_usage_error(vault_copy: Path, tmp_path: Path):
    result = subprocess.run(
        [sys.executable, "-m", "recovery_desktop", *export_args(vault_copy, tmp_path / "e.json")],
        input=b"\xff\xfe not text\n", capture_output=True, check=False, timeout=60,
        env={**os.environ, "LC_ALL": "C", "PYTHONUTF8": "0"})
    decoded = subprocess.CompletedProcess(result.args, result.returncode,
                                          result.stdout.decode(), result.stderr.decode())
    assert "UTF-8" in assert_one_line_error(decoded, EXIT_CODES["usage"])


def test_export_to_a_folder_is_refused_before_any_warning(vault_copy: Path, tmp_path: Path):
    line = assert_one_line_error(cli(*export_args(vault_copy, tmp_path), stdin=PASSPHRASE + "\n"),
                                 EXIT_CODES["usage"])
    assert "folder" in line
