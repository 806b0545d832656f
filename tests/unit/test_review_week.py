"""Review weeks, reminders and the autostart file: pure logic, no vault, no Qt."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from recovery_desktop import APP_NAME, NEUTRAL_NAME, autostart
from recovery_desktop.domain.review.reminders import Kind, ReminderPrefs, ReminderSchedule
from recovery_desktop.domain.review.week import (
    current_window,
    default_review_weekday,
    qt_weekday,
    window_ending,
)

NOW = datetime(2026, 11, 26, 18, 0)  # a Thursday


def test_default_review_day_is_the_day_before_the_locale_week_starts():
    assert default_review_weekday(qt_weekday(1)) == 6  # week starts Monday: review Sunday
    assert default_review_weekday(qt_weekday(7)) == 5  # starts Sunday (US): review Saturday
    assert default_review_weekday(qt_weekday(6)) == 4  # starts Saturday: review Friday


@pytest.mark.parametrize(("weekday", "end"), [
    (3, date(2026, 11, 26)),  # the review day is today: the last seven days
    (6, date(2026, 11, 29)),  # Sunday: the week in progress ends this Sunday
    (2, date(2026, 12, 2)),  # Wednesday was yesterday: the next one
])
def test_the_current_window_ends_on_the_next_review_day(weekday: int, end: date):
    window = current_window(NOW, "Europe/London", weekday)
    assert window.end == end
    assert window.start == end - timedelta(days=6)
    assert len(window.days) == 7 and window.days[-1] == end


def test_today_is_the_local_calendar_day_not_the_utc_one():
    late_utc = datetime(2026, 11, 27, 3, 0)  # Friday in UTC, still Thursday in Los Angeles
    assert current_window(late_utc, "America/Los_Angeles", 3).end == date(2026, 11, 26)
    assert current_window(late_utc, "UTC", 3).end == date(2026, 12, 3)


def test_a_week_across_the_clock_change_is_still_seven_days():
    window = window_ending(date(2026, 11, 1), tz="Europe/London", now_utc=NOW)  # DST ended 25 Oct
    dst = window_ending(date(2026, 10, 31), tz="Europe/London", now_utc=NOW)
    assert dst.start == date(2026, 10, 25) and len(dst.days) == 7
    assert window.previous().end == date(2026, 10, 25)
    # The end of the review day is 23:59:59 local: 23:59:59 UTC in winter, 22:59:59 in summer.
    assert window.end_utc() == datetime(2026, 11, 1, 23, 59, 59)
    assert dst.end_utc() == datetime(2026, 10, 31, 23, 59, 59)  # 25 Oct was the change
    summer = window_ending(date(2026, 7, 5), tz="Europe/London", now_utc=NOW)
    assert summer.end_utc() == datetime(2026, 7, 5, 22, 59, 59)


def test_the_window_end_never_passes_now():
    window = current_window(NOW, "Europe/London", 6)
    assert window.end_utc() == NOW


def test_reminders_fire_once_a_day_at_their_hour_with_a_fake_clock():
    prefs = ReminderPrefs(review=True, mood=True, meetings=True, review_weekday=3,
                          review_hour=18, mood_hour=20, meeting_hour=9)
    schedule = ReminderSchedule(prefs)
    thursday = datetime(2026, 11, 26, 8, 59)
    meeting_days = {date(2026, 11, 26)}
    assert schedule.due(thursday, meeting_days=meeting_days) == []
    assert schedule.due(thursday + timedelta(minutes=1), meeting_days=meeting_days) == [
        Kind.MEETING]
    assert schedule.due(thursday + timedelta(minutes=2), meeting_days=meeting_days) == []
    assert schedule.due(datetime(2026, 11, 26, 18, 0)) == [Kind.REVIEW]
    assert schedule.due(datetime(2026, 11, 26, 20, 5), mood_done=True) == []
    assert schedule.due(datetime(2026, 11, 26, 20, 6)) == [Kind.MOOD]
    assert schedule.due(datetime(2026, 11, 26, 21, 0)) == []
    # Friday: no review, the mood reminder again; too late (past the catch-up) says nothing.
    assert schedule.due(datetime(2026, 11, 27, 23, 30)) == []
    assert schedule.due(datetime(2026, 11, 28, 20, 0)) == [Kind.MOOD]


def test_reminders_are_off_until_turned_on():
    schedule = ReminderSchedule(ReminderPrefs())
    assert not schedule.prefs.any_on
    for hour in range(24):
        assert schedule.due(datetime(2026, 11, 29, hour, 0), meeting_days={date(2026, 11, 29)}
                            ) == []


def test_autostart_file_is_written_and_removed_in_the_xdg_folder(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    assert not autostart.is_enabled()
    path = autostart.enable(private=False)
    assert path == tmp_path / "config" / "autostart" / autostart.FILE_NAME
    text = path.read_text()
    assert f"Name={APP_NAME}" in text and "--minimized" in text
    assert autostart.is_enabled()
    autostart.enable(private=True)  # rewriting replaces the file in place
    assert f"Name={NEUTRAL_NAME}\n" in path.read_text()
    assert [p.name for p in path.parent.iterdir()] == [autostart.FILE_NAME]  # no temp left
    autostart.disable()
    assert not path.exists() and not autostart.is_enabled()
    autostart.disable()  # turning it off twice is fine
