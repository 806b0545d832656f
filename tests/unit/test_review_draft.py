"""The weekly review's auto-draft, saved reviews, carried plans and mood check-ins, against
a real SQLCipher vault. Expected numbers are worked out by hand in the comments."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import delete, func, select

from recovery_desktop.domain import demo
from recovery_desktop.domain.base import clean_text
from recovery_desktop.domain.behaviours import service as behaviours
from recovery_desktop.domain.behaviours.models import Category, GoalTier
from recovery_desktop.domain.review import mood, plans, sections
from recovery_desktop.domain.review.builtin import CleanTimeWeek, UrgeWeek
from recovery_desktop.domain.review.models import MoodRow, PlanItemRow, ReviewRow
from recovery_desktop.domain.review.plans import PlanItem, PlanStatus, ReviewInput
from recovery_desktop.domain.review.sections import LabelledRows, WeekReview
from recovery_desktop.domain.review.trends import trends
from recovery_desktop.domain.review.week import window_ending
from recovery_desktop.domain.urges import service as urges
from recovery_desktop.domain.urges.models import Halt, Outcome
from recovery_desktop.domain.urges.service import UrgeInput
from recovery_desktop.vault.vault import CreatedVault, Vault

LONDON = "Europe/London"
NOW = datetime(2026, 11, 29, 21, 0)  # Sunday evening, the review day
WEEK = window_ending(date(2026, 11, 29), tz=LONDON, now_utc=NOW)  # Mon 23 .. Sun 29 Nov


@pytest.fixture
def vault(created_vault: CreatedVault) -> Vault:
    return created_vault.vault


def log(session, behaviour: int, at: datetime, intensity: int, outcome: Outcome,
        **more: object) -> int:
    return urges.save_entry(session, UrgeInput(behaviour, intensity, outcome, at, LONDON,
                                               **more), now_utc=NOW)  # type: ignore[arg-type]


@pytest.fixture
def week_data(vault: Vault) -> tuple[int, int]:
    with vault.session() as session:
        drink = behaviours.add_behaviour(session, "Drinking", Category.ALCOHOL)
        bet = behaviours.add_behaviour(session, "Betting", Category.GAMBLING)
        behaviours.set_goal(session, [drink], GoalTier.ABSTINENT, tz=LONDON,
                            clean_since=date(2026, 11, 1), now=NOW - timedelta(days=40))
        # Drinking: 4 urges in the week, intensities 4, 6, 8, 10; one lapse (Saturday).
        log(session, drink, datetime(2026, 11, 23, 19, 0), 4, Outcome.RESISTED,
            trigger="After work", halt=Halt.TIRED, coping=("urge_surf",))
        log(session, drink, datetime(2026, 11, 24, 19, 0), 6, Outcome.RESISTED,
            trigger="after  WORK", halt=Halt.TIRED | Halt.HUNGRY,
            coping=("urge_surf", "call_support"), situations=("negative_feeling",))
        log(session, drink, datetime(2026, 11, 27, 20, 0), 8, Outcome.RESISTED,
            trigger="payday", coping=("distract",))
        log(session, drink, datetime(2026, 11, 28, 22, 0), 10, Outcome.LAPSED,
            trigger="payday", halt=Halt.LONELY, coping=("distract",), note="walk next time")
        # Betting: 1 urge, intensity 5, resisted.
        log(session, bet, datetime(2026, 11, 29, 12, 0), 5, Outcome.RESISTED,
            situations=("negative_feeling", "celebrating"))
        # Outside the week: Sunday 22 Nov 23:30 UTC (still the 22nd in London, GMT).
        log(session, drink, datetime(2026, 11, 22, 23, 30), 9, Outcome.LAPSED)
        # Sunday 29 Nov at 23:30 in New York is Monday 30 Nov in UTC, but the 29th there.
        urges.save_entry(session, UrgeInput(bet, 3, Outcome.RESISTED,
                                            datetime(2026, 11, 30, 4, 30), "America/New_York"),
                         now_utc=datetime(2026, 11, 30, 5, 0))
        return drink, bet


def test_the_auto_draft_matches_numbers_worked_out_by_hand(vault: Vault,
                                                           week_data: tuple[int, int]):
    with vault.session() as session:
        review = sections.assemble(session, WEEK)
    found = review.urges
    assert isinstance(found, UrgeWeek)
    assert found.count == 6 and found.lapses == 1 and found.kept == 5  # 4 + 1 + New York
    by_name = {b.name: b for b in found.behaviours}
    assert [b.name for b in found.behaviours] == ["Drinking", "Betting"]
    assert by_name["Drinking"].mean_intensity == pytest.approx(7.0)  # (4+6+8+10)/4
    assert by_name["Drinking"].peak_intensity == 10
    assert by_name["Drinking"].share_resisted == pytest.approx(0.75)
    assert by_name["Drinking"].per_day == (1, 1, 0, 0, 1, 1, 0)
    assert by_name["Betting"].count == 2 and by_name["Betting"].mean_intensity == 4.0
    assert by_name["Betting"].per_day == (0, 0, 0, 0, 0, 0, 2)
    assert found.top_triggers[:2] == (("After work", 2), ("payday", 2))
    assert found.top_situations[0] == ("negative_feeling", 2)
    assert dict(found.halt) == {"hungry": 1, "angry": 0, "lonely": 1, "tired": 2}
    # Coping when the urge passed (the lapse's "distract" does not count): urge_surf 2,
    # then call_support 1, distract 1 (ties by code).
    assert found.coping_worked == (("urge_surf", 2), ("call_support", 1), ("distract", 1))
    assert [(n.day, n.behaviour) for n in found.lapse_days] == [(date(2026, 11, 28),
                                                                 "Drinking")]
    assert found.transfer == ()
    clean = review.clean_time
    assert isinstance(clean, CleanTimeWeek)
    # Clean since 1 Nov; lapses on 22 Nov and 28 Nov: the streak restarts on the 28th.
    assert [(g.label, g.days, g.since, g.lapses_this_week) for g in clean.goals] == [
        ("Drinking", 1, date(2026, 11, 28), 1)]
    assert review.mood is None and review.meetings is None  # not tracked / not plugged in


def test_an_empty_week_and_a_week_with_only_lapses(vault: Vault):
    with vault.session() as session:
        empty = sections.assemble(session, WEEK)
        assert empty.urges.count == 0 and empty.urges.share_resisted is None
        assert empty.urges.mean_intensity is None and empty.urges.behaviours == ()
        assert empty.clean_time is None and empty.mood is None
        assert sections.LAST_PLAN not in empty.sections
        drink = behaviours.add_behaviour(session, "Drinking", Category.ALCOHOL)
        log(session, drink, datetime(2026, 11, 25, 20, 0), 7, Outcome.LAPSED)
        log(session, drink, datetime(2026, 11, 26, 20, 0), 9, Outcome.LAPSED)
        only = sections.assemble(session, WEEK).urges
    assert only.count == 2 and only.lapses == 2 and only.share_resisted == 0.0
    assert only.peak_intensity == 9 and only.coping_worked == ()


def test_a_review_is_saved_and_its_plan_comes_back_next_week(vault: Vault):
    plan = (PlanItem("Go to a meeting", date(2026, 12, 1), is_meeting=True),
            PlanItem("Walk after work"), PlanItem("   "))
    with vault.session() as session:
        plans.save_review(session, WEEK, ReviewInput(
            win="Said no at the party 🎉", challenge="Payday\x00", for_group="Urges after work",
            plan=plan), now_utc=NOW)
    following = WEEK.following()
    with vault.session() as session:
        saved = plans.load_review(session, WEEK.end)
        carried = sections.assemble(session, following).get(sections.LAST_PLAN)
        today_items = plans.plan_for_days(session, date(2026, 11, 30), date(2026, 12, 6))
    assert saved is not None and saved.win == "Said no at the party 🎉"
    assert saved.challenge == "Payday"
    assert [i.action for i in saved.plan] == ["Go to a meeting", "Walk after work"]
    assert carried is not None and carried.week_end == WEEK.end
    assert [(i.action, i.status) for i in carried.items] == [
        ("Go to a meeting", PlanStatus.OPEN), ("Walk after work", PlanStatus.OPEN)]
    assert [i.action for i in today_items] == ["Go to a meeting", "Walk after work"]
    meeting, walk = carried.items
    assert meeting.id is not None and walk.id is not None
    # Next week's review ticks last week's plan; editing the old review keeps the ticks.
    with vault.session() as session:
        plans.save_review(session, following, ReviewInput(
            win="ok", last_plan_status={meeting.id: PlanStatus.DONE,
                                        walk.id: PlanStatus.PARTLY}), now_utc=NOW)
        plans.save_review(session, WEEK, ReviewInput(win="edited", plan=saved.plan), now_utc=NOW)
    with vault.session() as session:
        again = plans.load_review(session, WEEK.end)
        assert plans.review_days(session) == [following.end, WEEK.end]
        assert session.scalar(select(func.count()).select_from(ReviewRow)) == 2
    assert again is not None and again.win == "edited"
    assert [i.status for i in again.plan] == [PlanStatus.DONE, PlanStatus.PARTLY]


def test_a_plan_day_outside_the_next_seven_days_is_refused_calmly(vault: Vault):
    with vault.session() as session, pytest.raises(plans.InvalidReview) as caught:
        plans.save_review(session, WEEK, ReviewInput(plan=(PlanItem("x", WEEK.end),)))
    assert "seven days after" in caught.value.messages[0]
    with vault.session() as session:
        assert session.scalar(select(func.count()).select_from(ReviewRow)) == 0


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text(max_size=300), action=st.text(max_size=80))
def test_any_text_saves_and_reads_back_cleaned(vault: Vault, text: str, action: str):
    with vault.session() as session:
        plans.save_review(session, WEEK, ReviewInput(win=text, plan=(PlanItem(action),)))
    with vault.session() as session:
        saved = plans.load_review(session, WEEK.end)
        session.execute(delete(PlanItemRow))
        session.execute(delete(ReviewRow))
    assert saved is not None
    assert "\x00" not in saved.win
    assert saved.win == clean_text(text).strip()
    assert [i.action for i in saved.plan] == ([clean_text(action).strip()]
                                               if clean_text(action).strip() else [])


def test_mood_check_ins_summarise_and_flag_the_crisis_card(vault: Vault):
    today = date(2026, 11, 29)
    entries = [mood.MoodInput(date(2026, 11, 27), 1, anxiety=2, sleep_hours=8,
                              medication=mood.Medication.AS_PRESCRIBED),
               mood.MoodInput(date(2026, 11, 28), -3, anxiety=8, sleep_hours=4.5,
                              medication=mood.Medication.NOT_TAKEN),
               mood.MoodInput(today, 0, anxiety=5)]
    with vault.session() as session:
        for item in entries:
            mood.save_mood(session, item, tz=LONDON, today=today, now_utc=NOW)
        mood.save_mood(session, mood.MoodInput(today, -1, anxiety=5), tz=LONDON, today=today)
        week = sections.assemble(session, WEEK).mood
        assert session.scalar(select(func.count()).select_from(MoodRow)) == 3  # one a day
    assert [mood.needs_crisis_card(e) for e in entries] == [False, True, False]
    assert mood.needs_crisis_card(mood.MoodInput(today, 2, self_harm_thoughts=True))
    assert week.mean_mood == pytest.approx((1 - 3 - 1) / 3) and week.lowest == -3
    assert week.mean_sleep == pytest.approx(6.25) and week.mean_anxiety == 5.0  # (2+8+5)/3
    assert (week.medication_days, week.medication_asked) == (1, 2)
    with vault.session() as session, pytest.raises(mood.InvalidMood):
        mood.save_mood(session, mood.MoodInput(today + timedelta(days=1), 0), tz=LONDON,
                       today=today)


def test_a_plugged_in_section_and_trend_appear_without_other_changes(vault: Vault):
    calls: list[object] = []
    sections.load_providers()  # the real meetings provider and trend, put back afterwards
    real_section = sections._PROVIDERS.pop(sections.MEETINGS, None)
    real_trend = sections._TRENDS.pop(sections.MEETINGS, None)

    @sections.register_section(sections.MEETINGS, order=40)
    def meetings(_session: object, window: object) -> LabelledRows:
        calls.append(window)
        return LabelledRows("Meetings", (("Attended", "2"),))

    @sections.register_trend(sections.MEETINGS)
    def per_week(_session: object, windows: Sequence[object]) -> list[float | None]:
        return [float(i) for i in range(len(windows))]

    try:
        with vault.session() as session:
            review = sections.assemble(session, WEEK)
            chart = trends(session, WEEK, weeks=4)
        assert isinstance(review, WeekReview) and calls == [WEEK]
        assert review.meetings.items() == [("Attended", "2")]
        assert chart.weekly[sections.MEETINGS] == [0.0, 1.0, 2.0, 3.0]
    finally:
        sections._PROVIDERS.pop(sections.MEETINGS)
        sections._TRENDS.pop(sections.MEETINGS)
        if real_section is not None:
            sections._PROVIDERS[sections.MEETINGS] = real_section
        if real_trend is not None:
            sections._TRENDS[sections.MEETINGS] = real_trend


def test_trends_over_weeks(vault: Vault, week_data: tuple[int, int]):
    with vault.session() as session:
        chart = trends(session, WEEK, weeks=2)
    assert len(chart.days) == 14 and chart.days[-1] == WEEK.end
    assert chart.urges_per_week == [1, 6]  # the 22 Nov lapse falls in the earlier week
    assert chart.share_resisted == [0.0, pytest.approx(5 / 6)]
    assert chart.mean_intensity[0] == 9.0
    assert [name for _id, name in chart.behaviours] == ["Drinking", "Betting"]
    assert sum(map(sum, chart.heatmap)) == 7


def test_the_demo_fills_reviews_and_moods(vault: Vault):
    with vault.session() as session:
        demo.fill(session, years=1, seed=3, today=date(2026, 11, 29))
        reviews = session.scalar(select(func.count()).select_from(ReviewRow)) or 0
        carried = sections.assemble(session, WEEK)
    assert 30 < reviews <= 53
    assert carried.mood is not None
    assert isinstance(carried.urges, UrgeWeek) and carried.urges.count > 0


def test_urges_around_the_clock_change_fall_on_their_local_days(vault: Vault):
    # Europe/London left summer time at 01:00 UTC on Sunday 25 October 2026.
    week = window_ending(date(2026, 10, 25), tz=LONDON, now_utc=NOW)
    with vault.session() as session:
        drink = behaviours.add_behaviour(session, "Drinking", Category.ALCOHOL)
        log(session, drink, datetime(2026, 10, 18, 23, 30), 5, Outcome.RESISTED)  # Mon 00:30 BST
        log(session, drink, datetime(2026, 10, 24, 23, 30), 5, Outcome.RESISTED)  # Sun 00:30 BST
        log(session, drink, datetime(2026, 10, 25, 23, 30), 5, Outcome.RESISTED)  # Sun 23:30 GMT
        log(session, drink, datetime(2026, 10, 18, 22, 30), 5, Outcome.RESISTED)  # Sun 23:30 BST
        found = sections.assemble(session, week).urges
    assert week.start == date(2026, 10, 19)
    assert found.count == 3
    assert found.behaviours[0].per_day == (1, 0, 0, 0, 0, 0, 2)
