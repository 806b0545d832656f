"""The tracker's fellowships and steps, inside one session each.

Widgets pass plain inputs in and get ids and frozen dataclasses back, never ORM rows.
Problems a person can fix raise :class:`InvalidInput` with ready messages; nothing is
written then, and the form keeps what was typed.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from recovery_desktop.domain import fellowships as catalogue
from recovery_desktop.domain.base import clean_text, utcnow
from recovery_desktop.domain.behaviours.service import InvalidInput
from recovery_desktop.domain.twelve_step import inventory
from recovery_desktop.domain.twelve_step.models import (
    StepFellowshipRow,
    StepJournalRow,
    StepProgressRow,
)
from recovery_desktop.domain.twelve_step.progress import (
    STEPS,
    StepState,
    StepStatus,
    date_problems,
    status_of,
    text_problems,
)
from recovery_desktop.marks import translate

MAX_NAME = 200

__all__ = ["InvalidInput"]


@dataclass(frozen=True)
class FellowshipInfo:
    id: int
    catalogue_id: str  # "" for a fellowship the person named
    name: str
    short: str
    for_family: bool
    step1_object: str
    inventory_private: bool


def _info(row: StepFellowshipRow) -> FellowshipInfo:
    known = catalogue.by_id(row.catalogue_id) if row.catalogue_id else None
    if known is None:
        name = row.own_name or row.catalogue_id
        return FellowshipInfo(row.id, "", name, name, False, "", row.inventory_private)
    return FellowshipInfo(row.id, known.id, known.name, known.short, known.for_family,
                          known.step1_object, row.inventory_private)


def name_problems(name: str, what: str = "a name") -> list[str]:
    name = clean_text(name).strip()
    if not name:
        return [f"Please type {what} first."]
    if len(name) > MAX_NAME:
        return [f"That name is longer than {MAX_NAME} characters. Please shorten it."]
    return []


# -- fellowships ---------------------------------------------------------------------------


def list_fellowships(session: Session) -> list[FellowshipInfo]:
    rows = session.scalars(select(StepFellowshipRow).where(~StepFellowshipRow.archived)
                           .order_by(StepFellowshipRow.position, StepFellowshipRow.id))
    return [_info(row) for row in rows]


def get_fellowship(session: Session, fellowship_id: int) -> FellowshipInfo | None:
    row = session.get(StepFellowshipRow, fellowship_id)
    return None if row is None or row.archived else _info(row)


def add_fellowship(session: Session, *, catalogue_id: str = "", own_name: str = "") -> int:
    """Add a known fellowship or the person's own; a removed one comes back with its work."""
    own_name = clean_text(own_name).strip()
    if catalogue_id:
        known = catalogue.by_id(catalogue_id)
        if known is None or not known.works_steps:
            raise InvalidInput([translate("problems", "Please choose a fellowship from the list.")])
        same = StepFellowshipRow.catalogue_id == catalogue_id
        label = known.name
    else:
        if problems := name_problems(own_name, "the fellowship's name"):
            raise InvalidInput(problems)
        same = (StepFellowshipRow.catalogue_id == "") & (
            func.lower(StepFellowshipRow.own_name) == own_name.lower())
        label = own_name
    existing = session.scalars(select(StepFellowshipRow).where(same)).first()
    if existing is not None:
        if not existing.archived:
            raise InvalidInput([translate(
                "problems",
                "%1 is already in your list.").replace("%1", str(label))])
        existing.archived = False
        return existing.id
    position = session.scalar(select(func.max(StepFellowshipRow.position))) or 0
    row = StepFellowshipRow(catalogue_id=catalogue_id, own_name="" if catalogue_id else own_name,
                            position=position + 1, inventory_private=True, archived=False,
                            created_at=utcnow())
    session.add(row)
    session.flush()
    return row.id


def remove_fellowship(session: Session, fellowship_id: int) -> None:
    """Take a fellowship off the list; its step work is kept and returns if it is re-added."""
    row = session.get(StepFellowshipRow, fellowship_id)
    if row is not None:
        row.archived = True


def set_inventory_private(session: Session, fellowship_id: int, private: bool) -> None:
    """Mark one fellowship's Step 4 inventory (and its drafts) extra private, or not."""
    row = session.get(StepFellowshipRow, fellowship_id)
    if row is None:
        return
    row.inventory_private = private
    for section in inventory.SECTIONS.values():
        session.execute(update(section.model).where(
            section.model.fellowship_id == fellowship_id).values(private=private))
    inventory.mark_drafts_private(session, fellowship_id, private)


# -- steps ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class StepInput:
    status: StepStatus = StepStatus.NOT_STARTED
    started: date | None = None
    completed: date | None = None
    with_sponsor: bool = False
    notes: str = ""
    wording: str = ""


def step_problems(entry: StepInput, *, today: date) -> list[str]:
    return date_problems(entry.started, entry.completed, today=today) + text_problems(
        (entry.notes, entry.wording))


def _progress_row(session: Session, fellowship_id: int, step: int) -> StepProgressRow | None:
    return session.scalars(select(StepProgressRow).where(
        StepProgressRow.fellowship_id == fellowship_id, StepProgressRow.step == step)).first()


def load_step(session: Session, fellowship_id: int, step: int) -> StepInput:
    row = _progress_row(session, fellowship_id, step)
    if row is None:
        return StepInput()
    return StepInput(status_of(row.status), row.started, row.completed, row.with_sponsor,
                     row.notes, row.wording)


def save_step(session: Session, fellowship_id: int, step: int, entry: StepInput, *,
              today: date) -> None:
    if step not in STEPS:
        raise InvalidInput([translate("problems", "Steps are numbered 1 to 12.")])
    if session.get(StepFellowshipRow, fellowship_id) is None:
        raise InvalidInput([translate("problems", "This fellowship is no longer in your list.")])
    if problems := step_problems(entry, today=today):
        raise InvalidInput(problems)
    row = _progress_row(session, fellowship_id, step)
    if row is None:
        row = StepProgressRow(fellowship_id=fellowship_id, step=step)
        session.add(row)
    row.status = StepStatus(entry.status).value
    row.started, row.completed = entry.started, entry.completed
    row.with_sponsor = entry.with_sponsor
    row.notes, row.wording = clean_text(entry.notes), clean_text(entry.wording)
    row.updated_at = utcnow()


def step_states(session: Session, fellowship_id: int) -> list[StepState]:
    """All twelve steps of one fellowship (two small queries, whatever the history)."""
    counts: dict[int, int] = {int(r[0]): int(r[1]) for r in session.execute(
        select(StepJournalRow.step, func.count()).where(
            StepJournalRow.fellowship_id == fellowship_id).group_by(StepJournalRow.step))}
    rows = {r.step: r for r in session.execute(
        select(StepProgressRow.step, StepProgressRow.status, StepProgressRow.started,
               StepProgressRow.completed, StepProgressRow.with_sponsor)
        .where(StepProgressRow.fellowship_id == fellowship_id))}
    states = []
    for step in STEPS:
        row = rows.get(step)
        state = StepState(step) if row is None else StepState(
            step, status_of(row.status), row.started, row.completed, bool(row.with_sponsor))
        states.append(replace(state, journal_entries=int(counts.get(step, 0))))
    return states


# -- step journal --------------------------------------------------------------------------


@dataclass(frozen=True)
class JournalEntry:
    id: int
    entry_date: date
    body: str
    updated_at: datetime


def journal_problems(entry_date: date, body: str, *, today: date) -> list[str]:
    problems = []
    if not clean_text(body).strip():
        problems.append(translate("problems", "Please write something in the entry first."))
    if entry_date > today:
        problems.append(translate(
            "problems",
            "The entry's date is in the future. Please choose today or an earlier day."))
    elif entry_date.year < 1900:
        problems.append(translate("problems", "The entry's date should be after 1900."))
    return problems + text_problems((body,))


def save_journal(session: Session, fellowship_id: int, step: int, entry_date: date, body: str,
                 *, today: date, entry_id: int | None = None) -> int:
    if problems := journal_problems(entry_date, body, today=today):
        raise InvalidInput(problems)
    now = utcnow()
    row = session.get(StepJournalRow, entry_id) if entry_id is not None else None
    if row is None:
        row = StepJournalRow(fellowship_id=fellowship_id, step=step, created_at=now)
        session.add(row)
    row.entry_date, row.body, row.updated_at = entry_date, clean_text(body), now
    session.flush()
    return row.id


def delete_journal(session: Session, entry_id: int) -> None:
    row = session.get(StepJournalRow, entry_id)
    if row is not None:
        session.delete(row)


def journal_ids(session: Session, fellowship_id: int, step: int) -> list[int]:
    """Entry ids, newest first (what the journal list model holds)."""
    return list(session.scalars(
        select(StepJournalRow.id).where(StepJournalRow.fellowship_id == fellowship_id,
                                        StepJournalRow.step == step)
        .order_by(StepJournalRow.entry_date.desc(), StepJournalRow.id.desc())))


def journal_entries(session: Session, ids: list[int]) -> dict[int, JournalEntry]:
    rows = session.execute(select(StepJournalRow.id, StepJournalRow.entry_date,
                                  StepJournalRow.body, StepJournalRow.updated_at)
                           .where(StepJournalRow.id.in_(ids)))
    return {r[0]: JournalEntry(r[0], r[1], r[2], r[3]) for r in rows}
