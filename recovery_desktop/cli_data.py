"""Data-safety sub-commands: backup, restore, import and export-csv.

Registered by ``cli.build_parser``; same conventions as the other sub-commands (one-line
errors, exit codes, secrets only from standard input, heavy imports inside the command).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from recovery_desktop.cli import (
    EXIT_OK,
    PROG,
    UsageError,
    _calibration,
    _open_with_secret,
    _read_secret,
)

VaultArgs = Callable[..., None]


def _warn_plaintext(what: Path) -> None:
    print(
        f"{PROG}: warning: {what} is NOT encrypted; anyone who can read it sees your entries. "
        "Keep it somewhere safe and delete it when done.",
        file=sys.stderr,
    )


def cmd_backup(args: argparse.Namespace) -> int:
    from recovery_desktop.domain.backup_reminders import note_external_backup
    from recovery_desktop.vault.backup import backup_name, backup_vault
    from recovery_desktop.vault.vault import Vault

    output = Path(args.output)
    if output.is_dir():
        output = output / backup_name()
    if not output.parent.is_dir():
        raise UsageError(f"the folder for {output} does not exist")
    vault = _open_with_secret(args)
    assert isinstance(vault, Vault)
    with vault:
        info = backup_vault(vault, output)
        note_external_backup(vault, output)  # so the app's reminder knows about it
    print(f"Backed up to {output} ({info.db_size // 1024} KiB, encrypted, checked).")
    return EXIT_OK


def cmd_restore(args: argparse.Namespace) -> int:
    from recovery_desktop.vault.restore import restore_backup

    backup = Path(args.backup)
    if not backup.is_file():
        raise UsageError(f"there is no backup file at {backup}")
    if args.recovery_key_stdin:
        result = restore_backup(
            backup,
            args.data_dir,
            recovery_text=_read_secret(sys.stdin, "recovery key"),
            replace=args.replace,
        )
    else:
        result = restore_backup(
            backup,
            args.data_dir,
            passphrase=_read_secret(sys.stdin, "passphrase"),
            replace=args.replace,
        )
    made = result.backup.created.astimezone().strftime("%Y-%m-%d %H:%M")
    print(f"Restored the backup from {made} into {result.folder}; it opened and checked fine.")
    if result.replaced_kept_in is not None:
        print(
            f"The vault it replaced was kept, still encrypted, in {result.replaced_kept_in}. "
            "Delete that folder once you are happy with the restored vault."
        )
    return EXIT_OK


def cmd_import(args: argparse.Namespace) -> int:
    from recovery_desktop.domain.importer import import_into_new_vault, read_document

    doc = read_document(Path(args.file))  # refused before any vault exists
    passphrase = _read_secret(sys.stdin, "passphrase")
    counts, recovery_key = import_into_new_vault(
        doc, Path(args.data_dir), passphrase, calibrate=_calibration(args)  # type: ignore[arg-type]
    )
    summary = ", ".join(f"{name}: {n}" for name, n in counts.items())
    print(f"Imported into a new vault in {args.data_dir} ({summary}).")
    print(f"Recovery key: {recovery_key}")
    return EXIT_OK


def cmd_export_csv(args: argparse.Namespace) -> int:
    from recovery_desktop.domain.csv_export import collection_names, export_csv
    from recovery_desktop.vault.vault import Vault

    folder = Path(args.output)
    if not folder.is_dir():
        raise UsageError(f"the folder {folder} does not exist")
    if args.table is not None and args.table not in collection_names():
        raise UsageError(
            f"there is no collection called '{args.table}' "
            f"(collections: {', '.join(collection_names())})"
        )
    vault = _open_with_secret(args)
    assert isinstance(vault, Vault)
    _warn_plaintext(folder / (f"{args.table}.csv" if args.table else "*.csv"))
    with vault, vault.session() as session:
        result = export_csv(session, folder, only=args.table, include_private=args.include_private)
    files = ", ".join(f"{name}: {n} rows" for name, n in result.files.items())
    print(f"Wrote {files} in {folder}.")
    if result.left_out:
        left = ", ".join(f"{name}: {n}" for name, n in result.left_out.items())
        print(f"Left out as extra private (use --include-private to include): {left}.")
    return EXIT_OK


def add_parsers(sub: argparse._SubParsersAction[Any], vault_args: VaultArgs) -> None:
    backup = sub.add_parser(
        "backup",
        help="write an encrypted backup file (restores with the passphrase or recovery key)",
        description="Write one encrypted, checked backup file of the vault.",
    )
    vault_args(backup, recovery=True)
    backup.add_argument(
        "-o",
        "--output",
        required=True,
        help="the backup file to write, or a folder to put a dated one in",
    )
    backup.set_defaults(func=cmd_backup)

    restore = sub.add_parser(
        "restore",
        help="restore a backup file into a new folder (or over a vault with --replace)",
        description="Restore a backup file. The backup file itself is never changed.",
    )
    restore.add_argument("backup", help="the .rdbackup file")
    vault_args(restore, recovery=True)
    restore.add_argument(
        "--replace",
        action="store_true",
        help="replace the vault in --data-dir (it is kept aside, encrypted, in that folder)",
    )
    restore.set_defaults(func=cmd_restore)

    imp = sub.add_parser(
        "import",
        help="create a NEW vault from a JSON export",
        description="Create a new vault holding everything in a JSON export.",
    )
    imp.add_argument("file", help="the JSON export to read")
    vault_args(imp)
    imp.add_argument("--fast-kdf", action="store_true", help=argparse.SUPPRESS)
    imp.set_defaults(func=cmd_import)

    csv = sub.add_parser(
        "export-csv",
        help="write UNENCRYPTED CSV files, one per collection, for spreadsheets",
        description="Write each collection to <name>.csv in a folder. The files are not encrypted.",
    )
    vault_args(csv, recovery=True)
    csv.add_argument("-o", "--output", required=True, help="the folder to write into")
    csv.add_argument("--table", help="only this collection (e.g. drafts)")
    csv.add_argument(
        "--include-private", action="store_true", help="also include entries marked extra private"
    )
    csv.set_defaults(func=cmd_export_csv)
