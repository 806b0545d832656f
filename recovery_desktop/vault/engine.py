"""SQLCipher connections and the SQLAlchemy engine over them.

Every connection sets the raw key as its *first* statement, then the pragmas, then reads
once to prove the key. SQLAlchemy's ``sqlite+pysqlcipher`` dialect cannot be used with a
creator (it sends an empty key first), so the plain pysqlite dialect is pointed at the
sqlcipher3 module instead. The driver's legacy transaction handling is replaced by
SQLAlchemy's documented pysqlite recipe, so DDL and migrations are really transactional.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from recovery_desktop.vault.errors import (
    DatabaseDamaged,
    UnsupportedEnvironment,
    VaultError,
    VaultMissing,
    classify_db_error,
)

if TYPE_CHECKING:
    from sqlalchemy.engine import Engine

# Pragmas after the key. temp_store=MEMORY matters: with file temp storage SQLCipher
# writes *plaintext* temp files. WAL pages are encrypted; synchronous=FULL keeps every
# acknowledged commit through power loss.
_PRAGMAS = (
    "PRAGMA cipher_log_level = NONE",
    "PRAGMA temp_store = MEMORY",
    "PRAGMA journal_mode = WAL",
    "PRAGMA synchronous = FULL",
    "PRAGMA foreign_keys = ON",
    "PRAGMA busy_timeout = 5000",
)


def _dbapi() -> Any:
    import sqlcipher3.dbapi2 as dbapi

    return dbapi


def key_pragma(data_key: bytes) -> str:
    # Raw-key form: SQLCipher skips its own PBKDF2 (~75 ms per connection).
    return f"PRAGMA key = \"x'{data_key.hex()}'\""


def connect(path: Path, data_key: bytes, *, create: bool = False) -> Any:
    """A keyed DB-API connection; never creates a database unless asked to."""
    dbapi = _dbapi()
    path = Path(path)
    if not create and not path.exists():
        raise VaultMissing()
    mode = "rwc" if create else "rw"
    uri = f"{path.resolve().as_uri()}?mode={mode}"
    try:
        conn = dbapi.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
    except dbapi.Error as exc:
        raise classify_db_error(exc) or VaultError(
            "The vault's database could not be opened."
        ) from exc
    try:
        conn.execute(key_pragma(data_key))
        for pragma in _PRAGMAS:
            conn.execute(pragma).fetchall()
        # The first read proves the key; a wrong key fails here, not at PRAGMA key.
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except dbapi.Error as exc:
        conn.close()
        # The slot already proved the key, so "not a database" means damage.
        raise classify_db_error(exc) or DatabaseDamaged() from exc
    return conn


def check_environment() -> None:
    """Refuse to run on a driver that is not SQLCipher 4 or would spill temp files to disk."""
    dbapi = _dbapi()
    conn = dbapi.connect(":memory:")
    try:
        conn.execute(key_pragma(b"\0" * 32))
        row = conn.execute("PRAGMA cipher_version").fetchone()
        conn.execute("PRAGMA temp_store = MEMORY")
        temp_store = conn.execute("PRAGMA temp_store").fetchone()
    finally:
        conn.close()
    if not row or not str(row[0]).startswith("4."):
        raise UnsupportedEnvironment()
    if not temp_store or int(temp_store[0]) != 2:
        raise UnsupportedEnvironment("This SQLCipher build cannot keep temporary data in memory.")


def make_engine(path: Path, data_key: bytes, before_connect: Callable[[], None] | None = None,
                ) -> Engine:
    """A pooled engine whose every connection is keyed; user text stays out of errors.

    ``before_connect`` runs before each new connection (the vault uses it to refuse new
    connections while it is locking).
    """
    from sqlalchemy import create_engine, event
    from sqlalchemy.pool import QueuePool

    def creator() -> Any:
        if before_connect is not None:
            before_connect()
        return connect(path, data_key)

    engine = create_engine(
        "sqlite+pysqlite://",
        module=_dbapi(),
        creator=creator,
        hide_parameters=True,
        # Explicit: with no file name in the URL SQLAlchemy would pick the pool meant for
        # :memory:, which closes other threads' connections while they are in use.
        poolclass=QueuePool,
        pool_size=4,
        max_overflow=8,
    )

    @event.listens_for(engine, "begin")
    def _begin(conn: Any) -> None:
        # The pysqlite recipe: the driver runs in autocommit, we issue BEGIN ourselves.
        # IMMEDIATE takes the write lock up front: a deferred transaction that reads and
        # then writes fails at once (no busy wait) if another connection wrote meanwhile.
        # Sessions are short, so waiting for the lock (busy_timeout) costs little.
        conn.exec_driver_sql("BEGIN IMMEDIATE")

    return engine


def integrity_problems(conn: Any) -> list[str]:
    """Problems SQLCipher's page HMACs and SQLite's structure check find (empty when fine).

    A check that trips over the damage itself ("malformed") counts as a problem too.
    """
    dbapi = _dbapi()
    try:
        problems = [str(r[0]) for r in conn.execute("PRAGMA cipher_integrity_check").fetchall()]
        quick = [str(r[0]) for r in conn.execute("PRAGMA quick_check").fetchall()]
    except dbapi.OperationalError as exc:
        if "interrupt" in str(exc).lower():
            raise  # stopped because the vault is locking, not because of damage
        return [str(exc)]
    except dbapi.DatabaseError as exc:
        return [str(exc)]
    if quick != ["ok"]:
        problems.extend(quick)
    return problems


def export_copy(conn: Any, target: Path, data_key: bytes) -> None:
    """An encrypted copy of the open database under ``data_key`` (never a raw file copy)."""
    target = Path(target)
    if target.exists():
        target.unlink()
    conn.execute(f"ATTACH DATABASE ? AS copy KEY \"x'{data_key.hex()}'\"", (str(target),))
    try:
        conn.execute("SELECT sqlcipher_export('copy')").fetchall()
    finally:
        conn.execute("DETACH DATABASE copy")
