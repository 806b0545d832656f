"""The Step 8 list (people harmed) and Step 10 nightly reviews."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from recovery_desktop.domain.base import clean_text, utcnow
from recovery_desktop.domain.behaviours.service import InvalidInput
from recovery_desktop.domain.twelve_step.inventory import resentment_names
from recovery_desktop.domain.twelve_step.models import (
    AmendsRow,
    NightlyReviewRow,
    StepFellowshipRow,
)
from recovery_desktop.domain.twelve_step.progress import text_problems
from recovery_desktop.marks import translate

# -- Step 8 --------------------------------------------------------------------------------


@dataclass(frozen=True)
class AmendsEntry:
    name: str
    what_happened: str = ""
    how_affected: str = ""
    willing: bool = False


def amends_problems(entry: AmendsEntry) -> list[str]:
    problems = []
    name = clean_text(entry.name).strip()
    if not name:
        problems.append(translate(
            "problems",
            "Please type the person's name (or how you think of them) first."))
    elif len(name) > 200:
        problems.append(translate(
            "problems",
            "That name is longer than 200 characters. Please shorten it."))
    return problems + text_problems((entry.what_happened, entry.how_affected))


def save_amends(session: Session, fellowship_id: int, entry: AmendsEntry,
                row_id: int | None = None) -> int:
    if problems := amends_problems(entry):
        raise InvalidInput(problems)
    if session.get(StepFellowshipRow, fellowship_id) is None:
        raise InvalidInput([translate("problems", "This fellowship is no longer in your list.")])
    now = utcnow()
    row = session.get(AmendsRow, row_id) if row_id is not None else None
    if row is None:
        row = AmendsRow(fellowship_id=fellowship_id, created_at=now)
        session.add(row)
    row.name = clean_text(entry.name).strip()
    row.what_happened = clean_text(entry.what_happened)
    row.how_affected = clean_text(entry.how_affected)
    row.willing, row.updated_at = entry.willing, now
    session.flush()
    return row.id


def delete_amends(session: Session, row_id: int) -> None:
    row = session.get(AmendsRow, row_id)
    if row is not None:
        session.delete(row)


def amends_ids(session: Session, fellowship_id: int) -> list[int]:
    return list(session.scalars(select(AmendsRow.id).where(
        AmendsRow.fellowship_id == fellowship_id).order_by(AmendsRow.id)))


def amends_entries(session: Session, ids: list[int]) -> dict[int, AmendsEntry]:
    return {r.id: AmendsEntry(r.name, r.what_happened, r.how_affected, r.willing)
            for r in session.scalars(select(AmendsRow).where(AmendsRow.id.in_(ids)))}


def add_names_from_step4(session: Session, fellowship_id: int) -> list[str]:
    """Put every name from the Step 4 resentments that is not on the list yet onto it."""
    have = {str(n).strip().casefold() for n in session.scalars(
        select(AmendsRow.name).where(AmendsRow.fellowship_id == fellowship_id))}
    added = []
    for name in resentment_names(session, fellowship_id):
        if name.casefold() not in have:
            save_amends(session, fellowship_id, AmendsEntry(name[:200]))
            have.add(name.casefold())
            added.append(name)
    return added


# -- Step 10 -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Review:
    review_date: date
    resentful: bool = False
    selfish: bool = False
    dishonest: bool = False
    afraid: bool = False
    owe_apology: str = ""
    amends_done: str = ""
    went_well: str = ""


TEXTS = ("owe_apology", "amends_done", "went_well")
CHECKS = ("resentful", "selfish", "dishonest", "afraid")


def review_problems(review: Review, *, today: date) -> list[str]:
    problems = []
    if review.review_date > today:
        problems.append(translate(
            "problems",
            "That evening is still to come. Please choose today or an earlier day."))
    elif review.review_date.year < 1900:
        problems.append(translate("problems", "Please choose a day after 1900."))
    return problems + text_problems(getattr(review, name) for name in TEXTS)


def save_review(session: Session, review: Review, *, today: date) -> int:
    """Save the review of one date (there is one per date: saving again replaces it)."""
    if problems := review_problems(review, today=today):
        raise InvalidInput(problems)
    now = utcnow()
    row = session.scalars(select(NightlyReviewRow).where(
        NightlyReviewRow.review_date == review.review_date)).first()
    if row is None:
        row = NightlyReviewRow(review_date=review.review_date, created_at=now)
        session.add(row)
    for name in CHECKS:
        setattr(row, name, bool(getattr(review, name)))
    for name in TEXTS:
        setattr(row, name, clean_text(getattr(review, name)))
    row.updated_at = now
    session.flush()
    return row.id


def _review(row: NightlyReviewRow) -> Review:
    return Review(row.review_date, row.resentful, row.selfish, row.dishonest, row.afraid,
                  row.owe_apology, row.amends_done, row.went_well)


def load_review(session: Session, review_date: date) -> Review | None:
    row = session.scalars(select(NightlyReviewRow).where(
        NightlyReviewRow.review_date == review_date)).first()
    return None if row is None else _review(row)


def review_ids(session: Session) -> list[int]:
    return list(session.scalars(select(NightlyReviewRow.id)
                                .order_by(NightlyReviewRow.review_date.desc())))


def reviews(session: Session, ids: list[int]) -> dict[int, Review]:
    return {r.id: _review(r) for r in session.scalars(
        select(NightlyReviewRow).where(NightlyReviewRow.id.in_(ids)))}


def review_count(session: Session) -> int:
    return int(session.scalar(select(func.count()).select_from(NightlyReviewRow)) or 0)
