"""The "Urges and lapses" page (log and insights) and the "Behaviours and goals" page.

Both are shown on every recovery path. Someone who is only supporting a loved one
(``Role.SUPPORTING``) does not see them: the log is about one's own behaviours, and a log
of someone else's would be surveillance rather than self-help. Choosing "both" in the
profile brings them back.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from recovery_desktop.domain.behaviours import service as behaviours
from recovery_desktop.domain.drafts import discard_draft, load_draft, save_draft
from recovery_desktop.domain.profile import Profile, Role
from recovery_desktop.ui.labels import heading
from recovery_desktop.ui.pages.registry import Page, PageContext, PageSpec, register_page
from recovery_desktop.ui.urges.common import WallClock, named
from recovery_desktop.ui.urges.insights_tab import InsightsTab
from recovery_desktop.ui.urges.log_tab import LogTab
from recovery_desktop.ui.urges.quick_log import QuickLogDialog

DRAFT_KIND = "urges:quick-log"


def for_own_recovery(profile: Profile) -> bool:
    return profile.role is not Role.SUPPORTING


class UrgesPage(Page):
    def __init__(self, page_ctx: PageContext, clock: WallClock | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.page_ctx = page_ctx
        self.clock = clock or WallClock()
        self.dialog: QuickLogDialog | None = None
        self.stale = False
        column = QVBoxLayout(self)
        column.setContentsMargins(16, 12, 16, 12)
        column.addWidget(heading(self.tr("Urges and lapses")))
        hint = QLabel(self.tr("Ctrl+U logs an urge from anywhere. Every entry, including a "
                              "lapse, is information you can learn from."))
        hint.setWordWrap(True)
        column.addWidget(hint)
        self.tabs = QTabWidget()
        named(self.tabs, self.tr("Urges and lapses"))
        self.log = LogTab(page_ctx, self.clock, self.open_entry)
        self.insights = InsightsTab(page_ctx, self.clock)
        self.tabs.addTab(self.log, self.tr("Log"))
        self.tabs.addTab(self.insights, self.tr("Insights"))
        self.tabs.currentChanged.connect(self._tab_changed)
        column.addWidget(self.tabs, 1)
        self.refresh()

    def refresh(self) -> None:
        if not self.page_ctx.vault.is_open or self.log.period.wiped:
            return  # locked (or being wiped) since the refresh was scheduled
        with self.page_ctx.vault.session() as session:  # one query for both filters
            choices = [(item.name, item.id)
                       for item in behaviours.list_behaviours(session, include_archived=True)]
        self.log.reload_behaviours(choices)
        self.insights.reload_behaviours(choices)
        self.log.reload()
        if self.tabs.currentWidget() is self.insights:
            self.insights.refresh()

    def _tab_changed(self) -> None:
        if self.tabs.currentWidget() is self.insights:
            self.insights.refresh()

    def open_entry(self, entry_id: int | None = None) -> QuickLogDialog:
        """Open the quick-log panel (new entry) or the same panel for editing an entry."""
        if self.dialog is not None:
            self.dialog.close()
        dialog = QuickLogDialog(self.page_ctx, self.clock, entry_id, self,
                                draft_kind=DRAFT_KIND if entry_id is None else "")
        dialog.setModal(True)
        dialog.changed.connect(self._entry_changed)
        dialog.finished.connect(lambda _r: self._closed(dialog))
        if entry_id is None:
            with self.page_ctx.vault.session() as session:
                draft = load_draft(session, DRAFT_KIND)
            if draft is not None:
                dialog.restore_draft(draft.payload)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _entry_changed(self) -> None:
        # Refresh after the panel has painted "Saved"; off screen, only when next shown.
        if self.isVisible():
            QTimer.singleShot(0, self.refresh)
        else:
            self.stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.stale:
            self.stale = False
            self.refresh()

    def _closed(self, dialog: QuickLogDialog) -> None:
        if dialog is self.dialog:
            self.dialog = None
            with self.page_ctx.vault.session() as session:
                discard_draft(session, DRAFT_KIND)
        dialog.deleteLater()

    def save_drafts(self) -> None:
        dialog = self.dialog
        if dialog is None:
            return
        if dialog.entry_id is not None:
            self.dialog = None
            dialog.close()
            return
        payload = dialog.draft_payload()
        if payload is not None:
            with self.page_ctx.vault.session() as session:
                save_draft(session, DRAFT_KIND, payload)
        # Locking follows: close the panel now, keeping the draft for the next unlock.
        self.dialog = None
        dialog.close()

    def handle_request(self, request: dict[str, Any]) -> None:
        if request.get("quick_log"):
            self.open_entry(None)
        elif isinstance(request.get("edit"), int):
            self.open_entry(int(request["edit"]))


def _urges_title() -> str:
    return QCoreApplication.translate("urges", "Urges and lapses")


def _behaviours_title() -> str:
    return QCoreApplication.translate("urges", "Behaviours and goals")


def _behaviours_page(page_ctx: PageContext) -> Page:
    from recovery_desktop.ui.urges.behaviours_page import BehavioursPage

    return BehavioursPage(page_ctx)


register_page(PageSpec("urges", _urges_title, UrgesPage, order=20, visible=for_own_recovery))
register_page(PageSpec("behaviours", _behaviours_title, _behaviours_page, order=21,
                       visible=for_own_recovery))
