"""Printing sub-commands: ``print-blank`` (no vault needed, for facilitators) and
``print-review`` (a week's check-in sheet from the vault, with the most private choices).

Registered by ``cli.build_parser``. Qt runs on the offscreen platform, so no display is
needed; the PDF is rendered in memory and written atomically. A sub-command that prints
from the vault is a few lines: open the vault with ``_open_with_secret``, build the
documents in its session, then ``write_documents(args, documents, personal=True)``.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from recovery_desktop.cli import EXIT_OK, PROG, UsageError

if TYPE_CHECKING:
    from recovery_desktop.printing.document import PrintDocument


def ensure_gui_app() -> None:
    """A QGuiApplication for fonts and painting, on the offscreen platform (no display)."""
    from PySide6.QtGui import QGuiApplication

    if QGuiApplication.instance() is None:
        app = QGuiApplication([PROG, "-platform", "offscreen"])
        ensure_gui_app.app = app  # type: ignore[attr-defined]  # lives as long as the process


def output_path(raw: str) -> Path:
    output = Path(raw)
    if output.is_dir():
        raise UsageError(f"{output} is a folder; give a file name to write")
    if not output.parent.is_dir():
        raise UsageError(f"the folder for {output} does not exist")
    return output


def write_documents(args: argparse.Namespace, documents: Sequence[PrintDocument], *,
                    personal: bool, contents_title: str = "") -> int:
    """Render ``documents`` to ``args.output`` at ``args.page_size``; warn first if personal."""
    from recovery_desktop.printing.document import write_pdf
    from recovery_desktop.printing.options import PrintOptions, page_size_named

    output = output_path(args.output)
    page_size = page_size_named(args.page_size) if args.page_size else None
    if personal:
        print(f"{PROG}: warning: {output} is NOT encrypted; anyone who can read it sees your "
              "entries. Keep it somewhere safe and delete it when done.", file=sys.stderr)
    write_pdf(output, documents, PrintOptions(page_size=page_size),
              contents_title=contents_title)
    print(f"Wrote {output}.")
    return EXIT_OK


def cmd_print_blank(args: argparse.Namespace) -> int:
    ensure_gui_app()
    from recovery_desktop.printing.blanks import blank_document, blank_kinds

    kinds = blank_kinds()
    if args.list:
        for kind in kinds:
            print(f"{kind.id}\t{kind.title}")
        return EXIT_OK
    if not args.kind:
        raise UsageError("name a KIND to print (see 'print-blank --list'), or use --list")
    if not args.output:
        raise UsageError("give the PDF file to write with -o FILE.pdf")
    try:
        document = blank_document(args.kind)
    except KeyError:
        known = ", ".join(k.id for k in kinds)
        raise UsageError(f"unknown kind {args.kind!r}; use one of: {known}") from None
    return write_documents(args, [document], personal=False)


def _week_window(args: argparse.Namespace, session: Any) -> Any:
    """The review window asked for: an ISO week (Monday to Sunday, or the saved review whose
    review day falls in it) or the seven days ending on a date."""
    import re
    from datetime import date, datetime, timedelta

    from recovery_desktop.domain.base import utcnow
    from recovery_desktop.domain.behaviours.cleantime import local_date
    from recovery_desktop.domain.review.plans import review_days
    from recovery_desktop.domain.review.week import window_ending
    from recovery_desktop.printing.review_checkin import system_zone

    tz = system_zone()
    now = utcnow()
    if args.week:
        found = re.fullmatch(r"(\d{4})-?W(\d{1,2})", args.week.strip(), re.IGNORECASE)
        try:
            if found is None:
                raise ValueError
            sunday = date.fromisocalendar(int(found[1]), int(found[2]), 7)
        except ValueError:
            raise UsageError(f"--week {args.week!r} is not an ISO week; write it like "
                             "2026-W05 (year, then week 1 to 52 or 53)") from None
        monday = sunday - timedelta(days=6)
        days = [d for d in review_days(session) if monday <= d <= sunday]
        end = max(days) if days else sunday
    else:
        try:
            end = datetime.strptime(args.ending.strip(), "%Y-%m-%d").date()
        except ValueError:
            raise UsageError(f"--ending {args.ending!r} is not a date; write it like "
                             "2026-03-29 (year-month-day)") from None
    window = window_ending(end, tz=tz, now_utc=now)
    if window.start > local_date(now, tz):
        raise UsageError("that week has not started yet; choose a week up to this one")
    return window


def cmd_print_review(args: argparse.Namespace) -> int:
    if bool(args.week) == bool(args.ending):
        raise UsageError("give either --week YYYY-Www or --ending YYYY-MM-DD")
    if not args.output:
        raise UsageError("give the PDF file to write with -o FILE.pdf")
    output_path(args.output)  # a bad path is reported before the passphrase is read
    ensure_gui_app()
    from recovery_desktop.cli import _open_with_secret
    from recovery_desktop.printing.review_checkin import gather_checkin
    from recovery_desktop.vault.vault import Vault

    vault = _open_with_secret(args)
    assert isinstance(vault, Vault)
    with vault, vault.session() as session:
        window = _week_window(args, session)
        document = gather_checkin(session, window)
    if document.saved is None:
        print(f"No review was saved for {window.start} to {window.end}; the sheet has the "
              "drafted numbers and space to write the rest.")
    return write_documents(args, [document], personal=True)


def page_size_arg(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--page-size", choices=["A4", "Letter"], type=_page_size_name,
                        default=None, help="paper size (default: from the system's locale)")


def _page_size_name(raw: str) -> str:
    return {"a4": "A4", "letter": "Letter"}.get(raw.casefold(), raw)


def add_parsers(sub: argparse._SubParsersAction[Any],
                vault_args: Callable[[argparse.ArgumentParser], None]) -> None:
    blank = sub.add_parser(
        "print-blank",
        help="write a blank worksheet or check-in sheet as PDF (no vault needed)",
        description="Write a blank worksheet or check-in sheet to fill by hand, for example "
        "to hand out in a group. Needs no vault and no display.",
    )
    blank.add_argument("kind", nargs="?", metavar="KIND", help="what to print (see --list)")
    blank.add_argument("--list", action="store_true",
                       help="list the kinds, one a line: id, then title")
    blank.add_argument("-o", "--output", help="the PDF file to write")
    page_size_arg(blank)
    blank.set_defaults(func=cmd_print_blank)

    review = sub.add_parser(
        "print-review",
        help="write a week's check-in sheet from the weekly review as PDF (NOT encrypted)",
        description="Write the weekly check-in sheet for one week: the review's numbers and "
        "chart, the win, the challenge, a topic for the group and the plan for the next 7 "
        "days. Without a saved review the sheet has the drafted numbers and space to write. "
        "The most private choices apply: no name, behaviours shown as 'my behaviour'. The PDF "
        "is not encrypted.",
    )
    vault_args(review)
    when = review.add_mutually_exclusive_group(required=True)
    when.add_argument("--week", metavar="YYYY-Www",
                      help="an ISO week, e.g. 2026-W05 (its saved review if there is one)")
    when.add_argument("--ending", metavar="YYYY-MM-DD",
                      help="the seven days ending on this date")
    review.add_argument("-o", "--output", required=True, help="the PDF file to write")
    page_size_arg(review)
    review.set_defaults(func=cmd_print_review)
