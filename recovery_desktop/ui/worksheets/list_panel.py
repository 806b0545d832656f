"""The worksheets list: search, filters, the lazy table, and the draft and undo bars."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt, QTimer, Signal, SignalInstance
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from recovery_desktop.domain.base import utcnow
from recovery_desktop.domain.worksheets.definitions import BEHAVIOURS, Definition, localized
from recovery_desktop.domain.worksheets.models import COMPLETE, IN_PROGRESS
from recovery_desktop.domain.worksheets.store import Filters
from recovery_desktop.ui import shortcuts
from recovery_desktop.ui.flow_layout import FlowLayout, fit_placeholder
from recovery_desktop.ui.pages.page_layout import set_column_widths
from recovery_desktop.ui.worksheets.fields import named_button, quiet
from recovery_desktop.ui.worksheets.form import heading
from recovery_desktop.ui.worksheets.list_model import WorksheetListModel
from recovery_desktop.ui.worksheets.textedits import line_edit

SEARCH_DELAY_MS = 150
PERIODS = (("", None), ("week", 7), ("month", 31), ("year", 366))


class Bar(QFrame):
    """A quiet strip with a message and buttons (draft found, worksheet deleted)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.row = QHBoxLayout(self)
        self.row.setContentsMargins(10, 6, 10, 6)
        self.message = QLabel()
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.row.addWidget(self.message, 1)
        self.hide()


class WorksheetTable(QTableView):
    """The list view; Delete and Undo are handled here, where the keys arrive."""

    delete_pressed = Signal()
    undo_pressed = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Delete):
            self.delete_pressed.emit()
        elif event.matches(QKeySequence.StandardKey.Undo):
            self.undo_pressed.emit()
        else:
            super().keyPressEvent(event)


def _combo(name: str, items: list[tuple[str, str]]) -> QComboBox:
    combo = QComboBox()
    combo.setAccessibleName(name)
    for text, data in items:
        combo.addItem(text, data)
    return combo


class ListPanel(QWidget):
    new_requested = Signal(str)  # definition id
    open_requested = Signal(int)
    duplicate_requested = Signal(int)
    delete_requested = Signal(int)
    filters_changed = Signal()
    print_requested = Signal(int, bool)  # worksheet id, as PDF
    blank_requested = Signal(str, bool)  # kind, as PDF
    pack_requested = Signal()

    def __init__(self, model: WorksheetListModel, definitions: list[Definition],
                 language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(10)
        top = QHBoxLayout()
        top.addWidget(heading(self.tr("Worksheets"), 1.5), 1)
        self.new_button = named_button(self.tr("New worksheet"))
        self.new_menu = QMenu(self.new_button)
        for definition in definitions:
            action = QAction(localized(definition.title, language), self.new_menu)
            action.setData(definition.id)
            action.triggered.connect(lambda _c=False, d=definition.id: self.new_requested.emit(d))
            self.new_menu.addAction(action)
        self.new_button.setMenu(self.new_menu)
        self.new_button.setEnabled(bool(definitions))
        top.addWidget(self.new_button)
        layout.addLayout(top)
        intro = quiet(QLabel(self.tr(
            "SMART-style tools for working through urges, upsets and decisions. Everything stays "
            "in your encrypted vault. They are self-help exercises, not treatment.")))
        layout.addWidget(intro)

        self.errors = quiet(QLabel())
        self.errors.setTextFormat(Qt.TextFormat.PlainText)
        self.errors.setAccessibleName(self.tr("Worksheets that could not be loaded"))
        self.errors.hide()
        layout.addWidget(self.errors)
        self.draft_bar = Bar()
        self.draft_open = named_button(self.tr("Continue it"))
        self.draft_discard = named_button(self.tr("Discard it"))
        self.draft_bar.row.addWidget(self.draft_open)
        self.draft_bar.row.addWidget(self.draft_discard)
        layout.addWidget(self.draft_bar)

        filters = FlowLayout()  # wraps onto more lines at large text sizes
        self.search = line_edit(self.tr("Search"))
        self.search.setPlaceholderText(self.tr("Search titles and contents"))
        fit_placeholder(self.search)
        self.search.setClearButtonEnabled(True)
        self.kind = _combo(self.tr("Kind"), [(self.tr("All kinds"), "")] + [
            (localized(d.title, language), d.id) for d in definitions])
        self.behaviour = _combo(self.tr("Behaviour"), [(self.tr("All behaviours"), "")] + [
            (localized(label, language), key) for key, label in BEHAVIOURS])
        self.status = _combo(self.tr("Status"), [(self.tr("Any status"), ""),
                                                 (self.tr("In progress"), IN_PROGRESS),
                                                 (self.tr("Complete"), COMPLETE)])
        self.period = _combo(self.tr("Period"), [
            (self.tr("Any time"), ""), (self.tr("Last 7 days"), "week"),
            (self.tr("Last 31 days"), "month"), (self.tr("Last year"), "year")])
        filters.addWidget(self.search)
        for combo in (self.kind, self.behaviour, self.status, self.period):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(10)
            filters.addWidget(combo)
            combo.currentIndexChanged.connect(self.filters_changed)
        layout.addLayout(filters)
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DELAY_MS)
        self.search_timer.timeout.connect(self.filters_changed)
        self.search.textChanged.connect(lambda _t: self.search_timer.start())

        self.table = WorksheetTable()
        self.table.setAccessibleName(self.tr("Worksheets list"))
        self.table.setModel(model)
        model.setParent(self.table)  # deleted after the view lets go of it, never before
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        set_column_widths(header, {1: 220, 2: 150, 3: 100, 4: 130}, grow=False)
        self.table.activated.connect(lambda index: self._emit(self.open_requested, index.row()))
        layout.addWidget(self.table, 1)
        self.empty = quiet(QLabel(self.tr("No worksheets here yet. “New worksheet” starts one.")))
        self.empty.hide()
        layout.addWidget(self.empty)

        actions = QHBoxLayout()
        self.open_button = named_button(self.tr("Open"))
        self.duplicate_button = named_button(self.tr("Start from this one"))
        self.delete_button = named_button(self.tr("Delete"))
        self.open_button.clicked.connect(lambda: self._emit(self.open_requested))
        self.duplicate_button.clicked.connect(lambda: self._emit(self.duplicate_requested))
        self.delete_button.clicked.connect(lambda: self._emit(self.delete_requested))
        for button in (self.open_button, self.duplicate_button, self.delete_button):
            actions.addWidget(button)
        actions.addStretch(1)
        self.print_button = named_button(self.tr("Print…"))
        self.print_menu = QMenu(self.print_button)
        self.print_button.setMenu(self.print_menu)
        actions.addWidget(self.print_button)
        layout.addLayout(actions)
        self.undo_bar = Bar()
        self.undo_button = named_button(self.tr("Undo"))
        self.undo_bar.row.addWidget(self.undo_button)
        layout.addWidget(self.undo_bar)
        # Delete and Undo on the list itself (key handling: works whatever the window state).
        self.table.delete_pressed.connect(lambda: self._emit(self.delete_requested))
        self.table.undo_pressed.connect(self._undo_key)
        shortcuts.attach(self, "find", self.search.setFocus)
        self.update_buttons()

    def set_print_kinds(self, kinds: list[tuple[str, str]]) -> None:
        """Fill the Print menu: the selected worksheet, blanks of ``kinds`` (id, title), and
        the facilitator pack."""
        menu = self.print_menu
        menu.clear()
        for text, pdf in ((self.tr("Print the selected worksheet…"), False),
                          (self.tr("Save the selected worksheet as PDF…"), True)):
            action = menu.addAction(text)
            action.triggered.connect(
                lambda _c=False, pdf=pdf: self._emit_print(pdf))
        menu.addSeparator()
        for text, pdf in ((self.tr("Print a blank one"), False),
                          (self.tr("Save a blank one as PDF"), True)):
            sub = menu.addMenu(text)
            for kind, title in kinds:
                action = sub.addAction(title)
                action.triggered.connect(
                    lambda _c=False, k=kind, pdf=pdf: self.blank_requested.emit(k, pdf))
        menu.addSeparator()
        pack = menu.addAction(self.tr("Print for a facilitator…"))
        pack.triggered.connect(self.pack_requested.emit)

    def _emit_print(self, pdf: bool) -> None:
        worksheet_id = self.selected_id()
        if worksheet_id is not None:
            self.print_requested.emit(worksheet_id, pdf)

    def _undo_key(self) -> None:
        if not self.undo_bar.isHidden():
            self.undo_button.click()

    def selected_id(self, row: int | None = None) -> int | None:
        if row is None:
            current = self.table.currentIndex()
            row = current.row() if current.isValid() else -1
        return self.model.id_at(row)

    def _emit(self, signal: SignalInstance, row: int | None = None) -> None:
        worksheet_id = self.selected_id(row)
        if worksheet_id is not None:
            signal.emit(worksheet_id)

    def filters(self) -> Filters:
        days = dict(PERIODS).get(str(self.period.currentData() or ""))
        return Filters(
            definition_id=str(self.kind.currentData() or ""),
            behaviour=str(self.behaviour.currentData() or ""),
            status=str(self.status.currentData() or ""),
            since=utcnow() - timedelta(days=days) if days else None,
            search=self.search.text(),
        )

    def update_buttons(self) -> None:
        has_rows = self.model.rowCount() > 0
        for button in (self.open_button, self.duplicate_button, self.delete_button):
            button.setEnabled(has_rows)
        self.empty.setVisible(not has_rows)
        if has_rows and not self.table.currentIndex().isValid():
            self.table.setCurrentIndex(self.model.index(0, 0))
