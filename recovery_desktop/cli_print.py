"""Printing sub-commands: ``print-blank`` (no vault needed, for facilitators).

Registered by ``cli.build_parser``. Qt runs on the offscreen platform, so no display is
needed; the PDF is rendered in memory and written atomically. A sub-command that prints
from the vault (``print-review``) is a few lines: open the vault with ``_open_with_secret``,
build the documents in its session, then ``write_documents(args, documents, personal=True)``.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
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


def page_size_arg(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--page-size", choices=["A4", "Letter"], type=_page_size_name,
                        default=None, help="paper size (default: from the system's locale)")


def _page_size_name(raw: str) -> str:
    return {"a4": "A4", "letter": "Letter"}.get(raw.casefold(), raw)


def add_parsers(sub: argparse._SubParsersAction[Any]) -> None:
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
