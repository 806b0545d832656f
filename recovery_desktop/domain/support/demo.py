"""Demo support network: a sponsor, a few people (two on the crisis card), a contact with
the sponsor most weeks, and the milestones of the demo goals marked as celebrated."""

from __future__ import annotations

from datetime import datetime, time, timedelta
from typing import Any

from sqlalchemy import insert
from sqlalchemy.orm import Session

from recovery_desktop.domain.behaviours.cleantime import to_utc
from recovery_desktop.domain.features import DemoContext, demo_generator
from recovery_desktop.domain.support.models import ContactRow, ContactWay, Relation
from recovery_desktop.domain.support.service import PersonInput, save_person

ZONE = "Europe/London"
NOTES = ["Talked through the weekend plan.", "Read together, then step work.",
         "Quick check-in before the party.", "She asked how the sleep was going.", ""]


@demo_generator("support network", order=45)
def _demo_support(session: Session, context: DemoContext) -> None:
    rng = context.rng
    sponsor = save_person(session, PersonInput(
        "Maggie", (Relation.SPONSOR,), phone="+44 7700 900123", text_number="+44 7700 900123",
        notes="Call before 9 pm. Prefers texts at work.", on_crisis_card=True))
    save_person(session, PersonInput("Dev", (Relation.FRIEND,), phone="+44 7700 900456",
                                     on_crisis_card=True))
    save_person(session, PersonInput("Dr Okafor", (Relation.THERAPIST,),
                                     email="clinic@example.org", notes="Tuesdays, fortnightly"))
    save_person(session, PersonInput("Priya", (Relation.FACILITATOR,),
                                     other_contact="SMART online chat"))
    save_person(session, PersonInput("Tom", (Relation.SPONSEE,), phone="+44 7700 900789"))
    rows: list[dict[str, Any]] = []
    ways = [ContactWay.CALL, ContactWay.CALL, ContactWay.TEXT, ContactWay.IN_PERSON]
    for offset in range(0, context.days, 1):
        if rng.random() > 0.3:
            continue
        day = context.start + timedelta(days=offset)
        when = to_utc(datetime.combine(day, time(rng.choice([8, 12, 18, 20]))), ZONE)
        rows.append({"person_id": sponsor, "at_utc": when, "tz": ZONE,
                     "way": rng.choice(ways).value, "note": rng.choice(NOTES),
                     "created_at": when})
    if rows:
        session.execute(insert(ContactRow), rows)


@demo_generator("celebrated milestones", order=90)
def _demo_celebrated(session: Session, context: DemoContext) -> None:
    from recovery_desktop.domain.behaviours.clean_summary import (
        clean_time_summaries,
        mark_celebrated,
    )

    now = to_utc(datetime.combine(context.end, time(12)), ZONE)
    for summary in clean_time_summaries(session, now, ZONE):
        mark_celebrated(session, summary)
