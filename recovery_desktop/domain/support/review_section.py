"""Contacts with the support network in the weekly review: the sponsor's first, then
everyone else, each labelled with who they are to the person.

Only who, when and how go into the review; the notes the person wrote about a contact stay
on the People page. A contact counts on its local date in the zone the person was in.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import exists, select
from sqlalchemy.orm import Session

from recovery_desktop.domain.behaviours.cleantime import local_date
from recovery_desktop.domain.review.sections import SPONSOR_CONTACTS, register_section
from recovery_desktop.domain.review.week import ReviewWindow
from recovery_desktop.domain.support.models import ContactRow, ContactWay, PersonRow, Relation
from recovery_desktop.domain.support.service import sponsor_ids


@dataclass(frozen=True)
class ContactLine:
    day: date
    person: str
    relations: tuple[Relation, ...]  # as marked on the People page, in catalogue order
    way: ContactWay

    @property
    def with_sponsor(self) -> bool:
        return Relation.SPONSOR in self.relations


@dataclass(frozen=True)
class ContactsWeek:
    contacts: tuple[ContactLine, ...]  # oldest first
    has_sponsor: bool  # someone on the People page is marked as a sponsor

    @property
    def sponsor(self) -> tuple[ContactLine, ...]:
        return tuple(c for c in self.contacts if c.with_sponsor)

    @property
    def others(self) -> tuple[ContactLine, ...]:
        return tuple(c for c in self.contacts if not c.with_sponsor)

    def rows(self) -> list[tuple[str, str]]:
        """Plain (label, value) pairs for a printed check-in sheet: counts, never names."""
        found = [("Contacts with my sponsor", str(len(self.sponsor)))] if self.has_sponsor else []
        return [*found, ("Contacts with other supporters", str(len(self.others)))]


def _relations(codes: str) -> tuple[Relation, ...]:
    chosen = set(codes.split(","))
    return tuple(r for r in Relation if r.value in chosen)


def _way(code: str) -> ContactWay:
    try:
        return ContactWay(code)
    except ValueError:
        return ContactWay.OTHER


@register_section(SPONSOR_CONTACTS, order=45)
def contacts_week(session: Session, window: ReviewWindow) -> ContactsWeek | None:
    """The week's contacts; left out for someone with nobody on the People page."""
    low, high = window.utc_bounds()
    rows = session.execute(
        select(ContactRow.at_utc, ContactRow.tz, ContactRow.way, PersonRow.name,
               PersonRow.relations)
        .join(PersonRow, PersonRow.id == ContactRow.person_id)
        .where(ContactRow.at_utc >= low, ContactRow.at_utc < high)
        .order_by(ContactRow.at_utc, ContactRow.id))
    lines = tuple(
        ContactLine(local_date(at, tz), name, _relations(relations), _way(way))
        for at, tz, way, name, relations in rows if window.contains(local_date(at, tz)))
    if not lines and not session.scalar(select(exists().where(PersonRow.id.is_not(None)))):
        return None
    return ContactsWeek(lines, bool(sponsor_ids(session)))
