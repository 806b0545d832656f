"""Schema version bookkeeping that does not import Alembic.

Unlocking an up-to-date vault compares the stored revision with ``HEAD_REVISION`` and
stops there; Alembic (~240 ms to import) loads only when a migration is really due.
A test keeps ``HEAD_REVISION`` equal to the migration scripts' head.
"""

from __future__ import annotations

from typing import Any

HEAD_REVISION = "0001_base"


def stored_revision(conn: Any) -> str | None:
    """The revision recorded in the database, or None for an empty (new) database."""
    has_table = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
    ).fetchone()
    if not has_table:
        return None
    row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    return None if row is None else str(row[0])
