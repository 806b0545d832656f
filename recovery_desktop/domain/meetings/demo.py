"""Demo meetings: two or three a week for the whole demo span (ten years is ~1,400 rows,
inserted in one statement), a home group, and a 90-in-90 burst at the start."""

from __future__ import annotations

from datetime import datetime, time, timedelta
from typing import Any

from sqlalchemy import insert
from sqlalchemy.orm import Session

from recovery_desktop.domain.behaviours.cleantime import to_utc
from recovery_desktop.domain.features import DemoContext, demo_generator
from recovery_desktop.domain.meetings.models import MeetingRow, Mode
from recovery_desktop.domain.meetings.service import HomeGroup, set_home_group

ZONE = "Europe/London"
# (fellowship, name, access, formats, mode, weekday, hour)
REGULARS = [
    ("aa", "Tuesday Night Hope", "closed", "discussion", Mode.IN_PERSON, 1, 19),
    ("smart", "SMART online, Thursdays", "", "discussion", Mode.ONLINE, 3, 18),
    ("aa", "Saturday Morning Step Study", "closed", "step,literature", Mode.IN_PERSON, 5, 10),
    ("Riverside Wellbeing Circle", "Sunday open share", "open", "speaker", Mode.IN_PERSON, 6, 16),
]
NOTES = ["Heard someone describe exactly my Friday evenings.", "Shared about the wedding.",
         "Coffee with two people afterwards.", "Quiet meeting, felt calmer leaving.",
         "New person today; remembered my first time.", ""]


@demo_generator("meetings", order=40)
def _demo_meetings(session: Session, context: DemoContext) -> None:
    rng = context.rng
    rows: list[dict[str, Any]] = []
    for offset in range(context.days):
        day = context.start + timedelta(days=offset)
        burst = offset < 90  # the first 90 days: a meeting nearly every day
        for fellowship, name, access, formats, mode, weekday, hour in REGULARS:
            if day.weekday() != weekday and not (burst and rng.random() < 0.25):
                continue
            if not burst and rng.random() < 0.35:
                continue  # life happens
            local = datetime.combine(day, time(hour, rng.choice([0, 0, 30])))
            when = to_utc(local, ZONE)
            rows.append({
                "attended_at": when, "tz": ZONE, "fellowship": fellowship, "name": name,
                "access": access, "formats": formats, "mode": mode.value,
                "shared": rng.random() < 0.3, "notes": rng.choice(NOTES),
                "created_at": when, "updated_at": when})
    if rows:
        session.execute(insert(MeetingRow), rows)
    set_home_group(session, HomeGroup("aa", "Tuesday Night Hope"))
