"""The review sections other features provide (meetings, contacts, step work, milestones),
the meetings-per-week trend and Today's clean time, against a real SQLCipher vault.
Expected numbers are worked out by hand in the comments."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication
from sqlalchemy import update

from recovery_desktop.domain.behaviours import clean_summary
from recovery_desktop.domain.behaviours import service as behaviours
from recovery_desktop.domain.behaviours.milestones import Milestone
from recovery_desktop.domain.behaviours.models import Category, GoalTier
from recovery_desktop.domain.behaviours.review_section import MilestonesWeek
from recovery_desktop.domain.meetings import service as meetings
from recovery_desktop.domain.meetings.models import Mode
from recovery_desktop.domain.meetings.review_section import MeetingsWeek
from recovery_desktop.domain.profile import Profile, Role, save_profile
from recovery_desktop.domain.review import sections
from recovery_desktop.domain.review.today import today_summary
from recovery_desktop.domain.review.trends import trends
from recovery_desktop.domain.review.week import window_ending
from recovery_desktop.domain.support import service as support
from recovery_desktop.domain.support.models import ContactWay, Relation
from recovery_desktop.domain.support.review_section import ContactsWeek
from recovery_desktop.domain.twelve_step import inventory, lists, service
from recovery_desktop.domain.twelve_step.models import (
    AmendsRow,
    ConductRow,
    FearRow,
    ResentmentRow,
    StepProgressRow,
)
from recovery_desktop.domain.twelve_step.progress import StepStatus
from recovery_desktop.domain.twelve_step.review_section import StepWeek
from recovery_desktop.ui.review.section_views import render
from recovery_desktop.vault.vault import CreatedVault, Vault

LONDON = "Europe/London"
NEW_YORK = "America/New_York"
NOW = datetime(2026, 11, 29, 21, 0)  # Sunday evening (GMT), the review day
WEEK = window_ending(date(2026, 11, 29), tz=LONDON, now_utc=NOW)  # Mon 23 .. Sun 29 Nov
# UK clocks went back at 02:00 BST on Sunday 25 October 2026: a week of 169 hours.
DST_WEEK = window_ending(date(2026, 10, 25), tz=LONDON, now_utc=NOW)  # Mon 19 .. Sun 25 Oct
SECRET = "the secret inventory words"


@pytest.fixture
def vault(created_vault: CreatedVault) -> Vault:
    return created_vault.vault


def meet(session, at: datetime, tz: str = LONDON, *, shared: bool = False,
         fellowship: str = "aa", name: str = "") -> int:
    return meetings.save_meeting(session, meetings.MeetingInput(
        at, tz, fellowship, name=name, shared=shared, notes="private meeting notes"),
        now_utc=max(NOW, at))


def lines(key: str, data: object) -> list[str]:
    shown = render(key, data)
    assert shown is not None
    return shown[1]


# -- meetings --------------------------------------------------------------------------------


@pytest.fixture
def meeting_log(vault: Vault) -> None:
    with vault.session() as session:
        meet(session, datetime(2026, 11, 23, 0, 30), shared=True)  # Mon 00:30 GMT: in
        meet(session, datetime(2026, 11, 22, 23, 30))  # Sun 22nd 23:30 GMT: the week before
        meet(session, datetime(2026, 11, 25, 19, 0), name="Tuesday Hope")  # Wed: in
        # Sunday 29th 20:00 in New York is Monday 30th 01:00 UTC, but the 29th there: in.
        meet(session, datetime(2026, 11, 30, 1, 0), NEW_YORK, shared=True, fellowship="My group")
        meet(session, datetime(2026, 11, 16, 19, 0))  # two weeks before the review week
        meet(session, datetime(2026, 11, 10, 19, 0))  # three weeks before
        meetings.set_ninety(session, date(2026, 11, 1))


def test_meetings_in_the_week_are_counted_on_their_own_local_dates(vault: Vault,
                                                                   meeting_log: None):
    with vault.session() as session:
        week = sections.assemble(session, WEEK).meetings
    assert isinstance(week, MeetingsWeek)
    assert [m.day for m in week.meetings] == [date(2026, 11, 23), date(2026, 11, 25),
                                              date(2026, 11, 29)]
    assert week.count == 3 and week.shared == 2
    assert [m.fellowship for m in week.meetings] == ["aa", "aa", "My group"]
    assert week.meetings[1].name == "Tuesday Hope" and week.meetings[1].mode is Mode.IN_PERSON
    # 90 in 90 from 1 Nov, as the Meetings page counts it (London days 1..29 Nov): every
    # meeting above except the New York one, which is 30 Nov in London = 5. Day 29 of 90.
    assert week.ninety is not None
    assert (week.ninety.day, week.ninety.meetings, week.ninety.finished) == (29, 5, False)
    assert "private meeting notes" not in repr(week)
    # A printed check-in sheet gets numbers only (printing reads ``rows()``).
    assert week.rows() == [("Meetings attended", "3"), ("Shared at", "2"), ("90 in 90", "29/90, 5")]


def test_meetings_render_plainly(qapp: QApplication, vault: Vault, meeting_log: None):
    with vault.session() as session:
        week = sections.assemble(session, WEEK, keys=[sections.MEETINGS]).meetings
    shown = lines(sections.MEETINGS, week)
    assert shown[0] == "3 meetings this week; you shared at 2."
    assert shown[2].endswith("AA · Tuesday Hope · In person")
    assert shown[3].endswith("My group · In person · you shared")
    assert shown[-1] == "90 in 90: day 29 of 90, 5 meetings so far."


def test_a_dst_week_is_seven_local_days(vault: Vault):
    with vault.session() as session:
        meet(session, datetime(2026, 10, 18, 23, 30))  # Mon 19th 00:30 BST: in
        meet(session, datetime(2026, 10, 18, 22, 30))  # Sun 18th 23:30 BST: out
        meet(session, datetime(2026, 10, 25, 23, 30))  # Sun 25th 23:30 GMT: in
        meet(session, datetime(2026, 10, 26, 0, 30))  # Mon 26th 00:30 GMT: out
        week = sections.assemble(session, DST_WEEK).meetings
        chart = trends(session, DST_WEEK, weeks=2)
    assert isinstance(week, MeetingsWeek)
    assert [m.day for m in week.meetings] == [date(2026, 10, 19), date(2026, 10, 25)]
    assert week.ninety is None  # not turned on
    assert chart.weekly[sections.MEETINGS] == [1.0, 2.0]  # the 18th falls in the week before


def test_meetings_per_week_for_the_charts(vault: Vault, meeting_log: None):
    with vault.session() as session:
        chart = trends(session, WEEK, weeks=4)
    # Weeks 2-8, 9-15, 16-22 and 23-29 Nov: none; the 10th; the 16th and 22nd; three.
    assert chart.weekly[sections.MEETINGS] == [0.0, 1.0, 2.0, 3.0]


def test_an_empty_week_says_so_but_someone_who_never_went_sees_nothing(
        qapp: QApplication, vault: Vault):
    with vault.session() as session:
        review = sections.assemble(session, WEEK)
        chart = trends(session, WEEK, weeks=3)
        assert review.meetings is None
        assert chart.weekly[sections.MEETINGS] == [None, None, None]
        meet(session, datetime(2026, 9, 1, 19, 0))
        week = sections.assemble(session, WEEK).meetings
        chart = trends(session, WEEK, weeks=3)
    assert isinstance(week, MeetingsWeek) and week.count == 0 and week.ninety is None
    assert lines(sections.MEETINGS, week) == ["No meetings logged this week."]
    assert chart.weekly[sections.MEETINGS] == [0.0, 0.0, 0.0]


def test_a_finished_ninety_in_ninety_is_shown_only_in_weeks_it_touches(vault: Vault):
    with vault.session() as session:
        meet(session, datetime(2026, 8, 30, 19, 0))  # day 1 of a 90 in 90 from 30 Aug
        meet(session, datetime(2026, 11, 27, 19, 0))  # day 90 (30 Aug + 89 days = 27 Nov)
        meet(session, datetime(2026, 11, 28, 19, 0))  # day 91: after the 90 days
        meetings.set_ninety(session, date(2026, 8, 30))
        week = sections.assemble(session, WEEK).meetings
        later = sections.assemble(session, WEEK.following()).meetings
        earlier = sections.assemble(session, window_ending(
            date(2026, 8, 29), tz=LONDON, now_utc=NOW)).meetings
    assert isinstance(week, MeetingsWeek) and week.ninety is not None
    assert week.ninety.finished and week.ninety.meetings == 2
    assert isinstance(later, MeetingsWeek) and later.ninety is None
    assert isinstance(earlier, MeetingsWeek) and earlier.ninety is None


# -- contacts ----------------------------------------------------------------------------


def test_contacts_with_the_sponsor_and_others_are_labelled(qapp: QApplication, vault: Vault):
    with vault.session() as session:
        assert sections.assemble(session, WEEK).sponsor_contacts is None  # nobody yet
        maggie = support.save_person(session, support.PersonInput(
            "Maggie", (Relation.SPONSOR,), notes="private person notes"))
        alex = support.save_person(session, support.PersonInput(
            "Alex", (Relation.FRIEND, Relation.SPONSEE)))
        add = support.add_contact
        add(session, maggie, datetime(2026, 11, 24, 18, 0), LONDON, ContactWay.CALL,
            "private contact note", now_utc=NOW)
        add(session, alex, datetime(2026, 11, 28, 12, 0), LONDON, ContactWay.TEXT, now_utc=NOW)
        add(session, maggie, datetime(2026, 11, 22, 23, 59), LONDON, ContactWay.CALL,
            now_utc=NOW)  # Sunday 22nd: the week before
        # Sunday 29th 22:00 in New York is 30 Nov 03:00 UTC: still this week there.
        add(session, maggie, datetime(2026, 11, 30, 3, 0), NEW_YORK, ContactWay.IN_PERSON,
            now_utc=datetime(2026, 11, 30, 4, 0))
        week = sections.assemble(session, WEEK).sponsor_contacts
        before = sections.assemble(session, WEEK.previous().previous()).sponsor_contacts
    assert isinstance(week, ContactsWeek) and week.has_sponsor
    assert [(c.day, c.person) for c in week.sponsor] == [(date(2026, 11, 24), "Maggie"),
                                                         (date(2026, 11, 29), "Maggie")]
    assert [(c.day, c.person, c.relations) for c in week.others] == [
        (date(2026, 11, 28), "Alex", (Relation.SPONSEE, Relation.FRIEND))]
    shown = lines(sections.SPONSOR_CONTACTS, week)
    assert shown[:2] == ["With your sponsor: 2 contacts.",
                         "With other people in your support network: 1 contact."]
    assert shown[2].endswith("Maggie (sponsor), phone call")
    assert shown[-1].endswith("Alex (sponsee, friend), text message")
    assert "private" not in repr(week) + "".join(shown)
    assert week.rows() == [("Contacts with my sponsor", "2"),
                           ("Contacts with other supporters", "1")]  # never names on paper
    assert isinstance(before, ContactsWeek) and not before.contacts
    assert lines(sections.SPONSOR_CONTACTS, before) == ["No contacts logged this week."]


# -- step work -----------------------------------------------------------------------------


def _stamp(session, model: Any, row_id: int, **values: object) -> None:
    session.execute(update(model).where(model.id == row_id).values(**values))


def test_step_work_counts_and_never_the_inventory(qapp: QApplication, vault: Vault):
    today = date(2026, 11, 29)
    with vault.session() as session:
        assert sections.assemble(session, WEEK).step_progress is None  # not on the steps
        aa = service.add_fellowship(session, catalogue_id="aa")
        save = service.save_step
        save(session, aa, 1, service.StepInput(StepStatus.DONE, date(2026, 1, 5),
                                               date(2026, 3, 1)), today=today)
        save(session, aa, 3, service.StepInput(StepStatus.DONE, date(2026, 10, 1),
                                               date(2026, 11, 24)), today=today)  # done: in
        save(session, aa, 4, service.StepInput(StepStatus.WORKING, date(2026, 11, 29)),
             today=today)  # started Sunday: in
        save(session, aa, 2, service.StepInput(StepStatus.REVISITING, date(2026, 2, 1),
                                               date(2026, 4, 1), notes="new notes"),
             today=today)
        stamps = {1: datetime(2026, 3, 1, 12), 3: datetime(2026, 11, 24, 12),
                  4: datetime(2026, 11, 29, 12), 2: datetime(2026, 11, 26, 9)}
        for step, at in stamps.items():  # Step 2 was edited on Thursday: "worked on"
            session.execute(update(StepProgressRow).where(
                StepProgressRow.fellowship_id == aa, StepProgressRow.step == step)
                .values(updated_at=at))
        for day in (date(2026, 11, 23), date(2026, 11, 29), date(2026, 11, 22)):
            service.save_journal(session, aa, 4, day, "journal words", today=today)
        service.save_journal(session, aa, 3, date(2026, 11, 24), "more words", today=today)
        inside, outside = datetime(2026, 11, 27, 20), datetime(2026, 11, 20, 20)
        for key, values, at in (
                ("resentments", {"resentful_at": SECRET, "cause": SECRET}, inside),
                ("fears", {"fear": SECRET}, inside),
                ("conduct", {"situation": SECRET}, inside),
                ("fears", {"fear": SECRET + " 2"}, outside)):
            row_id = inventory.save_row(session, key, aa, values)
            model = {"resentments": ResentmentRow, "fears": FearRow, "conduct": ConductRow}[key]
            _stamp(session, model, row_id, created_at=at)
        amends = lists.save_amends(session, aa, lists.AmendsEntry(SECRET, "x", "y"))
        _stamp(session, AmendsRow, amends, created_at=inside)
        for day in (date(2026, 11, 23), date(2026, 11, 28), date(2026, 11, 22)):
            lists.save_review(session, lists.Review(day, resentful=True, went_well=SECRET),
                              today=today)
        ga = service.add_fellowship(session, catalogue_id="ga")
        review = sections.assemble(session, WEEK)
    week = review.step_progress
    assert isinstance(week, StepWeek)
    assert week.nightly_reviews == 2  # the 23rd and the 28th; the 22nd is the week before
    first, second = week.fellowships
    assert (first.name, first.completed, first.started, first.worked_on) == (
        "Alcoholics Anonymous", (3,), (4,), (2,))
    assert first.journal == ((3, 1), (4, 2))
    assert (first.inventory_entries, first.amends_names) == (3, 1)
    assert (first.done, first.current) == (3, 2)  # 1, 2 (revisiting) and 3; working on 2
    assert second.fellowship_id == ga and not second.active
    shown = lines(sections.STEP_PROGRESS, week)
    assert shown[:4] == [
        "Alcoholics Anonymous: 3 of 12 steps done, working on Step 2.",
        "\u2003This week: completed Step 3; started Step 4; worked on Step 2.",
        "\u2003Journal entries: Step 3 (1), Step 4 (2).",
        "\u2003Step 4 inventory: 3 entries written (kept private)."]
    assert shown[-1] == "Step 10 nightly reviews: 2 evenings."
    assert week.rows() == [  # on paper, not even the Step 4 and Step 8 counts
        ("Alcoholics Anonymous", "3/12, Step 2"), ("Steps completed", "3"),
        ("Steps started", "4"), ("Step journal entries", "3"), ("Gamblers Anonymous", "0/12"),
        ("Step 10 nightly reviews", "2")]
    every_word = repr(review.sections) + "\n".join(
        line for key, data in review.sections.items()
        for line in (render(key, data) or ("", []))[1])
    assert SECRET not in every_word and "journal words" not in every_word


# -- milestones and clean time ---------------------------------------------------------------


@pytest.fixture
def goal(vault: Vault) -> int:
    with vault.session() as session:
        drink = behaviours.add_behaviour(session, "Drinking", Category.ALCOHOL)
        return behaviours.set_goal(session, [drink], GoalTier.ABSTINENT, tz=LONDON,
                                   clean_since=date(2026, 10, 29), now=NOW - timedelta(days=40))


def test_milestones_reached_in_the_week_and_the_next_one(qapp: QApplication, vault: Vault,
                                                         goal: int):
    with vault.session() as session:
        week = sections.assemble(session, WEEK).milestones
        earlier = sections.assemble(session, WEEK.previous()).milestones
        [summary] = clean_summary.clean_time_summaries(session, NOW, LONDON)
    # Clean since 29 Oct: 24 hours on 30 Oct, 30 days on Sat 28 Nov (in the week), then 60
    # days on 28 Dec: 29 days after Sunday 29 Nov.
    assert isinstance(week, MilestonesWeek) and week.to_now
    [item] = week.goals
    assert [r.milestone for r in item.reached] == [Milestone(30, "d")]
    assert item.reached[0].on == date(2026, 11, 28)
    assert item.next is not None and item.next.milestone == Milestone(60, "d")
    assert item.next.on == date(2026, 12, 28) and item.days_to_next == 29
    assert (item.days, item.days_to_next) == (summary.days, summary.days_to_next)
    shown = lines(sections.MILESTONES, week)
    assert shown[0].startswith("Drinking: you reached 30 days on ")
    assert shown[1].startswith("Drinking: next milestone 60 days, on ")
    assert shown[1].endswith("(in 29 days).")
    assert week.rows() == [("milestone reached", "30d (2026-11-28)"),
                           ("next milestone", "60d (2026-12-28)")]  # goals not named on paper
    # The week before (16..22 Nov) reached nothing; next was 30 days, on the 28th.
    assert isinstance(earlier, MilestonesWeek) and not earlier.to_now
    [item] = earlier.goals
    assert item.reached == () and item.next is not None
    assert (item.next.milestone, item.next.on) == (Milestone(30, "d"), date(2026, 11, 28))
    assert "(in" not in lines(sections.MILESTONES, earlier)[0]


def test_hidden_counters_and_the_family_role_give_no_counts(vault: Vault, goal: int):
    with vault.session() as session:
        review = sections.assemble(session, WEEK)
        assert review.milestones is not None and review.clean_time is not None
        clean_summary.set_counters_hidden(session, True)
        review = sections.assemble(session, WEEK)
        today = today_summary(session, now_utc=NOW, tz=LONDON, review_weekday=6)
        assert review.milestones is None and review.clean_time is None and today.clean == ()
        clean_summary.set_counters_hidden(session, False)
        save_profile(session, Profile(role=Role.SUPPORTING, completed=True))
        review = sections.assemble(session, WEEK)
        today = today_summary(session, now_utc=NOW, tz=LONDON, review_weekday=6)
    assert review.milestones is None and review.clean_time is None and today.clean == ()


def test_today_counts_as_the_clean_time_page_does(vault: Vault, goal: int):
    with vault.session() as session:
        summary = today_summary(session, now_utc=NOW, tz=LONDON, review_weekday=6)
        [page] = clean_summary.clean_time_summaries(session, NOW, LONDON)
        drink = behaviours.current_goals(session)[0].behaviour_ids
        behaviours.set_goal(session, drink, GoalTier.ABSTINENT, tz=LONDON,
                            clean_since=date(2026, 11, 29), now=NOW)
        fresh = today_summary(session, now_utc=NOW, tz=LONDON, review_weekday=6)
    [line] = summary.clean
    assert (line.days, line.since, line.hours) == (page.days, page.clean.current_start, None)
    assert line.days == 31  # 29 Oct to 29 Nov
    assert (line.next_milestone, line.next_on, line.days_to_next) == (
        Milestone(60, "d"), date(2026, 12, 28), 29)
    # A streak begun today (midnight, London) shows hours, as the Clean time page does:
    # 21:00 GMT is 21 hours in, and the next milestone is 24 hours, tomorrow.
    [line] = fresh.clean
    assert (line.days, line.hours) == (0, 21)
    assert (line.next_milestone, line.next_on, line.days_to_next) == (
        Milestone(24, "h"), date(2026, 11, 30), 1)


def test_all_the_new_sections_come_in_their_order(vault: Vault, goal: int,
                                                  meeting_log: None):
    with vault.session() as session:
        service.add_fellowship(session, catalogue_id="aa")
        support.save_person(session, support.PersonInput("Maggie", (Relation.SPONSOR,)))
        keys = list(sections.assemble(session, WEEK).sections)
    # No plan carried, no worksheets, no mood: those sections stay out.
    assert keys == [sections.URGES, sections.CLEAN_TIME, sections.MILESTONES,
                    sections.MEETINGS, sections.SPONSOR_CONTACTS, sections.STEP_PROGRESS]


def test_a_dst_week_for_contacts_step_work_and_milestones(qapp: QApplication, vault: Vault):
    """Mon 19 .. Sun 25 Oct 2026: the clocks go back at 02:00 BST on the 25th."""
    with vault.session() as session:
        maggie = support.save_person(session, support.PersonInput("Maggie", (Relation.SPONSOR,)))
        for at in (datetime(2026, 10, 18, 23, 30),  # Mon 19th 00:30 BST: in
                   datetime(2026, 10, 18, 22, 30),  # Sun 18th 23:30 BST: out
                   datetime(2026, 10, 25, 23, 30),  # Sun 25th 23:30 GMT: in
                   datetime(2026, 10, 26, 0, 30)):  # Mon 26th 00:30 GMT: out
            support.add_contact(session, maggie, at, LONDON, ContactWay.CALL, now_utc=NOW)
        aa = service.add_fellowship(session, catalogue_id="aa")
        for at in (datetime(2026, 10, 18, 23, 30), datetime(2026, 10, 25, 23, 30),
                   datetime(2026, 10, 18, 22, 30), datetime(2026, 10, 26, 0, 30)):
            row_id = inventory.save_row(session, "fears", aa, {"fear": SECRET})
            _stamp(session, FearRow, row_id, created_at=at)  # the same two in, two out
        drink = behaviours.add_behaviour(session, "Drinking", Category.ALCOHOL)
        # Clean since 25 Sep: 30 days fall on Sunday 25 Oct, the day the clocks change.
        behaviours.set_goal(session, [drink], GoalTier.ABSTINENT, tz=LONDON,
                            clean_since=date(2026, 9, 25), now=NOW - timedelta(days=90))
        review = sections.assemble(session, DST_WEEK)
        empty = sections.assemble(session, DST_WEEK.previous().previous())
    contacts = review.sponsor_contacts
    assert isinstance(contacts, ContactsWeek)
    assert [c.day for c in contacts.sponsor] == [date(2026, 10, 19), date(2026, 10, 25)]
    steps = review.step_progress
    assert isinstance(steps, StepWeek)
    assert steps.fellowships[0].inventory_entries == 2 and steps.nightly_reviews == 0
    milestones = review.milestones
    assert isinstance(milestones, MilestonesWeek) and not milestones.to_now
    [goal] = milestones.goals
    assert [(r.milestone, r.on) for r in goal.reached] == [(Milestone(30, "d"),
                                                            date(2026, 10, 25))]
    assert goal.next is not None and goal.next.on == date(2026, 11, 24)  # 60 days
    assert goal.days == 30 and goal.days_to_next == 30  # counted to the end of the 25th
    # Two weeks earlier nothing happened: calm lines, not zeros everywhere.
    assert isinstance(empty.step_progress, StepWeek)
    assert lines(sections.STEP_PROGRESS, empty.step_progress) == [
        "Alcoholics Anonymous: 0 of 12 steps done.", "No step work logged this week."]
    assert lines(sections.SPONSOR_CONTACTS, empty.sponsor_contacts) == [
        "No contacts logged this week."]
