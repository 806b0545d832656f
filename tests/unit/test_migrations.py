"""Schema migrations: head bookkeeping, the Alembic-free fast path, and failed upgrades."""

from __future__ import annotations

import functools
import shutil
import textwrap
from pathlib import Path

import pytest

from recovery_desktop.vault import engine as vault_engine
from recovery_desktop.vault import migrate, schema
from recovery_desktop.vault.vault import Vault
from tests.unit.conftest import ClosedVault
from tests.unit.helpers import run_python

MIGRATION_TEMPLATE = '''\
"""{doc}

Revision ID: {rev}
Revises: {base}
"""

import sqlalchemy as sa
from alembic import op

revision = "{rev}"
down_revision = "{base}"
branch_labels = None
depends_on = None


def upgrade():
    op.create_table("half_done", sa.Column("id", sa.Integer, primary_key=True))
    op.add_column("drafts", sa.Column("mood", sa.Text, nullable=True))
    op.execute("INSERT INTO vault_settings (key, value, updated_at) "
               "VALUES ('migrated', '1', '2020-01-01 00:00:00')")
{tail}


def downgrade():
    pass
'''


# The extra test revision builds on whatever the real scripts' head is today.
CURRENT_HEAD = "+".join(sorted(schema.head_revisions()))


def _scripts_with(tmp_path: Path, rev: str, *, fail: bool) -> Path:
    """A copy of the real migration scripts plus one more revision on top."""
    target = tmp_path / f"migrations-{rev}"
    shutil.copytree(migrate.SCRIPT_LOCATION, target,
                    ignore=shutil.ignore_patterns("__pycache__"))
    tail = '    raise RuntimeError("migration failed midway")' if fail else "    pass"
    doc = "Fails after doing half its work." if fail else "Adds a table and a column."
    (target / "versions" / f"{rev}.py").write_text(
        MIGRATION_TEMPLATE.format(doc=doc, rev=rev, tail=tail, base=CURRENT_HEAD))
    return target


def _schema_facts(conn) -> tuple[str | None, set[str], set[str], bool]:
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    columns = {r[1] for r in conn.execute("PRAGMA table_info(drafts)")}
    migrated = conn.execute("SELECT 1 FROM vault_settings WHERE key='migrated'").fetchone()
    return schema.stored_revision(conn), tables, columns, migrated is not None


def test_head_revision_matches_migration_scripts():
    assert migrate.script_heads() == schema.head_revisions()


def test_new_vault_is_at_head(created_vault):
    raw = created_vault.vault.raw_connection()
    try:
        assert schema.stored_revisions(raw) == schema.head_revisions()
    finally:
        raw.close()
    assert not list(created_vault.vault.paths.folder.glob("vault.db.before-*"))


UNLOCK_AND_LIST_MODULES = textwrap.dedent("""\
    import sys
    from recovery_desktop.vault.vault import Vault
    with Vault.unlock(sys.argv[1], sys.stdin.readline().rstrip("\\n")) as vault:
        assert vault.integrity_problems() == []
    print("\\n".join(sorted(sys.modules)))
""")


def test_up_to_date_unlock_does_not_import_alembic(closed_vault: ClosedVault):
    result = run_python(["-c", UNLOCK_AND_LIST_MODULES, str(closed_vault.folder)],
                        stdin=closed_vault.passphrase + "\n")
    assert result.returncode == 0, result.stderr
    modules = set(result.stdout.split())
    assert "sqlalchemy" in modules and "sqlcipher3" in modules  # it really opened the vault
    assert not {m for m in modules if m == "alembic" or m.startswith("alembic.")}


def test_unlock_that_needs_a_migration_does_import_alembic(closed_vault: ClosedVault):
    # The counter-check for the test above: an outdated vault goes through Alembic.
    code = ("import recovery_desktop.vault.vault as v; "
            "v.schema.head_revisions = lambda: frozenset({'somewhere-else'}); "
            "import recovery_desktop.vault.migrate as m; m.upgrade = lambda conn: None; "
            + UNLOCK_AND_LIST_MODULES.replace("from recovery_desktop.vault.vault import Vault",
                                              "Vault = v.Vault"))
    result = run_python(["-c", code, str(closed_vault.folder)],
                        stdin=closed_vault.passphrase + "\n")
    assert result.returncode == 0, result.stderr
    assert "alembic" in result.stdout.split()


def test_failed_migration_rolls_back_as_one_transaction(closed_vault: ClosedVault,
                                                       tmp_path: Path):
    scripts = _scripts_with(tmp_path, "0002_boom", fail=True)
    engine = vault_engine.make_engine(closed_vault.db, closed_vault.data_key)
    try:
        with pytest.raises(RuntimeError, match="midway"), engine.begin() as conn:
            migrate.upgrade(conn, script_location=scripts)
        with engine.connect() as conn:
            revision, tables, columns, migrated = _schema_facts(conn.connection.dbapi_connection)
    finally:
        engine.dispose()
    assert revision == CURRENT_HEAD
    assert "half_done" not in tables and {"drafts", "vault_settings"} <= tables
    assert "mood" not in columns
    assert not migrated


def test_successful_migration_commits_everything(closed_vault: ClosedVault, tmp_path: Path):
    scripts = _scripts_with(tmp_path, "0002_good", fail=False)
    engine = vault_engine.make_engine(closed_vault.db, closed_vault.data_key)
    try:
        with engine.begin() as conn:
            migrate.upgrade(conn, script_location=scripts)
        with engine.connect() as conn:
            revision, tables, columns, migrated = _schema_facts(conn.connection.dbapi_connection)
    finally:
        engine.dispose()
    assert (revision, "half_done" in tables, "mood" in columns, migrated) == (
        "0002_good", True, True, True)


def _use_scripts(monkeypatch: pytest.MonkeyPatch, scripts: Path, head: str) -> None:
    monkeypatch.setattr(schema, "head_revisions", lambda: frozenset({head}))
    monkeypatch.setattr(migrate, "upgrade",
                        functools.partial(migrate.upgrade, script_location=scripts))


def _open_copy(path: Path, data_key: bytes):
    conn = vault_engine.connect(path, data_key)
    try:
        return _schema_facts(conn), vault_engine.integrity_problems(conn)
    finally:
        conn.close()


def test_unlock_with_failing_migration_keeps_old_schema_and_an_encrypted_copy(
        closed_vault: ClosedVault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    scripts = _scripts_with(tmp_path, "0002_boom", fail=True)
    with monkeypatch.context() as patch:
        _use_scripts(patch, scripts, "0002_boom")
        with pytest.raises(RuntimeError, match="midway"):
            Vault.unlock(closed_vault.folder, closed_vault.passphrase)

    copy = closed_vault.folder / f"vault.db.before-{CURRENT_HEAD}"
    assert copy.exists()
    assert not copy.read_bytes().startswith(b"SQLite format 3")
    (revision, tables, _cols, migrated), problems = _open_copy(copy, closed_vault.data_key)
    assert (revision, "half_done" in tables, migrated, problems) == (CURRENT_HEAD, False, False, [])

    (revision, tables, columns, migrated), problems = _open_copy(closed_vault.db,
                                                                 closed_vault.data_key)
    assert (revision, "half_done" in tables, "mood" in columns, migrated) == (
        CURRENT_HEAD, False, False, False)
    assert problems == []
    with Vault.unlock(closed_vault.folder, closed_vault.passphrase) as vault:  # still usable
        assert vault.integrity_problems() == []


def test_unlock_with_pending_migration_upgrades_after_making_a_copy(
        closed_vault: ClosedVault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    scripts = _scripts_with(tmp_path, "0002_good", fail=False)
    with monkeypatch.context() as patch:
        _use_scripts(patch, scripts, "0002_good")
        with Vault.unlock(closed_vault.folder, closed_vault.passphrase) as vault:
            raw = vault.raw_connection()
            try:
                assert schema.stored_revision(raw) == "0002_good"
            finally:
                raw.close()
    (revision, tables, _cols, _migrated), _ = _open_copy(
        closed_vault.folder / f"vault.db.before-{CURRENT_HEAD}", closed_vault.data_key)
    assert (revision, "half_done" in tables) == (CURRENT_HEAD, False)


def test_heads_are_read_from_scripts_including_branches_and_merges(tmp_path: Path):
    def script(name: str, down: str) -> None:
        (tmp_path / f"{name}.py").write_text(
            f'"""x"""\nrevision = "{name}"\ndown_revision = {down}\n', encoding="utf-8")

    script("0001_base", "None")
    script("0002_worksheets", '"0001_base"')
    script("0002_urges", '"0001_base"')
    assert schema.head_revisions(tmp_path) == {"0002_worksheets", "0002_urges"}
    schema._graph.cache_clear()
    script("0003_merge", '("0002_worksheets", "0002_urges")')
    assert schema.head_revisions(tmp_path) == {"0003_merge"}
    schema._graph.cache_clear()


def test_a_vault_from_a_newer_version_is_refused_without_touching_files(
        closed_vault: ClosedVault):
    from recovery_desktop.vault.errors import NewerFormat
    from tests.unit.helpers import data_snapshot

    conn = vault_engine.connect(closed_vault.db, closed_vault.data_key)
    try:
        conn.execute("UPDATE alembic_version SET version_num = '0099_from_the_future'")
    finally:
        conn.close()
    before = data_snapshot(closed_vault.folder)
    with pytest.raises(NewerFormat):
        Vault.unlock(closed_vault.folder, closed_vault.passphrase)
    assert data_snapshot(closed_vault.folder) == before
    assert not list(closed_vault.folder.glob("vault.db.before-*"))
