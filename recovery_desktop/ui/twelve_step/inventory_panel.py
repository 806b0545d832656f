"""Step 4: the resentments, fears and conduct lists, and the "extra private" choice."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QCheckBox, QTabWidget, QVBoxLayout, QWidget

from recovery_desktop.domain.twelve_step import service
from recovery_desktop.ui.labels import hint_label
from recovery_desktop.ui.twelve_step.common import named
from recovery_desktop.ui.twelve_step.panels import InventoryList

if TYPE_CHECKING:
    from recovery_desktop.vault.vault import Vault


class InventoryPanel(QWidget):
    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.fellowship_id: int | None = None
        self.private = QCheckBox(self.tr("Keep this inventory extra private"))
        named(self.private, self.private.text())
        self.private.setChecked(True)
        self.private.toggled.connect(self._private_toggled)
        explain = hint_label(self.tr(
            "Extra private: these three lists, and any unsaved drafts of them, are left out "
            "of JSON and CSV copies unless you tick “Include entries marked extra private” "
            "when you export. In your vault they are encrypted either way."))
        self.tabs = QTabWidget()
        named(self.tabs, self.tr("Step 4 inventory"))
        self.lists = {
            "resentments": InventoryList(vault, "resentments", self.tr("Resentments"),
                                         self.private.isChecked),
            "fears": InventoryList(vault, "fears", self.tr("Fears"), self.private.isChecked),
            "conduct": InventoryList(vault, "conduct", self.tr("Conduct"),
                                     self.private.isChecked),
        }
        for key, title in (("resentments", self.tr("Resentments")), ("fears", self.tr("Fears")),
                           ("conduct", self.tr("Conduct"))):
            holder = QWidget()
            box = QVBoxLayout(holder)
            box.addWidget(self.lists[key])
            self.tabs.addTab(holder, title)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.private)
        layout.addWidget(explain)
        layout.addWidget(self.tabs, 1)

    def show_fellowship(self, fellowship_id: int | None, private: bool) -> None:
        self.fellowship_id = fellowship_id
        self.private.blockSignals(True)
        self.private.setChecked(private)
        self.private.blockSignals(False)
        for panel in self.lists.values():
            panel.show_fellowship(fellowship_id)

    def _private_toggled(self, on: bool) -> None:
        if self.fellowship_id is None:
            return
        with self.vault.session() as session:
            service.set_inventory_private(session, self.fellowship_id, on)

    def save_drafts(self) -> None:
        for panel in self.lists.values():
            panel.save_draft()
