"""The ``recovery-desktop`` command: the GUI by default, and headless sub-commands.

Sub-commands never need a display. Errors are one line on stderr starting
``recovery-desktop:``, never a traceback (set RECOVERY_DESKTOP_DEBUG=1 to see one).
Heavy modules load inside the sub-command that needs them, so ``--version`` and the
first window stay quick.
"""

from __future__ import annotations

import argparse
import os
import sys
import traceback
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import NoReturn, TextIO

from recovery_desktop import APP_NAME, __version__

PROG = "recovery-desktop"
EXIT_OK, EXIT_FAILURE, EXIT_USAGE, EXIT_WRONG_SECRET, EXIT_NO_VAULT = 0, 1, 2, 3, 4

EPILOG = """\
exit status:
  0  success
  1  any other failure (disk full, vault busy, ...)
  2  usage error (bad arguments, nothing on standard input)
  3  wrong passphrase or recovery key
  4  missing or damaged vault (or written by a newer version)

Errors are printed as one line starting with 'recovery-desktop:'.
Nothing is sent over the network, ever.
"""


class UsageError(Exception):
    pass


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise UsageError(f"{message} (see '{PROG} --help')")


def _read_secret(stream: TextIO, what: str) -> str:
    try:
        secret = stream.readline().rstrip("\r\n")
        secret.encode("utf-8")  # undecodable bytes arrive as surrogates under some locales
    except (UnicodeDecodeError, UnicodeEncodeError):
        raise UsageError(f"the {what} on standard input is not valid UTF-8 text") from None
    if not secret:
        raise UsageError(f"expected the {what} on standard input, got nothing")
    return secret


def _calibration(args: argparse.Namespace) -> Callable[[], object]:
    from recovery_desktop.vault import kdf

    return kdf.floor_calibration if args.fast_kdf else kdf.calibrate


def cmd_demo(args: argparse.Namespace) -> int:
    from recovery_desktop.domain import demo
    from recovery_desktop.vault.vault import Vault

    if args.years < 1 or args.years > 50:
        raise UsageError("--years must be between 1 and 50")
    passphrase = _read_secret(sys.stdin, "passphrase")
    created = Vault.create(args.data_dir, passphrase, calibrate=_calibration(args))  # type: ignore[arg-type]
    with created.vault as vault, vault.session() as session:
        names = demo.fill(session, years=args.years, seed=args.seed)
    print(f"Created a demo vault in {args.data_dir} ({args.years} year(s): {', '.join(names)}).")
    print(f"Recovery key: {created.recovery_key}")
    return EXIT_OK


def _open_with_secret(args: argparse.Namespace) -> object:
    from recovery_desktop.vault.vault import Vault

    if getattr(args, "recovery_key_stdin", False):
        return Vault.unlock_with_recovery_key(
            args.data_dir, _read_secret(sys.stdin, "recovery key")
        )
    return Vault.unlock(args.data_dir, _read_secret(sys.stdin, "passphrase"))


def cmd_export(args: argparse.Namespace) -> int:
    import json

    from recovery_desktop.domain.export import build_export
    from recovery_desktop.vault.atomic import atomic_write_bytes
    from recovery_desktop.vault.vault import Vault

    output = Path(args.output)
    if output.is_dir():
        raise UsageError(f"{output} is a folder; give a file name to write")
    if not output.parent.is_dir():
        raise UsageError(f"the folder for {output} does not exist")
    vault = _open_with_secret(args)
    assert isinstance(vault, Vault)
    with vault, vault.session() as session:
        document = build_export(session, include_private=args.include_private)
    data = json.dumps(document, ensure_ascii=False, indent=1).encode("utf-8")
    print(
        f"{PROG}: warning: {output} is NOT encrypted; anyone who can read it sees your entries. "
        "Keep it somewhere safe and delete it when done.",
        file=sys.stderr,
    )
    atomic_write_bytes(output, data)
    counts = ", ".join(f"{name}: {len(rows)}" for name, rows in document["data"].items())
    print(f"Exported to {output} ({counts}).")
    if document["left_out"]:
        left = ", ".join(f"{name}: {n}" for name, n in document["left_out"].items())
        print(f"Left out as extra private (use --include-private to include): {left}.")
    return EXIT_OK


def cmd_gui(args: argparse.Namespace) -> int:
    if sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY")
        or os.environ.get("WAYLAND_DISPLAY")
        or os.environ.get("QT_QPA_PLATFORM")
    ):
        print(
            f"{PROG}: no display found, so the window cannot open. Start it from a desktop "
            f"session; the sub-commands (see '{PROG} --help') work without one.",
            file=sys.stderr,
        )
        return EXIT_FAILURE
    from recovery_desktop.ui.app import run

    return run(args.data_dir, minimized=bool(getattr(args, "minimized", False)))


def build_parser() -> argparse.ArgumentParser:
    from recovery_desktop.paths import default_data_dir

    parser = _Parser(
        prog=PROG,
        description=f"{APP_NAME}: an offline, encrypted self-help "
        "workbook for recovery. With no sub-command, opens the app.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    parser.add_argument(
        "--data-dir",
        type=Path,
        default=None,
        help=f"vault folder for the app (default: {default_data_dir()}, "
        "or the folder chosen in Settings)",
    )
    parser.add_argument("--minimized", action="store_true",
                        help="start minimized (used when starting at login)")
    parser.set_defaults(func=cmd_gui)
    sub = parser.add_subparsers(title="sub-commands", metavar="COMMAND", parser_class=_Parser)

    def vault_args(p: argparse.ArgumentParser, recovery: bool = False) -> None:
        p.add_argument("--data-dir", type=Path, required=True, help="vault folder")
        group = p.add_mutually_exclusive_group(required=True)
        group.add_argument(
            "--passphrase-stdin",
            action="store_true",
            help="read the passphrase from the first line of standard input",
        )
        if recovery:
            group.add_argument(
                "--recovery-key-stdin",
                action="store_true",
                help="read the recovery key from standard input instead",
            )

    demo = sub.add_parser(
        "demo",
        help="create a NEW vault filled with a synthetic history",
        description="Create a new vault filled with a realistic, made-up "
        "history. Refuses to touch an existing vault.",
    )
    vault_args(demo)
    demo.add_argument("--years", type=int, default=1, help="years of history (default 1)")
    demo.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    demo.add_argument("--fast-kdf", action="store_true", help=argparse.SUPPRESS)
    demo.set_defaults(func=cmd_demo)

    export = sub.add_parser(
        "export",
        help="write a complete, UNENCRYPTED JSON export",
        description="Write everything in the vault to a JSON file. The file is not encrypted.",
    )
    vault_args(export, recovery=True)
    export.add_argument("-o", "--output", required=True, help="the JSON file to write")
    export.add_argument(
        "--include-private", action="store_true", help="also include entries marked extra private"
    )
    export.set_defaults(func=cmd_export)

    from recovery_desktop import cli_data

    cli_data.add_parsers(sub, vault_args)
    from recovery_desktop import cli_print

    cli_print.add_parsers(sub, vault_args)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    try:
        args = build_parser().parse_args(argv)
        return int(args.func(args))
    except UsageError as exc:
        print(f"{PROG}: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print(f"{PROG}: interrupted", file=sys.stderr)
        return EXIT_FAILURE
    except Exception as exc:
        from recovery_desktop.vault.errors import VaultError, classify_db_error, classify_os_error

        known = exc if isinstance(exc, VaultError) else classify_db_error(exc)
        if known is None and isinstance(exc, OSError):
            known = classify_os_error(exc)
        if known is not None:
            print(f"{PROG}: {known.user_message}", file=sys.stderr)
            return known.exit_code
        if os.environ.get("RECOVERY_DESKTOP_DEBUG"):
            traceback.print_exc()
        print(
            f"{PROG}: unexpected internal error ({type(exc).__name__}); nothing was changed "
            "that was not already saved. Set RECOVERY_DESKTOP_DEBUG=1 to see details for a "
            "bug report.",
            file=sys.stderr,
        )
        return EXIT_FAILURE
