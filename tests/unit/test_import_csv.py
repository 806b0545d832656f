"""Import of a JSON export into a new vault, and CSV export; both generic over the tables."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import (
    Boolean,
    Column,
    DateTime,
    ForeignKey,
    Integer,
    LargeBinary,
    Table,
    Text,
    insert,
)

from recovery_desktop.domain.base import PRIVATE_FLAG_INFO, Base
from recovery_desktop.domain.csv_export import export_csv
from recovery_desktop.domain.drafts import save_draft
from recovery_desktop.domain.export import FORMAT_VERSION, build_export
from recovery_desktop.domain.importer import ImportRefused, check_document, import_document
from recovery_desktop.vault import kdf
from recovery_desktop.vault.errors import NewerFormat, VaultError
from recovery_desktop.vault.vault import Vault
from tests.unit.conftest import ClosedVault

NOW = datetime(2030, 1, 2, 3, 4, 5, tzinfo=UTC)


@pytest.fixture
def extra_tables() -> Iterator[list[Table]]:
    """Two throwaway tables the way a later feature would add them: a child declared
    before its parent (so only FK ordering gets the insert right), one flagged private."""
    child = Table(
        "test_children", Base.metadata,
        Column("id", Integer, primary_key=True),
        Column("parent_id", Integer, ForeignKey("test_parents.id"), nullable=False),
        Column("note", Text, nullable=False),
        Column("blob", LargeBinary, nullable=True),
        Column("when", DateTime, nullable=True),
        Column("extra_private", Boolean, nullable=False, default=False),
        info={PRIVATE_FLAG_INFO: "extra_private"},
    )
    parent = Table(
        "test_parents", Base.metadata,
        Column("id", Integer, primary_key=True),
        Column("title", Text, nullable=False),
    )
    try:
        yield [parent, child]
    finally:
        Base.metadata.remove(child)
        Base.metadata.remove(parent)


def _create(vault: Vault, tables: list[Table]) -> None:
    with vault.engine.begin() as conn:
        for table in tables:
            table.create(conn)


@pytest.fixture
def source(closed_vault: ClosedVault, extra_tables: list[Table]) -> Iterator[Vault]:
    parent, child = extra_tables
    with Vault.unlock(closed_vault.folder, closed_vault.passphrase) as vault:
        _create(vault, extra_tables)
        with vault.engine.begin() as conn:
            conn.execute(insert(parent), [{"id": 1, "title": "first"}, {"id": 5, "title": "5"}])
            conn.execute(insert(child), [
                {"id": 1, "parent_id": 5, "note": "ordinary, ünïcødé ✓", "blob": b"\x00\xff",
                 "when": datetime(2024, 5, 6, 7, 8, 9, 123456), "extra_private": False},
                {"id": 2, "parent_id": 1, "note": "very private", "blob": None, "when": None,
                 "extra_private": True},
            ])
        with vault.session() as session:
            save_draft(session, "worksheet:x", {"answer": "line one\nline \"two\", 3"})
        yield vault


def _export(vault: Vault) -> dict[str, Any]:
    with vault.session() as session:
        return build_export(session, include_private=True, now=NOW)


def test_export_import_export_gives_identical_data(source: Vault, tmp_path: Path,
                                                   extra_tables: list[Table]):
    first = _export(source)
    doc = json.loads(json.dumps(first))  # as it would come back from the file
    created = Vault.create(tmp_path / "new", "another passphrase here",
                           calibrate=kdf.floor_calibration)
    with created.vault as target:
        _create(target, extra_tables)
        with target.session() as session:
            counts = import_document(session, doc)
        second = _export(target)
    assert counts["test_children"] == 2 and counts["drafts"] == 13
    assert second == first  # the header too, because `now` is fixed here


def test_an_import_that_fails_writes_nothing(source: Vault, tmp_path: Path,
                                            extra_tables: list[Table]):
    doc = _export(source)
    doc["data"]["test_children"][0]["parent_id"] = 99  # a dangling foreign key
    created = Vault.create(tmp_path / "new", "another passphrase here",
                           calibrate=kdf.floor_calibration)
    with created.vault as target:
        _create(target, extra_tables)
        before = _export(target)
        with pytest.raises(Exception, match="FOREIGN KEY"), target.session() as session:
            import_document(session, doc)
        assert _export(target) == before


@pytest.mark.parametrize("change, error, words", [
    (lambda d: d.update(format_version=FORMAT_VERSION + 1), NewerFormat, "newer version"),
    (lambda d: d["data"].update(test_urges=[]), NewerFormat, "test_urges"),
    (lambda d: d["data"]["drafts"].append({"id": 99, "mood": 3}), NewerFormat, "fields"),
    (lambda d: d.update(format="something else"), ImportRefused, "not a Recovery"),
    (lambda d: d.pop("format_version"), ImportRefused, "not a Recovery"),
], ids=["newer version", "unknown table", "unknown field", "other format", "no version"])
def test_documents_this_version_cannot_import_are_refused(
    closed_vault: ClosedVault, change: Callable[[dict[str, Any]], object],
    error: type[VaultError], words: str,
):
    with Vault.unlock(closed_vault.folder, closed_vault.passphrase) as vault:
        doc = _export(vault)
        change(doc)
        with pytest.raises(error, match=words), vault.session() as session:
            import_document(session, doc)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.dictionaries(st.sampled_from(["format", "format_version", "data", "x"]),
                       st.one_of(st.none(), st.integers(), st.text(max_size=5),
                                 st.lists(st.integers(), max_size=2),
                                 st.dictionaries(st.text(max_size=5), st.lists(st.none()))),
                       max_size=4))
def test_any_malformed_document_is_refused_as_a_user_error(doc: dict[str, Any]):
    try:
        check_document(doc)
    except VaultError:
        return
    # Only a genuine export shape may pass.
    assert doc["format"] == "recovery-desktop-export"


def _read_csv(path: Path) -> list[dict[str, str]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # a BOM, so spreadsheets read UTF-8
    return list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"), newline="")))


def test_csv_export_writes_one_file_per_collection(source: Vault, tmp_path: Path):
    out = tmp_path / "csv"
    out.mkdir()
    with source.session() as session:
        result = export_csv(session, out)
    names = sorted(p.name for p in out.iterdir())
    assert names == sorted(result.files)  # nothing else, no temp files
    assert {"drafts.csv", "vault_settings.csv", "test_children.csv"} <= set(names)
    assert result.left_out == {"test_children": 1}
    children = _read_csv(out / "test_children.csv")
    assert [c["note"] for c in children] == ["ordinary, ünïcødé ✓"]
    assert children[0]["when"] == "2024-05-06T07:08:09.123456"
    assert children[0]["blob"] == "AP8="
    drafts = [d for d in _read_csv(out / "drafts.csv") if d["kind"] == "worksheet:x"]
    assert json.loads(drafts[0]["payload"]) == {"answer": "line one\nline \"two\", 3"}


def test_csv_export_of_one_collection_with_private_rows(source: Vault, tmp_path: Path):
    with source.session() as session:
        result = export_csv(session, tmp_path, only="test_children", include_private=True)
        with pytest.raises(VaultError, match="no collection called"):
            export_csv(session, tmp_path, only="nope")
    assert result.files == {"test_children.csv": 2}
    assert [p.name for p in tmp_path.iterdir() if p.suffix == ".csv"] == ["test_children.csv"]


def test_import_into_new_vault_removes_the_new_vault_when_the_import_fails(
    closed_vault: ClosedVault, tmp_path: Path
):
    from recovery_desktop.domain.importer import import_into_new_vault
    from recovery_desktop.vault.layout import vault_exists
    from recovery_desktop.vault.restore import VAULT_FILE_NAMES

    with Vault.unlock(closed_vault.folder, closed_vault.passphrase) as vault:
        doc = json.loads(json.dumps(_export(vault)))
    bad = json.loads(json.dumps(doc))
    bad["data"]["drafts"] = ["not an object"]  # passes the header check, fails mid-import
    target = tmp_path / "new"
    with pytest.raises(ImportRefused, match="not an object"):
        import_into_new_vault(bad, target, "another passphrase here",
                              calibrate=kdf.floor_calibration)
    assert not vault_exists(target)
    assert [n for n in VAULT_FILE_NAMES if (target / n).exists()] == []

    counts, key = import_into_new_vault(doc, target, "another passphrase here",
                                        calibrate=kdf.floor_calibration)
    assert counts["drafts"] == len(doc["data"]["drafts"]) and key
    with Vault.unlock(target, "another passphrase here") as imported:
        assert json.loads(json.dumps(_export(imported)))["data"] == doc["data"]
