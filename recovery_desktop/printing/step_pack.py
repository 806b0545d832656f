"""Gathering step work for a sponsor from the 12-step tracker, as a plain :class:`StepWork`.

Reads in the caller's session (rendering may then run on a worker thread). What is left
out, on purpose: the fellowship's step wording the person pasted in (it may be copyrighted
literature; steps print by number), and the Step 4 inventory unless ``include_inventory``
is set, in which case its tables are still marked extra private, so the print options must
say so too. Nothing of Step 4 is even read otherwise.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy.orm import Session

from recovery_desktop.domain.twelve_step import inventory, lists, service
from recovery_desktop.domain.twelve_step.progress import StepStatus
from recovery_desktop.i18n import translate
from recovery_desktop.printing.layout import tr
from recovery_desktop.printing.step_work import InventoryTable, JournalNote, StepEntry, StepWork
from recovery_desktop.printing.worksheets import date_label

ALL_STEPS = tuple(range(1, 13))


@dataclass
class StepWorkRequest:
    fellowship_id: int
    start: date  # journal entries and Step 10 reviews from this day ...
    end: date  # ... to this one (inclusive)
    steps: Collection[int] = field(default_factory=lambda: ALL_STEPS)
    include_inventory: bool = False  # the extra-private Step 4 lists
    today: date | None = None


def status_text(status: StepStatus) -> str:
    return {
        StepStatus.NOT_STARTED: translate("Printing", "Not started"),
        StepStatus.WORKING: translate("Printing", "Working on it"),
        StepStatus.DONE: translate("Printing", "Done"),
        StepStatus.REVISITING: translate("Printing", "Revisiting"),
    }[status]


def _yes(value: bool) -> str:
    return translate("Printing", "Yes") if value else ""


INVENTORY_TITLES = {
    "resentments": "Step 4: resentments",
    "fears": "Step 4: fears",
    "conduct": "Step 4: my conduct",
}
INVENTORY_LABELS = {
    "resentful_at": "Who or what I resent",
    "cause": "The cause",
    "affects": "What it affected",
    "my_part": "My part",
    "fear": "The fear",
    "why": "Why I have it",
    "situation": "The situation",
    "ways": "Where I was",
    "where_i_was": "How",
    "who_hurt": "Who was hurt",
    "instead": "What I could do instead",
}
CODE_LABELS = {
    "self_esteem": "self-esteem",
    "security": "security",
    "ambitions": "ambitions",
    "personal_relations": "personal relations",
    "sex_relations": "sex relations",
    "selfish": "selfish",
    "dishonest": "dishonest",
    "inconsiderate": "inconsiderate",
}


def _inventory(session: Session, fellowship_id: int) -> list[InventoryTable]:
    tables = []
    for key, section in inventory.SECTIONS.items():
        ids = inventory.row_ids(session, key, fellowship_id)
        if not ids:
            continue
        found = inventory.rows(session, key, ids)
        columns = list(section.texts)
        if section.codes_field:
            columns.insert(1 if key == "conduct" else len(columns) - 1, section.codes_field)
        rows = []
        for row_id in ids:
            values = found.get(row_id)
            if values is None:
                continue
            rows.append(
                [
                    ", ".join(tr(CODE_LABELS.get(c, c)) for c in values[name])
                    if name == section.codes_field
                    else str(values.get(name, ""))
                    for name in columns
                ]
            )
        tables.append(
            InventoryTable(
                tr(INVENTORY_TITLES[key]),
                [tr(INVENTORY_LABELS.get(c, c)) for c in columns],
                rows,
                extra_private=True,
            )
        )
    return tables


def _amends(session: Session, fellowship_id: int) -> InventoryTable | None:
    ids = lists.amends_ids(session, fellowship_id)
    if not ids:
        return None
    found = lists.amends_entries(session, ids)
    rows = [
        [e.name, e.what_happened, e.how_affected, _yes(e.willing)]
        for e in (found[i] for i in ids if i in found)
    ]
    return InventoryTable(
        translate("Printing", "Step 8: people I have harmed"),
        [
            translate("Printing", "Name"),
            translate("Printing", "What happened"),
            translate("Printing", "How it affected them"),
            translate("Printing", "Willing"),
        ],
        rows,
        extra_private=False,
    )


def _nightly(session: Session, start: date, end: date) -> InventoryTable | None:
    found = lists.reviews(session, lists.review_ids(session))
    chosen = sorted(
        (r for r in found.values() if start <= r.review_date <= end), key=lambda r: r.review_date
    )
    if not chosen:
        return None
    rows = []
    for r in chosen:
        feelings = [
            name
            for flag, name in (
                (r.resentful, translate("Printing", "resentful")),
                (r.selfish, translate("Printing", "selfish")),
                (r.dishonest, translate("Printing", "dishonest")),
                (r.afraid, translate("Printing", "afraid")),
            )
            if flag
        ]
        rows.append(
            [
                _short_date(r.review_date),
                ", ".join(feelings),
                r.owe_apology,
                r.amends_done,
                r.went_well,
            ]
        )
    return InventoryTable(
        translate("Printing", "Step 10: nightly reviews"),
        [
            translate("Printing", "Date"),
            translate("Printing", "Where I was"),
            translate("Printing", "An apology I owe"),
            translate("Printing", "Amends made"),
            translate("Printing", "What went well"),
        ],
        rows,
        extra_private=False,
    )


def _short_date(day: date) -> str:
    from PySide6.QtCore import QDate, QLocale

    return QLocale.system().toString(QDate(day.year, day.month, day.day), "d MMM yyyy")


def gather_step_work(session: Session, request: StepWorkRequest) -> StepWork | None:
    """Step work for one fellowship, or None when that fellowship is no longer there."""
    fellowship = service.get_fellowship(session, request.fellowship_id)
    if fellowship is None:
        return None
    chosen = sorted(set(request.steps) & set(ALL_STEPS))
    steps = []
    for number in chosen:
        entry = service.load_step(session, request.fellowship_id, number)
        # entry.wording (the fellowship's own words for the step) is never printed.
        steps.append(
            StepEntry(
                number,
                status_text(entry.status),
                entry.started,
                entry.completed,
                entry.with_sponsor,
                entry.notes,
            )
        )
    journal = []
    for number in chosen:
        ids = service.journal_ids(session, request.fellowship_id, number)
        entries = service.journal_entries(session, ids)
        journal += [
            JournalNote(number, e.entry_date, e.body)
            for e in entries.values()
            if request.start <= e.entry_date <= request.end
        ]
    journal.sort(key=lambda n: (n.day, n.step))
    tables = []
    if 8 in chosen and (amends := _amends(session, request.fellowship_id)) is not None:
        tables.append(amends)
    if 10 in chosen and (nightly := _nightly(session, request.start, request.end)) is not None:
        tables.append(nightly)
    inventories = (
        _inventory(session, request.fellowship_id)
        if request.include_inventory and 4 in chosen
        else []
    )
    period = (
        translate("Printing", "Journal entries and nightly reviews from %1 to %2.")
        .replace("%1", date_label(request.start))
        .replace("%2", date_label(request.end))
    )
    return StepWork(
        fellowship.name,
        steps,
        inventories,
        request.today,
        journal,
        period,
        tables,
        inventory_left_out=4 in chosen and not request.include_inventory,
    )
