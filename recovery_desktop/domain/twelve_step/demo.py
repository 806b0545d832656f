"""Demo history for the 12-step tracker: two fellowships worked over the years.

AA from the start, GA a few months later (the demo person drinks and bets). Steps are
started and finished in order over the first year or two, a few are revisited later, and
each step gets journal entries; Step 4 has a private inventory, Step 8 a list carried over
from it, and the nightly review is kept on roughly every third evening. Bulk inserts keep a
ten-year vault quick to build.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import insert
from sqlalchemy.orm import Session

from recovery_desktop.domain.features import DemoContext, demo_generator
from recovery_desktop.domain.twelve_step import service
from recovery_desktop.domain.twelve_step.inventory import save_row
from recovery_desktop.domain.twelve_step.lists import add_names_from_step4
from recovery_desktop.domain.twelve_step.models import (
    NightlyReviewRow,
    StepJournalRow,
    StepProgressRow,
)
from recovery_desktop.domain.twelve_step.progress import StepStatus

JOURNAL = [
    "Talked it through with my sponsor after the meeting. Less alone with it.",
    "Hard week. Read my notes from last month and saw how far I have come.",
    "Wrote for twenty minutes before bed. Noticed the same worry keeps coming back.",
    "Shared at the Tuesday meeting for the first time.",
    "Not much to say today, just showing up for it.",
    "Something shifted when I stopped trying to get this step perfect.",
]
RESENTMENTS = [
    ("My brother", "Told the family about my debts", ("self_esteem", "personal_relations"),
     "I had hidden it from everyone, him included."),
    ("My old manager", "Passed me over for the promotion", ("security", "ambitions"),
     "I was late most Mondays that year."),
    ("The bank", "Froze my card without warning", ("security",),
     "I had ignored their letters for months."),
    ("Dad", "Never came to a single game", ("self_esteem",), "Still working this one out."),
]
FEARS = [("Being found out at work", "I built a lot on looking like I had it together."),
         ("Money running out", "It has before, and I remember how it felt."),
         ("Being on my own", "Evenings alone were when I drank most.")]
CONDUCT = [("Missed my niece's birthday", ("selfish", "inconsiderate"),
            "I went to the bookmaker instead", "My sister and my niece",
            "Tell my sister the truth and plan the next visit early.")]


def _at(day: date) -> datetime:
    return datetime.combine(day, time(21, 0))


@demo_generator("12-step tracker", order=40)
def _demo_steps(session: Session, context: DemoContext) -> None:
    rng, start, end = context.rng, context.start, context.end
    aa = service.add_fellowship(session, catalogue_id="aa")
    ga = service.add_fellowship(session, catalogue_id="ga")
    progress: list[dict[str, Any]] = []
    journal: list[dict[str, Any]] = []
    for fellowship, begin, pace in ((aa, start, 45), (ga, start + timedelta(days=120), 70)):
        day = min(begin, end)
        for step in range(1, 13):
            started = day
            completed = started + timedelta(days=rng.randint(pace // 2, pace * 2))
            if step == 4:
                completed += timedelta(days=pace)  # the inventory takes longest
            if started > end:
                break
            status = StepStatus.DONE if completed <= end else StepStatus.WORKING
            if status is StepStatus.DONE and step in (4, 10) and rng.random() < 0.5:
                status = StepStatus.REVISITING
            progress.append({
                "fellowship_id": fellowship, "step": step, "status": status.value,
                "started": started, "completed": completed if completed <= end else None,
                "with_sponsor": rng.random() < 0.8, "notes": rng.choice(JOURNAL),
                "wording": "", "updated_at": _at(min(completed, end))})
            stop = min(completed, end)
            entry = started
            while entry <= stop:  # a couple of entries a month while working the step
                journal.append({"fellowship_id": fellowship, "step": step, "entry_date": entry,
                                "body": rng.choice(JOURNAL), "created_at": _at(entry),
                                "updated_at": _at(entry)})
                entry += timedelta(days=rng.randint(7, 20))
            day = completed + timedelta(days=rng.randint(3, 20))
        # Years later, the journal goes on for the steps people live with (10, 11, 12).
        entry = day
        while entry <= end:
            journal.append({"fellowship_id": fellowship, "step": rng.choice((10, 11, 12)),
                            "entry_date": entry, "body": rng.choice(JOURNAL),
                            "created_at": _at(entry), "updated_at": _at(entry)})
            entry += timedelta(days=rng.randint(10, 40))
    if progress:
        session.execute(insert(StepProgressRow), progress)
    if journal:
        session.execute(insert(StepJournalRow), journal)
    for who, cause, affects, part in RESENTMENTS:
        save_row(session, "resentments", aa, {"resentful_at": who, "cause": cause,
                                               "affects": affects, "my_part": part})
    for fear, why in FEARS:
        save_row(session, "fears", aa, {"fear": fear, "why": why})
    for situation, ways, where, hurt, instead in CONDUCT:
        save_row(session, "conduct", aa, {"situation": situation, "ways": ways,
                                           "where_i_was": where, "who_hurt": hurt,
                                           "instead": instead})
    add_names_from_step4(session, aa)
    reviews = []
    day = max(start, end - timedelta(days=365 * 10))
    while day <= end:
        if rng.random() < 0.35:
            reviews.append({
                "review_date": day, "resentful": rng.random() < 0.2,
                "selfish": rng.random() < 0.2, "dishonest": rng.random() < 0.1,
                "afraid": rng.random() < 0.25,
                "owe_apology": rng.choice(["", "", "My partner, for snapping at dinner"]),
                "amends_done": rng.choice(["", "", "Said sorry to Sam at work"]),
                "went_well": rng.choice(["Called my sponsor", "Walked home the long way",
                                         "Cooked a proper meal", "Went to a meeting"]),
                "created_at": _at(day), "updated_at": _at(day)})
        day += timedelta(days=1)
    if reviews:
        session.execute(insert(NightlyReviewRow), reviews)
