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
from datetime import UTC, date, tzinfo

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

    def add(self, fact: UrgeFact) -> None:
        self.count += 1
        self.kept += fact.outcome in KEPT
        self.lapses += fact.outcome is Outcome.LAPSED
        self.intensity_total += fact.intensity
        if self.peak_intensity is None or fact.intensity > self.peak_intensity:
            self.peak_intensity = fact.intensity


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


def compute(
    facts: Iterable[UrgeFact],
    *,
    start: date | None = None,
    end: date | None = None,
    behaviour_id: int | None = None,
    top: int = 5,
) -> Insights:
    """Everything for the local dates ``start``..``end`` (inclusive; None: unbounded)."""
    result = Insights()
    zones: dict[str, tzinfo] = {}
    triggers: Counter[str] = Counter()
    shown: dict[str, str] = {}
    situations: Counter[str] = Counter()
    for fact in facts:
        if behaviour_id is not None and fact.behaviour_id != behaviour_id:
            continue
        tz = zones.get(fact.tz)
        if tz is None:
            tz = zones[fact.tz] = zone(fact.tz)
        local = fact.occurred_at.replace(tzinfo=UTC).astimezone(tz)
        day = local.date()
        if (start is not None and day < start) or (end is not None and day > end):
            continue
        result.heatmap[local.weekday()][local.hour] += 1
        result.overall.add(fact)
        summary = result.per_behaviour.get(fact.behaviour_id)
        if summary is None:
            summary = result.per_behaviour[fact.behaviour_id] = Summary()
        summary.add(fact)
        if fact.halt:
            for flag in HALT_FLAGS:
                if fact.halt & flag:
                    result.halt[flag] += 1
        if fact.trigger:
            key = _norm(fact.trigger)
            if key:
                triggers[key] += 1
                shown.setdefault(key, " ".join(fact.trigger.split()))
        situations.update(fact.situations)
    result.top_triggers = [(shown[k], n) for k, n in _ranked(triggers, top)]
    result.top_situations = _ranked(situations, top)
    return result


def _ranked(counts: Counter[str], top: int) -> list[tuple[str, int]]:
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:top]
