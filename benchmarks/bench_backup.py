"""Backup, restore, JSON export and import of a ten-year vault. Budgets: backup <= 2 s,
restore <= 3 s, export <= 10 s, import <= 10 s.

The vault: ``demo.fill(years=10)`` (today only a profile) plus bulk rows standing in for ten
years of use, since the worksheet and urge features are not merged yet: 6 drafts a day for
3650 days (~600-byte JSON payloads, as worksheet answers would be) and 3 links a day. The
passphrase slot uses the real calibrated Argon2id (~0.75 s), so the restore figure includes
one real key derivation, as it does for the user.

- backup: ``backup_vault`` on the open vault (sqlcipher_export copy, integrity check of the
  copy, atomic write, read-back and hash compare).
- restore: ``restore_backup`` into a new folder with the passphrase (read and hash check,
  Argon2id, staging, moving into place, opening with a full integrity check).
- export: ``write_export`` with private rows (build, JSON, atomic write).
- import: ``import_document`` of that file into a new, empty vault in one transaction
  (reading the JSON included; creating the vault, which is mostly Argon2id, shown apart).

Run: .venv/bin/python benchmarks/bench_backup.py [RUNS]
"""

from __future__ import annotations

import json
import random
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

from _common import median, table, verdict
from sqlalchemy import insert

from recovery_desktop.domain import demo
from recovery_desktop.domain.drafts import DraftRow
from recovery_desktop.domain.export import build_export, write_export
from recovery_desktop.domain.importer import import_document, read_document
from recovery_desktop.domain.links import LinkRow
from recovery_desktop.vault import kdf
from recovery_desktop.vault.backup import backup_vault
from recovery_desktop.vault.restore import restore_backup
from recovery_desktop.vault.vault import Vault

PASSPHRASE = "benchmark passphrase, ten years"
BUDGETS = {"backup": 2.0, "restore": 3.0, "export": 10.0, "import": 10.0}
WORDS = ("urge", "walk", "called", "meeting", "tired", "craving", "calm", "sponsor", "slept",
         "angry", "grateful", "plan", "trigger", "breathe", "journal", "evening")


def fill(vault: Vault) -> None:
    rng = random.Random(10)
    start = datetime(2016, 1, 1)
    with vault.session() as session:
        demo.fill(session, years=10, seed=1)
        drafts = []
        links = []
        for day in range(3650):
            when = start + timedelta(days=day)
            for n in range(6):
                answer = " ".join(rng.choice(WORDS) for _ in range(80))
                drafts.append({"kind": f"worksheet:{n}", "ref": str(day),
                               "payload": json.dumps({"answer": answer, "rating": n}),
                               "created_at": when, "updated_at": when})
            for n in range(3):
                links.append({"a_kind": "urge", "a_id": day * 3 + n, "b_kind": "worksheet",
                              "b_id": day * 6 + n, "created_at": when})
        session.execute(insert(DraftRow), drafts)
        session.execute(insert(LinkRow), links)


def timed(func) -> float:  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    func()
    return time.perf_counter() - start


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 3
    figures: dict[str, list[float]] = {name: [] for name in BUDGETS}
    create_times: list[float] = []
    with tempfile.TemporaryDirectory(prefix="bench-backup-") as tmp:
        root = Path(tmp)
        created = Vault.create(root / "vault", PASSPHRASE)
        with created.vault as vault:
            fill(vault)
            vault.integrity_problems()
            db_mib = vault.paths.db.stat().st_size / 2**20
            for n in range(runs):
                target = root / f"b{n}.rdbackup"
                figures["backup"].append(timed(lambda t=target: backup_vault(vault, t)))
                export = root / f"e{n}.json"

                def do_export(e: Path = export) -> None:
                    with vault.session() as session:
                        write_export(session, e, include_private=True)

                figures["export"].append(timed(do_export))
        backup_mib = (root / "b0.rdbackup").stat().st_size / 2**20
        export_mib = (root / "e0.json").stat().st_size / 2**20
        for n in range(runs):
            figures["restore"].append(timed(lambda n=n: restore_backup(
                root / f"b{n}.rdbackup", root / f"r{n}", passphrase=PASSPHRASE)))
            start = time.perf_counter()
            new = Vault.create(root / f"i{n}", PASSPHRASE, calibrate=kdf.floor_calibration)
            create_times.append(time.perf_counter() - start)
            with new.vault as target_vault:

                def do_import(n: int = n, v: Vault = target_vault) -> None:
                    doc = read_document(root / f"e{n}.json")
                    with v.session() as session:
                        import_document(session, doc)

                figures["import"].append(timed(do_import))
        with Vault.unlock(root / "i0", PASSPHRASE) as check, check.session() as session:
            counts = {t: len(rows) for t, rows in
                      json.loads((root / "e0.json").read_text())["data"].items()}
            document = build_export(session, include_private=True)
            again = {t: len(r) for t, r in document["data"].items()}
        assert again == counts, (again, counts)
    rows = sum(counts.values())
    print(f"ten-year vault: database {db_mib:.1f} MiB, {rows} rows ({counts}); backup file "
          f"{backup_mib:.1f} MiB, JSON export {export_mib:.1f} MiB; {runs} runs each")
    print()
    table([["operation", "median", "max", "budget"]] + [
        [name, f"{median(v):.2f} s", f"{max(v):.2f} s", f"{BUDGETS[name]:.0f} s"]
        for name, v in figures.items()
    ] + [["(new vault for import, floor KDF)", f"{median(create_times):.2f} s", "", ""]])
    print()
    for name, values in figures.items():
        verdict(f"{name} <= {BUDGETS[name]:.0f} s", max(values) <= BUDGETS[name],
                f"slowest {max(values):.2f} s")


if __name__ == "__main__":
    main()
