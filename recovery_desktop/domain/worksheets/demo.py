"""Demo data: a realistic spread of worksheets over the demo period."""

from __future__ import annotations

from datetime import datetime, time, timedelta
from typing import Any

from sqlalchemy.orm import Session

from recovery_desktop.domain.features import DemoContext, demo_generator
from recovery_desktop.domain.worksheets.definitions import load_definitions, localized
from recovery_desktop.domain.worksheets.models import COMPLETE, IN_PROGRESS, WorksheetRow
from recovery_desktop.domain.worksheets.store import new_version, save_worksheet

EVENTS = [
    ("Payday, and the route home goes past the bar.", "Walking past the door."),
    ("Argument with my sister on the phone about money.", "She hung up on me."),
    ("Long day at work, home alone, nothing planned for the evening.", "The quiet flat."),
    ("Saw an advert for the casino app while scrolling.", "The bonus offer."),
    ("Friends asked me to the pub after football.", "Everyone else was going."),
]
BELIEFS = [
    ("I must have one drink or I'll never relax.", "dem"),
    ("It would be awful if they thought I was boring.", "awf"),
    ("I can't stand feeling this restless.", "lft"),
    ("I'm a complete failure for even wanting it.", "gr"),
    ("Just this once won't matter.", ""),
]
NEW_VIEWS = [
    "I'd like to relax, and there are other ways to do it: a walk, a call, a film.",
    "They might think that. It would be uncomfortable, not a disaster.",
    "Restless is unpleasant, and it passes. It usually fades within twenty minutes.",
    "Wanting it is part of changing. It says nothing about my worth.",
]
FEELINGS = ["anxious", "lonely", "angry", "bored", "ashamed", "tense"]


def _abc(ctx: DemoContext) -> dict[str, Any]:
    rng = ctx.rng
    event, worst = rng.choice(EVENTS)
    beliefs = rng.sample(BELIEFS, k=rng.randint(1, 3))
    return {
        "mode": rng.choice(["urge", "urge", "upset"]),
        "behaviour": rng.choice(["alcohol", "alcohol", "gambling"]),
        "a_event": event, "a_worst_part": worst,
        "b_beliefs": [{"text": t, "tag": tag} for t, tag in beliefs],
        "c_feelings": [{"feeling": f, "strength": rng.randint(3, 9)}
                       for f in rng.sample(FEELINGS, k=2)],
        "c_urge_strength": rng.randint(2, 9),
        "c_behaviour": rng.choice(["Went for a walk instead.", "Texted a friend.",
                                   "Bought a drink but poured half away."]),
        "d_disputes": [{"thought": t, "question": "Where is that written?",
                        "answer": "Nowhere. It's a habit of thinking, not a fact."}
                       for t, _ in beliefs[:1]],
        "e_new_belief": rng.choice(NEW_VIEWS),
        "e_effect": "Calmer. I made tea and rang my brother.",
    }


def _cba(ctx: DemoContext, round_no: int) -> dict[str, Any]:
    more = ["Sleeping through the night", "Money left at the end of the month",
            "Mornings without a headache", "Being present with the kids"]
    return {
        "behaviour": "alcohol",
        "cba": {
            "use_benefits": [{"text": "Takes the edge off after work", "tag": "short"},
                             {"text": "Easier to talk at parties", "tag": "short"}],
            "use_costs": [{"text": "Hangovers on workdays", "tag": "short"},
                          {"text": "Liver tests getting worse", "tag": "long"}],
            "stop_benefits": [{"text": t, "tag": "long"} for t in more[: 2 + round_no]],
            "stop_costs": [{"text": "Evenings feel long at first", "tag": "short"}],
        },
        "other_ways": "Unwinding: a run or a bath. Talking at parties: get there early.",
        "reflection": "Most of the benefits are short-term; most of the costs are not.",
    }


def _at(ctx: DemoContext, day: int, hour: int) -> datetime:
    return datetime.combine(ctx.start + timedelta(days=day), time(hour, ctx.rng.randint(0, 59)))


def _stamp(session: Session, worksheet_id: int, when: datetime) -> None:
    row = session.get(WorksheetRow, worksheet_id)
    assert row is not None
    row.created_at = row.updated_at = when


@demo_generator("worksheets", order=60)
def _demo_worksheets(session: Session, ctx: DemoContext) -> None:
    defs = load_definitions().definitions
    rng = ctx.rng
    days = max(ctx.days, 1)
    # ABCs: about one a week, more in the first months.
    abc = defs.get("abc")
    if abc is not None:
        day = 0
        while day < days:
            values = _abc(ctx)
            title = f"{localized(abc.title).split(':')[0]}: {values['a_worst_part']}"
            status = COMPLETE if rng.random() < 0.8 else IN_PROGRESS
            wid = save_worksheet(session, abc, values, title=title, status=status)
            _stamp(session, wid, _at(ctx, day, rng.choice([19, 21, 22])))
            day += rng.randint(3, 6) if day < 90 else rng.randint(6, 14)
    cba = defs.get("cost_benefit")
    if cba is not None:
        wid = save_worksheet(session, cba, _cba(ctx, 0), title="Drinking: is it worth it?",
                             status=COMPLETE)
        _stamp(session, wid, _at(ctx, 2, 20))
        for n, day in enumerate((min(60, days - 1), min(200, days - 1)), start=1):
            wid = new_version(session, wid)
            save_worksheet(session, cba, _cba(ctx, n), title="Drinking: is it worth it?",
                           status=COMPLETE, worksheet_id=wid)
            _stamp(session, wid, _at(ctx, day, 20))
    plan = defs.get("change_plan")
    if plan is not None:
        wid = save_worksheet(session, plan, {
            "changes": "No alcohol on weekdays; at most two drinks on Saturdays.",
            "importance": 9, "confidence": 6,
            "reasons": ["My health", "Being there for the kids in the mornings"],
            "steps": [{"step": "Clear the wine rack", "by_when": "Sunday"},
                      {"step": "Tell Sam about the plan", "by_when": "Monday"}],
            "helpers": [{"who": "Sam", "how": "Evening walks"}],
            "success_signs": "Sleeping better, fewer arguments.",
            "obstacles": [{"obstacle": "Friday drinks at work", "response": "Leave at 6"}],
        }, title="Weekday plan", status=COMPLETE)
        _stamp(session, wid, _at(ctx, 5, 18))
    bounds = defs.get("boundaries")
    if bounds is not None:
        wid = save_worksheet(session, bounds, {
            "behaviour": "gambling",
            "inner": ["No betting apps on my phone", "No casino visits"],
            "middle": ["Watching matches alone with my card nearby", "Payday evenings"],
            "outer": ["Five-a-side on Tuesdays", "Cooking with friends"],
            "reviewed_with": "My sponsor", "review_by": "",
        }, title="Gambling: three circles", status=IN_PROGRESS)
        _stamp(session, wid, _at(ctx, min(30, days - 1), 21))
