"""A table model over ids, fetching rows lazily in pages of 100 with a small cache.

Shared by the meetings log and the contacts log. ``data()`` never raises: a row that cannot
be read (deleted meanwhile, vault locked) shows a placeholder.
"""

from __future__ import annotations

from array import array
from collections import OrderedDict
from collections.abc import Callable, Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from sqlalchemy.orm import Session

from recovery_desktop.vault.vault import Vault

ID_ROLE = Qt.ItemDataRole.UserRole + 1
PAGE = 100
CACHE_ROWS = 1_000
PLACEHOLDER = "…"

Row = TypeVar("Row")
Index = QModelIndex | QPersistentModelIndex


class IdTableModel(QAbstractTableModel, Generic[Row]):
    def __init__(self, vault: Vault, headers: Sequence[str],
                 load_ids: Callable[[Session], array[int]],
                 load_rows: Callable[[Session, Sequence[int]], dict[int, Row]],
                 text: Callable[[Row, int], str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.headers = list(headers)
        self.load_ids = load_ids
        self.load_rows = load_rows
        self.text = text
        self.ids: array[int] = array("q")
        self.cache: OrderedDict[int, Row] = OrderedDict()

    def reload(self) -> None:
        with self.vault.session() as session:
            ids = self.load_ids(session)
        self.beginResetModel()
        self.ids = ids
        self.cache.clear()
        self.endResetModel()

    def clear(self) -> None:
        self.beginResetModel()
        self.ids = array("q")
        self.cache.clear()
        self.endResetModel()

    def row_id(self, row: int) -> int | None:
        return self.ids[row] if 0 <= row < len(self.ids) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal
                and 0 <= section < len(self.headers)):
            return self.headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.ids):
            return None
        if role == ID_ROLE:
            return self.ids[index.row()]
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if not self.vault.is_open:  # locked: nothing decrypted stays behind in the cache
            self.cache.clear()
            return PLACEHOLDER if role == Qt.ItemDataRole.DisplayRole else None
        try:
            row = self._row(index.row())
            text = None if row is None else self.text(row, index.column())
        except Exception:  # never raise into Qt: show a placeholder instead
            text = None
        if text is None:
            return PLACEHOLDER if role == Qt.ItemDataRole.DisplayRole else None
        if role == Qt.ItemDataRole.ToolTipRole:
            return text[:2000] if len(text) > 60 else None
        return text.replace("\n", " ")[:200]

    def _row(self, row: int) -> Row | None:
        row_id = self.ids[row]
        cached = self.cache.get(row_id)
        if cached is not None:
            self.cache.move_to_end(row_id)
            return cached
        start = row - row % PAGE
        page = list(self.ids[start:start + PAGE])
        with self.vault.session() as session:
            fetched = self.load_rows(session, page)
        self.cache.update(fetched)
        while len(self.cache) > CACHE_ROWS:
            self.cache.popitem(last=False)
        return fetched.get(row_id)
