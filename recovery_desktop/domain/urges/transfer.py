"""Addiction transfer: one behaviour's urges or lapses rise while another's fall.

Two comparable windows of ``WINDOW_DAYS`` local calendar days are compared: the most
recent one (ending ``today``, inclusive) and the one just before it. Each behaviour gets a
score per window: entries logged plus ``LAPSE_WEIGHT - 1`` extra for each lapse.

A pair (rising, falling) is flagged when all of these hold (thresholds chosen so that a
handful of entries or one bad week says nothing):
- rising: score now >= ``MIN_RISE_NOW``, >= ``RISE_FACTOR`` x score before, and up by at
  least ``MIN_CHANGE``;
- the rise is steady: in at least ``STEADY_WEEKS`` of the four recent weeks the weekly
  score is above the earlier window's weekly mean (a single noisy week does not count);
- falling: score before >= ``MIN_FALL_BEFORE``, score now <= ``FALL_FACTOR`` x before, and
  down by at least ``MIN_CHANGE``;
- both changes are unlikely to be chance: if a behaviour's rate had not changed, each of
  its before+now events would fall in either window with even odds, so the split is
  Binomial(before + now, 1/2); the one-sided tail must be below ``MAX_CHANCE``. (Without
  this, a steady behaviour logged a few times a week "halves" by chance now and then.)
The result carries the numbers so the message can show them.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from recovery_desktop.domain.urges.insights import SHARED_CLOCK
from recovery_desktop.domain.urges.models import Outcome
from recovery_desktop.domain.urges.service import UrgeFact

WINDOW_DAYS = 28
LAPSE_WEIGHT = 2
MIN_RISE_NOW = 6
RISE_FACTOR = 2.0
MIN_FALL_BEFORE = 6
FALL_FACTOR = 0.5
MIN_CHANGE = 4
STEADY_WEEKS = 3
MAX_CHANCE = 0.01


@dataclass(frozen=True)
class TransferSignal:
    rising_id: int
    falling_id: int
    rising_before: int
    rising_now: int
    falling_before: int
    falling_now: int
    recent_start: date  # first day of the recent window
    recent_end: date  # last day (inclusive)


def detect_transfer(facts: Iterable[UrgeFact], *, today: date) -> list[TransferSignal]:
    """Flagged (rising, falling) pairs, biggest rise first; empty when nothing stands out."""
    recent_start = today - timedelta(days=WINDOW_DAYS - 1)
    before_start = recent_start - timedelta(days=WINDOW_DAYS)
    before: dict[int, int] = defaultdict(int)
    weeks: dict[int, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    local_of = SHARED_CLOCK.local
    # Local dates are within 14 hours of UTC dates: a cheap bound before any zone lookup.
    earliest = datetime.combine(before_start - timedelta(days=1), time())
    latest = datetime.combine(today + timedelta(days=2), time())
    for fact in facts:
        if not earliest <= fact.occurred_at < latest:
            continue
        day = local_of(fact.occurred_at, fact.tz).date()
        if day < before_start or day > today:
            continue
        weight = LAPSE_WEIGHT if fact.outcome is Outcome.LAPSED else 1
        if day < recent_start:
            before[fact.behaviour_id] += weight
        else:
            weeks[fact.behaviour_id][min(3, (day - recent_start).days // 7)] += weight
    ids = set(before) | set(weeks)
    now = {bid: sum(weeks[bid]) if bid in weeks else 0 for bid in ids}
    rising = [bid for bid in ids if _rises(before[bid], now[bid], weeks.get(bid, [0] * 4))]
    falling = [bid for bid in ids if _falls(before[bid], now[bid])]
    signals = [
        TransferSignal(r, f, before[r], now[r], before[f], now[f], recent_start, today)
        for r in rising
        for f in falling
        if r != f
    ]
    return sorted(signals, key=lambda s: (-(s.rising_now - s.rising_before), s.rising_id,
                                          s.falling_id))


def chance_of_at_least(k: int, n: int) -> float:
    """P(X >= k) for X ~ Binomial(n, 1/2): how likely a split this lopsided is by chance."""
    if k <= 0:
        return 1.0
    return float(sum(math.comb(n, i) for i in range(k, n + 1)) / 2**n)


def _rises(before: int, now: int, weekly: list[int]) -> bool:
    if now < MIN_RISE_NOW or now - before < MIN_CHANGE or now < RISE_FACTOR * before:
        return False
    if chance_of_at_least(now, now + before) >= MAX_CHANCE:
        return False
    weekly_mean = before / 4
    return sum(1 for week in weekly if week > weekly_mean) >= STEADY_WEEKS


def _falls(before: int, now: int) -> bool:
    return (before >= MIN_FALL_BEFORE and before - now >= MIN_CHANGE
            and now <= FALL_FACTOR * before
            and chance_of_at_least(before, now + before) < MAX_CHANCE)
