"""Clean time, streaks and lapse history: calendar dates across zones, DST and travel."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from recovery_desktop.domain.behaviours.cleantime import (
    Convention,
    Lapse,
    clean_time,
    elapsed_since,
    local_date,
    to_utc,
)

LONDON, NEW_YORK, AUCKLAND = "Europe/London", "America/New_York", "Pacific/Auckland"


def at(local: str, tz: str) -> datetime:
    """Naive UTC for a local wall-clock time in ``tz`` (what the app stores)."""
    return to_utc(datetime.fromisoformat(local), tz)


def test_no_lapses_counts_calendar_days_in_the_current_zone():
    since = date(2026, 3, 1)
    result = clean_time(since, [], now_utc=at("2026-03-31 00:30", LONDON), tz=LONDON)
    assert result.days == 30
    assert result.longest_days == 30 and result.total_clean_days == 30
    assert result.lapses == () and len(result.streaks) == 1


def test_the_count_does_not_shift_across_a_dst_change():
    # Europe/London springs forward on 2026-03-29: that day has 23 hours, the count still +1.
    since = date(2026, 3, 28)
    before = clean_time(since, [], now_utc=at("2026-03-29 00:30", LONDON), tz=LONDON)
    after = clean_time(since, [], now_utc=at("2026-03-30 00:30", LONDON), tz=LONDON)
    assert (before.days, after.days) == (1, 2)
    # Real elapsed time does see the short night (used for the first 24 hours only).
    assert elapsed_since(since, time(0, 30), now_utc=at("2026-03-29 00:30", LONDON),
                         tz=LONDON) == timedelta(hours=24)
    assert elapsed_since(since, time(0, 30), now_utc=at("2026-03-30 00:30", LONDON),
                         tz=LONDON) == timedelta(hours=47)


def test_travelling_changes_today_but_never_the_clean_date():
    since = date(2026, 6, 1)
    now = at("2026-06-10 23:30", NEW_YORK)  # already June 11 in Auckland and London
    assert clean_time(since, [], now_utc=now, tz=NEW_YORK).days == 9
    assert clean_time(since, [], now_utc=now, tz=AUCKLAND).days == 10
    assert clean_time(since, [], now_utc=now, tz=LONDON).clean_since == since


def test_a_lapse_belongs_to_the_local_date_where_it_happened():
    late_evening_in_new_york = Lapse(at("2026-06-05 22:00", NEW_YORK), NEW_YORK)
    assert late_evening_in_new_york.local_date == date(2026, 6, 5)  # not June 6 (UTC)
    result = clean_time(date(2026, 6, 1), [late_evening_in_new_york],
                        now_utc=at("2026-06-10 12:00", LONDON), tz=LONDON)
    assert result.current_start == date(2026, 6, 5)
    assert result.days == 5


def test_lapses_restart_the_count_and_keep_the_history():
    since = date(2026, 1, 1)
    lapses = [
        Lapse(at("2026-02-10 21:00", LONDON), LONDON, note="work party"),
        Lapse(at("2026-01-11 20:00", LONDON), LONDON, note="after the argument"),
    ]
    result = clean_time(since, lapses, now_utc=at("2026-03-12 09:00", LONDON), tz=LONDON)
    assert [s.days for s in result.streaks] == [10, 30, 30]
    assert [s.end for s in result.streaks] == [date(2026, 1, 11), date(2026, 2, 10), None]
    assert result.days == 30 and result.longest_days == 30
    assert result.total_clean_days == 70
    assert [lapse.note for lapse in result.lapses] == ["after the argument", "work party"]


def test_day_after_convention_starts_the_next_morning():
    lapse = Lapse(at("2026-01-11 20:00", LONDON), LONDON)
    now = at("2026-01-12 09:00", LONDON)
    assert clean_time(date(2026, 1, 1), [lapse], now_utc=now, tz=LONDON).days == 1
    assert clean_time(date(2026, 1, 1), [lapse], now_utc=now, tz=LONDON,
                      convention=Convention.DAY_AFTER).days == 0


def test_lapses_before_the_clean_date_or_in_the_future_do_not_count():
    since = date(2026, 5, 1)
    old = Lapse(at("2026-04-20 20:00", LONDON), LONDON)
    later = Lapse(at("2026-05-30 20:00", LONDON), LONDON)
    result = clean_time(since, [old, later], now_utc=at("2026-05-20 12:00", LONDON), tz=LONDON)
    assert result.lapses == () and result.days == 19


def test_a_clean_date_in_the_future_counts_zero_not_negative():
    result = clean_time(date(2026, 5, 1), [], now_utc=at("2026-04-01 12:00", LONDON), tz=LONDON)
    assert result.days == 0


def test_unknown_zone_names_fall_back_to_utc():
    assert local_date(datetime(2026, 1, 1, 23, 30), "Not/AZone") == date(2026, 1, 1)


@settings(max_examples=40, deadline=None)
@given(
    offsets=st.lists(st.integers(min_value=0, max_value=400), max_size=8),
    zone=st.sampled_from([LONDON, NEW_YORK, AUCKLAND, "UTC"]),
)
def test_streaks_always_add_up(offsets: list[int], zone: str):
    since = date(2025, 1, 1)
    lapses = [Lapse(to_utc(datetime.combine(since + timedelta(days=d), time(20)), zone), zone)
              for d in offsets]
    now = to_utc(datetime.combine(since + timedelta(days=401), time(12)), zone)
    result = clean_time(since, lapses, now_utc=now, tz=zone)
    assert result.total_clean_days == 401
    assert len(result.streaks) == len(lapses) + 1
    assert result.longest_days == max(s.days for s in result.streaks)
