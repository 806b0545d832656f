"""Worksheets: the list of saved SMART/REBT worksheets and the generic editor.

Requests from other pages: ``{"new": "<definition id>", "link": Ref(...), "values": {...}}``
opens a new worksheet linked to that record; ``{"open": worksheet_id}`` opens one.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QStackedWidget, QVBoxLayout, QWidget
from sqlalchemy import select
from sqlalchemy.orm import Session

from recovery_desktop.domain.drafts import Draft
from recovery_desktop.domain.links import Ref
from recovery_desktop.domain.profile import Profile, Role
from recovery_desktop.domain.worksheets import store
from recovery_desktop.domain.worksheets.definitions import (
    BEHAVIOURS,
    Definition,
    load_definitions,
    localized,
)
from recovery_desktop.domain.worksheets.models import COMPLETE
from recovery_desktop.ui.pages.registry import Page, PageContext, PageSpec, register_page
from recovery_desktop.ui.worksheets.editor import DRAFT_PREFIX, WorksheetEditor, draft_key
from recovery_desktop.ui.worksheets.list_model import WorksheetListModel
from recovery_desktop.ui.worksheets.list_panel import ListPanel
from recovery_desktop.vault.errors import VaultError


def audiences(profile: Profile) -> set[str]:
    found = set()
    if profile.path.shows_smart:
        found.add("smart")
    if profile.path.shows_twelve_step:
        found.add("twelve_step")
    if profile.role in (Role.SUPPORTING, Role.BOTH):
        found.add("family")
    return found


def offered(definition: Definition, profile: Profile) -> bool:
    """Kinds offered under "New worksheet": SMART tools for SMART paths; the boundaries
    plans for 12-step paths and families too. Saved worksheets of any kind always show."""
    return bool(set(definition.audience) & audiences(profile))


class WorksheetsPage(Page):
    def __init__(self, page_ctx: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.page_ctx = page_ctx
        self.vault = page_ctx.vault
        self.language = page_ctx.profile.language or QLocale().name()
        loaded = load_definitions()
        self.definitions = loaded.definitions
        self.pending_delete: int | None = None
        self.draft: Draft | None = None
        behaviours = {key: localized(label, self.language) for key, label in BEHAVIOURS}
        self.model = WorksheetListModel(
            self._fetch, self.kind_name, lambda b: behaviours.get(b, b),
            lambda s: self.tr("Complete") if s == COMPLETE else self.tr("In progress"), self)
        kinds = [d for d in self.definitions.values() if offered(d, page_ctx.profile)]
        self.list_panel = ListPanel(self.model, kinds, self.language)
        if loaded.errors:
            self.list_panel.errors.setText("\n".join(
                [self.tr("Some worksheet files could not be loaded; the others work:")]
                + [str(error) for error in loaded.errors]))
            self.list_panel.errors.show()
        self.editor = WorksheetEditor(self.vault, self.language)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.list_panel)
        self.stack.addWidget(self.editor)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

        panel = self.list_panel
        panel.new_requested.connect(self.new_worksheet)
        panel.open_requested.connect(self.open_worksheet)
        panel.duplicate_requested.connect(self.duplicate)
        panel.delete_requested.connect(self.delete)
        panel.undo_button.clicked.connect(self.undo_delete)
        panel.filters_changed.connect(self._filters_changed)
        panel.draft_open.clicked.connect(self.continue_draft)
        panel.draft_discard.clicked.connect(self.discard_found_draft)
        self.editor.closed.connect(self.show_list)
        self.editor.saved.connect(lambda _id: self.refresh())
        self.editor.new_version_requested.connect(self.new_version)
        self.editor.compare_requested.connect(self.compare)
        from recovery_desktop.ui.worksheets.print_wiring import attach_printing

        self.printing = attach_printing(self)
        try:
            with self.vault.session() as session:
                store.purge_deleted(session)  # deletions not undone before a crash or lock
            self.refresh()
            self.find_drafts()
        except VaultError as exc:  # e.g. a damaged page: the rest of the app stays usable
            self.show_problem(exc)

    def show_problem(self, exc: VaultError) -> None:
        errors = self.list_panel.errors
        errors.setText("\n".join(filter(None, [errors.text(), exc.user_message])))
        errors.show()

    # -- data -------------------------------------------------------------------------------

    def kind_name(self, definition_id: str) -> str:
        found = self.definitions.get(definition_id)
        return localized(found.title, self.language) if found else definition_id

    def _fetch(self, ids: list[int]) -> dict[int, store.Summary]:
        with self.vault.session() as session:
            return store.summaries(session, ids)

    def refresh(self) -> None:
        with self.vault.session() as session:
            ids = store.list_ids(session, self.list_panel.filters())
        self.model.set_ids(ids)
        self.list_panel.update_buttons()

    def _filters_changed(self) -> None:
        if self.list_panel.kind.count() == 0:
            return  # the filters were emptied: the window is locking, nothing to look up
        try:
            self.refresh()
        except VaultError as exc:
            self.show_problem(exc)

    def find_drafts(self) -> None:
        from recovery_desktop.domain.drafts import load_draft

        # Looked up by key (an index search), newest first; no scan of every draft.
        found = []
        with self.vault.session() as session:
            for definition_id in self.definitions:
                kind = f"{DRAFT_PREFIX}{definition_id}"
                draft = load_draft(session, kind, "new")
                found += [draft] if draft is not None else []
                found += [d for d in self._drafts_of_saved(session, kind)]
        found.sort(key=lambda d: d.updated_at, reverse=True)
        self.draft = found[0] if found else None
        bar = self.list_panel.draft_bar
        if self.draft is None:
            bar.hide()
            return
        title = str(self.draft.payload.get("title") or "") or self.kind_name(
            str(self.draft.payload.get("definition_id")))
        bar.message.setText(self.tr("You have unsaved changes in “%1”.").replace("%1", title))
        bar.show()

    @staticmethod
    def _drafts_of_saved(session: Session, kind: str) -> list[Draft]:
        from recovery_desktop.domain.drafts import DraftRow, load_draft

        refs = session.scalars(select(DraftRow.ref).where(DraftRow.kind == kind,
                                                          DraftRow.ref != "new"))
        return [d for ref in refs if (d := load_draft(session, kind, ref)) is not None]

    # -- actions ----------------------------------------------------------------------------

    def show_list(self) -> None:
        self.stack.setCurrentWidget(self.list_panel)
        self.refresh()
        self.find_drafts()
        self.list_panel.table.setFocus()

    def _open_editor(self) -> None:
        self.finish_delete()
        self.stack.setCurrentWidget(self.editor)

    def new_worksheet(self, definition_id: str, link: Ref | None = None,
                      values: dict[str, Any] | None = None) -> bool:
        definition = self.definitions.get(definition_id)
        if definition is None:
            return False
        self.editor.save_draft()
        self.editor.open_new(definition, link=link, values=values)
        self._open_editor()
        return True

    def open_worksheet(self, worksheet_id: int) -> bool:
        from recovery_desktop.domain.drafts import load_draft

        self.editor.save_draft()
        with self.vault.session() as session:
            worksheet = store.load_worksheet(session, worksheet_id)
            if worksheet is None:
                return False
            definition = store.definition_for(session, self.definitions,
                                              worksheet.definition_id,
                                              worksheet.definition_version)
            draft = load_draft(session, *draft_key(worksheet.definition_id, worksheet_id))
        if definition is None:
            return False
        current = self.definitions.get(definition.id)
        if draft is not None:
            self.editor.open_draft(definition, draft.payload)
        else:
            self.editor.open_existing(definition, worksheet,
                                      current.version if current else definition.version)
        self._open_editor()
        return True

    def continue_draft(self) -> None:
        if self.draft is None:
            return
        payload = self.draft.payload
        definition = self.definitions.get(str(payload.get("definition_id")))
        if definition is None:
            return
        self.editor.open_draft(definition, payload)
        self._open_editor()

    def discard_found_draft(self) -> None:
        from recovery_desktop.domain.drafts import discard_draft

        if self.draft is not None:
            with self.vault.session() as session:
                discard_draft(session, self.draft.kind, self.draft.ref)
        self.find_drafts()

    def duplicate(self, worksheet_id: int) -> None:
        with self.vault.session() as session:
            source = store.load_worksheet(session, worksheet_id)
            if source is None:
                return
            title = self.tr("%1 (copy)").replace("%1", source.title)
            new_id = store.duplicate(session, worksheet_id, title)
        self.open_worksheet(new_id)

    def new_version(self, worksheet_id: int) -> None:
        with self.vault.session() as session:
            new_id = store.new_version(session, worksheet_id)
        self.open_worksheet(new_id)

    def compare(self, worksheet_id: int) -> None:
        from recovery_desktop.ui.worksheets.compare import CompareDialog

        with self.vault.session() as session:
            versions = store.versions(session, worksheet_id)
        dialog = CompareDialog(versions, self._load_for_compare, self.language, self)
        self.compare_dialog = dialog
        dialog.open()

    def _load_for_compare(self, worksheet_id: int) -> tuple[Definition, dict[str, Any]] | None:
        with self.vault.session() as session:
            worksheet = store.load_worksheet(session, worksheet_id)
            if worksheet is None:
                return None
            definition = store.definition_for(session, self.definitions,
                                              worksheet.definition_id,
                                              worksheet.definition_version)
        return None if definition is None else (definition, worksheet.values)

    def delete(self, worksheet_id: int) -> None:
        self.finish_delete()
        with self.vault.session() as session:
            store.delete_worksheet(session, worksheet_id)
        self.pending_delete = worksheet_id
        bar = self.list_panel.undo_bar
        bar.message.setText(self.tr("Worksheet deleted."))
        bar.show()
        self.refresh()

    def undo_delete(self) -> None:
        if self.pending_delete is not None:
            with self.vault.session() as session:
                store.undelete(session, self.pending_delete)
            restored = self.pending_delete
            self.pending_delete = None
            self.list_panel.undo_bar.hide()
            self.refresh()
            row = self.model.row_of(restored)
            if row >= 0:
                self.list_panel.table.setCurrentIndex(self.model.index(row, 0))

    def finish_delete(self) -> None:
        """Make a pending deletion final (the undo bar goes away)."""
        if self.pending_delete is not None and self.vault.is_open:
            with self.vault.session() as session:
                store.purge_deleted(session)
        self.pending_delete = None
        self.list_panel.undo_bar.hide()

    # -- Page hooks -------------------------------------------------------------------------

    def save_drafts(self) -> None:
        self.editor.save_draft()
        self.finish_delete()

    def handle_request(self, request: dict[str, Any]) -> None:
        if "new" in request:
            link = request.get("link")
            values = request.get("values")
            self.new_worksheet(str(request["new"]), link if isinstance(link, Ref) else None,
                               values if isinstance(values, dict) else None)
        elif "open" in request:
            self.open_worksheet(int(request["open"]))


register_page(
    PageSpec(
        "worksheets",
        lambda: QCoreApplication.translate("WorksheetsPage", "Worksheets"),
        WorksheetsPage,
        order=20,
        # Shown on every path: 12-step members and families use the boundaries plans;
        # the SMART tools are offered only where the path includes SMART (see offered()).
        visible=lambda _profile: True,
    )
)
