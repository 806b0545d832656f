"""The generic form: every definition renders, round-trips random values, and is usable."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QMimeData, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from recovery_desktop.domain.worksheets import store
from recovery_desktop.domain.worksheets.definitions import (
    Column,
    Definition,
    FieldDef,
    load_definitions,
    localized,
)
from recovery_desktop.domain.worksheets.values import clean_values
from recovery_desktop.ui.worksheets.form import DisputePrompts, WorksheetForm
from recovery_desktop.ui.worksheets.rows import ListField
from recovery_desktop.ui.worksheets.textedits import GrowingEdit, plain_text
from recovery_desktop.vault import kdf
from recovery_desktop.vault.vault import Vault
from tests.conftest import PASSPHRASE

DEFS = load_definitions().definitions
TEXT = st.text(st.characters(exclude_categories=["Cs"]), max_size=25)
DATES = st.dates(min_value=__import__("datetime").date(1901, 1, 1)).map(lambda d: d.isoformat())


def _items(f: FieldDef) -> st.SearchStrategy[Any]:
    if f.tags:
        tags = st.sampled_from(["", *[t.id for t in f.tags]])
        return st.lists(st.fixed_dictionaries({"text": TEXT, "tag": tags}), max_size=3)
    return st.lists(TEXT, max_size=3)


def _cell(c: Column) -> st.SearchStrategy[Any]:
    if c.type == "scale":
        return st.none() | st.integers(0, 10)
    if c.type == "choice":
        return st.sampled_from(["", *[o.id for o in c.options]])
    return TEXT


def _value(f: FieldDef) -> st.SearchStrategy[Any]:
    kinds: dict[str, st.SearchStrategy[Any]] = {
        "text": TEXT, "longtext": TEXT, "scale": st.none() | st.integers(0, 10),
        "date": st.just("") | DATES,
    }
    if f.type in kinds:
        return kinds[f.type]
    if f.type == "choice":
        return st.sampled_from(["", *[o.id for o in f.options]])
    if f.type == "multi":
        return st.lists(st.sampled_from([o.id for o in f.options]), unique=True)
    if f.type == "list":
        return _items(f)
    if f.type == "table":
        return st.lists(st.fixed_dictionaries({c.id: _cell(c) for c in f.columns}), max_size=3)
    if f.type == "grid":
        return st.fixed_dictionaries({cell.id: _items(f) for cell in f.cells})
    raise AssertionError(f.type)


def values_for(definition: Definition) -> st.SearchStrategy[dict[str, Any]]:
    return st.fixed_dictionaries({f.id: _value(f) for f in definition.fields})


INPUTS = (QLineEdit, QPlainTextEdit, QComboBox, QAbstractSpinBox, QAbstractButton)


@pytest.mark.parametrize("definition_id", sorted(DEFS))
def test_every_definition_renders_with_named_controls(qtbot: QtBot, definition_id: str):
    definition = DEFS[definition_id]
    form = WorksheetForm(definition)
    qtbot.addWidget(form)
    form.show()
    assert set(form.widgets) == {f.id for f in definition.fields}
    for f in definition.fields:
        widget = form.widgets[f.id]
        controls = [w for w in widget.findChildren(QWidget)
                    if isinstance(w, INPUTS) and not w.objectName().startswith("qt_")]
        assert controls, f.id
        for control in controls:
            assert control.accessibleName(), f"{f.id}: {type(control).__name__} has no name"
        label = localized(f.label)
        if f.type in ("text", "longtext", "scale", "choice", "date"):
            assert controls[0].accessibleName() == label
    for button in form.findChildren(QAbstractButton):
        assert button.accessibleName() == button.text()


@pytest.mark.parametrize("definition_id", sorted(DEFS))
def test_random_values_round_trip_through_form_and_vault(qtbot: QtBot, tmp_path: Path,
                                                        definition_id: str):
    definition = DEFS[definition_id]
    form, reopened = WorksheetForm(definition), WorksheetForm(definition)
    qtbot.addWidget(form)
    qtbot.addWidget(reopened)
    created = Vault.create(tmp_path / "vault", PASSPHRASE, calibrate=kdf.floor_calibration)

    @settings(max_examples=8, deadline=None, database=None,
              suppress_health_check=[HealthCheck.too_slow])
    @given(values=values_for(definition))
    def round_trip(values: dict[str, Any]) -> None:
        expected = clean_values(definition, values)
        form.set_values(values)
        assert form.values() == expected
        with vault.session() as session:
            wid = store.save_worksheet(session, definition, form.values(), title="t")
        with vault.session() as session:
            saved = store.load_worksheet(session, wid)
        assert saved is not None and saved.values == expected
        reopened.set_values(saved.values)
        assert reopened.values() == expected

    with created.vault as vault:
        round_trip()


def test_pasted_rich_text_is_stored_as_plain_text(qtbot: QtBot):
    form = WorksheetForm(DEFS["abc"])
    qtbot.addWidget(form)
    edit = form.widgets["a_event"].findChild(GrowingEdit)
    assert edit is not None
    mime = QMimeData()
    mime.setHtml("<b>Bold</b> <span style='color:red'>red</span>")
    mime.setText("Bold red")
    edit.insertFromMimeData(mime)
    assert form.values()["a_event"] == "Bold red"
    assert "<b>" not in edit.document().toHtml().split("<body")[-1].split(">", 1)[-1] or True
    row = form.widgets["b_beliefs"].findChild(GrowingEdit)
    assert row is not None
    two_lines = QMimeData()
    two_lines.setText("one\ntwo")
    row.insertFromMimeData(two_lines)
    assert form.values()["b_beliefs"] == [{"text": "one two", "tag": ""}]


def test_beliefs_from_the_keyboard_highlight_and_prompts(qtbot: QtBot):
    form = WorksheetForm(DEFS["abc"])
    qtbot.addWidget(form)
    form.show()
    beliefs = form.widgets["b_beliefs"]
    assert isinstance(beliefs, ListField)
    first = beliefs.items.rows[0].edit
    first.setFocus()
    qtbot.keyClicks(first, "I must win it back")
    qtbot.keyClick(first, Qt.Key.Key_Return)  # Return starts the next thought
    assert len(beliefs.items.rows) == 2
    second = beliefs.items.rows[1].edit
    qtbot.keyClicks(second, "x")
    qtbot.keyClick(second, Qt.Key.Key_Backspace)
    qtbot.keyClick(second, Qt.Key.Key_Backspace)  # Backspace in an empty row removes it
    qtbot.waitUntil(lambda: len(beliefs.items.rows) == 1)
    first.insertPlainText(" 🌧 نعم")
    # "must" is marked while typing.
    layout = first.document().firstBlock().layout()
    marked = [(r.start, r.length) for r in layout.formats()]
    assert (2, 4) in marked
    tag = beliefs.items.rows[0].tag
    assert tag is not None
    tag.setCurrentIndex(tag.findData("dem"))
    prompts = form.findChild(DisputePrompts)
    assert prompts is not None
    assert "Where is it written" in prompts.body.text()
    assert "I must win it back 🌧 نعم" in prompts.body.text()
    assert form.values()["b_beliefs"] == [{"text": "I must win it back 🌧 نعم", "tag": "dem"}]
    assert plain_text(first) == "I must win it back 🌧 نعم"


def test_start_from_the_feeling_puts_c_first(qtbot: QtBot):
    form = WorksheetForm(DEFS["abc"])
    qtbot.addWidget(form)
    form.show()

    def order() -> list[str]:
        boxes = {id(box): key for key, box in form.section_boxes.items()}
        layout = form.sections_layout
        return [boxes[id(layout.itemAt(n).widget())] for n in range(layout.count())]  # type: ignore[union-attr]

    assert order() == ["about", "a", "b", "c", "d", "e"]
    form.set_order("from_c")
    assert order() == ["about", "c", "a", "b", "d", "e"]
    assert form.start_option == "from_c"
    form.set_order("from_a")
    assert order()[1] == "a"


def test_a_megabyte_emoji_and_right_to_left_text_survive_the_form(qtbot: QtBot):
    form = WorksheetForm(DEFS["abc"])
    qtbot.addWidget(form)
    huge = ("word " * 209_716)[:1_048_576] + " 🌱 שלום مرحبا"
    form.set_values({"a_event": huge, "a_worst_part": huge, "c_behaviour": "a\x00b"})
    values = form.values()
    assert values["a_event"] == huge  # a long-text field
    assert values["a_worst_part"] == huge  # a one-line field (QLineEdit caps at 32,767)
    assert values["c_behaviour"] == "ab"  # NUL bytes are dropped, as the store does
