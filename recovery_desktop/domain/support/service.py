"""People and contacts inside one session: plain dataclasses out, ids in.

``sponsor_contacts_between`` serves the Today page and the weekly review. Removing a person
removes the contacts logged with them (the page asks first and says how many).
"""

from __future__ import annotations

from array import array
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from recovery_desktop.domain.base import clean_text, utcnow
from recovery_desktop.domain.behaviours.service import InvalidInput
from recovery_desktop.domain.support.models import ContactRow, ContactWay, PersonRow, Relation
from recovery_desktop.marks import translate

MAX_NAME = 200
MAX_FIELD = 1_000  # a phone number, an address or a handle
MAX_NOTES = 100_000
FUTURE_SLACK = timedelta(minutes=5)
EARLIEST = datetime(1900, 1, 1)


@dataclass
class PersonInput:
    name: str
    relations: tuple[Relation, ...] = ()
    phone: str = ""
    text_number: str = ""
    email: str = ""
    other_contact: str = ""
    notes: str = ""
    on_crisis_card: bool = False


@dataclass(frozen=True)
class Person:
    id: int
    name: str
    relations: tuple[Relation, ...]
    phone: str
    text_number: str
    email: str
    other_contact: str
    notes: str = field(repr=False)
    on_crisis_card: bool = False

    @property
    def is_sponsor(self) -> bool:
        return Relation.SPONSOR in self.relations

    def reach(self) -> list[tuple[str, str]]:
        """(way, detail) pairs the person can be reached by, in a stable order."""
        pairs = [("phone", self.phone), ("text", self.text_number), ("email", self.email),
                 ("other", self.other_contact)]
        return [(way, value) for way, value in pairs if value]


def _relations(values: Iterable[str]) -> tuple[Relation, ...]:
    chosen = set(values)
    return tuple(r for r in Relation if r.value in chosen)


def validate_person(person: PersonInput) -> list[str]:
    problems = []
    name = clean_text(person.name).strip()
    if not name:
        problems.append(translate("problems", "Please give a name, or whatever you call them."))
    elif len(name) > MAX_NAME:
        problems.append(translate(
            "problems",
            "Please keep the name under %1 characters.").replace("%1", str(MAX_NAME)))
    if any(len(v) > MAX_FIELD for v in (person.phone, person.text_number, person.email,
                                         person.other_contact)):
        problems.append(translate(
            "problems",
            "Contact details are limited to %1 characters each.").replace("%1", f"{MAX_FIELD:,}"))
    if len(person.notes) > MAX_NOTES:
        problems.append(translate(
            "problems",
            "The notes are longer than %1 characters. Please shorten them; nothing has been "
            "lost, your words are still in the form.").replace("%1", f"{MAX_NOTES:,}"))
    return problems


def _person_columns(person: PersonInput) -> dict[str, object]:
    return {
        "name": clean_text(person.name).strip(),
        "relations": ",".join(r.value for r in _relations(r.value for r in person.relations)),
        "phone": clean_text(person.phone).strip(),
        "text_number": clean_text(person.text_number).strip(),
        "email": clean_text(person.email).strip(),
        "other_contact": clean_text(person.other_contact).strip(),
        "notes": clean_text(person.notes),
        "on_crisis_card": bool(person.on_crisis_card),
    }


def save_person(session: Session, person: PersonInput, person_id: int | None = None) -> int:
    problems = validate_person(person)
    if problems:
        raise InvalidInput(problems)
    row = session.get(PersonRow, person_id) if person_id is not None else None
    if person_id is not None and row is None:
        raise InvalidInput([translate("problems", "That person is no longer in your list.")])
    if row is None:
        row = PersonRow(created_at=utcnow())
        session.add(row)
    for key, value in _person_columns(person).items():
        setattr(row, key, value)
    row.updated_at = utcnow()
    session.flush()
    return row.id


def _person(row: PersonRow) -> Person:
    return Person(row.id, row.name, _relations(row.relations.split(",")), row.phone,
                  row.text_number, row.email, row.other_contact, row.notes,
                  bool(row.on_crisis_card))


def list_people(session: Session) -> list[Person]:
    """Everyone, sponsors first, then by name."""
    people = [_person(row) for row in session.scalars(select(PersonRow))]
    return sorted(people, key=lambda p: (not p.is_sponsor, p.name.casefold(), p.id))


def get_person(session: Session, person_id: int) -> Person | None:
    row = session.get(PersonRow, person_id)
    return None if row is None else _person(row)


def crisis_people(session: Session) -> list[Person]:
    """The people the person put on their crisis card, sponsors first."""
    return [p for p in list_people(session) if p.on_crisis_card]


def contact_count(session: Session, person_id: int) -> int:
    return int(session.scalar(select(func.count()).select_from(ContactRow)
                              .where(ContactRow.person_id == person_id)) or 0)


def remove_person(session: Session, person_id: int) -> None:
    session.execute(delete(ContactRow).where(ContactRow.person_id == person_id))
    session.execute(delete(PersonRow).where(PersonRow.id == person_id))


# -- contacts ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Contact:
    id: int
    person_id: int
    person_name: str
    at_utc: datetime
    tz: str
    way: ContactWay
    note: str


def validate_contact(at_utc: datetime, note: str, *, now_utc: datetime) -> list[str]:
    problems = []
    if at_utc > now_utc + FUTURE_SLACK:
        problems.append(translate(
            "problems",
            "That time is still ahead. Please log a contact once it has happened; nothing you "
            "typed is lost."))
    if at_utc < EARLIEST:
        problems.append(translate("problems", "Please choose a date after 1900."))
    if len(note) > MAX_NOTES:
        problems.append(translate(
            "problems",
            "The note is longer than %1 characters. Please shorten it; nothing has been lost, "
            "your words are still in the form.").replace("%1", f"{MAX_NOTES:,}"))
    return problems


def add_contact(session: Session, person_id: int, at_utc: datetime, tz: str, way: ContactWay,
                note: str = "", *, now_utc: datetime | None = None) -> int:
    problems = validate_contact(at_utc, note, now_utc=now_utc or utcnow())
    if session.get(PersonRow, person_id) is None:
        problems.append(translate("problems", "Please choose who the contact was with."))
    if problems:
        raise InvalidInput(problems)
    row = ContactRow(person_id=person_id, at_utc=at_utc.replace(microsecond=0), tz=tz,
                     way=ContactWay(way).value, note=clean_text(note), created_at=utcnow())
    session.add(row)
    session.flush()
    return row.id


def delete_contact(session: Session, contact_id: int) -> None:
    session.execute(delete(ContactRow).where(ContactRow.id == contact_id))


def _contact_query(person_ids: Sequence[int] | None):  # type: ignore[no-untyped-def]
    query = select(ContactRow, PersonRow.name).join(PersonRow,
                                                     PersonRow.id == ContactRow.person_id)
    if person_ids is not None:
        query = query.where(ContactRow.person_id.in_(list(person_ids)))
    return query


def _contact(row: ContactRow, name: str) -> Contact:
    try:
        way = ContactWay(row.way)
    except ValueError:
        way = ContactWay.OTHER
    return Contact(row.id, row.person_id, name, row.at_utc, row.tz, way, row.note)


def contact_ids(session: Session) -> array[int]:
    """Every contact's id, newest first."""
    ids: array[int] = array("q")
    ids.extend(session.scalars(
        select(ContactRow.id).order_by(ContactRow.at_utc.desc(), ContactRow.id.desc())))
    return ids


def contacts_by_id(session: Session, ids: Sequence[int]) -> dict[int, Contact]:
    if not ids:
        return {}
    rows = session.execute(_contact_query(None).where(ContactRow.id.in_(list(ids))))
    return {row.id: _contact(row, name) for row, name in rows}


def sponsor_ids(session: Session) -> list[int]:
    return [p.id for p in list_people(session) if p.is_sponsor]


def sponsor_contacts_between(session: Session, start_utc: datetime,
                             end_utc: datetime) -> list[Contact]:
    """Contacts with anyone marked as a sponsor in [start_utc, end_utc), oldest first."""
    rows = session.execute(
        _contact_query(sponsor_ids(session))
        .where(ContactRow.at_utc >= start_utc, ContactRow.at_utc < end_utc)
        .order_by(ContactRow.at_utc, ContactRow.id))
    return [_contact(row, name) for row, name in rows]
