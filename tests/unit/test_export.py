"""The JSON export is generic over the ORM metadata and leaves extra-private rows out."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from sqlalchemy import Boolean, Column, Integer, LargeBinary, Table, Text, insert

from recovery_desktop.domain.base import PRIVATE_FLAG_INFO, Base
from recovery_desktop.domain.drafts import save_draft
from recovery_desktop.domain.export import FORMAT, FORMAT_VERSION, build_export, exported_tables
from recovery_desktop.vault.vault import Vault
from tests.unit.conftest import ClosedVault


@pytest.fixture
def private_table() -> Iterator[Table]:
    """A throwaway table on the shared metadata, flagged the way features flag theirs.

    A plain Table rather than a mapped class, so no mapper outlives the test; the
    ``info`` is what ``__table_args__ = {"info": {"private_flag": ...}}`` would set.
    """
    table = Table(
        "test_private_notes", Base.metadata,
        Column("id", Integer, primary_key=True),
        Column("body", Text, nullable=False),
        Column("attachment", LargeBinary, nullable=True),
        Column("extra_private", Boolean, nullable=False, default=False),
        info={PRIVATE_FLAG_INFO: "extra_private"},
    )
    try:
        yield table
    finally:
        Base.metadata.remove(table)
    assert "test_private_notes" not in Base.metadata.tables


@pytest.fixture
def vault(closed_vault: ClosedVault, private_table: Table) -> Iterator[Vault]:
    with Vault.unlock(closed_vault.folder, closed_vault.passphrase) as vault:
        with vault.engine.begin() as conn:
            private_table.create(conn)
            conn.execute(insert(private_table), [
                {"id": 1, "body": "ordinary note", "attachment": b"\x00\xff",
                 "extra_private": False},
                {"id": 2, "body": "very private 1", "attachment": None, "extra_private": True},
                {"id": 3, "body": "another ordinary", "attachment": None, "extra_private": False},
                {"id": 4, "body": "very private 2", "attachment": None, "extra_private": True},
            ])
        yield vault


def test_every_registered_table_is_exported():
    names = {table.name for table in exported_tables()}
    assert {"vault_settings", "drafts"} <= names


def test_private_rows_are_left_out_and_counted(vault: Vault):
    now = datetime(2030, 1, 2, 3, 4, 5, tzinfo=UTC)
    with vault.session() as session:
        document = build_export(session, now=now)
    assert document["format"] == FORMAT and document["format_version"] == FORMAT_VERSION
    assert document["exported_at"] == "2030-01-02T03:04:05+00:00"
    assert document["include_private"] is False
    assert document["left_out"] == {"test_private_notes": 2}
    rows = document["data"]["test_private_notes"]
    assert [row["id"] for row in rows] == [1, 3]
    assert rows[0]["attachment"] == "AP8="  # bytes as base64
    assert "very private" not in json.dumps(document, ensure_ascii=False)
    assert len(document["data"]["drafts"]) == 12  # the fixture's journal drafts


def test_private_rows_are_included_when_asked(vault: Vault):
    with vault.session() as session:
        save_draft(session, "worksheet:x", {"answer": "ünïcødé ✓"})
    with vault.session() as session:
        document = build_export(session, include_private=True)
    assert document["include_private"] is True
    assert document["left_out"] == {}
    assert [row["id"] for row in document["data"]["test_private_notes"]] == [1, 2, 3, 4]
    drafts = [d for d in document["data"]["drafts"] if d["kind"] == "worksheet:x"]
    assert json.loads(drafts[0]["payload"]) == {"answer": "ünïcødé ✓"}
    # Everything is JSON-ready already (dates as ISO strings).
    text = json.dumps(document, ensure_ascii=False)
    datetime.fromisoformat(drafts[0]["updated_at"])
    assert json.loads(text) == document
