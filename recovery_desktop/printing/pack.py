"""Gathering documents from the vault: a worksheet, or a facilitator pack over a date range.

Reads in the caller's session and returns plain document objects (no ORM object leaves), so
the rendering can run after the session is closed, on a worker thread.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from sqlalchemy.orm import Session

from recovery_desktop.domain.profile import get_setting, load_profile
from recovery_desktop.domain.worksheets.definitions import Definition, load_definitions
from recovery_desktop.domain.worksheets.store import (
    Filters,
    definition_for,
    list_ids,
    load_worksheet,
)
from recovery_desktop.printing.document import PrintDocument
from recovery_desktop.printing.options import NameDisplay, PrintOptions
from recovery_desktop.printing.triggers import TriggerSummary
from recovery_desktop.printing.worksheets import FilledWorksheet

# The alias is typed by the person, so it lives in the vault, never in QSettings.
ALIAS_SETTING = "print_alias"


def options_from_vault(session: Session, options: PrintOptions) -> PrintOptions:
    """``options`` with the profile's name and the saved alias filled in."""
    from dataclasses import replace

    alias = get_setting(session, ALIAS_SETTING, "")
    name = load_profile(session).display_name if options.name_display in (
        NameDisplay.FIRST, NameDisplay.INITIALS) else ""
    return replace(options, full_name=name, alias=alias if isinstance(alias, str) else "")


def worksheet_document(session: Session, worksheet_id: int,
                       definitions: dict[str, Definition] | None = None
                       ) -> FilledWorksheet | None:
    worksheet = load_worksheet(session, worksheet_id)
    if worksheet is None:
        return None
    current = definitions if definitions is not None else load_definitions().definitions
    definition = definition_for(session, current, worksheet.definition_id,
                                worksheet.definition_version)
    if definition is None:
        return None
    return FilledWorksheet(definition, worksheet.values, worksheet.title,
                           worksheet.updated_at.date())


@dataclass
class PackRequest:
    start: date
    end: date  # inclusive
    definition_ids: Collection[str] = field(default_factory=frozenset)  # which kinds
    include_triggers: bool = False


def gather_pack(session: Session, request: PackRequest,
                definitions: dict[str, Definition] | None = None) -> list[PrintDocument]:
    """The chosen worksheets saved in the range (oldest first), then the trigger summary."""
    current = definitions if definitions is not None else load_definitions().definitions
    since = datetime.combine(request.start, time())
    until = datetime.combine(request.end + timedelta(days=1), time())
    documents: list[PrintDocument] = []
    if request.definition_ids:
        ids = list_ids(session, Filters(since=since, until=until))
        found = []
        for worksheet_id in ids:
            doc = worksheet_document(session, worksheet_id, current)
            if doc is not None and doc.definition.id in request.definition_ids:
                found.append(doc)
        found.sort(key=lambda d: (d.day or request.start))
        documents += found
    if request.include_triggers:
        documents.append(trigger_summary(session, request.start, request.end))
    return documents


def trigger_summary(session: Session, start: date, end: date) -> TriggerSummary:
    from recovery_desktop.domain.behaviours.service import list_behaviours
    from recovery_desktop.domain.urges import insights
    from recovery_desktop.domain.urges.service import LogFilter, facts

    # Local dates are within a day of UTC: fetch a day either side, compute() trims.
    flt = LogFilter(start_utc=datetime.combine(start - timedelta(days=1), time()),
                    end_utc=datetime.combine(end + timedelta(days=2), time()))
    data = insights.compute(facts(session, flt), start=start, end=end)
    names = {b.id: b.name for b in list_behaviours(session, include_archived=True)}
    return TriggerSummary(start, end, data, names)
