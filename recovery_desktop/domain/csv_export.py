"""CSV export for spreadsheets: one file per collection (table), generic over the metadata.

Plaintext by nature, so it is only ever written where the user asked, after a warning (the
CLI prints one; the GUI asks first). Each file is written atomically. Values are the same
as in the JSON export (ISO dates, base64 bytes); empty cells are NULL. Extra-private rows
are left out unless ``include_private``.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy.orm import Session

from recovery_desktop.domain.export import exported_tables, table_records
from recovery_desktop.vault.atomic import atomic_write_bytes
from recovery_desktop.vault.errors import VaultError


@dataclass
class CsvResult:
    files: dict[str, int] = field(default_factory=dict)  # file name -> rows written
    left_out: dict[str, int] = field(default_factory=dict)


def collection_names() -> list[str]:
    return [t.name for t in exported_tables()]


def table_csv(
    session: Session, table_name: str, *, include_private: bool = False
) -> tuple[bytes, int, int]:
    """The CSV bytes (UTF-8 with a BOM, which spreadsheets need), rows, and rows left out."""
    tables = {t.name: t for t in exported_tables()}
    table = tables[table_name]
    records, skipped = table_records(session, table, include_private=include_private)
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n")
    columns = list(table.columns.keys())
    writer.writerow(columns)
    for record in records:
        writer.writerow(["" if record[c] is None else record[c] for c in columns])
    return out.getvalue().encode("utf-8-sig"), len(records), skipped


def export_csv(
    session: Session,
    folder: Path,
    *,
    only: str | None = None,
    include_private: bool = False,
    progress: Callable[[str], None] | None = None,
) -> CsvResult:
    """Write ``<collection>.csv`` files into ``folder`` (which must exist)."""
    names = collection_names()
    if only is not None:
        if only not in names:
            raise VaultError(
                f"There is no collection called '{only}'. Collections: {', '.join(names)}."
            )
        names = [only]
    result = CsvResult()
    written: list[Path] = []
    try:
        for name in names:
            if progress is not None:
                progress(name)
            data, rows, skipped = table_csv(session, name, include_private=include_private)
            target = Path(folder) / f"{name}.csv"
            existed = target.exists()
            atomic_write_bytes(target, data)
            if not existed:  # never delete a file that was there before this export
                written.append(target)
            result.files[f"{name}.csv"] = rows
            if skipped:
                result.left_out[name] = skipped
    except BaseException:
        # All or nothing: half an export (a full disk midway) would look complete.
        for path in written:
            path.unlink(missing_ok=True)
        raise
    return result
