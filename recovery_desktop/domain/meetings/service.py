"""Meetings inside one session: plain dataclasses out, ids in.

Other pages use ``meetings_between`` (the Today page, the weekly review) and
``ninety_status``. A meeting still ahead cannot be logged as attended: the log is of
meetings a person went to (a planner may come later), so a future time gets a calm message.
"""

from __future__ import annotations

from array import array
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import delete, func, insert, select
from sqlalchemy.orm import Session

from recovery_desktop.domain.base import clean_text, utcnow
from recovery_desktop.domain.behaviours.cleantime import local_date, to_utc
from recovery_desktop.domain.behaviours.service import InvalidInput
from recovery_desktop.domain.fellowships import by_id
from recovery_desktop.domain.meetings.models import FORMATS, Access, MeetingRow, Mode
from recovery_desktop.domain.profile import get_setting, set_setting
from recovery_desktop.marks import translate

MAX_NAME = 200
MAX_NOTES = 100_000  # characters; a 1 MB paste gets a message, and stays in the form
EARLIEST = datetime(1935, 1, 1)  # before any fellowship met
FUTURE_SLACK = timedelta(minutes=5)  # clocks differ a little
HOME_GROUP_KEY = "meetings.home_group"
NINETY_KEY = "meetings.ninety"


@dataclass
class MeetingInput:
    attended_at: datetime  # naive UTC
    tz: str
    fellowship: str  # a catalogue id or the person's own name for the group
    name: str = ""
    access: Access = Access.UNSAID
    formats: tuple[str, ...] = ()
    mode: Mode = Mode.IN_PERSON
    shared: bool = False
    notes: str = ""


@dataclass(frozen=True)
class Meeting:
    id: int
    attended_at: datetime
    tz: str
    fellowship: str
    name: str
    access: Access
    formats: tuple[str, ...]
    mode: Mode
    shared: bool
    notes: str = field(repr=False)


def validate(entry: MeetingInput, *, now_utc: datetime) -> list[str]:
    """Everything wrong with ``entry``, as messages a person can act on."""
    problems = []
    if not clean_text(entry.fellowship).strip():
        problems.append(translate(
            "problems",
            "Please say which fellowship or group the meeting belonged to."))
    if entry.attended_at > now_utc + FUTURE_SLACK:
        problems.append(translate(
            "problems",
            "That meeting is still ahead. You can log it once you have been; nothing you typed "
            "is lost."))
    if entry.attended_at < EARLIEST:
        problems.append(translate("problems", "Please choose a date after 1935."))
    if len(clean_text(entry.name).strip()) > MAX_NAME or len(entry.fellowship) > MAX_NAME:
        problems.append(translate(
            "problems",
            "Please keep names under %1 characters.").replace("%1", str(MAX_NAME)))
    if len(entry.notes) > MAX_NOTES:
        problems.append(translate(
            "problems",
            "The notes are longer than %1 characters. Please shorten them; nothing has been "
            "lost, your words are still in the form.").replace("%1", f"{MAX_NOTES:,}"))
    return problems


def _codes(values: Iterable[str]) -> str:
    chosen = set(values)
    return ",".join(code for code in FORMATS if code in chosen)


def _columns(entry: MeetingInput) -> dict[str, Any]:
    return {
        "attended_at": entry.attended_at.replace(microsecond=0),
        "tz": entry.tz,
        "fellowship": clean_text(entry.fellowship).strip(),
        "name": clean_text(entry.name).strip(),
        "access": Access(entry.access).value,
        "formats": _codes(entry.formats),
        "mode": Mode(entry.mode).value,
        "shared": bool(entry.shared),
        "notes": clean_text(entry.notes),
    }


def _check(entry: MeetingInput, now_utc: datetime | None) -> None:
    problems = validate(entry, now_utc=now_utc or utcnow())
    if problems:
        raise InvalidInput(problems)


def save_meeting(session: Session, entry: MeetingInput, *,
                 now_utc: datetime | None = None) -> int:
    _check(entry, now_utc)
    moment = utcnow()
    row = MeetingRow(**_columns(entry), created_at=moment, updated_at=moment)
    session.add(row)
    session.flush()
    return row.id


def update_meeting(session: Session, meeting_id: int, entry: MeetingInput, *,
                   now_utc: datetime | None = None) -> None:
    _check(entry, now_utc)
    row = session.get(MeetingRow, meeting_id)
    if row is None:
        raise InvalidInput([translate("problems", "That meeting is no longer in the log.")])
    for key, value in _columns(entry).items():
        setattr(row, key, value)
    row.updated_at = utcnow()


def _meeting(row: MeetingRow) -> Meeting:
    try:
        access = Access(row.access)
    except ValueError:
        access = Access.UNSAID
    try:
        mode = Mode(row.mode)
    except ValueError:
        mode = Mode.IN_PERSON
    return Meeting(row.id, row.attended_at, row.tz, row.fellowship, row.name, access,
                   tuple(c for c in row.formats.split(",") if c), mode, bool(row.shared),
                   row.notes)


def load_meeting(session: Session, meeting_id: int) -> Meeting | None:
    row = session.get(MeetingRow, meeting_id)
    return None if row is None else _meeting(row)


def delete_meeting(session: Session, meeting_id: int) -> dict[str, Any] | None:
    """Delete a meeting; returns a snapshot for ``restore_meeting`` (undo), None if absent."""
    row = session.get(MeetingRow, meeting_id)
    if row is None:
        return None
    snapshot = {attr.key: getattr(row, attr.key) for attr in MeetingRow.__mapper__.column_attrs}
    session.execute(delete(MeetingRow).where(MeetingRow.id == meeting_id))
    return snapshot


def restore_meeting(session: Session, snapshot: dict[str, Any]) -> int:
    session.execute(insert(MeetingRow).values(**snapshot))
    return int(snapshot["id"])


def meeting_ids(session: Session) -> array[int]:
    """Every meeting's id, newest first (8 bytes each: ten years of daily meetings is 30 kB)."""
    ids: array[int] = array("q")
    ids.extend(session.scalars(
        select(MeetingRow.id).order_by(MeetingRow.attended_at.desc(), MeetingRow.id.desc())))
    return ids


def meetings_by_id(session: Session, ids: Sequence[int]) -> dict[int, Meeting]:
    if not ids:
        return {}
    rows = session.scalars(select(MeetingRow).where(MeetingRow.id.in_(list(ids))))
    return {row.id: _meeting(row) for row in rows}


def meetings_between(session: Session, start_utc: datetime, end_utc: datetime) -> list[Meeting]:
    """Meetings attended in [start_utc, end_utc) (naive UTC), oldest first."""
    rows = session.scalars(
        select(MeetingRow)
        .where(MeetingRow.attended_at >= start_utc, MeetingRow.attended_at < end_utc)
        .order_by(MeetingRow.attended_at, MeetingRow.id))
    return [_meeting(row) for row in rows]


def count_meetings(session: Session) -> int:
    return int(session.scalar(select(func.count()).select_from(MeetingRow)) or 0)


def own_fellowships(session: Session) -> list[str]:
    """Groups the person named themselves (not in the catalogue), for the choice list."""
    names = session.scalars(select(MeetingRow.fellowship).distinct())
    return sorted({n for n in names if by_id(n) is None and n}, key=str.casefold)


# -- home group and 90 in 90 ---------------------------------------------------------------


@dataclass(frozen=True)
class HomeGroup:
    fellowship: str
    name: str


def home_group(session: Session) -> HomeGroup | None:
    raw = get_setting(session, HOME_GROUP_KEY, None)
    if not isinstance(raw, dict) or not (raw.get("fellowship") or raw.get("name")):
        return None
    return HomeGroup(str(raw.get("fellowship", "")), str(raw.get("name", "")))


def set_home_group(session: Session, group: HomeGroup | None) -> None:
    if group is None:
        set_setting(session, HOME_GROUP_KEY, None)
        return
    fellowship = clean_text(group.fellowship).strip()
    name = clean_text(group.name).strip()
    if not fellowship and not name:
        raise InvalidInput([translate(
            "problems",
            "Please name the group, or choose its fellowship.")])
    if len(fellowship) > MAX_NAME or len(name) > MAX_NAME:
        raise InvalidInput([translate(
            "problems",
            "Please keep names under %1 characters.").replace("%1", str(MAX_NAME))])
    set_setting(session, HOME_GROUP_KEY, {"fellowship": fellowship, "name": name})


@dataclass(frozen=True)
class NinetyStatus:
    start: date
    day: int  # 1..90 while running; above 90 once the 90 days are over
    meetings: int  # meetings attended on the 90 days from ``start``

    @property
    def finished(self) -> bool:
        return self.day > 90


def ninety_start(session: Session) -> date | None:
    """The first day of the person's 90 in 90, or None when they have not turned it on."""
    raw = get_setting(session, NINETY_KEY, None)
    if not isinstance(raw, dict) or not raw.get("start"):
        return None
    try:
        return date.fromisoformat(str(raw["start"]))
    except ValueError:
        return None


def set_ninety(session: Session, start: date | None) -> None:
    set_setting(session, NINETY_KEY, {"start": start.isoformat()} if start else None)


def ninety_status(session: Session, now_utc: datetime, tz: str) -> NinetyStatus | None:
    """Meetings on the 90 local days from the chosen start; None when the counter is off."""
    start = ninety_start(session)
    if start is None:
        return None
    end = start + timedelta(days=90)
    first, last = to_utc(datetime.combine(start, datetime.min.time()), tz), to_utc(
        datetime.combine(end, datetime.min.time()), tz)
    count = session.scalar(select(func.count()).select_from(MeetingRow).where(
        MeetingRow.attended_at >= first, MeetingRow.attended_at < last)) or 0
    return NinetyStatus(start, (local_date(now_utc, tz) - start).days + 1, int(count))
