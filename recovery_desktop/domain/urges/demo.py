"""Demo history for the urge log: three behaviours with goals and years of entries.

Patterns: evenings and weekends are riskier; stretches of tiredness and loneliness (HALT
clusters) raise the count and the intensity; strong urges sometimes end in a lapse; a trip
abroad logs entries in another time zone; and in the last month drinking eases while
online shopping rises (an addiction-transfer episode the insights page should notice).
"""

from __future__ import annotations

from datetime import datetime, time, timedelta
from typing import Any

from sqlalchemy import insert
from sqlalchemy.orm import Session

from recovery_desktop.domain.behaviours.cleantime import to_utc
from recovery_desktop.domain.behaviours.models import Category, GoalTier, PlanPeriod
from recovery_desktop.domain.behaviours.service import add_behaviour, set_goal
from recovery_desktop.domain.features import DemoContext, demo_generator
from recovery_desktop.domain.urges.models import COPING, SITUATIONS, Halt, Outcome, UrgeRow

HOME, AWAY = "Europe/London", "America/New_York"
HOURS = list(range(24))
HOUR_WEIGHTS = [1, 1, 0, 0, 0, 0, 1, 2, 2, 2, 2, 3, 4, 3, 3, 3, 4, 6, 9, 10, 9, 7, 4, 2]
TRIGGERS = ["after work", "payday", "argument at home", "saw an advert", "bored on the sofa",
            "friend's birthday", "couldn't sleep", "long week", "the football was on",
            "feeling left out"]
NOTES = ["Eat something first and text Jo.", "Leave the card at home on Fridays.",
         "Go for a walk when the urge starts, it passed in 15 minutes last time.",
         "This was information, not failure. Earlier night tomorrow."]
WORKED = ["deny_delay", "distract", "urge_surf", "call_support", "halt_fix", "escape"]


def _rate(kind: str, day: int, days: int) -> float:
    late = day >= days - 31  # the transfer episode
    if kind == "drink":
        return 0.03 if late else 0.6 + 0.9 * max(0.0, 1 - day / 400)
    if kind == "shop":
        return 1.0 if late else 0.12
    return 0.15 + 0.3 * max(0.0, 1 - day / 300)  # betting


@demo_generator("urge log", order=20)
def _demo_urges(session: Session, context: DemoContext) -> None:
    rng, start, days = context.rng, context.start, context.days
    drink = add_behaviour(session, "Drinking", Category.ALCOHOL)
    bet = add_behaviour(session, "Sports betting", Category.GAMBLING)
    shop = add_behaviour(session, "Online shopping", Category.SHOPPING)
    first = datetime.combine(start, time(9))
    switch = min(90, max(1, days // 3))
    set_goal(session, [drink], GoalTier.CONTROL, tz=HOME, plan_limit=2,
             plan_period=PlanPeriod.DAY, plan_counts="Drinks, not glasses", now=first)
    set_goal(session, [drink], GoalTier.ABSTINENT, tz=HOME,
             clean_since=start + timedelta(days=switch),
             now=first + timedelta(days=switch))
    set_goal(session, [bet], GoalTier.ABSTINENT, tz=HOME, label="My bottom lines",
             bottom_lines="No betting apps\nNo cash at the bookmaker", clean_since=start,
             now=first)
    set_goal(session, [shop], GoalTier.MINIMISING, tz=HOME, plan_limit=2,
             plan_period=PlanPeriod.WEEK, plan_counts="Things I did not plan to buy",
             now=first)
    trip = rng.randrange(max(1, days - 60)) if days > 90 else -1
    cluster_until = -1
    rows: list[dict[str, Any]] = []
    for day in range(days):
        date_ = start + timedelta(days=day)
        if day > cluster_until and rng.random() < 1 / 60:
            cluster_until = day + rng.randint(5, 12)  # a tired, lonely stretch
        in_cluster = day <= cluster_until
        weekend = 1.6 if date_.weekday() >= 4 else 1.0
        tz = AWAY if 0 <= day - trip < 10 else HOME
        for kind, behaviour in (("drink", drink), ("bet", bet), ("shop", shop)):
            rate = _rate(kind, day, days) * weekend * (1.7 if in_cluster else 1.0)
            count = int(rate) + (rng.random() < rate - int(rate))
            for _ in range(count):
                rows.append(_entry(rng, date_, tz, behaviour, kind, in_cluster, day >= switch))
    if rows:
        session.execute(insert(UrgeRow), rows)


def _entry(rng: Any, date_: Any, tz: str, behaviour: int, kind: str, cluster: bool,
           abstinent: bool) -> dict[str, Any]:
    hour = rng.choices(HOURS, HOUR_WEIGHTS)[0]
    halt = 0
    for flag, p in ((Halt.HUNGRY, 0.12), (Halt.ANGRY, 0.1), (Halt.LONELY, 0.12),
                    (Halt.TIRED, 0.18)):
        if rng.random() < (p * 3 if cluster and flag in (Halt.LONELY, Halt.TIRED) else p):
            halt |= flag
    intensity = round(rng.gauss(4 + (hour >= 18) + 1.5 * bool(halt), 2))
    intensity = max(0, min(10, intensity))
    lapse = rng.random() < 0.01 + 0.05 * max(0, intensity - 6)
    if kind == "shop":
        outcome = Outcome.OVER_PLAN if lapse else (
            Outcome.WITHIN_PLAN if rng.random() < 0.3 else Outcome.RESISTED)
    elif kind == "drink" and not abstinent:
        outcome = Outcome.OVER_PLAN if lapse else Outcome.WITHIN_PLAN
    else:
        outcome = Outcome.LAPSED if lapse else Outcome.RESISTED
    when = to_utc(datetime.combine(date_, time(hour, rng.randrange(60))), tz)
    return {
        "behaviour_id": behaviour, "occurred_at": when, "tz": tz, "intensity": intensity,
        "outcome": outcome.value, "halt": int(halt),
        "where_text": rng.choice(["home", "work", "in town", "on the bus", ""]),
        "with_whom": rng.choice(["alone", "friends", "partner", ""]),
        "doing": rng.choice(["scrolling", "watching TV", "cooking", ""]),
        "trigger": rng.choice(TRIGGERS) if rng.random() < 0.8 else "",
        "situations": ",".join(s for s in SITUATIONS if rng.random() < 0.15),
        "feelings": "[]", "self_talk": "", "duration_min": rng.choice([5, 10, 15, 20, 30]),
        "coping": ",".join(c for c in COPING if c in WORKED and rng.random() < 0.3),
        "amount": "", "note": rng.choice(NOTES) if outcome in (
            Outcome.LAPSED, Outcome.OVER_PLAN) else "",
        "created_at": when, "updated_at": when,
    }
