"""Worksheet definitions: every bundled one loads; broken files are named precisely."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from recovery_desktop.domain.worksheets.definitions import (
    DefinitionError,
    load_definitions,
    localized,
    parse_definition,
)
from recovery_desktop.resources_path import resource

SHIPPED = {"abc", "cost_benefit", "change_plan", "values", "disarm", "brainstorm", "roleplay",
           "boundaries", "boundaries_family"}


def test_every_shipped_definition_loads_without_errors():
    loaded = load_definitions()
    assert loaded.errors == []
    assert set(loaded.definitions) == SHIPPED
    for definition in loaded.definitions.values():
        assert definition.fields and localized(definition.title) and localized(definition.purpose)
        # The stored snapshot form reads back to the same definition.
        again = parse_definition(json.loads(json.dumps(definition.to_json())))
        assert again == definition


def test_field_types_cover_the_issue():
    types = {f.type for d in load_definitions().definitions.values() for f in d.fields}
    assert types >= {"text", "longtext", "list", "scale", "choice", "date", "table", "grid"}
    abc = load_definitions().definitions["abc"]
    assert [s.order[1] for s in abc.start_options] == ["a", "c"]  # start from A or from C
    assert load_definitions().definitions["cost_benefit"].revisable


def _minimal(**changes: Any) -> dict[str, Any]:
    raw: dict[str, Any] = {
        "id": "tiny", "version": 1, "title": "Tiny", "purpose": "Testing",
        "sections": [{"id": "s", "title": "S", "fields": [
            {"id": "f", "type": "text", "label": "F"}]}],
    }
    raw.update(changes)
    return raw


def _field(**field: Any) -> dict[str, Any]:
    return _minimal(sections=[{"id": "s", "title": "S",
                               "fields": [{"id": "f", "label": "F", **field}]}])


@pytest.mark.parametrize(("raw", "where", "problem"), [
    (_field(type="lonxtext"), "sections[0].fields[0].type", "unknown type 'lonxtext'"),
    (_field(type="choice"), "sections[0].fields[0].options", "needs options"),
    (_field(type="grid", cells=[{"id": "a", "label": "A"}]), "sections[0].fields[0].cells",
     "four cells"),
    (_field(type="table", columns=[{"id": "c", "label": "C", "type": "blob"}]),
     "sections[0].fields[0].columns[0].type", "unknown column type"),
    (_field(type="text", label={"de": "Nur Deutsch"}), "sections[0].fields[0].label",
     '"en"'),
    (_field(type="text", dispute_prompts_for="nowhere"), "fields.f.dispute_prompts_for",
     "list field with tags"),
    (_field(type="text", private="yes"), "sections[0].fields[0].private", "true or false"),
    (_minimal(version="two"), "version", "whole number"),
    (_minimal(sections=[]), "sections", "at least one section"),
    (_minimal(audience=["everyone"]), "audience", "smart"),
    (_minimal(id="Bad Id"), "definition.id", "a-z"),
])
def test_errors_name_the_field(raw: dict[str, Any], where: str, problem: str):
    with pytest.raises(DefinitionError) as caught:
        parse_definition(raw, "broken.json")
    assert caught.value.source == "broken.json"
    assert caught.value.where == where
    assert problem in caught.value.problem
    assert str(caught.value).startswith(f"broken.json: {where}: ")


def test_a_broken_file_is_reported_and_the_others_still_load(tmp_path: Path):
    folder = tmp_path / "worksheets"
    shutil.copytree(Path(str(resource("worksheets"))), folder)
    raw = json.loads((folder / "disarm.json").read_text(encoding="utf-8"))
    raw["sections"][1]["fields"][0]["type"] = "lonxtext"
    (folder / "disarm.json").write_text(json.dumps(raw), encoding="utf-8")
    (folder / "zz_truncated.json").write_text('{"id": "oops", ', encoding="utf-8")
    dupe = json.loads((folder / "abc.json").read_text(encoding="utf-8"))
    (folder / "zz_dupe.json").write_text(json.dumps(dupe), encoding="utf-8")
    loaded = load_definitions(folder)
    assert set(loaded.definitions) == SHIPPED - {"disarm"}
    messages = [str(e) for e in loaded.errors]
    assert messages[0].startswith("disarm.json: sections[1].fields[0].type: unknown type")
    assert messages[1].startswith("zz_dupe.json: id:")
    assert messages[2].startswith("zz_truncated.json: not readable JSON")


def test_translations_pick_the_language_and_fall_back_to_english():
    text = {"en": "What happened?", "de": "Was ist passiert?", "pt": "O que aconteceu?"}
    assert localized(text, "de") == "Was ist passiert?"
    assert localized(text, "de_AT") == "Was ist passiert?"
    assert localized(text, "pt-BR") == "O que aconteceu?"
    assert localized(text, "fr") == "What happened?"
    assert localized(text) == "What happened?"
    assert localized("Plain", "de") == "Plain"


def test_a_field_can_be_marked_private_for_printing():
    definition = parse_definition(_minimal(sections=[{"id": "s", "title": "S", "fields": [
        {"id": "open", "type": "text", "label": "Open"},
        {"id": "secret", "type": "longtext", "label": "Secret", "private": True}]}]))
    assert [f.private for f in definition.fields] == [False, True]
    # Kept with saved worksheets: the flag survives the stored snapshot.
    again = parse_definition(definition.to_json())
    assert [f.private for f in again.fields] == [False, True]
