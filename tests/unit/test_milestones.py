"""Milestones: the default list, leap days, daylight saving and zones, with a fixed clock."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from recovery_desktop.domain.behaviours.cleantime import local_date, to_utc
from recovery_desktop.domain.behaviours.milestones import (
    Milestone,
    Span,
    add_months,
    milestone_status,
    next_local_midnight,
    parse,
    parse_list,
    span,
)

LONDON, LA, AUCKLAND = "Europe/London", "America/Los_Angeles", "Pacific/Auckland"


def at(local: str, tz: str) -> datetime:
    return to_utc(datetime.fromisoformat(local), tz)


def codes(status_past: tuple[object, ...]) -> list[str]:
    return [r.milestone.code for r in status_past]  # type: ignore[attr-defined]


def test_default_list_then_yearly():
    start = date(2020, 1, 10)
    status = milestone_status(start, now_utc=at("2023-02-01 12:00", LONDON), tz=LONDON)
    assert codes(status.past) == ["24h", "30d", "60d", "90d", "6m", "9m", "1y", "18m", "2y",
                                  "3y"]
    assert status.next is not None
    assert status.next.milestone == Milestone(4, "y") and status.next.on == date(2024, 1, 10)


def test_nothing_reached_on_the_clean_date_itself():
    status = milestone_status(date(2026, 5, 1), now_utc=at("2026-05-01 18:00", LONDON),
                              tz=LONDON)
    assert status.past == ()
    assert status.next is not None and status.next.milestone.code == "24h"
    assert status.next.at_utc == at("2026-05-02 00:00", LONDON)


def test_leap_day_clean_date_falls_on_28_february_in_common_years():
    start = date(2024, 2, 29)
    assert add_months(start, 12) == date(2025, 2, 28)
    assert add_months(start, 48) == date(2028, 2, 29)
    before = milestone_status(start, now_utc=at("2025-02-27 23:59", LONDON), tz=LONDON)
    on = milestone_status(start, now_utc=at("2025-02-28 00:00", LONDON), tz=LONDON)
    assert before.next is not None and before.next.milestone.code == "1y"
    assert codes(on.past)[-1] == "1y" and on.past[-1].on == date(2025, 2, 28)
    assert span(start, date(2025, 2, 28)) == Span(1, 0, 0)
    assert span(start, date(2025, 2, 27)) == Span(0, 11, 29)
    assert span(start, date(2025, 3, 1)) == Span(1, 0, 1)


def test_month_ends_clamp_and_leap_years_count_their_extra_day():
    assert add_months(date(2023, 8, 31), 6) == date(2024, 2, 29)
    assert add_months(date(2022, 8, 31), 6) == date(2023, 2, 28)
    # 90 days over February differ by one day between leap and common years.
    assert (milestone_status(date(2024, 1, 1), now_utc=at("2024-03-30 12:00", LONDON),
                             tz=LONDON).past[-1].milestone.code) == "60d"
    leap = milestone_status(date(2024, 1, 1), now_utc=at("2024-03-31 00:00", LONDON),
                            tz=LONDON)
    assert leap.past[-1].milestone.code == "90d" and leap.past[-1].on == date(2024, 3, 31)
    common = milestone_status(date(2023, 1, 1), now_utc=at("2023-04-01 00:00", LONDON),
                              tz=LONDON)
    assert common.past[-1].on == date(2023, 4, 1)


def test_24_hours_is_real_time_across_the_spring_dst_night():
    # London springs forward on 29 March 2026 (a 23-hour day).
    start, since = date(2026, 3, 28), time(22, 0)
    status = milestone_status(start, now_utc=at("2026-03-29 22:30", LONDON), tz=LONDON,
                              since_time=since)
    assert status.past == ()  # 23.5 hours of real time, though the clock moved 24.5
    assert status.next is not None and status.next.at_utc == at("2026-03-29 23:00", LONDON)
    later = milestone_status(start, now_utc=at("2026-03-29 23:00", LONDON), tz=LONDON,
                             since_time=since)
    assert codes(later.past) == ["24h"]


def test_day_milestones_are_local_dates_whatever_dst_did():
    start = date(2026, 3, 1)  # 30 days later is 31 March, after the change to BST
    status = milestone_status(start, now_utc=at("2026-03-31 00:00", LONDON), tz=LONDON)
    assert codes(status.past) == ["24h", "30d"]
    assert status.past[-1].at_utc == datetime(2026, 3, 30, 23, 0)  # BST midnight, in UTC
    autumn = milestone_status(date(2026, 9, 26), now_utc=at("2026-10-26 00:00", LONDON),
                              tz=LONDON)  # over the autumn change (a 25-hour day)
    assert codes(autumn.past)[-1] == "30d"


def test_the_same_instant_is_a_milestone_in_one_zone_and_not_yet_in_another():
    now = datetime(2026, 5, 1, 3, 0)  # 15:00 on 1 May in Auckland, 20:00 on 30 April in LA
    start = date(2026, 4, 1)
    assert codes(milestone_status(start, now_utc=now, tz=AUCKLAND).past)[-1] == "30d"
    assert codes(milestone_status(start, now_utc=now, tz=LA).past)[-1] == "24h"


def test_next_local_midnight_on_dst_days():
    assert next_local_midnight(at("2026-03-28 12:00", LONDON), LONDON) == datetime(
        2026, 3, 29, 0, 0)
    assert next_local_midnight(at("2026-03-29 12:00", LONDON), LONDON) == datetime(
        2026, 3, 29, 23, 0)
    assert next_local_midnight(at("2026-10-25 12:00", LONDON), LONDON) == datetime(
        2026, 10, 26, 0, 0)
    assert next_local_midnight(datetime(2026, 5, 1, 3, 0), AUCKLAND) == datetime(
        2026, 5, 1, 12, 0)


def test_custom_lists_parse_sort_and_drop_duplicates():
    found, bad = parse_list("1y, 30d 12m;90D, 2w, 0d, monthly")
    assert [m.code for m in found] == ["30d", "90d", "1y"]
    assert bad == ["2w", "0d", "monthly"]
    assert parse("18m") == Milestone(18, "m") and parse("") is None
    status = milestone_status(date(2020, 1, 1), now_utc=at("2021-06-01 00:00", LONDON),
                              tz=LONDON, codes=found, yearly=False)
    assert codes(status.past) == ["30d", "90d", "1y"] and status.next is None


def test_monthly_milestones_are_possible():
    monthly = [Milestone(n, "m") for n in range(1, 13)]
    status = milestone_status(date(2026, 1, 31), now_utc=at("2026-03-01 00:00", LONDON),
                              tz=LONDON, codes=monthly)
    assert [r.on for r in status.past] == [date(2026, 2, 28)]


@settings(max_examples=200, deadline=None)
@given(start=st.dates(date(1990, 1, 1), date(2040, 1, 1)),
       days=st.integers(0, 20_000), minutes=st.integers(0, 1439),
       tz=st.sampled_from([LONDON, LA, AUCKLAND, "UTC", "Asia/Kolkata"]))
def test_past_is_before_now_next_after_and_span_adds_up(start: date, days: int, minutes: int,
                                                        tz: str):
    now = to_utc(datetime.combine(start, time(0)) + timedelta(days=days, minutes=minutes), tz)
    status = milestone_status(start, now_utc=now, tz=tz)
    assert all(r.at_utc <= now for r in status.past)
    assert status.next is None or status.next.at_utc > now
    assert [r.at_utc for r in status.past] == sorted(r.at_utc for r in status.past)
    today = local_date(now, tz)
    parts = span(start, today)
    assert 0 <= parts.months < 12 and parts.days >= 0
    assert add_months(start, parts.years * 12 + parts.months) + timedelta(
        days=parts.days) == max(today, start)
