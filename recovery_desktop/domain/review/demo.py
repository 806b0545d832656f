"""Demo reviews (with plans and ticks) and daily mood check-ins across the demo span.

Reviews fall on Sundays, most weeks but not every one (people skip weeks); each plans a
few actions for the next seven days and the following review ticks them. Mood drifts
slowly with a low patch now and then; about one day in five has no check-in.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from recovery_desktop.domain.features import DemoContext, demo_generator
from recovery_desktop.domain.review.models import MoodRow, PlanItemRow, ReviewRow
from recovery_desktop.domain.review.plans import PlanStatus

WINS = ["Went to the meeting even though I was tired.", "Said no at the party.",
        "Three evenings in a row with a walk instead.", "Told my sister how I was doing."]
CHALLENGES = ["Payday weekend was hard.", "Slept badly most of the week.",
              "Work stress on Thursday.", "Felt lonely in the evenings."]
GROUP = ["How to handle the urge after work.", "Cost-benefit of the weekend plans.",
         "Talking to family about boundaries.", ""]
ACTIONS = [("Go to a meeting", True), ("Walk after work", False), ("Call a friend", False),
           ("Cook a proper dinner", False), ("Do an ABC on a strong urge", False),
           ("Bed by eleven", False), ("Online meeting", True)]
STATUSES = [PlanStatus.DONE, PlanStatus.DONE, PlanStatus.PARTLY, PlanStatus.NOT_DONE]


@demo_generator("weekly reviews and mood", order=60)
def _demo_reviews(session: Session, context: DemoContext) -> None:
    rng = context.rng
    first = context.start + timedelta(days=(6 - context.start.weekday()) % 7)
    reviews: list[dict[str, Any]] = []
    day = first
    while day <= context.end:
        if rng.random() < 0.8:
            made = datetime.combine(day, time(20, 0))
            reviews.append({"week_start": day - timedelta(days=6), "week_end": day,
                            "win": rng.choice(WINS), "challenge": rng.choice(CHALLENGES),
                            "for_group": rng.choice(GROUP), "created_at": made,
                            "updated_at": made})
        day += timedelta(days=7)
    if reviews:
        session.execute(insert(ReviewRow), reviews)
    ids = {end: rid for end, rid in session.execute(select(ReviewRow.week_end, ReviewRow.id))}
    items: list[dict[str, Any]] = []
    for end, review_id in ids.items():
        past = end + timedelta(days=7) < context.end
        for position in range(rng.randint(2, 4)):
            action, meeting = rng.choice(ACTIONS)
            on = end + timedelta(days=rng.randint(1, 7)) if rng.random() < 0.7 else None
            status = rng.choice(STATUSES) if past else PlanStatus.OPEN
            items.append({"review_id": review_id, "position": position, "action": action,
                          "day": on, "is_meeting": meeting, "status": status.value})
    if items:
        session.execute(insert(PlanItemRow), items)
    session.execute(insert(MoodRow), list(_moods(rng, context.start, context.end)))


def _moods(rng: Any, start: date, end: date) -> Any:
    level = 0.0
    day = start
    while day <= end:
        level = max(-3.0, min(3.0, level * 0.9 + rng.gauss(0, 0.6)))
        if rng.random() < 0.8:
            mood = round(level)
            yield {"day": day, "mood": mood, "anxiety": max(0, min(10, round(4 - mood +
                                                                        rng.gauss(0, 1.5)))),
                   "sleep_hours": round(max(3.0, min(10.0, rng.gauss(7, 1.2))) * 2) / 2,
                   "medication": rng.choice(["as_prescribed"] * 6 + ["partly"]),
                   "self_harm_thoughts": False, "note": "", "tz": "Europe/London",
                   "recorded_at": datetime.combine(day, time(21, 0))}
        day += timedelta(days=1)
