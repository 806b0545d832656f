"""The kill loop: a child commits and acknowledges, the parent kills it with SIGKILL.

Run as ``python -m tests.unit.kill_child FOLDER TRIAL`` with the recovery key on stdin (the
child unlocks with it so each trial skips Argon2; the unlock path is not what is tested).
Each commit inserts draft ``TRIAL:N`` and sets ``kill-last`` to N in the same transaction,
and only then prints N. ``run_trial`` kills the child at a random moment and ``check_trial``
proves no acknowledged commit was lost and the transaction stayed whole. Used by
``test_kill_loop.py`` and ``benchmarks/kill_soak.py``.

Modes: ``commit`` only commits; ``backup`` also writes a backup after every commit (the
kill often lands inside ``sqlcipher_export`` or the atomic write; the vault must be sound
and a backup at its final name whole); ``passphrase`` also changes the passphrase after
every commit, alternating between two (the kill lands inside key derivation or the key-file
rewrite; one of the two must still open the vault).
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

KIND = "kill-loop"
ROOT = Path(__file__).resolve().parents[2]
WATCHDOG_SECONDS = 60.0


MODES = ("commit", "backup", "passphrase")
# The two passphrases a "passphrase" child alternates between; one of them must always open.
PASSPHRASES = ("kill loop passphrase one", "kill loop passphrase two")


def backup_target(folder: Path, trial: int) -> Path:
    return folder.parent / "kill-backups" / f"trial-{trial}.rdbackup"


def child_main(folder: Path, trial: int, mode: str = "commit") -> None:
    """Commit and acknowledge in a loop; in the other modes, also back up after each commit
    (overwriting one backup file) or change the passphrase (rewriting the key file)."""
    from recovery_desktop.domain.drafts import save_draft
    from recovery_desktop.domain.profile import set_setting
    from recovery_desktop.vault import kdf
    from recovery_desktop.vault.backup import backup_vault
    from recovery_desktop.vault.vault import Vault

    key = sys.stdin.readline().strip()
    backup_target(folder, trial).parent.mkdir(exist_ok=True)
    with Vault.unlock_with_recovery_key(folder, key, verify=False) as vault:
        n = 0
        while True:
            with vault.session() as session:
                save_draft(session, KIND, {"n": n, "pad": "x" * (n % 500)}, ref=f"{trial}:{n}")
                set_setting(session, f"kill-last-{trial}", n)
            # Acknowledge only after commit() has returned.
            os.write(1, f"{n}\n".encode())
            if mode == "backup":
                backup_vault(vault, backup_target(folder, trial))
            elif mode == "passphrase":
                vault.change_passphrase(PASSPHRASES[n % 2], calibrate=kdf.floor_calibration)
            n += 1


@dataclass(frozen=True)
class TrialResult:
    trial: int
    acknowledged: list[int]
    stored: list[int]
    last_setting: int | None
    problems: list[str]
    delay: float


def run_trial(folder: Path, recovery_key: str, trial: int, rng: random.Random,
              delay_range: tuple[float, float] = (0.05, 0.6),
              mode: str = "commit") -> TrialResult:
    """Start a child, let it acknowledge for a random while, SIGKILL it, then look."""
    with tempfile.TemporaryFile() as errors:
        proc = subprocess.Popen(
            [sys.executable, "-m", "tests.unit.kill_child", str(folder), str(trial), mode],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=errors, cwd=ROOT, bufsize=0,
        )
        assert proc.stdin is not None and proc.stdout is not None
        watchdog = threading.Timer(WATCHDOG_SECONDS, proc.kill)  # a hung child fails, not hangs
        watchdog.start()
        with proc, proc.stdout:
            try:
                proc.stdin.write(recovery_key.encode() + b"\n")
                proc.stdin.close()
                first = proc.stdout.readline()  # unbuffered: nothing is read past this line
                delay = rng.uniform(*delay_range)
                if first:
                    time.sleep(delay)
                    proc.send_signal(signal.SIGKILL)
                rest = proc.stdout.read()  # until the pipe closes with the child
            finally:
                watchdog.cancel()
                if proc.poll() is None:
                    proc.kill()
        errors.seek(0)
        stderr = errors.read().decode(errors="replace")
        if not first:
            raise AssertionError(f"child never acknowledged: {stderr}")
    assert proc.returncode == -signal.SIGKILL, (proc.returncode, stderr[-2000:])
    text = (first + rest).decode()
    # Only complete lines were acknowledged; a torn last line was not.
    acknowledged = [int(line) for line in text.split("\n")[:-1]]
    result = _look(folder, recovery_key, trial, acknowledged, delay)
    if mode == "backup":
        result.problems.extend(_backup_problems(folder, trial))
    elif mode == "passphrase":
        result.problems.extend(_passphrase_problems(folder))
    return result


def _backup_problems(folder: Path, trial: int) -> list[str]:
    """A backup file at its final name is always whole (the write is atomic)."""
    from recovery_desktop.vault.backup import read_backup
    from recovery_desktop.vault.errors import VaultError

    target = backup_target(folder, trial)
    if not target.exists():
        return []  # killed before the first backup finished
    try:
        read_backup(target)
    except VaultError as exc:
        return [f"backup after the kill: {exc.user_message}"]
    return []


def _passphrase_problems(folder: Path) -> list[str]:
    """After a killed passphrase change the old or the new passphrase opens, never neither."""
    from recovery_desktop.vault.errors import WrongPassphrase
    from recovery_desktop.vault.vault import Vault

    for passphrase in PASSPHRASES:
        try:
            Vault.unlock(folder, passphrase, verify=False).close()
        except WrongPassphrase:
            continue
        return []
    return ["neither passphrase opens the vault after a killed passphrase change"]


def _look(folder: Path, recovery_key: str, trial: int, acknowledged: list[int],
          delay: float) -> TrialResult:
    from recovery_desktop.domain.drafts import list_drafts
    from recovery_desktop.domain.profile import get_setting
    from recovery_desktop.vault.vault import Vault

    with Vault.unlock_with_recovery_key(folder, recovery_key, verify=True) as vault:
        problems = vault.integrity_problems()
        with vault.session() as session:
            prefix = f"{trial}:"
            stored = sorted(int(d.ref[len(prefix):]) for d in list_drafts(session, KIND)
                            if d.ref.startswith(prefix))
            last = get_setting(session, f"kill-last-{trial}")
    return TrialResult(trial, acknowledged, stored, last, problems, delay)


def check_trial(result: TrialResult) -> None:
    """Raise AssertionError unless every acknowledged commit survived whole."""
    acked = result.acknowledged
    assert acked, "the child acknowledged nothing"
    assert acked == list(range(len(acked))), "acknowledgements out of order"
    missing = sorted(set(acked) - set(result.stored))
    assert not missing, f"trial {result.trial}: acknowledged commits lost: {missing[:10]}"
    # Commits are whole and in order: drafts 0..m, and the setting written with draft m.
    assert result.stored == list(range(len(result.stored))), "a gap in the stored commits"
    assert result.last_setting == result.stored[-1], "a commit was torn apart"
    # At most the one commit that was in flight when the kill came is unacknowledged.
    assert len(result.stored) - len(acked) <= 1
    assert result.problems == [], f"integrity check or after-kill check failed: {result.problems}"


if __name__ == "__main__":
    child_main(Path(sys.argv[1]), int(sys.argv[2]), sys.argv[3] if len(sys.argv) > 3 else "commit")
