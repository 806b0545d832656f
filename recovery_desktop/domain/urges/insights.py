"""Insights over urge-log facts: pure functions, no Qt, no database.

One pass over the facts yields everything a page or the weekly review shows for a date
range (local calendar dates, inclusive), overall and per behaviour:
- a heatmap of counts by weekday (Monday = 0) and local hour (0-23);
- top triggers (compared case- and space-insensitively) and top situation types;
- HALT counts;
- the share of urges where the person kept to their goal (resisted, or within plan);
- mean and peak intensity.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from typing import Any

from recovery_desktop.domain.behaviours.cleantime import zone
from recovery_desktop.domain.urges.models import HALT_FLAGS, KEPT, Halt, Outcome
from recovery_desktop.domain.urges.service import UrgeFact


@dataclass
class Summary:
    count: int = 0
    kept: int = 0  # resisted or within plan
    lapses: int = 0
    intensity_total: int = 0
    peak_intensity: int | None = None

    @property
    def share_resisted(self) -> float | None:
        return self.kept / self.count if self.count else None

    @property
    def mean_intensity(self) -> float | None:
        return self.intensity_total / self.count if self.count else None



@dataclass
class Insights:
    heatmap: list[list[int]] = field(default_factory=lambda: [[0] * 24 for _ in range(7)])
    overall: Summary = field(default_factory=Summary)
    per_behaviour: dict[int, Summary] = field(default_factory=dict)
    halt: dict[Halt, int] = field(default_factory=lambda: dict.fromkeys(HALT_FLAGS, 0))
    top_triggers: list[tuple[str, int]] = field(default_factory=list)
    top_situations: list[tuple[str, int]] = field(default_factory=list)


def _norm(text: str) -> str:
    return " ".join(text.split()).casefold()


class LocalClock:
    """UTC -> local wall time, with the zone's offset cached per UTC day: one zoneinfo call
    per day of history instead of one per entry. A day with a transition (DST) in it is
    not cached; its entries are converted one by one."""

    def __init__(self) -> None:
        self.zones: dict[str, tzinfo] = {}
        self.offsets: dict[tuple[str, int], timedelta | None] = {}

    def offset(self, at_utc: datetime, tz: str) -> timedelta | None:
        key = (tz, at_utc.toordinal())
        found = self.offsets.get(key, _MISSING)
        if found is _MISSING:
            zone_info = self.zones.get(tz)
            if zone_info is None:
                zone_info = self.zones[tz] = zone(tz)
            start = datetime.fromordinal(key[1]).replace(tzinfo=UTC)
            first = start.astimezone(zone_info).utcoffset()
            last = (start + timedelta(hours=23, minutes=59, seconds=59)).astimezone(
                zone_info).utcoffset()
            found = self.offsets[key] = first if first == last else None
        return found  # type: ignore[no-any-return]

    def local(self, at_utc: datetime, tz: str) -> datetime:
        offset = self.offset(at_utc, tz)
        if offset is None:
            return at_utc.replace(tzinfo=UTC).astimezone(self.zones[tz]).replace(tzinfo=None)
        return at_utc + offset


_MISSING: Any = object()
# Offsets of a zone on a UTC day never change (short of a tzdata update), so the cache is
# shared by every call: a page refresh after the first pays only for new days.
SHARED_CLOCK = LocalClock()


def compute(
    facts: Iterable[UrgeFact],
    *,
    start: date | None = None,
    end: date | None = None,
    behaviour_id: int | None = None,
    top: int = 5,
    clock: LocalClock | None = None,
) -> Insights:
    """Everything for the local dates ``start``..``end`` (inclusive; None: unbounded)."""
    result = Insights()
    local_of = (clock or SHARED_CLOCK).local
    # Local dates are within a day of UTC dates: skip far-away entries before converting.
    earliest = datetime.combine(start - timedelta(days=1), time()) if start else None
    latest = datetime.combine(end + timedelta(days=2), time()) if end else None
    heatmap = result.heatmap
    # Per behaviour: [count, kept, lapses, intensity total, peak]
    sums: dict[int, list[int]] = {}
    halts: Counter[int] = Counter()
    triggers: Counter[str] = Counter()
    situations: Counter[str] = Counter()
    kept_values = KEPT
    lapsed = Outcome.LAPSED
    for fact in facts:
        if behaviour_id is not None and fact.behaviour_id != behaviour_id:
            continue
        if (earliest is not None and fact.occurred_at < earliest) or (
                latest is not None and fact.occurred_at >= latest):
            continue
        local = local_of(fact.occurred_at, fact.tz)
        if start is not None or end is not None:
            day = local.date()
            if (start is not None and day < start) or (end is not None and day > end):
                continue
        heatmap[local.weekday()][local.hour] += 1
        row = sums.get(fact.behaviour_id)
        if row is None:
            row = sums[fact.behaviour_id] = [0, 0, 0, 0, -1]
        row[0] += 1
        if fact.outcome in kept_values:
            row[1] += 1
        elif fact.outcome is lapsed:
            row[2] += 1
        row[3] += fact.intensity
        row[4] = max(row[4], fact.intensity)
        if fact.halt:
            halts[fact.halt] += 1
        if fact.trigger:
            triggers[fact.trigger] += 1
        if fact.situations:
            situations.update(fact.situations)
    for behaviour, (count, kept, lapses, total, peak) in sums.items():
        result.per_behaviour[behaviour] = Summary(count, kept, lapses, total, peak)
    overall = result.overall
    for summary in result.per_behaviour.values():
        overall.count += summary.count
        overall.kept += summary.kept
        overall.lapses += summary.lapses
        overall.intensity_total += summary.intensity_total
        if overall.peak_intensity is None or (summary.peak_intensity or 0) > overall.peak_intensity:
            overall.peak_intensity = summary.peak_intensity
    for value, n in halts.items():
        for flag in HALT_FLAGS:
            if value & flag:
                result.halt[flag] += n
    merged: Counter[str] = Counter()
    shown: dict[str, str] = {}
    for raw, n in triggers.items():
        key = _norm(raw)
        if key:
            merged[key] += n
            shown.setdefault(key, " ".join(raw.split()))
    result.top_triggers = [(shown[k], n) for k, n in _ranked(merged, top)]
    result.top_situations = _ranked(situations, top)
    return result


def _ranked(counts: Counter[str], top: int) -> list[tuple[str, int]]:
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:top]
