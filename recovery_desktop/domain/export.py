"""The complete plaintext JSON export, generic over the ORM metadata.

Every table registered through ``features.MODEL_MODULES`` is included without extra code.
Rows a table marks extra-private (see ``base.PRIVATE_FLAG_INFO``) are left out unless
``include_private`` is set, and the header says what was left out.
"""

from __future__ import annotations

import base64
import enum
import json
from datetime import UTC, date, datetime, time
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import Table, select
from sqlalchemy.orm import Session

from recovery_desktop import __version__
from recovery_desktop.domain.base import PRIVATE_FLAG_INFO, Base
from recovery_desktop.domain.features import load_all_models

FORMAT = "recovery-desktop-export"
FORMAT_VERSION = 1


def json_value(value: Any) -> Any:
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    if isinstance(value, bytes):
        return base64.b64encode(value).decode("ascii")
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, enum.Enum):
        return value.value
    return value


def exported_tables() -> list[Table]:
    load_all_models()
    return list(Base.metadata.sorted_tables)


def table_records(
    session: Session, table: Table, *, include_private: bool = False
) -> tuple[list[dict[str, Any]], int]:
    """One table's rows as JSON-ready dicts in primary-key order, and how many were left out."""
    flag = table.info.get(PRIVATE_FLAG_INFO)
    query = select(table)
    if table.primary_key.columns:
        query = query.order_by(*table.primary_key.columns)
    records = []
    skipped = 0
    for row in session.execute(query).mappings():
        if flag and not include_private and row[flag]:
            skipped += 1
            continue
        records.append({key: json_value(value) for key, value in row.items()})
    return records, skipped


def build_export(
    session: Session, *, include_private: bool = False, now: datetime | None = None
) -> dict[str, Any]:
    data: dict[str, list[dict[str, Any]]] = {}
    left_out: dict[str, int] = {}
    for table in exported_tables():
        records, skipped = table_records(session, table, include_private=include_private)
        data[table.name] = records
        if skipped:
            left_out[table.name] = skipped
    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "app_version": __version__,
        "exported_at": (now or datetime.now(UTC)).isoformat(timespec="seconds"),
        "include_private": include_private,
        "left_out": left_out,
        "data": data,
    }


def write_export(
    session: Session, target: Path, *, include_private: bool = False
) -> dict[str, Any]:
    """Build the export and write it atomically to ``target`` (plaintext: warn first)."""
    from recovery_desktop.vault.atomic import atomic_write_bytes

    document = build_export(session, include_private=include_private)
    atomic_write_bytes(target, json.dumps(document, ensure_ascii=False, indent=1).encode("utf-8"))
    return document
