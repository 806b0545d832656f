"""A real file-size limit (RLIMIT_FSIZE -> EFBIG) on backup and export writes.

A child process unlocks the vault, lowers its own soft file-size limit below what the
write needs, and tries each write: each must fail as DiskFull with a clear message, leave
no file behind, and the vault must open afterwards with everything committed before.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from recovery_desktop.domain.drafts import list_drafts
from recovery_desktop.vault.vault import Vault
from tests.unit.conftest import ClosedVault
from tests.unit.helpers import ROOT, data_snapshot

CHILD = textwrap.dedent("""\
    import json, resource, signal, sys
    from pathlib import Path
    from recovery_desktop.domain.csv_export import export_csv
    from recovery_desktop.domain.export import write_export
    from recovery_desktop.vault.backup import backup_vault
    from recovery_desktop.vault.errors import VaultError
    from recovery_desktop.vault.vault import Vault

    folder, out, what = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3]
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # EFBIG instead of a fatal signal
    with Vault.unlock(folder, sys.stdin.readline().rstrip("\\n"), verify=False) as vault:
        limit = 8192  # far below what each write needs
        soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, hard))
        try:
            if what == "backup":
                backup_vault(vault, out / "b.rdbackup")
            elif what == "json":
                with vault.session() as session:
                    write_export(session, out / "e.json", include_private=True)
            else:
                with vault.session() as session:
                    export_csv(session, out)
        except VaultError as exc:
            print(json.dumps([type(exc).__name__, exc.user_message]))
        else:
            print(json.dumps(["no error", ""]))
        finally:
            resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))
""")


@pytest.mark.parametrize("what", ["backup", "json", "csv"])
def test_a_write_over_the_file_size_limit_is_a_full_disk(closed_vault: ClosedVault,
                                                         tmp_path: Path, what: str):
    out = tmp_path / "out"
    out.mkdir()
    before = data_snapshot(closed_vault.folder)
    result = subprocess.run(
        [sys.executable, "-c", CHILD, str(closed_vault.folder), str(out), what],
        input=closed_vault.passphrase + "\n", capture_output=True, text=True, cwd=ROOT,
        timeout=60, check=False,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    name, message = json.loads(result.stdout)
    assert name == "DiskFull", (name, message)
    assert "full" in message and "Traceback" not in message
    assert [p.name for p in out.iterdir()] == []  # no partial file, no temp file
    assert data_snapshot(closed_vault.folder) == before
    with Vault.unlock(closed_vault.folder, closed_vault.passphrase) as vault:
        assert vault.integrity_problems() == []
        with vault.session() as session:
            assert len(list_drafts(session, "journal")) == 12
