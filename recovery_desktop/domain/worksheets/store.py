"""Saving, opening, listing, searching, copying and deleting worksheets.

Every function takes the caller's session (one transaction per user action). Results are
plain dataclasses; no ORM object leaves a session.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import column, delete, func, select, table, text
from sqlalchemy.orm import Session

from recovery_desktop.domain.base import clean_text, utcnow
from recovery_desktop.domain.links import Ref, forget, link
from recovery_desktop.domain.worksheets.definitions import (
    Definition,
    DefinitionError,
    parse_definition,
)
from recovery_desktop.domain.worksheets.models import (
    FTS_TABLE,
    IN_PROGRESS,
    STATUSES,
    DefinitionSnapshot,
    WorksheetRow,
)
from recovery_desktop.domain.worksheets.values import Values, clean_values, searchable_text

KIND = "worksheet"  # for links: Ref("worksheet", id)


@dataclass(frozen=True)
class Worksheet:
    id: int
    definition_id: str
    definition_version: int
    title: str
    status: str
    behaviour: str
    values: Values
    series_id: int
    series_no: int
    created_at: datetime
    updated_at: datetime


@dataclass(frozen=True)
class Summary:
    """What a list row shows."""

    id: int
    definition_id: str
    title: str
    status: str
    behaviour: str
    series_no: int
    updated_at: datetime


@dataclass
class Filters:
    definition_id: str = ""
    behaviour: str = ""
    status: str = ""
    since: datetime | None = None
    until: datetime | None = None
    search: str = ""
    extra: dict[str, Any] = field(default_factory=dict)


def _to_worksheet(row: WorksheetRow) -> Worksheet:
    return Worksheet(
        row.id, row.definition_id, row.definition_version, row.title, row.status, row.behaviour,
        json.loads(row.values_json), row.series_id or row.id, row.series_no, row.created_at,
        row.updated_at,
    )


def _index(session: Session, worksheet_id: int, title: str, body: str) -> None:
    session.execute(text(f"DELETE FROM {FTS_TABLE} WHERE rowid = :id"), {"id": worksheet_id})
    session.execute(
        text(f"INSERT INTO {FTS_TABLE} (rowid, title, body) VALUES (:id, :title, :body)"),
        {"id": worksheet_id, "title": title, "body": body},
    )


def _snapshot(session: Session, definition: Definition) -> None:
    key = (definition.id, definition.version)
    if session.get(DefinitionSnapshot, key) is None:
        session.add(DefinitionSnapshot(
            definition_id=definition.id, version=definition.version,
            body=json.dumps(definition.to_json(), ensure_ascii=False),
        ))


def save_worksheet(
    session: Session,
    definition: Definition,
    values: Values,
    *,
    title: str,
    status: str = IN_PROGRESS,
    worksheet_id: int | None = None,
    link_to: Ref | None = None,
) -> int:
    """Create (``worksheet_id`` None) or update a worksheet; returns its id."""
    if status not in STATUSES:
        raise ValueError(f"unknown status {status!r}")
    cleaned = clean_values(definition, values)
    title = clean_text(title).strip()
    behaviour = cleaned.get("behaviour", "")
    now = utcnow()
    if worksheet_id is None:
        row = WorksheetRow(definition_id=definition.id, created_at=now, series_no=1)
        session.add(row)
    else:
        found = session.get(WorksheetRow, worksheet_id)
        if found is None:
            raise LookupError(f"no worksheet {worksheet_id}")
        row = found
    row.definition_version = definition.version
    row.title = title
    row.status = status
    row.behaviour = behaviour if isinstance(behaviour, str) else ""
    row.values_json = json.dumps(cleaned, ensure_ascii=False)
    row.updated_at = now
    session.flush()
    _snapshot(session, definition)
    _index(session, row.id, title, searchable_text(definition, cleaned))
    if link_to is not None:
        link(session, Ref(KIND, row.id), link_to)
    return row.id


def load_worksheet(session: Session, worksheet_id: int) -> Worksheet | None:
    row = session.get(WorksheetRow, worksheet_id)
    return None if row is None or row.deleted_at is not None else _to_worksheet(row)


def definition_for(
    session: Session, current: dict[str, Definition], definition_id: str, version: int
) -> Definition | None:
    """The definition a worksheet was made with: the current one, or its stored snapshot."""
    found = current.get(definition_id)
    if found is not None and found.version == version:
        return found
    snap = session.get(DefinitionSnapshot, (definition_id, version))
    if snap is not None:
        try:
            return parse_definition(json.loads(snap.body), f"{definition_id} v{version}")
        except (DefinitionError, ValueError):
            pass
    return found  # the newest we have; unknown fields still show as stored text


_WORD = re.compile(r"\w+", re.UNICODE)


def fts_query(search: str) -> str:
    """User words as an FTS5 query: every word must appear, each as a prefix."""
    return " AND ".join(f'"{word}"*' for word in _WORD.findall(clean_text(search)))


def list_ids(session: Session, filters: Filters | None = None) -> list[int]:
    """Ids of the worksheets matching ``filters``, newest first."""
    filters = filters or Filters()
    query = select(WorksheetRow.id).where(WorksheetRow.deleted_at.is_(None))
    if filters.definition_id:
        query = query.where(WorksheetRow.definition_id == filters.definition_id)
    if filters.behaviour:
        query = query.where(WorksheetRow.behaviour == filters.behaviour)
    if filters.status:
        query = query.where(WorksheetRow.status == filters.status)
    if filters.since is not None:
        query = query.where(WorksheetRow.updated_at >= filters.since)
    if filters.until is not None:
        query = query.where(WorksheetRow.updated_at < filters.until)
    match = fts_query(filters.search)
    if filters.search.strip() and not match:
        return []  # only punctuation or emoji: nothing to look up
    if match:
        fts = table(FTS_TABLE, column("rowid"), column(FTS_TABLE))
        hits = select(fts.c.rowid).where(fts.c[FTS_TABLE].op("MATCH")(match))
        query = query.where(WorksheetRow.id.in_(hits))
    query = query.order_by(WorksheetRow.updated_at.desc(), WorksheetRow.id.desc())
    return list(session.scalars(query))


def summaries(session: Session, ids: list[int]) -> dict[int, Summary]:
    rows = session.execute(
        select(WorksheetRow.id, WorksheetRow.definition_id, WorksheetRow.title,
               WorksheetRow.status, WorksheetRow.behaviour, WorksheetRow.series_no,
               WorksheetRow.updated_at).where(WorksheetRow.id.in_(ids))
    )
    return {row[0]: Summary(*row) for row in rows}


def count(session: Session) -> int:
    query = select(func.count()).select_from(WorksheetRow).where(WorksheetRow.deleted_at.is_(None))
    return int(session.scalar(query) or 0)


def _copy(session: Session, source: WorksheetRow, title: str) -> WorksheetRow:
    now = utcnow()
    row = WorksheetRow(
        definition_id=source.definition_id, definition_version=source.definition_version,
        title=title, status=IN_PROGRESS, behaviour=source.behaviour,
        values_json=source.values_json, series_no=1, created_at=now, updated_at=now,
    )
    session.add(row)
    session.flush()
    return row


def _body(session: Session, worksheet_id: int) -> str:
    found = session.execute(text(f"SELECT body FROM {FTS_TABLE} WHERE rowid = :id"),
                            {"id": worksheet_id}).scalar()
    return str(found or "")


def duplicate(session: Session, worksheet_id: int, title: str) -> int:
    """"Start from this one": a new, separate worksheet with the same contents."""
    source = session.get(WorksheetRow, worksheet_id)
    if source is None:
        raise LookupError(f"no worksheet {worksheet_id}")
    row = _copy(session, source, clean_text(title))
    _index(session, row.id, row.title, _body(session, worksheet_id))
    return row.id


def new_version(session: Session, worksheet_id: int) -> int:
    """A new version of a revisable worksheet; the old one stays as it was."""
    source = session.get(WorksheetRow, worksheet_id)
    if source is None:
        raise LookupError(f"no worksheet {worksheet_id}")
    series = source.series_id or source.id
    if source.series_id is None:
        source.series_id = series
    last = session.scalar(
        select(func.max(WorksheetRow.series_no)).where(WorksheetRow.series_id == series)
    )
    row = _copy(session, source, source.title)
    row.series_id = series
    row.series_no = int(last or 1) + 1
    _index(session, row.id, row.title, _body(session, worksheet_id))
    return row.id


def versions(session: Session, worksheet_id: int) -> list[Summary]:
    """Every version in the worksheet's series, oldest first (just itself if none)."""
    row = session.get(WorksheetRow, worksheet_id)
    if row is None:
        return []
    series = row.series_id or row.id
    ids = list(session.scalars(
        select(WorksheetRow.id).where(
            ((WorksheetRow.series_id == series) | (WorksheetRow.id == series))
            & WorksheetRow.deleted_at.is_(None)
        )
    ))
    found = summaries(session, ids)
    return sorted(found.values(), key=lambda s: (s.series_no, s.id))


def delete_worksheet(session: Session, worksheet_id: int) -> None:
    """Hide a worksheet at once; :func:`undelete` brings it back until it is purged."""
    row = session.get(WorksheetRow, worksheet_id)
    if row is not None:
        row.deleted_at = utcnow()


def undelete(session: Session, worksheet_id: int) -> None:
    row = session.get(WorksheetRow, worksheet_id)
    if row is not None:
        row.deleted_at = None


def purge_deleted(session: Session) -> int:
    """Remove deleted worksheets for good (rows, index entries, links); returns how many."""
    ids = list(session.scalars(select(WorksheetRow.id).where(WorksheetRow.deleted_at.is_not(None))))
    for worksheet_id in ids:
        session.execute(text(f"DELETE FROM {FTS_TABLE} WHERE rowid = :id"), {"id": worksheet_id})
        forget(session, Ref(KIND, worksheet_id))
    if ids:
        session.execute(delete(WorksheetRow).where(WorksheetRow.id.in_(ids)))
    return len(ids)
