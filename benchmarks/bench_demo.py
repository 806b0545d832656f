"""``recovery-desktop demo --years 10`` wall time. Budget: < 30 s.

Each run is the real command in a fresh process on a fresh folder, timed from spawn to
exit: start-up, key-derivation calibration and Argon2id at the calibrated parameters,
creating the vault and its schema, and every registered demo generator writing ten years
of history in one transaction. A ``--fast-kdf`` run (the floor, as the tests use) is shown
for comparison; it is not what the budget is about.

Run: .venv/bin/python benchmarks/bench_demo.py [RUNS]
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _common import ROOT, median, table, verdict

BUDGET = 30.0


def run_demo(folder: Path, *extra: str) -> float:
    start = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-m", "recovery_desktop", "demo", "--data-dir", str(folder),
         "--passphrase-stdin", "--years", "10", *extra],
        input="benchmark passphrase\n", capture_output=True, text=True, cwd=ROOT, check=False)
    seconds = time.perf_counter() - start
    if result.returncode != 0:
        raise SystemExit(f"demo failed ({result.returncode}): {result.stderr.strip()}")
    return seconds


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 3
    with tempfile.TemporaryDirectory(prefix="bench-demo-") as tmp:
        real = [run_demo(Path(tmp) / f"vault-{n}") for n in range(runs)]
        fast = run_demo(Path(tmp) / "vault-fast", "--fast-kdf")
        size_kib = (Path(tmp) / "vault-0" / "vault.db").stat().st_size / 1024
    print(f"recovery-desktop demo --years 10, {runs} runs (database {size_kib:.0f} KiB)")
    print()
    table([
        ["command", "median", "min", "max"],
        ["demo --years 10", f"{median(real):.2f} s", f"{min(real):.2f} s", f"{max(real):.2f} s"],
        ["demo --years 10 --fast-kdf (1 run)", f"{fast:.2f} s", "", ""],
    ])
    print()
    verdict("demo --years 10 < 30 s", max(real) < BUDGET, f"slowest {max(real):.2f} s")


if __name__ == "__main__":
    main()
