"""SIGKILL at random moments loses no acknowledged commit and leaves a sound database."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from recovery_desktop.vault import kdf
from recovery_desktop.vault.vault import Vault
from tests.conftest import PASSPHRASE
from tests.unit.kill_child import PASSPHRASES, check_trial, run_trial

TRIALS = 20
FAULT_TRIALS = 4  # per extra mode; benchmarks/kill_soak.py runs hundreds


@pytest.mark.slow
def test_kill_loop(vault_dir: Path):
    created = Vault.create(vault_dir, PASSPHRASE, calibrate=kdf.floor_calibration)
    created.vault.close()
    seed = random.randrange(2**32)
    rng = random.Random(seed)
    total_acked = 0
    for trial in range(TRIALS):
        result = run_trial(vault_dir, created.recovery_key, trial, rng)
        try:
            check_trial(result)
        except AssertionError as exc:
            raise AssertionError(f"seed {seed}, trial {trial}, killed after "
                                 f"{result.delay:.3f} s: {exc}") from exc
        total_acked += len(result.acknowledged)
    assert total_acked >= TRIALS * 2  # the children really were committing when killed
    with Vault.unlock(vault_dir, PASSPHRASE, verify=True) as vault:
        assert vault.integrity_problems() == []


@pytest.mark.slow
@pytest.mark.parametrize("mode", ["backup", "passphrase"])
def test_kill_loop_during_backup_and_key_file_rewrite(vault_dir: Path, mode: str):
    """Killed inside a backup or a passphrase change: nothing acknowledged is lost, the
    vault is sound, a finished backup is whole, and one of the two passphrases opens."""
    # The child alternates between the two passphrases starting with the first, so the
    # vault starts with the second: whatever the kill interrupts, one of them must open.
    created = Vault.create(vault_dir, PASSPHRASES[1], calibrate=kdf.floor_calibration)
    created.vault.close()
    seed = random.randrange(2**32)
    rng = random.Random(seed)
    for trial in range(FAULT_TRIALS):
        result = run_trial(vault_dir, created.recovery_key, trial, rng, (0.05, 0.5), mode)
        try:
            check_trial(result)
        except AssertionError as exc:
            raise AssertionError(f"{mode}: seed {seed}, trial {trial}, killed after "
                                 f"{result.delay:.3f} s: {exc}") from exc


def test_check_trial_catches_a_lost_commit():
    from tests.unit.kill_child import TrialResult

    lost = TrialResult(0, [0, 1, 2], [0, 1], 1, [], 0.1)
    with pytest.raises(AssertionError, match="lost"):
        check_trial(lost)
    torn = TrialResult(0, [0, 1], [0, 1, 2], 1, [], 0.1)
    with pytest.raises(AssertionError, match="torn"):
        check_trial(torn)
    damaged = TrialResult(0, [0], [0], 0, ["page 3: hmac check failed"], 0.1)
    with pytest.raises(AssertionError, match="integrity"):
        check_trial(damaged)
    check_trial(TrialResult(0, [0, 1], [0, 1, 2], 2, [], 0.1))
