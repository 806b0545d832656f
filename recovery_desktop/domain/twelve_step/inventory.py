"""The Step 4 inventory (resentments, fears, conduct) and the tracker's drafts.

The three lists share one shape: a row is a dict of text fields plus, for resentments and
conduct, a set of codes. Each row copies its fellowship's "extra private" choice into its
``private`` column, which the exports honour (see ``models``).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from recovery_desktop.domain.base import clean_text, utcnow
from recovery_desktop.domain.behaviours.service import InvalidInput
from recovery_desktop.domain.twelve_step.models import (
    ConductRow,
    FearRow,
    ResentmentRow,
    StepDraftRow,
    StepFellowshipRow,
)
from recovery_desktop.domain.twelve_step.progress import text_problems
from recovery_desktop.marks import QT_TRANSLATE_NOOP, translate

# What a resentment affected (workbook 4.3) and where conduct fell short.
AFFECTS = ("self_esteem", "security", "ambitions", "personal_relations", "sex_relations")
WAYS = ("selfish", "dishonest", "inconsiderate")


@dataclass(frozen=True)
class Section:
    key: str
    model: type[ResentmentRow] | type[FearRow] | type[ConductRow]
    texts: tuple[str, ...]  # the first one is required (who or what, the fear, the situation)
    codes_field: str = ""
    codes: tuple[str, ...] = ()
    required_message: str = ""


SECTIONS: dict[str, Section] = {
    "resentments": Section("resentments", ResentmentRow, ("resentful_at", "cause", "my_part"),
                           "affects", AFFECTS,
                           QT_TRANSLATE_NOOP(
                               "problems",
                               "Please say who or what you resent (a person, a place, an idea).")),
    "fears": Section("fears", FearRow, ("fear", "why"), "", (),
                     QT_TRANSLATE_NOOP("problems", "Please name the fear first.")),
    "conduct": Section("conduct", ConductRow, ("situation", "where_i_was", "who_hurt", "instead"),
                       "ways", WAYS,
                       QT_TRANSLATE_NOOP("problems", "Please describe the situation first.")),
}

Row = dict[str, Any]  # text fields as str, the codes field as a tuple of codes


def _section(key: str) -> Section:
    try:
        return SECTIONS[key]
    except KeyError:
        raise InvalidInput([translate(
            "problems",
            "There is no inventory list called %1.").replace("%1", f"{key!r}")]) from None


def row_problems(section_key: str, values: Row) -> list[str]:
    section = _section(section_key)
    problems = []
    if not clean_text(str(values.get(section.texts[0], ""))).strip():
        problems.append(translate("problems", section.required_message))
    return problems + text_problems(str(values.get(name, "")) for name in section.texts)


def _columns(section: Section, values: Row) -> dict[str, Any]:
    columns: dict[str, Any] = {name: clean_text(str(values.get(name, "")))
                               for name in section.texts}
    columns[section.texts[0]] = columns[section.texts[0]].strip()
    if section.codes_field:
        chosen = set(values.get(section.codes_field) or ())
        columns[section.codes_field] = ",".join(c for c in section.codes if c in chosen)
    return columns


def save_row(session: Session, section_key: str, fellowship_id: int, values: Row,
             row_id: int | None = None) -> int:
    section = _section(section_key)
    if problems := row_problems(section_key, values):
        raise InvalidInput(problems)
    fellowship = session.get(StepFellowshipRow, fellowship_id)
    if fellowship is None:
        raise InvalidInput([translate("problems", "This fellowship is no longer in your list.")])
    now = utcnow()
    row: Any = session.get(section.model, row_id) if row_id is not None else None
    if row is None:
        row = section.model(fellowship_id=fellowship_id, created_at=now)
        session.add(row)
    for name, value in _columns(section, values).items():
        setattr(row, name, value)
    row.private = fellowship.inventory_private
    row.updated_at = now
    session.flush()
    return int(row.id)


def delete_row(session: Session, section_key: str, row_id: int) -> None:
    row = session.get(_section(section_key).model, row_id)
    if row is not None:
        session.delete(row)


def row_ids(session: Session, section_key: str, fellowship_id: int) -> list[int]:
    """Ids in the order they were written (an inventory reads top to bottom)."""
    model = _section(section_key).model
    return list(session.scalars(select(model.id).where(model.fellowship_id == fellowship_id)
                                .order_by(model.id)))


def rows(session: Session, section_key: str, ids: list[int]) -> dict[int, Row]:
    section = _section(section_key)
    model = section.model
    found: dict[int, Row] = {}
    row: Any
    for row in session.scalars(select(model).where(model.id.in_(ids))):
        values: Row = {name: getattr(row, name) for name in section.texts}
        if section.codes_field:
            values[section.codes_field] = tuple(
                c for c in str(getattr(row, section.codes_field)).split(",") if c)
        found[row.id] = values
    return found


def resentment_names(session: Session, fellowship_id: int) -> list[str]:
    """Who or what the person resents, each once (first spelling kept), in list order."""
    seen: dict[str, str] = {}
    for (name,) in session.execute(select(ResentmentRow.resentful_at).where(
            ResentmentRow.fellowship_id == fellowship_id).order_by(ResentmentRow.id)):
        key = str(name).strip().casefold()
        if key and key not in seen:
            seen[key] = str(name).strip()
    return list(seen.values())


# -- drafts --------------------------------------------------------------------------------


def save_draft(session: Session, kind: str, ref: str, payload: dict[str, Any], *,
               private: bool = False) -> None:
    text = json.dumps(payload, ensure_ascii=False)
    row = session.scalars(select(StepDraftRow).where(StepDraftRow.kind == kind,
                                                     StepDraftRow.ref == ref)).first()
    if row is None:
        session.add(StepDraftRow(kind=kind, ref=ref, payload=text, private=private,
                                 updated_at=utcnow()))
    else:
        row.payload, row.private, row.updated_at = text, private, utcnow()


def load_draft(session: Session, kind: str, ref: str) -> dict[str, Any] | None:
    text = session.scalar(select(StepDraftRow.payload).where(StepDraftRow.kind == kind,
                                                             StepDraftRow.ref == ref))
    if text is None:
        return None
    payload = json.loads(text)
    return payload if isinstance(payload, dict) else None


def discard_draft(session: Session, kind: str, ref: str) -> None:
    row = session.scalars(select(StepDraftRow).where(StepDraftRow.kind == kind,
                                                     StepDraftRow.ref == ref)).first()
    if row is not None:
        session.delete(row)


INVENTORY_DRAFT = "inventory"


def inventory_ref(fellowship_id: int, section_key: str) -> str:
    return f"{fellowship_id}:{section_key}"


def mark_drafts_private(session: Session, fellowship_id: int, private: bool) -> None:
    session.execute(update(StepDraftRow).where(
        StepDraftRow.kind == INVENTORY_DRAFT,
        StepDraftRow.ref.startswith(f"{fellowship_id}:", autoescape=True),
    ).values(private=private))
