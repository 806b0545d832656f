"""Saving one small record, committed and durable. Budget: median <= 15 ms.

Each save is one ``vault.session()`` (one transaction) that ``save_draft``s a small form and
commits; with WAL and ``synchronous = FULL`` the commit returns only after the write-ahead
log is fsynced, so the figure includes the disk flush. Two cases: the autosave of an
existing draft (an update) and a new draft (an insert). The vault lives in a temporary
folder on the same file system as the default temp folder; pass a folder to measure
another disk.

Run: .venv/bin/python benchmarks/bench_save.py [RUNS] [FOLDER]
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

from _common import median, ms, p95, table, verdict

from recovery_desktop.domain.drafts import save_draft
from recovery_desktop.vault import kdf
from recovery_desktop.vault.vault import Vault

BUDGET_MEDIAN = 0.015


def time_saves(vault: Vault, runs: int, *, update: bool) -> list[float]:
    samples = []
    for n in range(runs + 5):  # five warm-up saves, not counted
        form = {"situation": f"after work, day {n}", "feeling": "restless", "intensity": n % 10,
                "what_helped": "called Sam, went for a walk"}
        start = time.perf_counter()
        with vault.session() as session:
            save_draft(session, "worksheet:urge-log", form, ref="" if update else str(n))
        samples.append(time.perf_counter() - start)
    return samples[5:]


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 200
    base = Path(sys.argv[2]) if len(sys.argv) > 2 else None
    with tempfile.TemporaryDirectory(prefix="bench-save-", dir=base) as tmp:
        created = Vault.create(Path(tmp) / "vault", "benchmark passphrase",
                               calibrate=kdf.floor_calibration)
        with created.vault as vault:
            updates = time_saves(vault, runs, update=True)
            inserts = time_saves(vault, runs, update=False)
            assert vault.integrity_problems() == []
    print(f"One small record saved and committed durably, {runs} runs each (folder: {tmp})")
    print()
    table([
        ["save", "median", "p95", "max"],
        ["autosave (update a draft)", ms(median(updates)), ms(p95(updates)), ms(max(updates))],
        ["new draft (insert)", ms(median(inserts)), ms(p95(inserts)), ms(max(inserts))],
    ])
    print()
    for name, samples in (("update", updates), ("insert", inserts)):
        verdict(f"{name} median <= 15 ms", median(samples) <= BUDGET_MEDIAN, ms(median(samples)))


if __name__ == "__main__":
    main()
