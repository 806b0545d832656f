"""Pure functions of the tracker: step statuses, date checks and the progress summary.

No database and no clock of their own: ``today`` is passed in (the person's local date),
so tests and the UI agree on what "the future" is.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from recovery_desktop.marks import translate

STEPS = tuple(range(1, 13))
EARLIEST = date(1900, 1, 1)
MAX_TEXT = 200_000  # characters per text field: a long inventory answer fits many times


class StepStatus(StrEnum):
    NOT_STARTED = "not_started"
    WORKING = "working"
    DONE = "done"
    REVISITING = "revisiting"


def status_of(value: str) -> StepStatus:
    """A stored status; an unknown one (from a newer version) reads as not started."""
    try:
        return StepStatus(value)
    except ValueError:
        return StepStatus.NOT_STARTED


@dataclass(frozen=True)
class StepState:
    step: int
    status: StepStatus = StepStatus.NOT_STARTED
    started: date | None = None
    completed: date | None = None
    with_sponsor: bool = False
    journal_entries: int = 0


def date_problems(started: date | None, completed: date | None, *, today: date) -> list[str]:
    """What is wrong with a step's dates, as messages a person can act on."""
    problems = []
    # Whole sentences per date, so a translation never has to fit a verb into a gap.
    checks = (
        (started,
         translate("problems", "The date you started this step is in the future. Please choose "
                   "today or an earlier day."),
         translate("problems", "The date you started this step should be after 1900.")),
        (completed,
         translate("problems", "The date you completed this step is in the future. Please "
                   "choose today or an earlier day."),
         translate("problems", "The date you completed this step should be after 1900.")),
    )
    for value, future, too_early in checks:
        if value is None:
            continue
        if value > today:
            problems.append(future)
        elif value < EARLIEST:
            problems.append(too_early)
    if started is not None and completed is not None and completed < started:
        problems.append(translate(
            "problems",
            "The date you completed this step is before the date you started it. Please check "
            "both dates."))
    return problems


def text_problems(texts: Iterable[str]) -> list[str]:
    if any(len(text) > MAX_TEXT for text in texts):
        return [f"One of the texts is longer than {MAX_TEXT:,} characters. Please shorten it; "
                "nothing has been lost, your words are still in the form."]
    return []


@dataclass(frozen=True)
class Summary:
    """What the progress view says above the twelve steps."""

    counts: dict[StepStatus, int]
    current: int | None  # the step being worked (lowest working or revisiting), if any
    next_step: int | None  # the first step not started yet, if any
    done: int

    @property
    def all_done(self) -> bool:
        return self.done == len(STEPS)


def summarise(states: Iterable[StepState]) -> Summary:
    """Twelve states (missing steps count as not started) summed up in one pass."""
    by_step = {state.step: state for state in states if state.step in STEPS}
    full = [by_step.get(step, StepState(step)) for step in STEPS]
    counts = Counter(state.status for state in full)
    active = [s.step for s in full if s.status in (StepStatus.WORKING, StepStatus.REVISITING)]
    waiting = [s.step for s in full if s.status is StepStatus.NOT_STARTED]
    return Summary(
        counts={status: counts.get(status, 0) for status in StepStatus},
        current=min(active) if active else None,
        next_step=min(waiting) if waiting else None,
        done=counts.get(StepStatus.DONE, 0) + counts.get(StepStatus.REVISITING, 0),
    )
