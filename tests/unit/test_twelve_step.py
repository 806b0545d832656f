"""The 12-step tracker's domain: validation, fellowships, saving, private inventory, demo."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from datetime import date, timedelta
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import text

from recovery_desktop.domain import demo
from recovery_desktop.domain.base import clean_text
from recovery_desktop.domain.csv_export import table_csv
from recovery_desktop.domain.export import build_export
from recovery_desktop.domain.twelve_step import inventory, lists, service
from recovery_desktop.domain.twelve_step.models import (
    ConductRow,
    FearRow,
    ResentmentRow,
    StepDraftRow,
)
from recovery_desktop.domain.twelve_step.progress import (
    StepState,
    StepStatus,
    date_problems,
    summarise,
)
from recovery_desktop.domain.twelve_step.service import InvalidInput, StepInput
from recovery_desktop.vault.vault import CreatedVault, Vault

TODAY = date(2026, 6, 15)
INVENTORY_TABLES = ("step4_resentments", "step4_fears", "step4_conduct")


@pytest.fixture
def vault(created_vault: CreatedVault) -> Vault:
    return created_vault.vault


# -- pure ----------------------------------------------------------------------------------


def test_dates_in_the_future_or_out_of_order_are_explained():
    assert date_problems(None, None, today=TODAY) == []
    assert date_problems(TODAY, TODAY, today=TODAY) == []
    future = date_problems(TODAY + timedelta(days=1), None, today=TODAY)
    assert len(future) == 1 and "started" in future[0] and "future" in future[0]
    both = date_problems(TODAY, TODAY + timedelta(days=3), today=TODAY)
    assert len(both) == 1 and "completed" in both[0]
    order = date_problems(TODAY, TODAY - timedelta(days=1), today=TODAY)
    assert order and "before the date you started" in order[0]
    assert "after 1900" in date_problems(date(1899, 12, 31), None, today=TODAY)[0]


def test_summary_of_twelve_steps():
    empty = summarise([])
    assert empty.done == 0 and empty.current is None and empty.next_step == 1
    states = [StepState(1, StepStatus.DONE), StepState(2, StepStatus.DONE),
              StepState(3, StepStatus.WORKING), StepState(4, StepStatus.REVISITING),
              StepState(13, StepStatus.DONE)]  # out of range: ignored
    found = summarise(states)
    assert found.done == 3  # revisiting counts: it was done before
    assert found.current == 3 and found.next_step == 5
    assert found.counts[StepStatus.NOT_STARTED] == 8
    assert summarise([StepState(n, StepStatus.DONE) for n in range(1, 13)]).all_done


# -- fellowships ---------------------------------------------------------------------------


def test_fellowships_known_own_duplicates_and_removal_keeps_work(vault: Vault):
    with vault.session() as session:
        aa = service.add_fellowship(session, catalogue_id="aa")
        own = service.add_fellowship(session, own_name="  Clutterers Anonymous  ")
        with pytest.raises(InvalidInput, match="already in your list"):
            service.add_fellowship(session, catalogue_id="aa")
        with pytest.raises(InvalidInput, match="already in your list"):
            service.add_fellowship(session, own_name="clutterers anonymous")
        with pytest.raises(InvalidInput, match="name"):
            service.add_fellowship(session, own_name=" \x00 ")
        with pytest.raises(InvalidInput, match="longer than"):
            service.add_fellowship(session, own_name="x" * 201)
        with pytest.raises(InvalidInput, match="choose a fellowship"):
            service.add_fellowship(session, catalogue_id="smart")  # not a 12-step group
        names = [f.name for f in service.list_fellowships(session)]
        assert names == ["Alcoholics Anonymous", "Clutterers Anonymous"]
        service.save_step(session, aa, 1, StepInput(StepStatus.DONE, notes="kept"), today=TODAY)
        service.remove_fellowship(session, aa)
        assert [f.id for f in service.list_fellowships(session)] == [own]
        assert service.add_fellowship(session, catalogue_id="aa") == aa  # back, with its work
        assert service.load_step(session, aa, 1).notes == "kept"


def test_family_fellowships_are_marked_for_family(vault: Vault):
    with vault.session() as session:
        fid = service.add_fellowship(session, catalogue_id="al-anon")
        info = service.get_fellowship(session, fid)
    assert info is not None and info.for_family


# -- steps ---------------------------------------------------------------------------------


def test_bad_step_input_is_refused_and_nothing_is_written(vault: Vault):
    with vault.session() as session:
        fid = service.add_fellowship(session, catalogue_id="na")
    bad = [
        StepInput(StepStatus.WORKING, started=TODAY + timedelta(days=2)),
        StepInput(StepStatus.DONE, started=TODAY, completed=TODAY - timedelta(days=5)),
        StepInput(StepStatus.WORKING, notes="x" * 1_000_001),  # a 1 MB note
    ]
    for entry in bad:
        with pytest.raises(InvalidInput) as raised, vault.session() as session:
            service.save_step(session, fid, 2, entry, today=TODAY)
        assert raised.value.messages
    with vault.session() as session:
        assert service.load_step(session, fid, 2) == StepInput()
        with pytest.raises(InvalidInput, match="1 to 12"):
            service.save_step(session, fid, 13, StepInput(), today=TODAY)


def test_step_states_count_journal_entries(vault: Vault):
    with vault.session() as session:
        fid = service.add_fellowship(session, catalogue_id="oa")
        service.save_step(session, fid, 3, StepInput(StepStatus.WORKING, started=TODAY,
                                                     with_sponsor=True), today=TODAY)
        for n in range(3):
            service.save_journal(session, fid, 3, TODAY - timedelta(days=n), f"entry {n}",
                                 today=TODAY)
        with pytest.raises(InvalidInput, match="write something"):
            service.save_journal(session, fid, 3, TODAY, "  ", today=TODAY)
        with pytest.raises(InvalidInput, match="future"):
            service.save_journal(session, fid, 3, TODAY + timedelta(days=1), "x", today=TODAY)
        states = service.step_states(session, fid)
        ids = service.journal_ids(session, fid, 3)
        entries = service.journal_entries(session, ids)
    assert len(states) == 12
    assert states[2] == StepState(3, StepStatus.WORKING, TODAY, None, True, 3)
    assert [entries[i].body for i in ids] == ["entry 0", "entry 1", "entry 2"]  # newest first


def test_step8_names_come_from_step4_once(vault: Vault):
    with vault.session() as session:
        fid = service.add_fellowship(session, catalogue_id="aa")
        for who in ("My brother", "my brother ", "The bank"):
            inventory.save_row(session, "resentments", fid, {"resentful_at": who})
        lists.save_amends(session, fid, lists.AmendsEntry("The bank", willing=True))
        assert lists.add_names_from_step4(session, fid) == ["My brother"]
        assert lists.add_names_from_step4(session, fid) == []
        rows = lists.amends_entries(session, lists.amends_ids(session, fid))
        with pytest.raises(InvalidInput, match="name"):
            lists.save_amends(session, fid, lists.AmendsEntry("   "))
    assert sorted(r.name for r in rows.values()) == ["My brother", "The bank"]


def test_one_nightly_review_per_date(vault: Vault):
    with vault.session() as session:
        first = lists.save_review(session, lists.Review(TODAY, afraid=True), today=TODAY)
        again = lists.save_review(session, lists.Review(TODAY, went_well="a walk"), today=TODAY)
        assert first == again
        assert lists.load_review(session, TODAY) == lists.Review(TODAY, went_well="a walk")
        with pytest.raises(InvalidInput, match="still to come"):
            lists.save_review(session, lists.Review(TODAY + timedelta(days=1)), today=TODAY)
        assert lists.review_count(session) == 1


# -- the extra-private inventory -----------------------------------------------------------


def _fill_inventory(vault: Vault) -> int:
    with vault.session() as session:
        fid = service.add_fellowship(session, catalogue_id="slaa")
        inventory.save_row(session, "resentments", fid, {
            "resentful_at": "zebraperson", "cause": "c", "affects": ["security", "bogus"],
            "my_part": "p"})
        inventory.save_row(session, "fears", fid, {"fear": "zebrafear", "why": "w"})
        inventory.save_row(session, "conduct", fid, {"situation": "zebrasituation",
                                                     "ways": ["selfish"]})
        inventory.save_draft(session, inventory.INVENTORY_DRAFT,
                             f"{inventory.inventory_ref(fid, 'fears')}:new",
                             {"fear": "zebradraft"}, private=True)
    return fid


def test_inventory_is_private_by_default_and_left_out_of_json_and_csv(vault: Vault):
    fid = _fill_inventory(vault)
    with vault.session() as session:
        document = build_export(session)
        assert document["left_out"] == {**dict.fromkeys(INVENTORY_TABLES, 1), "step_drafts": 1}
        assert "zebra" not in str(document["data"])
        for table in (*INVENTORY_TABLES, "step_drafts"):
            data, rows, skipped = table_csv(session, table)
            assert (rows, skipped) == (0, 1) and b"zebra" not in data
        everything = build_export(session, include_private=True)
        assert everything["left_out"] == {}
        resentment = everything["data"]["step4_resentments"][0]
        assert resentment["resentful_at"] == "zebraperson"
        assert resentment["affects"] == "security"  # unknown codes dropped
        data, rows, _ = table_csv(session, "step4_fears", include_private=True)
        assert rows == 1 and "zebrafear" in data.decode("utf-8-sig")
        # Choosing "not extra private" changes the rows and their drafts together.
        service.set_inventory_private(session, fid, False)
    with vault.session() as session:
        assert build_export(session)["left_out"] == {}
        models: tuple[Any, ...] = (ResentmentRow, FearRow, ConductRow, StepDraftRow)
        assert all(not r.private for model in models for r in session.query(model))
        inventory.save_row(session, "fears", fid, {"fear": "second"})
        service.set_inventory_private(session, fid, True)
        inventory.save_row(session, "fears", fid, {"fear": "third"})
        assert build_export(session)["left_out"]["step4_fears"] == 3
        csv_text, _, _ = table_csv(session, "step4_fears", include_private=True)
        assert len(list(csv.reader(io.StringIO(csv_text.decode("utf-8-sig"))))) == 4


def test_empty_inventory_names_are_refused(vault: Vault):
    with vault.session() as session:
        fid = service.add_fellowship(session, catalogue_id="aa")
        for key, message in (("resentments", "who or what"), ("fears", "fear"),
                             ("conduct", "situation")):
            with pytest.raises(InvalidInput, match=message):
                inventory.save_row(session, key, fid, {})
        with pytest.raises(InvalidInput, match="no inventory list"):
            inventory.save_row(session, "sins", fid, {"x": "y"})


# -- save paths round-trip whatever is typed -----------------------------------------------

TEXT = st.text(st.characters(codec="utf-8"), max_size=300) | st.sampled_from(
    ["💔 שלום עליכם", "مرحبا 🌙", "line one\nline two", "\x00nul\x00", "x" * 5000])
NAME = TEXT.filter(lambda t: 0 < len(clean_text(t).strip()) <= 200)
DAYS = st.dates(min_value=date(1900, 1, 1), max_value=TODAY)


@pytest.fixture(scope="module")
def shared_vault(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Vault, int]]:
    from recovery_desktop.vault import kdf

    created = Vault.create(tmp_path_factory.mktemp("steps") / "vault", "pass phrase words",
                           calibrate=kdf.floor_calibration)
    with created.vault.session() as session:
        fid = service.add_fellowship(session, catalogue_id="da")
    yield created.vault, fid
    created.vault.close()


SLOW = settings(max_examples=25, deadline=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture])


@SLOW
@given(status=st.sampled_from(list(StepStatus)), a=DAYS, b=DAYS, sponsor=st.booleans(),
       notes=TEXT, wording=TEXT, step=st.integers(1, 12))
def test_step_round_trip(shared_vault: tuple[Vault, int], status: StepStatus, a: date, b: date,
                         sponsor: bool, notes: str, wording: str, step: int):
    vault, fid = shared_vault
    started, completed = min(a, b), max(a, b)
    entry = StepInput(status, started, completed, sponsor, notes, wording)
    with vault.session() as session:
        service.save_step(session, fid, step, entry, today=TODAY)
    with vault.session() as session:
        assert service.load_step(session, fid, step) == StepInput(
            status, started, completed, sponsor, clean_text(notes), clean_text(wording))


@SLOW
@given(day=DAYS, body=NAME, who=NAME, texts=st.lists(TEXT, min_size=4, max_size=4),
       codes=st.sets(st.sampled_from(inventory.AFFECTS)))
def test_journal_inventory_and_amends_round_trip(shared_vault: tuple[Vault, int], day: date,
                                                 body: str, who: str, texts: list[str],
                                                 codes: set[str]):
    vault, fid = shared_vault
    with vault.session() as session:
        entry_id = service.save_journal(session, fid, 4, day, body, today=TODAY)
        row_id = inventory.save_row(session, "resentments", fid, {
            "resentful_at": who, "cause": texts[0], "affects": sorted(codes),
            "my_part": texts[1]})
        amends_id = lists.save_amends(session, fid, lists.AmendsEntry(who, texts[2], texts[3]))
    with vault.session() as session:
        journal = service.journal_entries(session, [entry_id])[entry_id]
        row = inventory.rows(session, "resentments", [row_id])[row_id]
        amends = lists.amends_entries(session, [amends_id])[amends_id]
    assert (journal.entry_date, journal.body) == (day, clean_text(body))
    assert row == {"resentful_at": clean_text(who).strip(), "cause": clean_text(texts[0]),
                   "my_part": clean_text(texts[1]),
                   "affects": tuple(c for c in inventory.AFFECTS if c in codes)}
    assert amends == lists.AmendsEntry(clean_text(who).strip(), clean_text(texts[2]),
                                       clean_text(texts[3]))


@SLOW
@given(day=DAYS, checks=st.lists(st.booleans(), min_size=4, max_size=4),
       texts=st.lists(TEXT, min_size=3, max_size=3))
def test_review_round_trip(shared_vault: tuple[Vault, int], day: date, checks: list[bool],
                           texts: list[str]):
    vault, _ = shared_vault
    review = lists.Review(day, checks[0], checks[1], checks[2], checks[3], *texts[:3])
    with vault.session() as session:
        lists.save_review(session, review, today=TODAY)
    with vault.session() as session:
        assert lists.load_review(session, day) == lists.Review(
            day, checks[0], checks[1], checks[2], checks[3], clean_text(texts[0]),
            clean_text(texts[1]), clean_text(texts[2]))


# -- schema and demo -----------------------------------------------------------------------


def test_migration_matches_the_models(vault: Vault):
    from recovery_desktop.domain.base import Base

    with vault.engine.connect() as conn:
        for table in Base.metadata.sorted_tables:
            if not table.name.startswith("step"):
                continue
            columns = {r[1]: r for r in conn.execute(text(f"PRAGMA table_info({table.name})"))}
            assert set(columns) == set(table.columns.keys()), table.name
            for column in table.columns:
                assert bool(columns[column.name][3]) == (not column.nullable), \
                    (table.name, column.name)


def test_demo_history_over_ten_years(vault: Vault):
    with vault.session() as session:
        demo.fill(session, years=10, seed=4, today=TODAY)
    with vault.session() as session:
        found = service.list_fellowships(session)
        assert [f.catalogue_id for f in found] == ["aa", "ga"]
        states = service.step_states(session, found[0].id)
        assert summarise(states).done == 12
        assert sum(s.journal_entries for s in states) > 100
        assert len(inventory.row_ids(session, "resentments", found[0].id)) >= 3
        assert len(lists.amends_ids(session, found[0].id)) >= 3
        assert lists.review_count(session) > 365
        assert build_export(session)["left_out"]["step4_resentments"] >= 3
