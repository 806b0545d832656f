"""The kill loop as a soak: N trials of "commit, acknowledge, SIGKILL at a random moment".

Same trial as ``tests/unit/test_kill_loop.py`` (which runs 20): a child process unlocks the
vault and commits in a loop, printing each counter only after its commit returned; it is
killed with SIGKILL 0.05-0.6 s after its first acknowledgement; the vault is then reopened
with ``verify=True`` and every acknowledged commit must be there, whole, with
``cipher_integrity_check`` and ``quick_check`` clean. Pass criterion: no trial fails.

Trials cycle through the child's modes (``tests/unit/kill_child.py``): plain commits, a
backup after every commit (kills land inside ``sqlcipher_export`` and the atomic write; a
finished backup must read back whole), and a passphrase change after every commit (kills
land inside key derivation and the key-file rewrite; one of the two passphrases must open).
Pass MODE to run one mode only.

Run: .venv/bin/python benchmarks/kill_soak.py [TRIALS] [SEED] [MODE]
"""

from __future__ import annotations

import random
import sys
import tempfile
import time
from pathlib import Path

from _common import median, table, verdict

from recovery_desktop.vault import kdf
from recovery_desktop.vault.vault import Vault
from tests.unit.kill_child import MODES, PASSPHRASES, check_trial, run_trial


def main() -> None:
    trials = int(sys.argv[1]) if len(sys.argv) > 1 else 200
    seed = int(sys.argv[2]) if len(sys.argv) > 2 else random.randrange(2**32)
    modes = (sys.argv[3],) if len(sys.argv) > 3 else MODES
    per_mode: dict[str, int] = dict.fromkeys(modes, 0)
    rng = random.Random(seed)
    acked: list[int] = []
    in_flight = 0
    failures: list[str] = []
    start = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="kill-soak-") as tmp:
        folder = Path(tmp) / "vault"
        # The passphrase mode alternates between PASSPHRASES starting with the first.
        created = Vault.create(folder, PASSPHRASES[1], calibrate=kdf.floor_calibration)
        created.vault.close()
        for trial in range(trials):
            mode = modes[trial % len(modes)]
            per_mode[mode] += 1
            result = run_trial(folder, created.recovery_key, trial, rng, mode=mode)
            try:
                check_trial(result)
            except AssertionError as exc:
                failures.append(f"trial {trial} ({mode}, killed after {result.delay:.3f} s): "
                                f"{exc}")
            acked.append(len(result.acknowledged))
            in_flight += len(result.stored) - len(result.acknowledged)
            if (trial + 1) % 25 == 0:
                print(f"  {trial + 1}/{trials} trials, {len(failures)} failed", flush=True)
        size_kib = (folder / "vault.db").stat().st_size / 1024
    elapsed = time.perf_counter() - start
    print(f"\n{trials} trials, seed {seed}, {elapsed:.0f} s, final database {size_kib:.0f} KiB")
    print()
    table([
        ["figure", "value"],
        ["acknowledged commits, total", str(sum(acked))],
        ["acknowledged per trial, median", f"{median(acked):.0f}"],
        ["acknowledged per trial, min / max", f"{min(acked)} / {max(acked)}"],
        ["committed but not yet acknowledged at the kill", str(in_flight)],
        ["trials per mode", ", ".join(f"{m}: {n}" for m, n in per_mode.items())],
        ["failed trials", str(len(failures))],
    ])
    for failure in failures[:20]:
        print("  " + failure)
    print()
    verdict("no acknowledged commit lost, integrity clean", not failures,
            f"{len(failures)} of {trials} trials failed")


if __name__ == "__main__":
    main()
