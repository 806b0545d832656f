"""Numbers for the review's trend charts across weeks: pure, one read of the urge log.

``trends(session, window, weeks=n)`` covers the ``n`` review weeks ending with ``window``
(oldest first): urges per day stacked by behaviour, weekly mean intensity and share
resisted, daily mood, the hour-by-weekday heatmap, and any plugged-in weekly series
(``sections.register_trend``, e.g. meetings per week).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from sqlalchemy.orm import Session

from recovery_desktop.domain.behaviours import service as behaviours
from recovery_desktop.domain.review.mood import mood_entries
from recovery_desktop.domain.review.sections import load_providers, trend_providers
from recovery_desktop.domain.review.week import ReviewWindow
from recovery_desktop.domain.urges import service as urges
from recovery_desktop.domain.urges.insights import SHARED_CLOCK
from recovery_desktop.domain.urges.models import KEPT

DEFAULT_WEEKS = 8


@dataclass
class Trends:
    weeks: list[ReviewWindow]  # oldest first
    days: list[date]  # every day of those weeks
    behaviours: list[tuple[int, str]]  # stacking order: most urges first
    per_day: dict[int, list[int]]  # behaviour id -> urges per day (aligned with ``days``)
    mean_intensity: list[float | None]  # per week
    share_resisted: list[float | None]  # per week
    urges_per_week: list[int]
    mood: list[float | None]  # per day: the day's mood (-3..3), None if not recorded
    heatmap: list[list[int]] = field(default_factory=lambda: [[0] * 24 for _ in range(7)])
    weekly: dict[str, list[float | None]] = field(default_factory=dict)  # plugged-in series


def trends(session: Session, window: ReviewWindow, *, weeks: int = DEFAULT_WEEKS) -> Trends:
    windows = [window]
    for _ in range(weeks - 1):
        windows.insert(0, windows[0].previous())
    first = windows[0]
    span = ReviewWindow(first.start, window.end, window.tz, window.now_utc)
    days = [first.start + timedelta(days=i) for i in range((window.end - first.start).days + 1)]
    low, high = first.utc_bounds()[0], window.utc_bounds()[1]
    names = {b.id: b.name for b in behaviours.list_behaviours(session, include_archived=True)}
    per_day: dict[int, list[int]] = {}
    heatmap = [[0] * 24 for _ in range(7)]
    n = len(windows)
    counts, kept, intensity = [0] * n, [0] * n, [0] * n
    for fact in urges.facts(session, urges.LogFilter(start_utc=low, end_utc=high)):
        local = SHARED_CLOCK.local(fact.occurred_at, fact.tz)
        day = local.date()
        if not span.start <= day <= span.end:
            continue
        offset = (day - first.start).days
        per_day.setdefault(fact.behaviour_id, [0] * len(days))[offset] += 1
        heatmap[local.weekday()][local.hour] += 1
        week = offset // 7
        counts[week] += 1
        intensity[week] += fact.intensity
        if fact.outcome in KEPT:
            kept[week] += 1
    order = sorted(per_day, key=lambda bid: (-sum(per_day[bid]), bid))
    moods: list[float | None] = [None] * len(days)
    for entry in mood_entries(session, first.start, window.end):
        moods[(entry.day - first.start).days] = float(entry.mood)
    result = Trends(
        weeks=windows, days=days,
        behaviours=[(bid, names.get(bid, "?")) for bid in order], per_day=per_day,
        mean_intensity=[intensity[i] / counts[i] if counts[i] else None for i in range(n)],
        share_resisted=[kept[i] / counts[i] if counts[i] else None for i in range(n)],
        urges_per_week=counts, mood=moods, heatmap=heatmap,
    )
    load_providers()
    for key, provider in trend_providers():
        result.weekly[key] = provider(session, windows)
    return result
