"""The worksheets list model: holds ids only and fetches rows lazily in small batches."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from recovery_desktop.domain.worksheets.store import Summary

ID_ROLE = Qt.ItemDataRole.UserRole + 1
BATCH = 100
PLACEHOLDER = "…"

Fetcher = Callable[[list[int]], dict[int, Summary]]
Index = QModelIndex | QPersistentModelIndex


class WorksheetListModel(QAbstractTableModel):
    TITLE, KIND, BEHAVIOUR, STATUS, UPDATED = range(5)

    def __init__(self, fetch: Fetcher, kind_name: Callable[[str], str],
                 behaviour_name: Callable[[str], str], status_name: Callable[[str], str],
                 parent: Any = None) -> None:
        super().__init__(parent)
        self._fetch = fetch
        self._kind_name = kind_name
        self._behaviour_name = behaviour_name
        self._status_name = status_name
        self._ids: list[int] = []
        self._cache: dict[int, Summary] = {}
        self.headers = [self.tr("Title"), self.tr("Kind"), self.tr("Behaviour"),
                        self.tr("Status"), self.tr("Updated")]

    def set_ids(self, ids: list[int]) -> None:
        self.beginResetModel()
        self._ids = list(ids)
        self._cache.clear()
        self.endResetModel()

    def clear(self) -> None:
        self.set_ids([])

    def id_at(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, worksheet_id: int) -> int:
        try:
            return self._ids.index(worksheet_id)
        except ValueError:
            return -1

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(self.headers)):
            return self.headers[section]
        return None

    def _summary(self, row: int) -> Summary | None:
        worksheet_id = self._ids[row]
        if worksheet_id not in self._cache:
            start = row - row % BATCH
            batch = self._ids[start:start + BATCH]
            try:
                self._cache.update(self._fetch(batch))
            except Exception:  # a locked vault or a busy database: show placeholders
                return None
        return self._cache.get(worksheet_id)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        if role == ID_ROLE:
            return self._ids[index.row()]
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        summary = self._summary(index.row())
        if summary is None:
            return PLACEHOLDER
        column = index.column()
        if column == self.TITLE:
            title = summary.title or self._kind_name(summary.definition_id)
            return title if summary.series_no <= 1 else self.tr("%1 (version %2)").replace(
                "%1", title).replace("%2", str(summary.series_no))
        if column == self.KIND:
            return self._kind_name(summary.definition_id)
        if column == self.BEHAVIOUR:
            return self._behaviour_name(summary.behaviour) if summary.behaviour else ""
        if column == self.STATUS:
            return self._status_name(summary.status)
        if column == self.UPDATED:
            local = summary.updated_at.replace(tzinfo=UTC).astimezone()  # stored as UTC
            return local.strftime("%Y-%m-%d %H:%M")
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
