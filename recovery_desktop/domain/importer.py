"""Import a JSON export (``domain/export.py``) into a vault, generic over the ORM metadata.

Rows are inserted table by table in foreign-key order (``Base.metadata.sorted_tables``) with
their ids, so export -> import -> export (with ``include_private``) gives the same ``data``;
only the header's ``exported_at`` and ``app_version`` differ. Values come back through each
column's Python type (dates, times, bytes from base64, decimals). A document from a newer
format version, or naming a table this version does not know, is refused before anything
is written.
"""

from __future__ import annotations

import base64
import json
from datetime import date, datetime, time
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Column, Table, delete, func, insert, select
from sqlalchemy.orm import Session

from recovery_desktop.domain.export import FORMAT, FORMAT_VERSION, exported_tables
from recovery_desktop.vault.errors import NewerFormat, VaultError

if TYPE_CHECKING:
    from recovery_desktop.vault.kdf import Calibrator


class ImportRefused(VaultError):
    exit_code = 1
    message = "This file is not a Recovery Desktop export, so nothing was imported."


def read_document(path: Path) -> dict[str, Any]:
    try:
        doc = json.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise ImportRefused(f"There is no file at {path}.") from exc
    except (OSError, ValueError, UnicodeDecodeError) as exc:
        raise ImportRefused(
            "This file could not be read as a Recovery Desktop export (it is not valid JSON)."
        ) from exc
    check_document(doc)
    return doc  # type: ignore[no-any-return]


def check_document(doc: Any) -> None:
    """Refuse anything this version cannot import faithfully, before a vault is touched."""
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise ImportRefused()
    try:
        version = int(doc["format_version"])
    except (KeyError, TypeError, ValueError) as exc:
        raise ImportRefused() from exc
    if version > FORMAT_VERSION:
        raise NewerFormat(
            f"This export uses format version {version}, made by a newer version of "
            f"Recovery Desktop (this one reads up to {FORMAT_VERSION}). Please update to import it."
        )
    data = doc.get("data")
    if not isinstance(data, dict) or not all(isinstance(v, list) for v in data.values()):
        raise ImportRefused()
    known = {t.name for t in exported_tables()}
    unknown = sorted(set(data) - known)
    if unknown:
        raise NewerFormat(
            "This export holds collections this version does not know ("
            + ", ".join(unknown)
            + "). Please update Recovery Desktop to import it."
        )


def _python_value(column: Column[Any], value: Any) -> Any:
    if value is None:
        return None
    try:
        kind = column.type.python_type
    except NotImplementedError:
        return value
    if kind is datetime:
        return datetime.fromisoformat(value)
    if kind is date:
        return date.fromisoformat(value)
    if kind is time:
        return time.fromisoformat(value)
    if kind is bytes:
        return base64.b64decode(value)
    if kind is Decimal:
        return Decimal(value)
    return value


def _rows(table: Table, records: list[Any]) -> list[dict[str, Any]]:
    rows = []
    for record in records:
        if not isinstance(record, dict):
            raise ImportRefused(f"A record in '{table.name}' is not an object.")
        unknown = set(record) - set(table.columns.keys())
        if unknown:
            raise NewerFormat(
                f"Records in '{table.name}' have fields this version does not know. "
                "Please update Recovery Desktop to import this export."
            )
        rows.append({k: _python_value(table.columns[k], v) for k, v in record.items()})
    return rows


def import_document(session: Session, doc: dict[str, Any]) -> dict[str, int]:
    """Insert every record of ``doc`` (already checked) into an empty vault; returns counts.

    Tables must be empty except for rows the vault creates by itself, which the export
    replaces (the export is the whole truth about the vault it came from).
    """
    check_document(doc)
    data: dict[str, list[Any]] = doc["data"]
    tables = exported_tables()
    prepared = {t.name: _rows(t, data.get(t.name, [])) for t in tables}
    for table in reversed(tables):  # children first, so foreign keys never dangle
        if table.name in data:
            session.execute(delete(table))
    counts: dict[str, int] = {}
    for table in tables:
        rows = prepared[table.name]
        if rows:
            session.execute(insert(table), rows)
        counts[table.name] = session.scalar(select(func.count()).select_from(table)) or 0
    return counts


def import_into_new_vault(
    doc: dict[str, Any], folder: Path, passphrase: str, *, calibrate: Calibrator | None = None
) -> tuple[dict[str, int], str]:
    """Create a vault in ``folder`` holding ``doc``; returns (counts, recovery key).

    ``doc`` is checked again before the vault is made. If the import fails, the files of the
    vault made a moment ago are removed (never anything that was there before: ``create``
    refuses a folder that already holds a vault).
    """
    from recovery_desktop.vault import kdf
    from recovery_desktop.vault.restore import VAULT_FILE_NAMES
    from recovery_desktop.vault.vault import Vault

    check_document(doc)
    created = Vault.create(folder, passphrase, calibrate=calibrate or kdf.calibrate)
    try:
        with created.vault as vault, vault.session() as session:
            counts = import_document(session, doc)
    except BaseException:
        for name in VAULT_FILE_NAMES:  # the vault made a moment ago, never anything older
            (Path(folder) / name).unlink(missing_ok=True)
        raise
    return counts, created.recovery_key
