"""Printed documents read back with QtPdf: blank and filled worksheets, privacy, pages."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QRectF
from PySide6.QtGui import QPageSize, QPainter
from PySide6.QtWidgets import QApplication

from recovery_desktop import APP_NAME
from recovery_desktop.domain.worksheets.definitions import (
    Definition,
    load_definitions,
    localized,
    parse_definition,
)
from recovery_desktop.printing.blanks import blank_document, blank_kinds
from recovery_desktop.printing.checkin import BlankCheckIn, CheckInSheet, PlanItem
from recovery_desktop.printing.document import Cancelled, PrintDocument, render_pdf, write_pdf
from recovery_desktop.printing.options import NameDisplay, PrintOptions
from recovery_desktop.printing.step_work import InventoryTable, StepEntry, StepWork
from recovery_desktop.printing.worksheets import BlankWorksheet, FilledWorksheet
from recovery_desktop.resources_path import resource
from recovery_desktop.vault.errors import VaultError
from tests.gui.print_support import flat, has, read_pdf, sample_values

DEFINITIONS = load_definitions().definitions
A4 = PrintOptions(page_size=QPageSize(QPageSize.PageSizeId.A4))


def _labels(definition: Definition) -> list[str]:
    found = [localized(definition.title)]
    for section in definition.sections:
        found.append(localized(section.title))
        for f in section.fields:
            found.append(localized(f.label))
            found += [localized(o.label) for o in f.options]
            found += [localized(c.label) for c in f.columns]
            found += [localized(c.label) for c in f.cells]
    return found


@pytest.mark.parametrize("kind", sorted(DEFINITIONS))
def test_a_blank_worksheet_shows_every_prompt(qapp: QApplication, tmp_path: Path,
                                             kind: str) -> None:
    pages, text, _ = read_pdf(render_pdf([BlankWorksheet(DEFINITIONS[kind])], A4), tmp_path)
    missing = [label for label in _labels(DEFINITIONS[kind]) if not has(text, label)]
    assert missing == []
    assert has(text, f"Page 1 of {pages}")
    assert not has(text, APP_NAME)  # only when the person chooses to show it


@pytest.mark.parametrize("kind", sorted(DEFINITIONS))
def test_a_filled_worksheet_shows_the_answers(qapp: QApplication, tmp_path: Path,
                                             kind: str) -> None:
    definition = DEFINITIONS[kind]
    values = sample_values(definition)
    document = FilledWorksheet(definition, values, "My worksheet", date(2026, 3, 9))
    _, text, _ = read_pdf(render_pdf([document], A4), tmp_path)
    expected = [f"Answer-{f.id}" for f in definition.fields if f.type in ("text", "longtext")]
    expected += [f"Item-{f.id}-2" for f in definition.fields if f.type == "list"]
    expected += [f"Cell-{f.id}-" for f in definition.fields if f.type == "table"]
    expected += [f"Cell-{c.id}" for f in definition.fields if f.type == "grid" for c in f.cells]
    expected += [localized(f.label) for f in definition.fields]
    assert [e for e in expected if not has(text, e)] == []
    assert has(text, "My worksheet")


def _with_private_field() -> Definition:
    raw = json.loads(resource("worksheets", "abc.json").read_text(encoding="utf-8"))
    for section in raw["sections"]:
        for f in section["fields"]:
            if f["id"] == "a_worst_part":
                f["private"] = True
    return parse_definition(raw)


def test_a_private_field_is_left_out_unless_chosen(qapp: QApplication, tmp_path: Path) -> None:
    definition = _with_private_field()
    secret = next(f for f in definition.fields if f.private)
    values = sample_values(definition)
    values[secret.id] = "Xylophone secret answer"
    filled = FilledWorksheet(definition, values)
    _, text, _ = read_pdf(render_pdf([filled], A4), tmp_path)
    assert "Xylophone" not in text
    assert localized(secret.label) not in text
    assert f"Answer-{definition.fields[-1].id}" in text  # the rest is there
    _, blank_text, _ = read_pdf(render_pdf([BlankWorksheet(definition)], A4), tmp_path)
    assert localized(secret.label) not in blank_text
    chosen = PrintOptions(include_private_fields=True)
    _, text, _ = read_pdf(render_pdf([filled], chosen), tmp_path)
    assert "Xylophone secret answer" in text


def _one_field(kind: str = "longtext") -> Definition:
    return parse_definition({
        "id": "one", "version": 1, "title": "One field", "purpose": "Testing",
        "sections": [{"id": "s", "title": "Section", "fields": [
            {"id": "f", "type": kind, "label": "The prompt",
             **({"columns": [{"id": "a", "label": "Col A"}, {"id": "b", "label": "Col B"}]}
                if kind == "table" else {})}]}]})


@pytest.mark.parametrize(("words", "pages"), [(10, 1), (1500, (2, 4)), (6000, (7, 12))])
def test_a_long_answer_flows_over_pages_without_losing_words(
        qapp: QApplication, tmp_path: Path, words: int, pages: int | tuple[int, int]) -> None:
    text_in = " ".join(f"w{n}" for n in range(words)) + " TheVeryEnd"
    document = FilledWorksheet(_one_field(), {"f": text_in})
    count, text, _ = read_pdf(render_pdf([document], A4), tmp_path)
    if isinstance(pages, int):
        assert count == pages
    else:
        assert pages[0] <= count <= pages[1]
    assert has(text, f"w{words - 1} TheVeryEnd")
    assert has(text, f"Page {count} of {count}")


def test_a_long_table_repeats_its_header_and_keeps_every_row(qapp: QApplication,
                                                            tmp_path: Path) -> None:
    rows = [{"a": f"Row{n} " + "word " * (200 if n == 5 else 3), "b": f"B{n}"} for n in range(80)]
    document = FilledWorksheet(_one_field("table"), {"f": rows})
    count, text, _ = read_pdf(render_pdf([document], A4), tmp_path)
    assert count >= 3
    assert flat(text).count("ColA") == count  # the header on every page
    assert all(has(text, f"Row{n}word") and has(text, f"B{n}") for n in range(80))


@pytest.mark.parametrize("odd", ["🙂🙏 emoji", "שלום עולם", "مرحبا بالعالم", "mixed שלום 🙂 ok",
                                 "a\x00b", "\x00", "\u202e reversed"])
def test_emoji_right_to_left_and_nul_print(qapp: QApplication, tmp_path: Path, odd: str) -> None:
    document = FilledWorksheet(_one_field(), {"f": odd + " marker"}, name="Title " + odd)
    count, text, _ = read_pdf(render_pdf([document], A4), tmp_path)
    assert count == 1
    assert "\x00" not in text
    if odd == "a\x00b":
        assert has(text, "ab marker")  # the NUL is dropped, not the text around it


def test_the_name_shows_only_as_chosen(qapp: QApplication, tmp_path: Path) -> None:
    document = BlankWorksheet(DEFINITIONS["abc"])
    name = "Samantha Quinn-Example"
    for display, shown, hidden in [
        (NameDisplay.NONE, [], ["Samantha", "S.Q."]),
        (NameDisplay.FIRST, ["Samantha"], ["Quinn"]),
        (NameDisplay.INITIALS, ["S.Q."], ["Samantha"]),
        (NameDisplay.ALIAS, ["Hopeful Owl"], ["Samantha"]),
    ]:
        options = PrintOptions(name_display=display, full_name=name, alias="Hopeful Owl")
        _, text, _ = read_pdf(render_pdf([document], options), tmp_path)
        assert all(s in text for s in shown), display
        assert not any(h in text for h in hidden), display


def test_behaviour_names_become_a_neutral_word_by_default(qapp: QApplication,
                                                          tmp_path: Path) -> None:
    definition = DEFINITIONS["cost_benefit"]
    values = sample_values(definition)
    values["behaviour"] = "gambling"
    document = FilledWorksheet(definition, values)
    _, text, _ = read_pdf(render_pdf([document], PrintOptions()), tmp_path)
    assert "Gambling" not in text and "my behaviour" in text
    options = PrintOptions(neutral_word="the habit")
    _, text, _ = read_pdf(render_pdf([document], options), tmp_path)
    assert "the habit" in text
    _, text, _ = read_pdf(render_pdf([document], PrintOptions(neutral_behaviours=False)),
                          tmp_path)
    assert "Gambling" in text


def test_the_app_name_shows_only_when_chosen(qapp: QApplication, tmp_path: Path) -> None:
    document = BlankCheckIn()
    _, text, _ = read_pdf(render_pdf([document], PrintOptions()), tmp_path)
    assert APP_NAME not in text
    _, text, _ = read_pdf(render_pdf([document], PrintOptions(show_app_name=True)), tmp_path)
    assert APP_NAME in text


def test_check_in_sheets_fit_on_one_page(qapp: QApplication, tmp_path: Path) -> None:
    drawn: list[QRectF] = []

    def chart(painter: QPainter, rect: QRectF) -> None:
        drawn.append(rect)
        painter.drawRect(rect)

    sheet = CheckInSheet(
        date(2026, 3, 2), date(2026, 3, 8), goal="No alcohol on weekdays",
        numbers=[("Days on plan", "6 of 7"), ("Urges", "9")], win="Stayed for coffee",
        challenge="Friday drinks", tools_used=["ABC", "DISARM"], topic="Work events",
        plan=[PlanItem("Walk after dinner", "Every evening")], support_contacts="Sam",
        chart=chart, chart_title="Urges by day", shared=frozenset(
            {"goal", "numbers", "chart", "win", "challenge", "tools", "topic", "plan"}))
    cases: list[tuple[PrintDocument, list[str]]] = [
        (sheet, ["Stayed for coffee", "Walk after dinner", "6 of 7", "Urges by day",
                 "Work events"]),
        (BlankCheckIn(), ["A win", "A challenge", "A topic for the group",
                          "My plan for the next 7 days"])]
    for document, words in cases:
        for size in (QPageSize.PageSizeId.A4, QPageSize.PageSizeId.Letter):
            pages, text, _ = read_pdf(
                render_pdf([document], PrintOptions(page_size=QPageSize(size))), tmp_path)
            assert pages == 1
            assert all(has(text, w) for w in words)
    assert drawn and drawn[0].width() > 0
    _, text, _ = read_pdf(render_pdf([sheet], A4), tmp_path)
    assert "Who I can call" not in text  # not in the shared parts


def test_the_inventory_is_printed_only_when_chosen(qapp: QApplication, tmp_path: Path) -> None:
    work = StepWork("A fellowship", [StepEntry(1, "Done", date(2025, 1, 1), None, True,
                                               "Talked it through")],
                    [InventoryTable("Resentments", ["Who", "Cause"], [["Zebra boss", "X"]]),
                     InventoryTable("Service", ["What"], [["Coffee rota"]], extra_private=False)])
    _, text, _ = read_pdf(render_pdf([work], PrintOptions()), tmp_path)
    assert "Zebra boss" not in text and "Resentments" not in text
    assert "Talked it through" in text and "Coffee rota" in text
    _, text, _ = read_pdf(render_pdf([work], PrintOptions(include_inventory=True)), tmp_path)
    assert "Zebra boss" in text


def test_every_blank_kind_prints(qapp: QApplication, tmp_path: Path) -> None:
    kinds = blank_kinds()
    assert [k.id for k in kinds][-1] == "checkin"
    assert set(DEFINITIONS) <= {k.id for k in kinds}
    for kind in kinds:
        pages, text, _ = read_pdf(render_pdf([blank_document(kind.id)], A4), tmp_path)
        assert pages >= 1 and has(text, kind.title)
    with pytest.raises(KeyError):
        blank_document("nope")


def test_a_failed_or_cancelled_write_leaves_no_file(qapp: QApplication, tmp_path: Path) -> None:
    document = BlankWorksheet(DEFINITIONS["abc"])
    target = tmp_path / "out.pdf"

    def cancel(done: int, total: int) -> None:
        raise Cancelled

    with pytest.raises(Cancelled):
        write_pdf(target, [document], A4, progress=cancel)
    assert list(tmp_path.iterdir()) == []
    target.mkdir()  # the rename onto a folder fails after the temp file was written
    with pytest.raises(VaultError):
        write_pdf(target, [document], A4)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.pdf"]
    assert list(target.iterdir()) == []
    target.rmdir()
    write_pdf(target, [document], A4)
    assert target.read_bytes().startswith(b"%PDF")
    assert target.stat().st_mode & 0o077 == 0


@settings(max_examples=30, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text(max_size=400))
def test_any_text_prints(qapp: QApplication, text: str) -> None:
    document = FilledWorksheet(_one_field(), {"f": text}, name=text[:40])
    check = CheckInSheet(date(2026, 3, 2), date(2026, 3, 8), win=text, topic=text[:20],
                         plan=[PlanItem(text, text[:5])])
    data = render_pdf([document, check], A4, contents_title=text[:30])
    assert data.startswith(b"%PDF")


def test_the_bundled_fonts_register(qapp: QApplication) -> None:
    from recovery_desktop.printing.fonts import FAMILIES, ensure_fonts

    assert ensure_fonts() == FAMILIES  # every bundled file loaded (a system font may not exist)
    assert ensure_fonts() is ensure_fonts()  # registered once per process
