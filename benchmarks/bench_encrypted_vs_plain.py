"""The encrypted store against plain SQLite on the same workload. Budget: ratio <= 1.2.

Workload per repeat, on a fresh database file: 2,000 inserts of log-like rows in 40
transactions of 50, then 30 rounds of aggregate queries (per-kind counts and averages, a
monthly histogram, a recent-window sum, a top-notes query). The encrypted side is a
SQLCipher 4 connection made by the app's own ``vault.engine.connect`` (raw 256-bit key and
the app's pragmas); the plain side is the standard library's ``sqlite3`` with the same
pragmas (WAL, ``synchronous = FULL``, memory temp store, foreign keys). Both are raw
DB-API connections in autocommit with explicit BEGIN/COMMIT, so no ORM cost is compared.
The standard library's SQLite is another version and build (here Debian's, with
SECURE_DELETE and a smaller default cache), so a third store isolates the cost of the
encryption alone: the same sqlcipher3 library with no key, which is plain SQLite of the
same version. Repeats rotate the three so machine noise hits all alike; the figures are
ratios of medians. The budget applies to both ratios.

Run: .venv/bin/python benchmarks/bench_encrypted_vs_plain.py [REPEATS]
"""

from __future__ import annotations

import random
import secrets
import sqlite3
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from _common import median, ms, table, verdict

from recovery_desktop.vault import engine as vault_engine

BUDGET_RATIO = 1.2
ROWS, BATCH, QUERY_ROUNDS = 2_000, 50, 30

SCHEMA = """
CREATE TABLE entries (
    id INTEGER PRIMARY KEY,
    day TEXT NOT NULL,
    kind TEXT NOT NULL,
    intensity INTEGER NOT NULL,
    minutes REAL NOT NULL,
    note TEXT NOT NULL
);
CREATE INDEX ix_entries_day ON entries (day);
"""
QUERIES = [
    "SELECT kind, count(*), avg(intensity), max(minutes) FROM entries GROUP BY kind",
    "SELECT substr(day, 1, 7) AS month, count(*), avg(intensity) FROM entries "
    "GROUP BY month ORDER BY month",
    "SELECT sum(minutes) FROM entries WHERE day >= '2024-06-01'",
    "SELECT note, intensity FROM entries WHERE kind = 'urge' ORDER BY intensity DESC, day "
    "LIMIT 20",
]
PLAIN_PRAGMAS = ("PRAGMA temp_store = MEMORY", "PRAGMA journal_mode = WAL",
                 "PRAGMA synchronous = FULL", "PRAGMA foreign_keys = ON")


def dbapi_version() -> str:
    import sqlcipher3.dbapi2 as dbapi

    return str(dbapi.sqlite_version)


def rows(seed: int) -> list[tuple[Any, ...]]:
    rng = random.Random(seed)
    kinds = ["urge", "mood", "meeting", "exercise", "sleep", "gratitude"]
    return [(f"2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}", rng.choice(kinds),
             rng.randint(0, 10), rng.uniform(1, 120),
             " ".join(rng.choice(["felt", "calm", "tired", "called", "Sam", "walked", "ok"])
                      for _ in range(rng.randint(5, 25))))
            for _ in range(ROWS)]


def workload(conn: Any, data: list[tuple[Any, ...]]) -> None:
    conn.execute("BEGIN")
    for statement in SCHEMA.strip().split(";\n"):
        conn.execute(statement)
    conn.execute("COMMIT")
    for start in range(0, len(data), BATCH):
        conn.execute("BEGIN")
        conn.executemany("INSERT INTO entries (day, kind, intensity, minutes, note) "
                         "VALUES (?, ?, ?, ?, ?)", data[start:start + BATCH])
        conn.execute("COMMIT")
    for _ in range(QUERY_ROUNDS):
        for query in QUERIES:
            conn.execute(query).fetchall()


def run_encrypted(path: Path, data: list[tuple[Any, ...]]) -> float:
    key = secrets.token_bytes(32)
    start = time.perf_counter()
    conn = vault_engine.connect(path, key, create=True)
    try:
        workload(conn, data)
    finally:
        conn.close()
    return time.perf_counter() - start


def run_plain(path: Path, data: list[tuple[Any, ...]]) -> float:
    start = time.perf_counter()
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        for pragma in PLAIN_PRAGMAS:
            conn.execute(pragma).fetchall()
        workload(conn, data)
    finally:
        conn.close()
    return time.perf_counter() - start


def run_unkeyed(path: Path, data: list[tuple[Any, ...]]) -> float:
    import sqlcipher3.dbapi2 as dbapi

    start = time.perf_counter()
    conn = dbapi.connect(str(path), isolation_level=None)
    try:
        for pragma in PLAIN_PRAGMAS:
            conn.execute(pragma).fetchall()
        workload(conn, data)
    finally:
        conn.close()
    return time.perf_counter() - start


def main() -> None:
    repeats = int(sys.argv[1]) if len(sys.argv) > 1 else 21
    vault_engine.check_environment()
    data = rows(1)
    runs = {"enc": run_encrypted, "plain": run_plain, "unkeyed": run_unkeyed}
    samples: dict[str, list[float]] = {name: [] for name in runs}
    with tempfile.TemporaryDirectory(prefix="bench-enc-") as tmp:
        for n in range(repeats + 1):  # the first round warms up and is not counted
            names = list(runs)
            names = names[n % 3:] + names[:n % 3]
            for name in names:
                seconds = runs[name](Path(tmp) / f"{name}-{n}.db", data)
                if n:
                    samples[name].append(seconds)
            header = (Path(tmp) / f"enc-{n}.db").read_bytes()[:16]
            assert not header.startswith(b"SQLite format 3"), "the encrypted file is plain"
    encrypted, plain, unkeyed = samples["enc"], samples["plain"], samples["unkeyed"]
    ratio = median(encrypted) / median(plain)
    ratio_same = median(encrypted) / median(unkeyed)
    print(f"{ROWS} inserts in batches of {BATCH} + {QUERY_ROUNDS} rounds of {len(QUERIES)} "
          f"aggregate queries, {repeats} interleaved repeats")
    print(f"SQLite versions: sqlcipher3 {dbapi_version()}, stdlib sqlite3 {sqlite3.sqlite_version}")
    print()
    table([
        ["store", "median", "min", "max"],
        ["SQLCipher 4, raw key (app engine)", ms(median(encrypted)), ms(min(encrypted)),
         ms(max(encrypted))],
        ["plain sqlite3, same pragmas", ms(median(plain)), ms(min(plain)), ms(max(plain))],
        ["same library, no key", ms(median(unkeyed)), ms(min(unkeyed)), ms(max(unkeyed))],
        ["ratio encrypted / stdlib sqlite3", f"{ratio:.2f}", "", ""],
        ["ratio encrypted / same library", f"{ratio_same:.2f}", "", ""],
    ])
    print()
    verdict("encrypted / stdlib sqlite3 <= 1.2", ratio <= BUDGET_RATIO, f"{ratio:.2f}")
    verdict("encrypted / same library unkeyed <= 1.2", ratio_same <= BUDGET_RATIO,
            f"{ratio_same:.2f}")


if __name__ == "__main__":
    main()
