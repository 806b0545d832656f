"""Saved worksheets in a real encrypted vault: values, search, filters, copies, deletion."""

from __future__ import annotations

import tempfile
import uuid
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest

from recovery_desktop.domain import demo
from recovery_desktop.domain.base import utcnow
from recovery_desktop.domain.links import Ref, link, linked_to
from recovery_desktop.domain.worksheets import store
from recovery_desktop.domain.worksheets.definitions import Definition, load_definitions
from recovery_desktop.domain.worksheets.models import COMPLETE, WorksheetRow
from recovery_desktop.domain.worksheets.values import clean_values, empty_value
from recovery_desktop.vault import kdf
from recovery_desktop.vault.vault import Vault
from tests.conftest import PASSPHRASE
from tests.unit.helpers import files_containing

DEFS = load_definitions().definitions


@pytest.fixture
def temp_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "tmp"
    folder.mkdir()
    monkeypatch.setenv("TMPDIR", str(folder))
    monkeypatch.setenv("SQLITE_TMPDIR", str(folder))
    monkeypatch.setattr(tempfile, "tempdir", None)
    return folder


@pytest.fixture
def vault(vault_dir: Path, temp_dir: Path) -> Iterator[Vault]:
    created = Vault.create(vault_dir, PASSPHRASE, calibrate=kdf.floor_calibration)
    with created.vault as opened:
        yield opened


def _with_text(definition: Definition, field_id: str, word: str) -> dict[str, Any]:
    """Values with ``word`` in one field only (in whatever shape that field holds text)."""
    values = {f.id: empty_value(f) for f in definition.fields}
    f = definition.field(field_id)
    assert f is not None
    if f.type in ("text", "longtext"):
        values[f.id] = f"before {word} after"
    elif f.type == "list":
        values[f.id] = [{"text": f"x {word}", "tag": ""}] if f.tags else [f"x {word}"]
    elif f.type == "table":
        values[f.id] = [{c.id: (word if c.type == "text" else empty_value_cell(c.type))
                         for c in f.columns}]
    elif f.type == "grid":
        values[f.id] = {cell.id: [{"text": word, "tag": "long"}] for cell in f.cells[-1:]}
    return values


def empty_value_cell(kind: str) -> Any:
    return None if kind == "scale" else ""


TEXT_FIELDS = [(d.id, f.id) for d in DEFS.values() for f in d.fields
               if f.type in ("text", "longtext", "list", "table", "grid")]


def test_search_finds_a_word_in_any_field_and_no_file_holds_it(vault: Vault, vault_dir: Path,
                                                               temp_dir: Path):
    run = uuid.uuid4().hex[:10]
    expected: dict[int, str] = {}
    with vault.session() as session:
        for n, (definition_id, field_id) in enumerate(TEXT_FIELDS):
            word = f"zq{run}w{n:03d}x"
            values = _with_text(DEFS[definition_id], field_id, word)
            wid = store.save_worksheet(session, DEFS[definition_id], values, title="Same title")
            expected[wid] = word
    with vault.session() as session:
        for wid, word in expected.items():
            assert store.list_ids(session, store.Filters(search=word)) == [wid], word
            assert store.list_ids(session, store.Filters(search=word.upper()[:-1])) != []
        title_hit = store.list_ids(session, store.Filters(search="same TITLE"))
        assert len(title_hit) == len(expected)
    needles = [f"zq{run}".encode(), f"zq{run}".encode("utf-16-le")]
    assert files_containing([vault_dir, temp_dir], needles) == []


def test_bad_input_emoji_rtl_nul_and_a_megabyte(vault: Vault):
    abc = DEFS["abc"]
    huge = ("word " * 209_716)[:1_048_576]
    values = {"a_event": huge + " needle🌱", "a_worst_part": "שלום עליכם 🍷 مرحبا",
              "c_behaviour": "nul\x00byte", "b_beliefs": [{"text": "I must\x00 🌧", "tag": "dem"}]}
    with vault.session() as session:
        wid = store.save_worksheet(session, abc, values, title="bad\x00 input ✨")
    with vault.session() as session:
        saved = store.load_worksheet(session, wid)
        assert saved is not None
        assert saved.title == "bad input ✨"
        assert saved.values["a_event"] == huge + " needle🌱"
        assert saved.values["a_worst_part"] == "שלום עליכם 🍷 مرحبا"
        assert saved.values["c_behaviour"] == "nulbyte"  # NUL bytes are dropped, always
        assert saved.values["b_beliefs"] == [{"text": "I must 🌧", "tag": "dem"}]
        assert store.list_ids(session, store.Filters(search="needle")) == [wid]
        assert store.list_ids(session, store.Filters(search="עליכם")) == [wid]
        assert store.list_ids(session, store.Filters(search="🍷")) == []  # no word to look up
        assert store.list_ids(session, store.Filters(search='"); DROP')) == []


def test_filters_and_newest_first(vault: Vault):
    with vault.session() as session:
        a = store.save_worksheet(session, DEFS["abc"], {"behaviour": "gambling"}, title="A")
        b = store.save_worksheet(session, DEFS["disarm"], {"refusal": "No."}, title="B",
                                 status=COMPLETE)
        c = store.save_worksheet(session, DEFS["abc"], {"behaviour": "alcohol"}, title="C")
        old = session.get(WorksheetRow, a)
        assert old is not None
        old.updated_at = utcnow() - timedelta(days=40)
    with vault.session() as session:
        assert store.list_ids(session) == [c, b, a]
        assert store.list_ids(session, store.Filters(definition_id="abc")) == [c, a]
        assert store.list_ids(session, store.Filters(behaviour="gambling")) == [a]
        assert store.list_ids(session, store.Filters(status=COMPLETE)) == [b]
        since = utcnow() - timedelta(days=31)
        assert store.list_ids(session, store.Filters(since=since)) == [c, b]
        assert store.list_ids(session, store.Filters(until=since)) == [a]
        assert set(store.summaries(session, [a, c])) == {a, c}


def test_duplicate_versions_and_delete_with_undo(vault: Vault):
    cba = DEFS["cost_benefit"]
    with vault.session() as session:
        first = store.save_worksheet(session, cba, {"behaviour": "alcohol", "reflection":
                                                    "tiredness"}, title="Weighing it")
        link(session, Ref("worksheet", first), Ref("urge", 7))
        copy = store.duplicate(session, first, "Weighing it (copy)")
        second = store.new_version(session, first)
        third = store.new_version(session, second)
    with vault.session() as session:
        assert [v.id for v in store.versions(session, third)] == [first, second, third]
        assert [v.series_no for v in store.versions(session, first)] == [1, 2, 3]
        assert [v.id for v in store.versions(session, copy)] == [copy]
        found = store.list_ids(session, store.Filters(search="tiredness"))
        assert set(found) == {first, copy, second, third}
        store.delete_worksheet(session, first)
    with vault.session() as session:
        assert first not in store.list_ids(session)
        assert store.load_worksheet(session, first) is None
        store.undelete(session, first)
    with vault.session() as session:
        assert first in store.list_ids(session)
        store.delete_worksheet(session, first)
        assert store.purge_deleted(session) == 1
    with vault.session() as session:
        assert session.get(WorksheetRow, first) is None
        assert first not in store.list_ids(session, store.Filters(search="tiredness"))
        assert linked_to(session, Ref("urge", 7)) == []
        assert store.count(session) == 3


def test_links_and_old_definition_versions_still_open(vault: Vault):
    abc = DEFS["abc"]
    with vault.session() as session:
        wid = store.save_worksheet(session, abc, {"a_event": "the event"}, title="Old",
                                   link_to=Ref("urge", 3))
    raw = abc.to_json()
    raw["version"] = 2
    raw["sections"][1]["fields"] = raw["sections"][1]["fields"][:1]  # a field dropped
    from recovery_desktop.domain.worksheets.definitions import parse_definition

    newer = parse_definition(raw)
    with vault.session() as session:
        assert linked_to(session, Ref("urge", 3)) == [Ref("worksheet", wid)]
        saved = store.load_worksheet(session, wid)
        assert saved is not None and saved.definition_version == 1
        opened = store.definition_for(session, {"abc": newer}, "abc", 1)
        assert opened == abc  # the snapshot kept with the vault, not the newer file
        assert store.definition_for(session, {"abc": newer}, "abc", 2) == newer
        assert store.definition_for(session, {}, "abc", 1) == abc  # even if the file is gone


def test_values_are_cleaned_to_their_shapes():
    abc = DEFS["abc"]
    cleaned = clean_values(abc, {
        "mode": "nonsense", "c_urge_strength": 14, "b_beliefs": ["plain", {"text": "", "tag": "x"}],
        "c_feelings": [{"feeling": "", "strength": None}, {"feeling": "sad", "strength": -3}],
        "a_event": "a\r\nb\rc\u2029d", "unknown_old_field": "kept",
    })
    assert cleaned["mode"] == ""
    assert cleaned["c_urge_strength"] == 10
    assert cleaned["b_beliefs"] == [{"text": "plain", "tag": ""}]
    assert cleaned["c_feelings"] == [{"feeling": "sad", "strength": 0}]
    assert cleaned["a_event"] == "a\nb\nc\nd"
    assert cleaned["unknown_old_field"] == "kept"


def test_demo_generator_writes_realistic_worksheets(vault: Vault):
    with vault.session() as session:
        assert "worksheets" in demo.fill(session, years=1, seed=11)
    with vault.session() as session:
        ids = store.list_ids(session)
        kinds = {s.definition_id for s in store.summaries(session, ids).values()}
        assert len(ids) > 30
        assert {"abc", "cost_benefit", "change_plan", "boundaries"} <= kinds
        cba = store.list_ids(session, store.Filters(definition_id="cost_benefit"))
        assert len(store.versions(session, cba[0])) == 3
