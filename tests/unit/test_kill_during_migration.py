"""SIGKILL in the middle of a schema upgrade: the old schema or the new one, never half."""

from __future__ import annotations

import functools
import random
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from recovery_desktop.domain.drafts import list_drafts
from recovery_desktop.vault import migrate, schema
from recovery_desktop.vault.vault import Vault
from tests.unit.conftest import ClosedVault
from tests.unit.test_migrations import CURRENT_HEAD

SLOW_MIGRATION = '''\
"""A deliberately slow upgrade: a new table filled row by row, then a new column.

Revision ID: 0099_slow
Revises: {base}
"""

import sqlalchemy as sa
from alembic import op

revision = "0099_slow"
down_revision = "{base}"
branch_labels = None
depends_on = None


def upgrade():
    op.create_table("slow", sa.Column("id", sa.Integer, primary_key=True),
                    sa.Column("text", sa.Text))
    import time

    for n in range(4000):
        op.execute(f"INSERT INTO slow (text) VALUES ('row {{n}} {{'x' * 200}}')")
        if n % 400 == 0:
            time.sleep(0.15)  # at least 1.5 s in all, so a kill lands midway
    op.add_column("drafts", sa.Column("upgraded", sa.Integer, nullable=True))


def downgrade():
    pass
'''

CHILD = textwrap.dedent("""\
    import functools, sys
    from pathlib import Path
    from recovery_desktop.vault import migrate, schema
    from recovery_desktop.vault.vault import Vault
    scripts = Path(sys.argv[2])
    schema.head_revisions = lambda: frozenset({"0099_slow"})
    schema.known_revisions = lambda: frozenset({"0099_slow"}) | schema._graph(
        schema.VERSIONS_DIR)[0]
    migrate.upgrade = functools.partial(migrate.upgrade, script_location=scripts)
    print("starting", flush=True)
    with Vault.unlock_with_recovery_key(sys.argv[1], sys.stdin.readline().strip()):
        print("migrated", flush=True)
""")


def _slow_scripts(tmp_path: Path) -> Path:
    import shutil

    target = tmp_path / "migrations-slow"
    shutil.copytree(migrate.SCRIPT_LOCATION, target, ignore=shutil.ignore_patterns("__pycache__"))
    (target / "versions" / "0099_slow.py").write_text(SLOW_MIGRATION.format(base=CURRENT_HEAD))
    return target


@pytest.mark.slow
def test_a_migration_killed_midway_leaves_a_vault_that_opens_whole(
        closed_vault: ClosedVault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    scripts = _slow_scripts(tmp_path)
    with Vault.unlock(closed_vault.folder, closed_vault.passphrase) as vault, \
            vault.session() as session:
        drafts_before = len(list_drafts(session))
    rng = random.Random(4)
    outcomes = []
    for _ in range(4):
        child = subprocess.Popen([sys.executable, "-c", CHILD, str(closed_vault.folder),
                                  str(scripts)], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                 stderr=subprocess.DEVNULL, text=True)
        assert child.stdin is not None and child.stdout is not None
        child.stdin.write(closed_vault.recovery_key + "\n")
        child.stdin.close()
        assert child.stdout.readline().strip() == "starting"
        time.sleep(rng.uniform(0.2, 1.0))
        child.send_signal(signal.SIGKILL)
        child.wait()
        child.stdout.close()
        # Whatever happened, the real app (knowing the old head only) or the new one opens it.
        conn_revisions = _stored(closed_vault)
        outcomes.append("old" if conn_revisions == {CURRENT_HEAD} else "new")
        assert conn_revisions in ({CURRENT_HEAD}, {"0099_slow"})
        if conn_revisions == {"0099_slow"}:
            break  # already upgraded: later trials would have nothing left to interrupt
    # Finish the upgrade in this process, then check everything acknowledged is there.
    monkeypatch.setattr(schema, "head_revisions", lambda: frozenset({"0099_slow"}))
    monkeypatch.setattr(schema, "known_revisions",
                        lambda: frozenset({"0099_slow"}) | schema._graph(schema.VERSIONS_DIR)[0])
    monkeypatch.setattr(migrate, "upgrade",
                        functools.partial(migrate.upgrade, script_location=scripts))
    with Vault.unlock(closed_vault.folder, closed_vault.passphrase) as vault:
        assert vault.integrity_problems() == []
        with vault.session() as session:
            assert len(list_drafts(session)) == drafts_before
    assert _stored(closed_vault) == {"0099_slow"}
    assert "old" in outcomes  # at least one kill landed mid-upgrade


def _stored(closed: ClosedVault) -> frozenset[str]:
    from recovery_desktop.vault import engine as vault_engine

    conn = vault_engine.connect(closed.db, closed.data_key)
    try:
        assert vault_engine.integrity_problems(conn) == []
        return schema.stored_revisions(conn)
    finally:
        conn.close()
