"""The log table's model: holds only ids, fetches rows lazily in pages with a small cache.

``data()`` never raises: a row that cannot be read (deleted meanwhile, vault locked) shows
a placeholder. Newest first, as ``service.entry_ids`` returns them.
"""

from __future__ import annotations

from array import array
from collections import OrderedDict
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from recovery_desktop.domain.urges import service
from recovery_desktop.domain.urges.service import LogFilter, LogRow
from recovery_desktop.ui.urges.common import halt_short, local_time_text, outcome_short
from recovery_desktop.vault.vault import Vault

ENTRY_ID_ROLE = Qt.ItemDataRole.UserRole + 1
PAGE = 100  # rows fetched at once
CHUNK = 5_000  # ids loaded at once; more as the view scrolls near the end (fetchMore)
CACHE_ROWS = 1_000  # rows kept; older pages are dropped
PLACEHOLDER = "…"

Index = QModelIndex | QPersistentModelIndex


class UrgeLogModel(QAbstractTableModel):
    COLUMNS = ("when", "behaviour", "intensity", "outcome", "halt", "trigger", "note")

    def __init__(self, vault: Vault, zone: Callable[[], str],
                 parent: QObject | None = None, *, chunk: int = CHUNK) -> None:
        super().__init__(parent)
        self.vault = vault
        self.chunk = chunk
        self.more = False
        self.zone = zone
        self.ids: array[int] = array("q")
        self.cache: OrderedDict[int, LogRow] = OrderedDict()
        self.filter = LogFilter()
        self.headers = (self.tr("When"), self.tr("Behaviour"), self.tr("Strength"),
                        self.tr("What happened"), self.tr("HALT"), self.tr("What set it off"),
                        self.tr("Note for next time"))

    def reload(self, flt: LogFilter | None = None) -> None:
        if flt is not None:
            self.filter = flt
        with self.vault.session() as session:
            ids = service.entry_ids(session, self.filter, limit=self.chunk)
        self.beginResetModel()
        self.ids = ids
        self.more = len(ids) == self.chunk
        self.cache.clear()
        self._zone = self.zone()
        self.endResetModel()

    def forget(self, entry_id: int) -> None:
        """Drop a cached row after it was edited elsewhere, and repaint it."""
        self.cache.pop(entry_id, None)
        try:
            row = self.ids.index(entry_id)
        except ValueError:
            return
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.COLUMNS) - 1),
                              [Qt.ItemDataRole.DisplayRole])

    # -- Qt model API ---------------------------------------------------------------------

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self.more

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or not self.more or not self.ids:
            return
        try:
            with self.vault.session() as session:
                ids = service.entry_ids(session, self.filter, after=self.ids[-1],
                                        limit=self.chunk)
        except Exception:  # locked or gone: nothing more to show
            self.more = False
            return
        self.more = len(ids) == self.chunk
        if ids:
            self.beginInsertRows(QModelIndex(), len(self.ids), len(self.ids) + len(ids) - 1)
            self.ids.extend(ids)
            self.endInsertRows()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal
                and 0 <= section < len(self.headers)):
            return self.headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.ids):
            return None
        entry_id = self.ids[index.row()]
        if role == ENTRY_ID_ROLE:
            return entry_id
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
                        Qt.ItemDataRole.TextAlignmentRole):
            return None
        column = index.column()
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter) if column == 2 else None
        try:
            row = self._row(index.row())
        except Exception:  # never raise into Qt: show a placeholder instead
            row = None
        if row is None:
            return PLACEHOLDER if role == Qt.ItemDataRole.DisplayRole else None
        text = self._text(row, self.COLUMNS[column])
        if role == Qt.ItemDataRole.ToolTipRole:
            return text if column in (5, 6) and text else None
        return text.replace("\n", " ")[:200] if column in (5, 6) else text

    # -- rows -----------------------------------------------------------------------------

    def _row(self, row: int) -> LogRow | None:
        entry_id = self.ids[row]
        cached = self.cache.get(entry_id)
        if cached is not None:
            self.cache.move_to_end(entry_id)
            return cached
        start = row - row % PAGE
        page = list(self.ids[start:start + PAGE])
        with self.vault.session() as session:
            fetched = service.log_rows(session, page)
        self.cache.update(fetched)
        while len(self.cache) > CACHE_ROWS:
            self.cache.popitem(last=False)
        return fetched.get(entry_id)

    def _text(self, row: LogRow, column: str) -> str:
        if column == "when":
            return local_time_text(row.occurred_at, row.tz, getattr(self, "_zone", "UTC"))
        if column == "behaviour":
            return row.behaviour + (self.tr(" (archived)") if row.behaviour_archived else "")
        if column == "intensity":
            return str(row.intensity)
        if column == "outcome":
            return outcome_short(row.outcome)
        if column == "halt":
            return halt_short(row.halt)
        if column == "trigger":
            return row.trigger
        return row.note

    def entry_id(self, row: int) -> int | None:
        return self.ids[row] if 0 <= row < len(self.ids) else None
