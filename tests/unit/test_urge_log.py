"""The urge log against a real SQLCipher vault: saving, bad input, undo, filters, goals."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import inspect

from recovery_desktop.domain import demo
from recovery_desktop.domain.behaviours import service as behaviours
from recovery_desktop.domain.behaviours.models import Category, GoalTier, PlanPeriod
from recovery_desktop.domain.behaviours.service import InvalidInput
from recovery_desktop.domain.export import build_export
from recovery_desktop.domain.links import Ref, link, linked_to
from recovery_desktop.domain.urges import service, transfer
from recovery_desktop.domain.urges.models import Halt, Outcome
from recovery_desktop.domain.urges.service import LogFilter, UrgeInput
from recovery_desktop.vault.vault import CreatedVault, Vault

NOW = datetime(2026, 11, 26, 18, 0)
LONDON = "Europe/London"


def entry(behaviour_id: int, **changes: object) -> UrgeInput:
    values: dict[str, object] = {"behaviour_id": behaviour_id, "intensity": 6,
                                 "outcome": Outcome.RESISTED,
                                 "occurred_at": NOW - timedelta(hours=1), "tz": LONDON}
    values.update(changes)
    return UrgeInput(**values)  # type: ignore[arg-type]


@pytest.fixture
def vault(created_vault: CreatedVault) -> Vault:
    return created_vault.vault


@pytest.fixture
def drink(vault: Vault) -> int:
    with vault.session() as session:
        return behaviours.add_behaviour(session, "Drinking", Category.ALCOHOL)


def test_the_tables_exist_through_the_migration(vault: Vault):
    with vault.session() as session:
        tables = set(inspect(session.connection()).get_table_names())
    assert {"behaviours", "goals", "goal_behaviours", "urge_entries"} <= tables


def test_an_entry_with_every_detail_round_trips(vault: Vault, drink: int):
    full = entry(drink, halt=Halt.TIRED | Halt.LONELY, where_text="home", with_whom="alone",
                 doing="scrolling", trigger="payday", situations=("conflict", "nonsense"),
                 feelings=(("restless", 7), ("  ", 3)), self_talk="just one", duration_min=15,
                 coping=("urge_surf", "call_support", "unknown"), amount="£20", note="walk")
    with vault.session() as session:
        entry_id = service.save_entry(session, full, now_utc=NOW)
    with vault.session() as session:
        back = service.load_entry(session, entry_id)
    assert back is not None
    assert back.situations == ("conflict",) and back.coping == ("urge_surf", "call_support")
    assert back.feelings == (("restless", 7),)
    assert (back.halt, back.trigger, back.self_talk, back.duration_min, back.amount) == (
        Halt.TIRED | Halt.LONELY, "payday", "just one", 15, "£20")


@pytest.mark.parametrize(("changes", "message"), [
    ({"intensity": 11}, "from 0 (none) to 10"),
    ({"intensity": -1}, "from 0 (none) to 10"),
    ({"occurred_at": NOW + timedelta(hours=2)}, "in the future"),
    ({"occurred_at": datetime(1899, 12, 31)}, "after 1900"),
    ({"note": "x" * 1_000_000}, "nothing has been lost"),
    ({"duration_min": -5}, "between 0 minutes and a week"),
    ({"feelings": (("sad", 12),)}, "from 0 to 10"),
    ({"behaviour_id": 999}, "which behaviour"),
])
def test_bad_input_is_refused_with_a_clear_message(vault: Vault, drink: int,
                                                   changes: dict[str, object], message: str):
    if changes.get("behaviour_id") is None:
        changes = {"behaviour_id": drink, **changes}
    with pytest.raises(InvalidInput) as problem, vault.session() as session:
        service.save_entry(session, entry(**changes), now_utc=NOW)  # type: ignore[arg-type]
    assert any(message in text for text in problem.value.messages)
    with vault.session() as session:
        assert len(service.entry_ids(session)) == 0


@settings(max_examples=15, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text(st.characters(exclude_categories=["Cs"]), max_size=300)
       | st.sampled_from(["🌱 עוד יום", "مرحبا\u200f بالعالم", "a\x00b", "\x00", "😀" * 50]))
def test_any_text_round_trips_without_nul_bytes(vault: Vault, drink: int, text: str):
    with vault.session() as session:
        entry_id = service.save_entry(session, entry(drink, note=text, trigger=text,
                                                     feelings=((text, 4),)), now_utc=NOW)
    with vault.session() as session:
        back = service.load_entry(session, entry_id)
    assert back is not None
    assert back.note == text.replace("\x00", "") == back.trigger
    cleaned = text.replace("\x00", "").strip()
    assert back.feelings == (((cleaned, 4),) if cleaned else ())


def test_delete_and_undo_bring_back_the_same_entry_and_its_links(vault: Vault, drink: int):
    with vault.session() as session:
        entry_id = service.save_entry(session, entry(drink, outcome=Outcome.LAPSED,
                                                     note="party"), now_utc=NOW)
        link(session, Ref("urge", entry_id), Ref("worksheet", 4))
    with vault.session() as session:
        snapshot = service.delete_entry(session, entry_id)
        assert service.delete_entry(session, entry_id) is None
    with vault.session() as session:
        assert list(service.entry_ids(session)) == []
        assert linked_to(session, Ref("worksheet", 4)) == []
        assert snapshot is not None
        assert service.restore_entry(session, snapshot) == entry_id
    with vault.session() as session:
        back = service.load_entry(session, entry_id)
        assert back is not None and back.note == "party"


def test_filters_and_newest_first(vault: Vault, drink: int):
    with vault.session() as session:
        shop = behaviours.add_behaviour(session, "Shopping", Category.SHOPPING)
        ids = [service.save_entry(session, e, now_utc=NOW) for e in (
            entry(drink, occurred_at=NOW - timedelta(days=10), intensity=2, trigger="Payday"),
            entry(shop, occurred_at=NOW - timedelta(days=3), intensity=8, halt=Halt.TIRED,
                  outcome=Outcome.OVER_PLAN, note="sale on"),
            entry(drink, occurred_at=NOW - timedelta(days=1), intensity=9,
                  outcome=Outcome.LAPSED, halt=Halt.ANGRY | Halt.TIRED),
        )]
    with vault.session() as session:
        def found(**kwargs: object) -> list[int]:
            return list(service.entry_ids(session, LogFilter(**kwargs)))  # type: ignore[arg-type]

        assert found() == ids[::-1]
        assert found(behaviour_id=drink) == [ids[2], ids[0]]
        assert found(start_utc=NOW - timedelta(days=5)) == [ids[2], ids[1]]
        assert found(end_utc=NOW - timedelta(days=5)) == [ids[0]]
        assert found(outcomes=frozenset({Outcome.LAPSED, Outcome.OVER_PLAN})) == [ids[2], ids[1]]
        assert found(min_intensity=8, max_intensity=8) == [ids[1]]
        assert found(halt_any=Halt.TIRED) == [ids[2], ids[1]]
        assert found(words="payday") == [ids[0]]
        assert found(words="SALE on") == [ids[1]]
        rows = service.log_rows(session, ids)
        assert rows[ids[1]].behaviour == "Shopping" and rows[ids[1]].halt == Halt.TIRED


def test_coping_that_worked_comes_first_next_time(vault: Vault, drink: int):
    with vault.session() as session:
        for coping, outcome in (
            (("urge_surf", "call_support"), Outcome.RESISTED),
            (("call_support",), Outcome.RESISTED),
            (("distract",), Outcome.LAPSED),  # did not work this time: not offered first
        ):
            service.save_entry(session, entry(drink, coping=coping, outcome=outcome), now_utc=NOW)
        assert service.coping_that_worked(session, drink) == ["urge_surf", "call_support"][::-1]


def test_goals_keep_their_history_and_a_shared_goal_restarts_one_count(vault: Vault,
                                                                       drink: int):
    with vault.session() as session:
        pills = behaviours.add_behaviour(session, "Sleeping pills", Category.PRESCRIBED)
        shop = behaviours.add_behaviour(session, "Shopping", Category.SHOPPING)
        behaviours.set_goal(session, [drink], GoalTier.CONTROL, tz=LONDON, plan_limit=2,
                            plan_period=PlanPeriod.DAY, now=NOW - timedelta(days=100))
        behaviours.set_goal(session, [drink, pills], GoalTier.ABSTINENT, tz=LONDON,
                            clean_since=date(2026, 9, 1), now=NOW - timedelta(days=90))
        behaviours.set_goal(session, [shop], GoalTier.MINIMISING, tz=LONDON, plan_limit=2,
                            plan_period=PlanPeriod.WEEK, now=NOW - timedelta(days=90))
        service.save_entry(session, entry(pills, outcome=Outcome.LAPSED,
                                          occurred_at=datetime(2026, 11, 6, 21)), now_utc=NOW)
        service.save_entry(session, entry(shop, outcome=Outcome.OVER_PLAN), now_utc=NOW)
    with vault.session() as session:
        history = behaviours.goal_history(session, drink)
        assert [g.tier for g in history] == [GoalTier.CONTROL, GoalTier.ABSTINENT]
        assert history[0].ended_at is not None and history[1].ended_at is None
        goal = behaviours.goal_for(session, drink)
        assert goal is not None and goal.behaviour_ids == (drink, pills)
        clean = service.goal_clean_time(session, goal, now_utc=NOW, tz=LONDON)
        assert clean is not None
        assert (clean.days, clean.longest_days, clean.total_clean_days) == (20, 66, 86)
        shop_goal = behaviours.goal_for(session, shop)
        assert shop_goal is not None
        assert service.goal_clean_time(session, shop_goal, now_utc=NOW, tz=LONDON) is None


def test_a_behaviour_in_use_is_archived_never_removed(vault: Vault, drink: int):
    with vault.session() as session:
        spare = behaviours.add_behaviour(session, "Spare", Category.OTHER)
        entry_id = service.save_entry(session, entry(drink), now_utc=NOW)
        assert behaviours.remove_behaviour(session, spare) == "deleted"
        assert behaviours.remove_behaviour(session, drink) == "archived"
    with vault.session() as session:
        assert [b.name for b in behaviours.list_behaviours(session)] == []
        kept = behaviours.list_behaviours(session, include_archived=True)
        assert [(b.name, b.archived) for b in kept] == [("Drinking", True)]
        assert service.log_rows(session, [entry_id])[entry_id].behaviour_archived


def test_names_are_required_and_cleaned(vault: Vault):
    with vault.session() as session, pytest.raises(InvalidInput):
        behaviours.add_behaviour(session, " \x00 ", Category.OTHER)
    with vault.session() as session:
        new_id = behaviours.add_behaviour(session, " Late-night\x00 gaming 🎮 ", Category.OTHER)
        assert behaviours.get_behaviour(session, new_id) == behaviours.Behaviour(
            new_id, "Late-night gaming 🎮", Category.OTHER, False)


def test_medical_note_only_for_stopping_alcohol_or_prescribed_drugs():
    assert behaviours.needs_medical_note(Category.ALCOHOL, GoalTier.ABSTINENT)
    assert behaviours.needs_medical_note(Category.PRESCRIBED, GoalTier.ABSTINENT)
    assert not behaviours.needs_medical_note(Category.ALCOHOL, GoalTier.CONTROL)
    assert not behaviours.needs_medical_note(Category.GAMBLING, GoalTier.ABSTINENT)


def test_export_includes_the_urge_log(vault: Vault, drink: int):
    with vault.session() as session:
        service.save_entry(session, entry(drink, note="for next time"), now_utc=NOW)
        exported = build_export(session)
    assert exported["data"]["urge_entries"][0]["note"] == "for next time"
    assert exported["data"]["behaviours"][0]["name"] == "Drinking"


def test_demo_history_has_a_transfer_at_the_end_and_no_false_alarm_before(vault: Vault):
    today = date(2026, 11, 26)
    with vault.session() as session:
        demo.fill(session, years=3, seed=7, today=today)
    with vault.session() as session:
        facts = service.facts(session)
        names = {b.id: b.name for b in behaviours.list_behaviours(session)}
    signals = transfer.detect_transfer(facts, today=today)
    assert [(names[s.rising_id], names[s.falling_id]) for s in signals] == [
        ("Online shopping", "Drinking")]
    earlier = [today - timedelta(days=d) for d in range(40, 3 * 365 - 56, 7)]
    assert [d for d in earlier if transfer.detect_transfer(facts, today=d)] == []


def test_keyset_paging_walks_the_whole_log_once_even_with_equal_times(vault: Vault,
                                                                     drink: int):
    with vault.session() as session:
        for n in range(23):  # groups of three entries logged at the same second
            service.save_entry(session, entry(drink, occurred_at=NOW - timedelta(minutes=n // 3)),
                               now_utc=NOW)
    with vault.session() as session:
        everything = list(service.entry_ids(session))
        pages: list[int] = []
        after = None
        while chunk := list(service.entry_ids(session, after=after, limit=5)):
            pages += chunk
            after = chunk[-1]
        assert pages == everything and len(set(pages)) == 23
        assert service.count_entries(session) == 23
        assert service.count_entries(session, LogFilter(min_intensity=7)) == 0
        assert list(service.entry_ids(session, after=10_000)) == []
