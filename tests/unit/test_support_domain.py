"""Meetings, people, contacts, crisis lines and clean-time summaries on a real vault."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from recovery_desktop.domain import demo
from recovery_desktop.domain.behaviours import clean_summary as summaries
from recovery_desktop.domain.behaviours import service as behaviours
from recovery_desktop.domain.behaviours.cleantime import to_utc
from recovery_desktop.domain.behaviours.milestones import Milestone
from recovery_desktop.domain.behaviours.models import Category, GoalTier
from recovery_desktop.domain.behaviours.service import InvalidInput
from recovery_desktop.domain.export import build_export
from recovery_desktop.domain.meetings import service as meetings
from recovery_desktop.domain.meetings.models import Access, Mode
from recovery_desktop.domain.meetings.service import HomeGroup, MeetingInput
from recovery_desktop.domain.profile import Profile, Role, save_profile
from recovery_desktop.domain.support import crisis
from recovery_desktop.domain.support import service as support
from recovery_desktop.domain.support.models import ContactWay, Relation
from recovery_desktop.domain.support.service import PersonInput
from recovery_desktop.domain.urges import service as urges
from recovery_desktop.domain.urges.models import Outcome
from recovery_desktop.domain.urges.service import UrgeInput
from recovery_desktop.vault.vault import CreatedVault, Vault

ZONE = "Europe/London"
NOW = to_utc(datetime(2026, 6, 15, 12, 0), ZONE)
TEXTS = ["🌱 עוד יום", "مرحبا\u200f بالعالم", "a\x00b", "😀" * 50]


@pytest.fixture
def vault(created_vault: CreatedVault) -> Vault:
    return created_vault.vault


def meeting(**changes: object) -> MeetingInput:
    values: dict[str, object] = {"attended_at": NOW - timedelta(hours=2), "tz": ZONE,
                                 "fellowship": "aa", "name": "Tuesday night"}
    values.update(changes)
    return MeetingInput(**values)  # type: ignore[arg-type]


# -- meetings ------------------------------------------------------------------------------


def test_a_meeting_round_trips(vault: Vault):
    with vault.session() as session:
        meeting_id = meetings.save_meeting(session, meeting(
            access=Access.CLOSED, formats=("step", "speaker", "bogus"), mode=Mode.ONLINE,
            shared=True, notes="Shared about Friday."), now_utc=NOW)
    with vault.session() as session:
        back = meetings.load_meeting(session, meeting_id)
    assert back is not None
    assert (back.fellowship, back.access, back.formats, back.mode, back.shared) == (
        "aa", Access.CLOSED, ("speaker", "step"), Mode.ONLINE, True)


@pytest.mark.parametrize(("changes", "message"), [
    ({"attended_at": NOW + timedelta(days=2)}, "still ahead"),
    ({"fellowship": "  "}, "which fellowship or group"),
    ({"notes": "x" * (1024 * 1024)}, "nothing has been lost"),
    ({"name": "n" * 300}, "under 200 characters"),
    ({"attended_at": datetime(1900, 1, 1)}, "after 1935"),
])
def test_bad_meetings_get_a_calm_message_and_save_nothing(vault: Vault,
                                                          changes: dict[str, object],
                                                          message: str):
    with pytest.raises(InvalidInput) as problem, vault.session() as session:
        meetings.save_meeting(session, meeting(**changes), now_utc=NOW)
    assert any(message in text for text in problem.value.messages)
    with vault.session() as session:
        assert meetings.count_meetings(session) == 0


@settings(max_examples=15, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text(st.characters(exclude_categories=["Cs"]), min_size=1, max_size=200)
       | st.sampled_from(TEXTS))
def test_any_text_round_trips_on_meetings_and_people(vault: Vault, text: str):
    cleaned = text.replace("\x00", "")
    if not cleaned.strip():
        with pytest.raises(InvalidInput), vault.session() as session:
            support.save_person(session, PersonInput(text))
        return
    with vault.session() as session:
        meeting_id = meetings.save_meeting(session, meeting(fellowship=text, name=text,
                                                            notes=text), now_utc=NOW)
        person_id = support.save_person(session, PersonInput(text, notes=text, phone=text))
        contact_id = support.add_contact(session, person_id, NOW, ZONE, ContactWay.OTHER,
                                         text, now_utc=NOW)
        crisis.add_line(session, text, text, text)
    with vault.session() as session:
        back = meetings.load_meeting(session, meeting_id)
        person = support.get_person(session, person_id)
        contact = support.contacts_by_id(session, [contact_id])[contact_id]
        line = crisis.crisis_lines(session, "GB")[-1]
    assert back is not None and person is not None
    assert back.notes == cleaned and back.fellowship == cleaned.strip()
    assert person.name == cleaned.strip() and person.notes == cleaned
    assert contact.note == cleaned and contact.person_name == cleaned.strip()
    assert line.contact == cleaned.strip()


def test_meetings_between_and_delete_with_undo(vault: Vault):
    with vault.session() as session:
        ids = [meetings.save_meeting(session, meeting(attended_at=NOW - timedelta(days=d)),
                                     now_utc=NOW) for d in (1, 8, 15)]
    with vault.session() as session:
        week = meetings.meetings_between(session, NOW - timedelta(days=7), NOW)
        assert [m.id for m in week] == [ids[0]]
        assert list(meetings.meeting_ids(session)) == ids  # newest first
        snapshot = meetings.delete_meeting(session, ids[1])
    assert snapshot is not None
    with vault.session() as session:
        assert meetings.count_meetings(session) == 2
        meetings.restore_meeting(session, snapshot)
    with vault.session() as session:
        assert list(meetings.meeting_ids(session)) == ids


def test_home_group_and_ninety_in_ninety(vault: Vault):
    with vault.session() as session:
        assert meetings.home_group(session) is None
        with pytest.raises(InvalidInput):
            meetings.set_home_group(session, HomeGroup(" ", ""))
        meetings.set_home_group(session, HomeGroup("Riverside circle", "Sunday share 🌿"))
        assert meetings.ninety_status(session, NOW, ZONE) is None
        meetings.set_ninety(session, date(2026, 6, 1))
        for days in (0, 3, 14, 20):  # the 20-day-old one is before the start
            meetings.save_meeting(session, meeting(attended_at=NOW - timedelta(days=days)),
                                  now_utc=NOW)
    with vault.session() as session:
        assert meetings.home_group(session) == HomeGroup("Riverside circle", "Sunday share 🌿")
        status = meetings.ninety_status(session, NOW, ZONE)
    assert status is not None and (status.day, status.meetings) == (15, 3)
    assert not status.finished


# -- people, contacts, crisis lines --------------------------------------------------------


def test_people_contacts_and_sponsor_contacts(vault: Vault):
    with vault.session() as session:
        with pytest.raises(InvalidInput) as problem:
            support.save_person(session, PersonInput("   "))
        assert "name" in problem.value.messages[0]
        friend = support.save_person(session, PersonInput("Dev", (Relation.FRIEND,),
                                                          on_crisis_card=True))
        sponsor = support.save_person(session, PersonInput(
            "Maggie", (Relation.SPONSOR,), phone="0700", on_crisis_card=True))
        support.add_contact(session, sponsor, NOW - timedelta(days=1), ZONE, ContactWay.CALL,
                            "Talked about the weekend", now_utc=NOW)
        support.add_contact(session, friend, NOW - timedelta(days=1), ZONE, ContactWay.TEXT,
                            now_utc=NOW)
        with pytest.raises(InvalidInput) as problem:
            support.add_contact(session, sponsor, NOW + timedelta(days=1), ZONE,
                                ContactWay.CALL, now_utc=NOW)
        assert "still ahead" in problem.value.messages[0]
    with vault.session() as session:
        assert [p.name for p in support.crisis_people(session)] == ["Maggie", "Dev"]
        found = support.sponsor_contacts_between(session, NOW - timedelta(days=7), NOW)
        assert [(c.person_name, c.way) for c in found] == [("Maggie", ContactWay.CALL)]
        assert support.contact_count(session, sponsor) == 1
        support.remove_person(session, sponsor)
    with vault.session() as session:
        assert len(support.contact_ids(session)) == 1
        assert [p.name for p in support.list_people(session)] == ["Dev"]


def test_crisis_lines_hide_edit_restore_add_remove(vault: Vault):
    with vault.session() as session:
        shipped = crisis.crisis_lines(session, "GB")
        assert [line.name for line in shipped] == ["Samaritans"]
        key = shipped[0].key
        crisis.edit_line(session, key, "Samaritans (my branch)", "116 123", "24/7")
        own = crisis.add_line(session, "Local centre", "020 7946 0000")
        with pytest.raises(InvalidInput):
            crisis.add_line(session, "No number", "")
    with vault.session() as session:
        lines = crisis.crisis_lines(session, "GB")
        assert [(x.name, x.shipped, x.edited) for x in lines] == [
            ("Samaritans (my branch)", True, True), ("Local centre", False, False)]
        assert lines[0].checked == "" and crisis.shipped_lines("GB")[0].checked
        crisis.set_hidden(session, key, True)
        assert [x.name for x in crisis.crisis_lines(session, "GB")] == ["Local centre"]
        assert len(crisis.crisis_lines(session, "GB", include_hidden=True)) == 2
        crisis.restore_defaults(session, "GB")
        crisis.remove_line(session, own)
    with vault.session() as session:
        assert crisis.crisis_lines(session, "GB") == crisis.shipped_lines("GB")


# -- clean-time summaries ------------------------------------------------------------------


def two_goals(vault: Vault, clean_since: date) -> tuple[int, int, int]:
    with vault.session() as session:
        drink = behaviours.add_behaviour(session, "Drinking", Category.ALCOHOL)
        bet = behaviours.add_behaviour(session, "Betting", Category.GAMBLING)
        behaviours.set_goal(session, [drink], GoalTier.ABSTINENT, tz=ZONE,
                            clean_since=clean_since)
        behaviours.set_goal(session, [bet], GoalTier.ABSTINENT, tz=ZONE, label="No bets",
                            clean_since=clean_since)
    return drink, bet, 0


def test_a_lapse_restarts_only_its_goal_and_history_is_kept(vault: Vault):
    drink, _bet, _ = two_goals(vault, date(2026, 1, 1))
    with vault.session() as session:
        before = {s.title: s.days for s in summaries.clean_time_summaries(session, NOW, ZONE)}
        entry_id = urges.save_entry(session, UrgeInput(
            behaviour_id=drink, occurred_at=NOW - timedelta(days=10), tz=ZONE, intensity=8,
            outcome=Outcome.LAPSED), now_utc=NOW)
    with vault.session() as session:
        after = {s.title: s for s in summaries.clean_time_summaries(session, NOW, ZONE)}
    assert before == {"Drinking": 165, "No bets": 165}
    assert after["No bets"].days == 165
    drinking = after["Drinking"]
    assert drinking.days == 10 and drinking.clean.longest_days == 155
    assert drinking.clean.total_clean_days == 165
    assert drinking.milestones.next is not None
    assert drinking.milestones.next.milestone == Milestone(30, "d")
    with vault.session() as session:  # the urge log's undo brings the count back
        snapshot = urges.delete_entry(session, entry_id)
        assert snapshot is not None
        assert {s.days for s in summaries.clean_time_summaries(session, NOW, ZONE)} == {165}


def test_a_milestone_is_celebrated_once_per_streak(vault: Vault):
    two_goals(vault, date(2026, 5, 14))  # 32 days before NOW: 30 days reached yesterday
    with vault.session() as session:
        first = summaries.clean_time_summaries(session, NOW, ZONE)
        assert [(s.to_celebrate.milestone.code if s.to_celebrate else None) for s in first] \
            == ["30d", "30d"]
        summaries.mark_celebrated(session, first[0])
    with vault.session() as session:
        again = summaries.clean_time_summaries(session, NOW, ZONE)
        assert again[0].to_celebrate is None and again[1].to_celebrate is not None
        later = summaries.clean_time_summaries(session, NOW + timedelta(days=30), ZONE)
        assert later[0].to_celebrate is not None
        assert later[0].to_celebrate.milestone.code == "60d"


def test_hours_show_in_the_first_day(vault: Vault):
    with vault.session() as session:
        drink = behaviours.add_behaviour(session, "Drinking", Category.ALCOHOL)
        behaviours.set_goal(session, [drink], GoalTier.ABSTINENT, tz=ZONE,
                            clean_since=date(2026, 6, 15))
        [summary] = summaries.clean_time_summaries(session, NOW, ZONE)
    assert summary.hours == 12 and summary.days == 0  # local midnight to 12:00 BST


def test_family_members_and_hidden_counters_get_no_counters(vault: Vault):
    two_goals(vault, date(2026, 1, 1))
    with vault.session() as session:
        assert summaries.counters_allowed(session)
        summaries.set_counters_hidden(session, True)
        assert not summaries.counters_allowed(session)
        summaries.set_counters_hidden(session, False)
        save_profile(session, Profile(role=Role.SUPPORTING))
        assert summaries.clean_time_summaries(session, NOW, ZONE) == []
        assert not summaries.counters_allowed(session)


def test_milestone_list_is_stored_in_the_vault(vault: Vault):
    with vault.session() as session:
        summaries.save_milestone_settings(session, [Milestone(1, "y"), Milestone(7, "d")],
                                          yearly=False)
    with vault.session() as session:
        prefs = summaries.milestone_settings(session)
        assert [m.code for m in prefs.milestones] == ["7d", "1y"] and not prefs.yearly
        summaries.reset_milestone_settings(session)
        assert summaries.milestone_settings(session).milestones[0].code == "24h"


def test_demo_data_includes_meetings_people_and_celebrations(vault: Vault):
    with vault.session() as session:
        demo.fill(session, years=1, seed=4, today=date(2026, 6, 15))
    with vault.session() as session:
        assert 100 < meetings.count_meetings(session) < 400
        assert meetings.home_group(session) is not None
        assert any(p.is_sponsor for p in support.list_people(session))
        assert support.sponsor_contacts_between(session, datetime(2025, 1, 1), NOW)
        found = summaries.clean_time_summaries(session, to_utc(datetime(2026, 6, 15, 12),
                                                               ZONE), ZONE)
        assert found and all(s.to_celebrate is None for s in found)
        exported = build_export(session)
    assert {"meetings", "support_people", "support_contacts"} <= set(exported["data"])
