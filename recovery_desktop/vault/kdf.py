"""Passphrase stretching with Argon2id, calibrated once per vault.

SQLCipher is given a raw 256-bit key, so the only slow step of an unlock is this one and it
runs exactly once. The floor (t=3, 64 MiB, p=4) is never undercut; creating a vault
calibrates upwards to about 0.5–1 s on the user's machine. Calibration is injectable so
tests can create vaults at the floor quickly.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

from argon2.low_level import Type, hash_secret_raw

FLOOR_TIME_COST = 3
FLOOR_MEMORY_KIB = 64 * 1024
FLOOR_PARALLELISM = 4
MAX_MEMORY_KIB = 1024 * 1024
TARGET_SECONDS = 0.75  # aim for the middle of the 0.5–1 s window


@dataclass(frozen=True)
class Argon2Params:
    time_cost: int = FLOOR_TIME_COST
    memory_kib: int = FLOOR_MEMORY_KIB
    parallelism: int = FLOOR_PARALLELISM

    def is_at_least_floor(self) -> bool:
        return (
            self.time_cost >= FLOOR_TIME_COST
            and self.memory_kib >= FLOOR_MEMORY_KIB
            and self.parallelism >= FLOOR_PARALLELISM
        )


FLOOR = Argon2Params()

Calibrator = Callable[[], Argon2Params]


def derive(passphrase: str, salt: bytes, params: Argon2Params) -> bytes:
    """32 bytes from the passphrase; refuses parameters below the floor."""
    if not params.is_at_least_floor():
        raise ValueError("Argon2 parameters below the floor")
    return hash_secret_raw(
        passphrase.encode("utf-8"),
        salt,
        time_cost=params.time_cost,
        memory_cost=params.memory_kib,
        parallelism=params.parallelism,
        hash_len=32,
        type=Type.ID,
    )


def _time_once(params: Argon2Params) -> float:
    start = time.perf_counter()
    derive("calibration", b"\0" * 16, params)
    return time.perf_counter() - start


def calibrate(target: float = TARGET_SECONDS) -> Argon2Params:
    """Raise memory first (it hurts attackers most), then passes, until about ``target``."""
    params = FLOOR
    elapsed = _time_once(params)
    while elapsed < target * 0.66 and params.memory_kib < MAX_MEMORY_KIB:
        params = Argon2Params(params.time_cost, params.memory_kib * 2, params.parallelism)
        elapsed = _time_once(params)
    if elapsed > target * 1.33 and params != FLOOR:  # overshot: step memory back once
        params = Argon2Params(params.time_cost, params.memory_kib // 2, params.parallelism)
        elapsed = _time_once(params)
    while elapsed < target * 0.66:
        per_pass = elapsed / params.time_cost
        passes = max(params.time_cost + 1, round(target / per_pass))
        params = Argon2Params(passes, params.memory_kib, params.parallelism)
        elapsed = _time_once(params)
    return params


def floor_calibration() -> Argon2Params:
    """For tests and demo vaults: the floor, which is still a sound setting."""
    return FLOOR
