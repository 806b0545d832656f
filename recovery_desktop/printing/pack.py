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
from recovery_desktop.printing.review_checkin import ReviewCheckIn
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
    include_checkins: bool = False  # a weekly check-in for each review saved in the range
    tz: str = ""  # the zone review weeks are counted in (empty: the system's)


def gather_pack(session: Session, request: PackRequest,
                definitions: dict[str, Definition] | None = None) -> list[PrintDocument]:
    """The chosen worksheets saved in the range and the weekly check-ins of reviews whose
    review day falls in it, in date order, then the trigger summary."""
    current = definitions if definitions is not None else load_definitions().definitions
    since = datetime.combine(request.start, time())
    until = datetime.combine(request.end + timedelta(days=1), time())
    dated: list[tuple[date, int, PrintDocument]] = []
    if request.definition_ids:
        ids = list_ids(session, Filters(since=since, until=until))
        for worksheet_id in ids:
            doc = worksheet_document(session, worksheet_id, current)
            if doc is not None and doc.definition.id in request.definition_ids:
                dated.append((doc.day or request.start, 0, doc))
    if request.include_checkins:
        dated += [(doc.week_end, 1, doc) for doc in checkins(session, request, current)]
    dated.sort(key=lambda item: (item[0], item[1]))  # stable: same-day order is kept
    documents: list[PrintDocument] = [doc for _day, _kind, doc in dated]
    if request.include_triggers:
        documents.append(trigger_summary(session, request.start, request.end))
    return documents


def trigger_summary(session: Session, start: date, end: date, *,
                    notes: bool = False) -> TriggerSummary:
    """The trigger-log summary for ``start``..``end`` (local days); the free-text notes are
    read only when ``notes`` is set (and print only with ``options.include_notes``)."""
    from recovery_desktop.domain.behaviours.service import list_behaviours
    from recovery_desktop.domain.urges import insights
    from recovery_desktop.domain.urges.service import LogFilter, facts

    # Local dates are within a day of UTC: fetch a day either side, compute() trims.
    flt = LogFilter(start_utc=datetime.combine(start - timedelta(days=1), time()),
                    end_utc=datetime.combine(end + timedelta(days=2), time()))
    data = insights.compute(facts(session, flt), start=start, end=end)
    names = {b.id: b.name for b in list_behaviours(session, include_archived=True)}
    return TriggerSummary(start, end, data, names,
                          urge_notes(session, start, end) if notes else ())


def urge_notes(session: Session, start: date, end: date) -> list[tuple[date, str]]:
    """Notes written on urges logged on ``start``..``end`` (local days), oldest first."""
    from sqlalchemy import select

    from recovery_desktop.domain.behaviours.cleantime import local_date
    from recovery_desktop.domain.urges.models import UrgeRow

    low = datetime.combine(start - timedelta(days=2), time())
    high = datetime.combine(end + timedelta(days=3), time())
    found = []
    for at, tz, note in session.execute(
        select(UrgeRow.occurred_at, UrgeRow.tz, UrgeRow.note).where(
            UrgeRow.occurred_at >= low, UrgeRow.occurred_at < high, UrgeRow.note != "")
        .order_by(UrgeRow.occurred_at)
    ):
        day = local_date(at, tz)
        if start <= day <= end and note.strip():
            found.append((day, note))
    return found


def checkins(session: Session, request: PackRequest,
             definitions: dict[str, Definition]) -> list[ReviewCheckIn]:
    """A check-in sheet for each review saved with its review day in the range."""
    from recovery_desktop.domain.base import utcnow
    from recovery_desktop.domain.review.plans import review_days
    from recovery_desktop.domain.review.week import window_ending
    from recovery_desktop.domain.worksheets.definitions import localized
    from recovery_desktop.printing.review_checkin import gather_checkin, system_zone

    tz = request.tz or system_zone()
    now = utcnow()
    titles = {key: localized(d.title) for key, d in definitions.items()}
    days = sorted(d for d in review_days(session) if request.start <= d <= request.end)
    return [gather_checkin(session, window_ending(day, tz=tz, now_utc=now), titles)
            for day in days]
