"""Saving, editing and querying urge-log entries inside one session.

Widgets pass an :class:`UrgeInput` in and get ids, :class:`LogRow` and :class:`UrgeFact`
dataclasses back, never live ORM rows. Deleting returns a snapshot that ``restore_entry``
puts back under the same id (undo).
"""

from __future__ import annotations

import json
from array import array
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import delete, func, insert, or_, select
from sqlalchemy.orm import Session

from recovery_desktop.domain.base import clean_text, utcnow
from recovery_desktop.domain.behaviours import service as behaviours
from recovery_desktop.domain.behaviours.cleantime import CleanTime, Lapse, clean_time
from recovery_desktop.domain.behaviours.models import BehaviourRow, GoalTier
from recovery_desktop.domain.behaviours.service import Goal, InvalidInput
from recovery_desktop.domain.links import Ref, forget
from recovery_desktop.domain.urges.models import COPING, KEPT, SITUATIONS, Halt, Outcome, UrgeRow
from recovery_desktop.marks import translate

MAX_TEXT = 20_000  # characters per free-text field
EARLIEST = datetime(1900, 1, 1)
FUTURE_SLACK = timedelta(minutes=5)  # clocks differ a little
STRONG_URGE = 7  # from this intensity the app offers an ABC afterwards
TEXT_FIELDS = ("where_text", "with_whom", "doing", "trigger", "self_talk", "amount", "note")


@dataclass
class UrgeInput:
    behaviour_id: int
    intensity: int
    outcome: Outcome
    occurred_at: datetime  # naive UTC
    tz: str
    halt: Halt = Halt.NONE
    where_text: str = ""
    with_whom: str = ""
    doing: str = ""
    trigger: str = ""
    situations: tuple[str, ...] = ()
    feelings: tuple[tuple[str, int], ...] = ()
    self_talk: str = ""
    duration_min: int | None = None
    coping: tuple[str, ...] = ()
    amount: str = ""
    note: str = ""


@dataclass(frozen=True)
class LogRow:
    """One line of the log table."""

    id: int
    occurred_at: datetime  # naive UTC
    tz: str
    behaviour: str
    behaviour_archived: bool
    intensity: int
    outcome: Outcome
    halt: Halt
    trigger: str
    note: str


@dataclass(frozen=True)
class UrgeFact:
    """What the insights need of one entry."""

    behaviour_id: int
    occurred_at: datetime  # naive UTC
    tz: str
    intensity: int
    outcome: Outcome
    halt: int  # Halt flags as a plain int (cheaper to count)
    trigger: str = ""
    situations: tuple[str, ...] = ()


@dataclass
class LogFilter:
    behaviour_id: int | None = None
    start_utc: datetime | None = None  # inclusive
    end_utc: datetime | None = None  # exclusive
    outcomes: frozenset[Outcome] = field(default_factory=frozenset)  # empty: any
    min_intensity: int = 0
    max_intensity: int = 10
    halt_any: Halt = Halt.NONE  # entries with any of these flags; NONE: no filter
    words: str = ""  # every word must appear in trigger, note, where, who, doing or self-talk


def validate(entry: UrgeInput, *, now_utc: datetime) -> list[str]:
    """Everything wrong with ``entry``, as messages a person can act on."""
    problems = []
    if not 0 <= entry.intensity <= 10:
        problems.append(translate(
            "problems",
            "Intensity is a number from 0 (none) to 10 (the strongest)."))
    if entry.occurred_at > now_utc + FUTURE_SLACK:
        problems.append(translate(
            "problems",
            "That time is in the future. Please choose now or an earlier time."))
    if entry.occurred_at < EARLIEST:
        problems.append(translate("problems", "Please choose a time after 1900."))
    if entry.duration_min is not None and not 0 <= entry.duration_min <= 7 * 24 * 60:
        problems.append(translate(
            "problems",
            "How long it lasted should be between 0 minutes and a week."))
    for name in TEXT_FIELDS:
        if len(getattr(entry, name)) > MAX_TEXT:
            problems.append(
                translate(
                    "problems",
                    "One of the texts is longer than %1 characters. Please shorten it; nothing "
                    "has been lost, your words are still in the form.",
                ).replace("%1", f"{MAX_TEXT:,}")
            )
            break
    for _feeling, strength in entry.feelings:
        if not 0 <= strength <= 10:
            problems.append(translate(
                "problems",
                "A feeling's strength is a number from 0 to 10."))
            break
    return problems


def _codes(values: Iterable[str], allowed: Sequence[str]) -> str:
    return ",".join(code for code in allowed if code in set(values))


def _split(text: str) -> tuple[str, ...]:
    return tuple(code for code in text.split(",") if code)


def _columns(entry: UrgeInput) -> dict[str, Any]:
    return {
        "behaviour_id": entry.behaviour_id,
        "occurred_at": entry.occurred_at.replace(microsecond=0),
        "tz": entry.tz,
        "intensity": entry.intensity,
        "outcome": Outcome(entry.outcome).value,
        "halt": int(entry.halt),
        **{name: clean_text(getattr(entry, name)) for name in TEXT_FIELDS},
        "situations": _codes(entry.situations, SITUATIONS),
        "feelings": json.dumps(
            [[clean_text(name).strip(), int(strength)] for name, strength in entry.feelings
             if clean_text(name).strip()],
            ensure_ascii=False,
        ),
        "duration_min": entry.duration_min,
        "coping": _codes(entry.coping, COPING),
    }


def _check(session: Session, entry: UrgeInput, now_utc: datetime) -> None:
    problems = validate(entry, now_utc=now_utc)
    if session.get(BehaviourRow, entry.behaviour_id) is None:
        problems.append(translate("problems", "Please choose which behaviour this was about."))
    if problems:
        raise InvalidInput(problems)


def save_entry(session: Session, entry: UrgeInput, *, now_utc: datetime | None = None) -> int:
    now = now_utc or utcnow()
    _check(session, entry, now)
    row = UrgeRow(**_columns(entry), created_at=now, updated_at=now)
    session.add(row)
    session.flush()
    return row.id


def update_entry(session: Session, entry_id: int, entry: UrgeInput, *,
                 now_utc: datetime | None = None) -> None:
    now = now_utc or utcnow()
    _check(session, entry, now)
    row = session.get(UrgeRow, entry_id)
    if row is None:
        raise InvalidInput([translate("problems", "This entry no longer exists.")])
    for name, value in _columns(entry).items():
        setattr(row, name, value)
    row.updated_at = now


def load_entry(session: Session, entry_id: int) -> UrgeInput | None:
    row = session.get(UrgeRow, entry_id)
    if row is None:
        return None
    return UrgeInput(
        behaviour_id=row.behaviour_id,
        intensity=row.intensity,
        outcome=Outcome(row.outcome),
        occurred_at=row.occurred_at,
        tz=row.tz,
        halt=Halt(row.halt),
        **{name: getattr(row, name) for name in TEXT_FIELDS},
        situations=_split(row.situations),
        feelings=tuple((str(n), int(s)) for n, s in json.loads(row.feelings or "[]")),
        duration_min=row.duration_min,
        coping=_split(row.coping),
    )


def delete_entry(session: Session, entry_id: int) -> dict[str, Any] | None:
    """Delete an entry; returns a snapshot for ``restore_entry`` (undo), None if absent."""
    row = session.get(UrgeRow, entry_id)
    if row is None:
        return None
    snapshot = {attr.key: getattr(row, attr.key) for attr in UrgeRow.__mapper__.column_attrs}
    session.execute(delete(UrgeRow).where(UrgeRow.id == entry_id))
    forget(session, Ref("urge", entry_id))
    return snapshot


def restore_entry(session: Session, snapshot: dict[str, Any]) -> int:
    session.execute(insert(UrgeRow).values(**snapshot))
    return int(snapshot["id"])


def count_for_behaviour(session: Session, behaviour_id: int) -> int:
    return int(session.scalar(
        select(func.count()).select_from(UrgeRow).where(UrgeRow.behaviour_id == behaviour_id)
    ) or 0)


behaviours.REFERENCE_COUNTERS.append(count_for_behaviour)


# -- the log -------------------------------------------------------------------------------


def _filtered(query: Any, flt: LogFilter) -> Any:
    if flt.behaviour_id is not None:
        query = query.where(UrgeRow.behaviour_id == flt.behaviour_id)
    if flt.start_utc is not None:
        query = query.where(UrgeRow.occurred_at >= flt.start_utc)
    if flt.end_utc is not None:
        query = query.where(UrgeRow.occurred_at < flt.end_utc)
    if flt.outcomes:
        query = query.where(UrgeRow.outcome.in_([o.value for o in flt.outcomes]))
    if flt.min_intensity > 0:
        query = query.where(UrgeRow.intensity >= flt.min_intensity)
    if flt.max_intensity < 10:
        query = query.where(UrgeRow.intensity <= flt.max_intensity)
    if flt.halt_any:
        query = query.where(UrgeRow.halt.op("&")(int(flt.halt_any)) != 0)
    for word in clean_text(flt.words).split():
        pattern = f"%{word}%"
        query = query.where(or_(*(
            getattr(UrgeRow, name).ilike(pattern) for name in TEXT_FIELDS
        )))
    return query


def entry_ids(session: Session, flt: LogFilter | None = None, *,
              after: int | None = None, limit: int | None = None) -> array[int]:
    """Ids of the matching entries, newest first (what the lazy table model holds), as a
    compact array: 8 bytes an entry, so 100,000 entries cost under 1 MB. ``after`` and
    ``limit`` page through them (keyset paging, cheap at any depth)."""
    query = select(UrgeRow.id).order_by(UrgeRow.occurred_at.desc(), UrgeRow.id.desc())
    if after is not None:  # keyset paging: the entries that sort after entry ``after``
        key = session.execute(
            select(UrgeRow.occurred_at, UrgeRow.id).where(UrgeRow.id == after)).first()
        if key is None:
            return array("q")
        query = query.where(or_(UrgeRow.occurred_at < key[0],
                                (UrgeRow.occurred_at == key[0]) & (UrgeRow.id < key[1])))
    if limit is not None:
        query = query.limit(limit)
    # A Core execution (no ORM row processing): 100,000 ids in tens of milliseconds.
    result = session.connection().execute(_filtered(query, flt or LogFilter()))
    ids: array[int] = array("q")
    cursor = result.cursor  # plain integers need no row processing: read the driver directly
    while rows := cursor.fetchmany(20_000):
        ids.extend(row[0] for row in rows)
    result.close()
    return ids


def count_entries(session: Session, flt: LogFilter | None = None) -> int:
    query = _filtered(select(func.count()).select_from(UrgeRow), flt or LogFilter())
    return int(session.connection().execute(query).scalar() or 0)


def log_rows(session: Session, ids: Sequence[int]) -> dict[int, LogRow]:
    """The table lines for ``ids`` (a page of the model's cache)."""
    if not ids:
        return {}
    query = (
        select(UrgeRow.id, UrgeRow.occurred_at, UrgeRow.tz, BehaviourRow.name,
               BehaviourRow.archived, UrgeRow.intensity, UrgeRow.outcome, UrgeRow.halt,
               UrgeRow.trigger, UrgeRow.note)
        .join(BehaviourRow, BehaviourRow.id == UrgeRow.behaviour_id)
        .where(UrgeRow.id.in_(list(ids)))
    )
    return {
        r[0]: LogRow(r[0], r[1], r[2], r[3], bool(r[4]), r[5], Outcome(r[6]), Halt(r[7]),
                     r[8], r[9])
        for r in session.execute(query)
    }


def facts(session: Session, flt: LogFilter | None = None) -> list[UrgeFact]:
    query = select(UrgeRow.behaviour_id, UrgeRow.occurred_at, UrgeRow.tz, UrgeRow.intensity,
                   UrgeRow.outcome, UrgeRow.halt, UrgeRow.trigger, UrgeRow.situations)
    outcomes = {o.value: o for o in Outcome}
    return [
        UrgeFact(r[0], r[1], r[2], r[3], outcomes.get(r[4], Outcome.RESISTED), r[5],
                 r[6], _split(r[7]) if r[7] else ())
        for r in session.connection().execute(_filtered(query, flt or LogFilter()))
    ]


def coping_that_worked(session: Session, behaviour_id: int, *, limit: int = 5) -> list[str]:
    """Coping codes most often used when this behaviour's urge passed (most useful first)."""
    counts: Counter[str] = Counter()
    kept = [o.value for o in KEPT]
    for (codes,) in session.execute(
        select(UrgeRow.coping).where(
            UrgeRow.behaviour_id == behaviour_id, UrgeRow.outcome.in_(kept), UrgeRow.coping != ""
        ).order_by(UrgeRow.occurred_at.desc()).limit(500)
    ):
        counts.update(_split(codes))
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], COPING.index(kv[0])))
    return [code for code, _ in ranked[:limit]]


# -- lapses and clean time -----------------------------------------------------------------


def lapses(session: Session, behaviour_ids: Sequence[int]) -> list[Lapse]:
    """Every lapse with any of these behaviours, oldest first, notes included."""
    rows = session.execute(
        select(UrgeRow.occurred_at, UrgeRow.tz, UrgeRow.note, UrgeRow.id)
        .where(UrgeRow.behaviour_id.in_(list(behaviour_ids)),
               UrgeRow.outcome == Outcome.LAPSED.value)
        .order_by(UrgeRow.occurred_at, UrgeRow.id)
    )
    return [Lapse(r[0], r[1], r[2], r[3]) for r in rows]


def goal_clean_time(session: Session, goal: Goal, *, now_utc: datetime,
                    tz: str) -> CleanTime | None:
    """Clean time of an abstinent goal: a lapse with any behaviour it covers restarts it."""
    if goal.tier is not GoalTier.ABSTINENT or goal.clean_since is None:
        return None
    return clean_time(goal.clean_since, lapses(session, goal.behaviour_ids),
                      now_utc=now_utc, tz=tz)


def last_behaviour_id(session: Session) -> int | None:
    """The behaviour of the newest entry (the quick log's default choice)."""
    return session.scalar(
        select(UrgeRow.behaviour_id).order_by(UrgeRow.occurred_at.desc(), UrgeRow.id.desc())
        .limit(1)
    )
