"""No plaintext at rest: what the user writes is in no file, open or closed.

Canary strings go in through the app's own API and are searched for in every file under
the vault folder, the temp folder and the private XDG folders, while the vault is open
(write-ahead log present) and after it is closed.
"""

from __future__ import annotations

import base64
import tempfile
import uuid
from pathlib import Path

import pytest

from recovery_desktop.domain.drafts import save_draft
from recovery_desktop.domain.profile import Profile, save_profile
from recovery_desktop.vault import kdf
from recovery_desktop.vault.vault import Vault
from tests.conftest import PASSPHRASE
from tests.unit.helpers import files_containing, open_files_under


@pytest.fixture
def temp_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh, empty temp folder for this test only (tempfile caches its choice)."""
    folder = tmp_path / "tmp"
    folder.mkdir()
    monkeypatch.setenv("TMPDIR", str(folder))
    monkeypatch.setenv("SQLITE_TMPDIR", str(folder))
    monkeypatch.setattr(tempfile, "tempdir", None)
    assert tempfile.gettempdir() == str(folder)
    return folder


def _needles(canaries: list[str]) -> list[bytes]:
    needles = []
    for canary in canaries:
        token = canary.split("|")[0]  # the ASCII part alone, in case the rest is re-encoded
        needles += [canary.encode("utf-8"), token.encode("ascii"), token.encode("utf-16-le"),
                    canary.encode("utf-16-le"), base64.b64encode(canary.encode("utf-8"))]
    return needles


def test_canaries_are_in_no_file_open_or_closed(vault_dir: Path, temp_dir: Path,
                                                private_home: Path):
    run = uuid.uuid4().hex
    canaries = [f"CANARY{run}A|🦋 I slipped on Tuesday 🍷",
                f"CANARY{run}B|שלום, אני בסדר עכשיו",
                f"CANARY{run}C|مرحبا يا صديقي"]
    name = f"NAME{run}|Ramón 🌈 رامون"
    needles = [*_needles([*canaries, name]), b"vault_settings", b"journal", b"display_name"]

    created = Vault.create(vault_dir, PASSPHRASE, calibrate=kdf.floor_calibration)
    with created.vault as vault:
        with vault.session() as session:
            save_profile(session, Profile(display_name=name, self_label=canaries[2]))
            for n, canary in enumerate(canaries):
                save_draft(session, "journal", {"text": canary, "mood": canary[-3:]}, ref=str(n))
        with vault.session() as session:  # an update too: old row versions land in the WAL
            save_draft(session, "journal", {"text": canaries[0] + " (edited)"}, ref="0")

        wal = vault_dir / "vault.db-wal"
        assert wal.exists() and wal.stat().st_size > 0, "expected the write-ahead log"
        assert files_containing([vault_dir, temp_dir, private_home], needles) == []
        if Path("/proc/self/fd").is_dir():
            assert open_files_under(temp_dir) == []
        data_key = vault.data_key

    assert not wal.exists()
    assert files_containing([vault_dir, temp_dir, private_home], needles) == []
    # The data key itself is nowhere on disk either, in any spelling.
    key_forms = [data_key, data_key.hex().encode(), data_key.hex().upper().encode(),
                 base64.b64encode(data_key)]
    assert files_containing([vault_dir, temp_dir, private_home], key_forms) == []

    # Sanity check of the scan itself: the canaries really were written and read back.
    with Vault.unlock(vault_dir, PASSPHRASE) as vault, vault.session() as session:
        from recovery_desktop.domain.profile import load_profile

        assert load_profile(session).display_name == name


def test_scan_would_find_plaintext(tmp_path: Path):
    needles = _needles(["CANARYabc|שלום 🦋"])
    assert files_containing([tmp_path], needles) == []
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "leak.txt").write_bytes("x CANARYabc|שלום 🦋 y".encode())
    assert len(files_containing([tmp_path], needles)) == 2  # whole canary and its token
    (tmp_path / "sub" / "leak.txt").write_bytes("CANARYabc".encode("utf-16-le"))
    assert len(files_containing([tmp_path], needles)) == 1


def test_database_file_has_no_sqlite_header(created_vault, vault_dir: Path):
    created_vault.vault.close()
    header = (vault_dir / "vault.db").read_bytes()[:16]
    assert not header.startswith(b"SQLite format 3")
    assert len(header) == 16


def test_engine_connections_keep_temp_data_in_memory(created_vault):
    vault = created_vault.vault
    with vault.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA temp_store").scalar() == 2  # MEMORY
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert str(conn.exec_driver_sql("PRAGMA cipher_version").scalar()).startswith("4.")
    raw = vault.raw_connection()
    try:
        assert raw.execute("PRAGMA temp_store").fetchone()[0] == 2
    finally:
        raw.close()
