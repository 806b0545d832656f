"""Schema version bookkeeping that does not import Alembic.

Unlocking an up-to-date vault compares the revisions stored in the database with the heads
of the migration scripts and stops there; Alembic (~240 ms to import) loads only when a
migration is really due. The heads are read straight from the scripts' ``revision`` and
``down_revision`` lines, so features can add migrations on separate branches (several
heads) without touching a shared constant. A test keeps this in step with Alembic's view.
"""

from __future__ import annotations

import ast
import functools
import re
from pathlib import Path
from typing import Any

VERSIONS_DIR = Path(__file__).with_name("migrations") / "versions"
_ASSIGNMENT = re.compile(r"^(revision|down_revision)\s*(?::[^=]*)?=\s*(.+)$", re.MULTILINE)


def _revisions_in(script: str) -> tuple[str | None, set[str]]:
    found: dict[str, Any] = {}
    for name, value in _ASSIGNMENT.findall(script):
        found.setdefault(name, ast.literal_eval(value.strip()))
    down = found.get("down_revision")
    downs = set(down) if isinstance(down, tuple | list) else ({down} if down else set())
    return found.get("revision"), downs


@functools.cache
def _graph(versions_dir: Path) -> tuple[frozenset[str], frozenset[str]]:
    """(every revision, every revision something builds on) from the scripts."""
    revisions: set[str] = set()
    parents: set[str] = set()
    for script in versions_dir.glob("*.py"):
        revision, downs = _revisions_in(script.read_text(encoding="utf-8"))
        if revision:
            revisions.add(revision)
            parents |= downs
    return frozenset(revisions), frozenset(parents)


def head_revisions(versions_dir: Path = VERSIONS_DIR) -> frozenset[str]:
    """Revisions that no other script builds on."""
    revisions, parents = _graph(versions_dir)
    return revisions - parents


def known_revisions(versions_dir: Path = VERSIONS_DIR) -> frozenset[str]:
    """Every revision this version of the app knows; anything else is from a newer one."""
    return _graph(versions_dir)[0]


def stored_revisions(conn: Any) -> frozenset[str]:
    """The revisions recorded in the database; empty for a new database."""
    has_table = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
    ).fetchone()
    if not has_table:
        return frozenset()
    return frozenset(str(row[0]) for row in conn.execute("SELECT version_num FROM alembic_version"))


def stored_revision(conn: Any) -> str | None:
    """A one-word label of the stored revisions (for file names and messages)."""
    revisions = stored_revisions(conn)
    return "+".join(sorted(revisions)) if revisions else None
