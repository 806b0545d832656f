"""Unlock, split into key derivation and the rest. Budget: the rest <= 50 ms (median).

Key derivation is Argon2id at the parameters calibrated on this machine (what a real vault
gets) and at the floor (what tests and ``--fast-kdf`` demo vaults get). "The rest" is a real
``Vault.unlock`` call from the derived key onwards: read the key file, open the slot, check
the environment, take the lock, build the engine, open and key the first connection, check the
schema version, then a first query; the derivation inside the call is replaced by the key
derived beforehand so only the rest is on the clock. It is measured with ``verify=False`` and
``verify=True`` (the ``cipher_integrity_check`` over every page). The vault holds a 10-year
demo history; as the integrity check reads every page, the rest is also measured once the
vault is padded with PAD_MIB of journal-sized drafts (a guess at a well-used vault's size).

Run: .venv/bin/python benchmarks/bench_unlock.py [RUNS]
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from _common import median, ms, table, verdict

from recovery_desktop.domain import demo
from recovery_desktop.domain.drafts import load_draft, save_draft
from recovery_desktop.domain.profile import load_profile
from recovery_desktop.vault import kdf, keyfile
from recovery_desktop.vault.vault import Vault

PASSPHRASE = "benchmark passphrase"
BUDGET_REST = 0.050
PAD_MIB = 10


def time_kdf(params: kdf.Argon2Params, runs: int) -> list[float]:
    samples = []
    for n in range(runs):
        start = time.perf_counter()
        kdf.derive(PASSPHRASE, n.to_bytes(16, "big"), params)
        samples.append(time.perf_counter() - start)
    return samples


def time_rest(folder: Path, runs: int, *, verify: bool) -> list[float]:
    samples = []
    for _ in range(runs + 1):  # the first run warms imports and caches; not counted
        start = time.perf_counter()
        with Vault.unlock(folder, PASSPHRASE, verify=verify) as vault:
            with vault.session() as session:
                load_profile(session)
                load_draft(session, "journal", "0-0")
            samples.append(time.perf_counter() - start)
    return samples[1:]


def pad(folder: Path, mib: int) -> None:
    """Add ~``mib`` MiB of 1 KB drafts, as years of daily journal entries would."""
    with Vault.unlock(folder, PASSPHRASE, verify=False) as vault:
        for batch in range(mib * 1024 // 100 * 2 // 3):
            with vault.session() as session:
                for n in range(100):
                    text = f"day {batch * 100 + n}: " + "what helped today, what did not. " * 30
                    save_draft(session, "journal", {"text": text}, ref=f"{batch}-{n}")


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 20
    with tempfile.TemporaryDirectory(prefix="bench-unlock-") as tmp:
        folder = Path(tmp) / "vault"
        calibrated = kdf.calibrate()
        created = Vault.create(folder, PASSPHRASE, calibrate=lambda: calibrated)
        with created.vault as vault, vault.session() as session:
            demo.fill(session, years=10, seed=1)
        db_kib = (folder / "vault.db").stat().st_size / 1024

        kdf_calibrated = time_kdf(calibrated, max(5, runs // 3))
        kdf_floor = time_kdf(kdf.FLOOR, runs)

        # Derive once, then let every unlock below use that key: only the rest is timed.
        slot = Vault.read_key_file(folder).slot(keyfile.PASSPHRASE)
        assert slot is not None
        wrap = keyfile.KeyFile.passphrase_wrap_key(Vault.read_key_file(folder), slot, PASSPHRASE)
        original = keyfile.KeyFile.passphrase_wrap_key

        def derived_already(self: keyfile.KeyFile, slot: keyfile.Slot, passphrase: str) -> Any:
            return wrap

        keyfile.KeyFile.passphrase_wrap_key = derived_already  # type: ignore[method-assign]
        try:
            rest_fast = time_rest(folder, runs, verify=False)
            rest_verified = time_rest(folder, runs, verify=True)
            keyfile.KeyFile.passphrase_wrap_key = original  # type: ignore[method-assign]
            pad(folder, PAD_MIB)
            keyfile.KeyFile.passphrase_wrap_key = derived_already  # type: ignore[method-assign]
            padded_kib = (folder / "vault.db").stat().st_size / 1024
            padded_fast = time_rest(folder, runs, verify=False)
            padded_verified = time_rest(folder, runs, verify=True)
        finally:
            keyfile.KeyFile.passphrase_wrap_key = original  # type: ignore[method-assign]

        start = time.perf_counter()
        with Vault.unlock(folder, PASSPHRASE) as vault, vault.session() as session:
            load_profile(session)
        whole = time.perf_counter() - start

    print(f"Unlock of a 10-year demo vault ({db_kib:.0f} KiB), median of {runs} runs")
    print(f"calibrated Argon2id: t={calibrated.time_cost}, m={calibrated.memory_kib // 1024} MiB, "
          f"p={calibrated.parallelism}")
    print()
    table([
        ["step", "median", "min", "max"],
        ["key derivation, calibrated", ms(median(kdf_calibrated)), ms(min(kdf_calibrated)),
         ms(max(kdf_calibrated))],
        ["key derivation, floor", ms(median(kdf_floor)), ms(min(kdf_floor)), ms(max(kdf_floor))],
        ["the rest, verify=False", ms(median(rest_fast)), ms(min(rest_fast)), ms(max(rest_fast))],
        ["the rest, verify=True", ms(median(rest_verified)), ms(min(rest_verified)),
         ms(max(rest_verified))],
        ["integrity check cost", ms(median(rest_verified) - median(rest_fast)), "", ""],
        [f"the rest, verify=False, {padded_kib / 1024:.0f} MiB", ms(median(padded_fast)),
         ms(min(padded_fast)), ms(max(padded_fast))],
        [f"the rest, verify=True, {padded_kib / 1024:.0f} MiB", ms(median(padded_verified)),
         ms(min(padded_verified)), ms(max(padded_verified))],
        [f"integrity check cost, {padded_kib / 1024:.0f} MiB",
         ms(median(padded_verified) - median(padded_fast)), "", ""],
        ["whole unlock, calibrated (1 run)", ms(whole), "", ""],
    ])
    print()
    verdict("the rest (default unlock, verify=True) <= 50 ms",
            median(rest_verified) <= BUDGET_REST, ms(median(rest_verified)))
    verdict("the rest (verify=False) <= 50 ms", median(rest_fast) <= BUDGET_REST,
            ms(median(rest_fast)))
    verdict(f"projection: the rest, verify=True, padded to {padded_kib / 1024:.0f} MiB <= 50 ms",
            median(padded_verified) <= BUDGET_REST, ms(median(padded_verified)))


if __name__ == "__main__":
    main()
