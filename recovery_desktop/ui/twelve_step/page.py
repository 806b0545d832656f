"""The Steps page: choose fellowships, see the twelve steps at a glance, work each step.

Requests from other pages: ``navigate("steps", {"fellowship": id, "step": n})`` opens that
step of that fellowship (either key may be left out); ``{"nightly_review": True}`` opens
tonight's Step 10 review (or the one being written).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from recovery_desktop.domain import fellowships as catalogue
from recovery_desktop.domain.behaviours.service import InvalidInput
from recovery_desktop.domain.profile import Profile, Role
from recovery_desktop.domain.twelve_step import service
from recovery_desktop.domain.twelve_step.progress import summarise
from recovery_desktop.domain.twelve_step.service import FellowshipInfo
from recovery_desktop.ui.flow_layout import FlowLayout, fit_placeholder
from recovery_desktop.ui.labels import heading, hint_label
from recovery_desktop.ui.pages.registry import Page, PageContext, PageSpec, register_page
from recovery_desktop.ui.twelve_step.common import message_label, named
from recovery_desktop.ui.twelve_step.panels import JournalPanel
from recovery_desktop.ui.twelve_step.progress_view import ProgressView
from recovery_desktop.ui.twelve_step.step_form import StepForm
from recovery_desktop.ui.twelve_step.texts import intro
from recovery_desktop.vault.errors import VaultError

OWN = "__own__"
TOOL_STEPS = (4, 8, 10)


class StepsPage(Page):
    def __init__(self, page_ctx: PageContext, today: Callable[[], date] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.page_ctx = page_ctx
        self.vault = page_ctx.vault
        self.today = today or date.today
        self.fellowships: list[FellowshipInfo] = []
        self.tools: dict[int, QWidget] = {}  # built when a tool step is first opened
        self.tool_holders: dict[int, QScrollArea] = {}
        self.wiped = False
        column = QVBoxLayout(self)
        column.setContentsMargins(16, 12, 16, 12)
        column.addWidget(heading(self.tr("Steps")))
        self.intro = hint_label()
        column.addWidget(self.intro)
        column.addLayout(self._chooser())
        self.message = message_label(self.tr("Fellowship messages"))
        self.message.setWordWrap(True)
        self.message.hide()  # shown only while it has something to say
        column.addWidget(self.message)
        self.empty = QLabel(self.tr("Add the fellowship you work the steps in to begin. You can "
                                    "add more than one."))
        self.empty.setWordWrap(True)
        column.addWidget(self.empty)
        self.summary = QLabel()
        named(self.summary, self.tr("Progress summary"))
        column.addWidget(self.summary)
        self.progress = ProgressView()
        named(self.progress, self.tr("The twelve steps"))
        column.addWidget(self.progress)
        self.tabs = QTabWidget()
        named(self.tabs, self.tr("Step details"))
        self.form = StepForm(self.vault, self.today)
        scroller = QScrollArea()
        scroller.setWidgetResizable(True)
        scroller.setFrameShape(QScrollArea.Shape.NoFrame)
        scroller.setWidget(self.form)
        self.journal = JournalPanel(self.vault, self.today)
        # In a scroll area like the form: at large text sizes its minimum height would
        # otherwise squeeze the page until the tabs overlap the step tiles.
        journal_holder = QScrollArea()
        journal_holder.setWidgetResizable(True)
        journal_holder.setFrameShape(QScrollArea.Shape.NoFrame)
        journal_holder.setWidget(self.journal)
        self.tabs.addTab(scroller, self.tr("This step"))
        self.tabs.addTab(journal_holder, self.tr("Journal"))
        column.addWidget(self.tabs, 1)
        self.form.saved.connect(self.refresh_progress)
        self.journal.saved.connect(self.refresh_progress)
        self.progress.selectionModel().currentChanged.connect(
            lambda current, _prev: self.show_step(current.row() + 1))
        self.progress.activated.connect(lambda _index: self.open_detail())
        try:
            self.reload()
        except VaultError as exc:  # a damaged page: say so, the rest of the app still works
            self.say(exc.user_message)

    # -- the fellowship chooser ------------------------------------------------------------

    def _chooser(self) -> FlowLayout:
        row = FlowLayout()  # wraps onto more lines at large text sizes
        label = QLabel(self.tr("Fellowship"))
        self.chooser = QComboBox()
        named(self.chooser, label.text())
        label.setBuddy(self.chooser)
        self.chooser.setMinimumContentsLength(18)
        self.chooser.currentIndexChanged.connect(lambda _i: self._fellowship_chosen())
        self.remove_button = QPushButton(self.tr("Remove from my list"))
        named(self.remove_button, self.remove_button.text())
        self.remove_button.clicked.connect(lambda *_a: self.remove_fellowship())
        self.add_choice = QComboBox()
        named(self.add_choice, self.tr("Fellowship to add"))
        self.add_choice.currentIndexChanged.connect(lambda _i: self._add_choice_changed())
        self.own_name = QLineEdit()
        named(self.own_name, self.tr("Name of your fellowship"))
        self.own_name.setPlaceholderText(self.tr("Name of your fellowship"))
        fit_placeholder(self.own_name)
        self.own_name.returnPressed.connect(self.add_fellowship)
        self.add_button = QPushButton(self.tr("Add fellowship"))
        named(self.add_button, self.tr("Add fellowship"))
        self.add_button.clicked.connect(lambda *_a: self.add_fellowship())
        row.addWidget(label)
        row.addWidget(self.chooser)
        row.addWidget(self.remove_button)
        self.print_button = QPushButton(self.tr("Print step work…"))
        named(self.print_button, self.print_button.text())
        self.print_dialog: QWidget | None = None
        self.print_button.clicked.connect(lambda *_a: self.print_step_work())
        row.addWidget(self.print_button)
        row.addWidget(self.add_choice)
        row.addWidget(self.own_name)
        row.addWidget(self.add_button)
        return row

    def _fill_add_choice(self) -> None:
        have = {f.catalogue_id for f in self.fellowships}
        current = self.add_choice.currentData()
        self.add_choice.blockSignals(True)
        self.add_choice.clear()
        self.add_choice.addItem(self.tr("Add a fellowship…"), None)
        for known in catalogue.step_fellowships():
            if known.id not in have:
                self.add_choice.addItem(known.name, known.id)
        self.add_choice.addItem(self.tr("Another fellowship (type its name)"), OWN)
        found = self.add_choice.findData(current)
        self.add_choice.setCurrentIndex(max(0, found))
        self.add_choice.blockSignals(False)
        self._add_choice_changed()

    def _add_choice_changed(self) -> None:
        own = self.add_choice.currentData() == OWN
        self.own_name.setVisible(own)
        self.add_button.setEnabled(self.add_choice.currentData() is not None)

    def add_fellowship(self) -> None:
        choice = self.add_choice.currentData()
        if choice is None:
            return
        try:
            with self.vault.session() as session:
                new_id = service.add_fellowship(
                    session, catalogue_id="" if choice == OWN else str(choice),
                    own_name=self.own_name.text() if choice == OWN else "")
        except InvalidInput as exc:
            self.say("\n".join(exc.messages))
            return
        self.own_name.clear()
        self.say("")
        self.add_choice.setCurrentIndex(0)
        self.reload(select=new_id)

    def remove_fellowship(self) -> None:
        fellowship = self.current_fellowship()
        if fellowship is None:
            return
        if not self.page_ctx.app.dialogs.confirm(
                self, self.tr("Remove %1?").replace("%1", fellowship.name),
                self.tr("%1 leaves your list of fellowships. Your step work is kept: add it "
                        "again any time and everything is still there.").replace(
                    "%1", fellowship.name),
                yes=self.tr("Remove"), no=self.tr("Keep it")):
            return
        self.save_drafts()
        with self.vault.session() as session:
            service.remove_fellowship(session, fellowship.id)
        self.reload()

    def print_step_work(self) -> None:
        from recovery_desktop.ui.twelve_step.print_step_work import open_step_work_dialog

        open_step_work_dialog(self)

    def say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def current_fellowship(self) -> FellowshipInfo | None:
        index = self.chooser.currentIndex()
        return self.fellowships[index] if 0 <= index < len(self.fellowships) else None

    # -- loading and showing ---------------------------------------------------------------

    def reload(self, select: int | None = None) -> None:
        with self.vault.session() as session:
            self.fellowships = service.list_fellowships(session)
        current = self.current_fellowship()
        keep = select if select is not None else (current.id if current else None)
        self.chooser.blockSignals(True)
        self.chooser.clear()
        for fellowship in self.fellowships:
            self.chooser.addItem(fellowship.name, fellowship.id)
        index = self.chooser.findData(keep) if keep is not None else 0
        self.chooser.setCurrentIndex(max(0, index) if self.fellowships else -1)
        self.chooser.blockSignals(False)
        self._fill_add_choice()
        if not self.fellowships and self.page_ctx.profile.role is Role.SUPPORTING:
            self.add_choice.setCurrentIndex(max(0, self.add_choice.findData("al-anon")))
        self._fellowship_chosen()

    def _fellowship_chosen(self) -> None:
        if self.chooser.count() == 0 and self.fellowships:
            # The list was emptied from outside: the window is locking and wiping every
            # widget. Showing "no fellowship" now would save the blanked fields as drafts.
            self.wiped = True
            return
        fellowship = self.current_fellowship()
        has = fellowship is not None
        for widget in (self.chooser, self.remove_button, self.print_button, self.summary,
                       self.progress, self.tabs):
            widget.setVisible(has)
        self.empty.setVisible(not has)
        family = fellowship.for_family if fellowship else (
            self.page_ctx.profile.role is Role.SUPPORTING)
        self.intro.setText(intro(family))
        self.refresh_progress()
        step = self.progress.current_step() if self.progress.currentIndex().isValid() else (
            self._suggested_step())
        self.show_step(step, force=True)

    def _suggested_step(self) -> int:
        if not self.vault.is_open or self.current_fellowship() is None:
            return 1
        found = summarise(self.progress.steps.states)
        return found.current or found.next_step or 1

    def refresh_progress(self) -> None:
        fellowship = self.current_fellowship()
        if fellowship is None or not self.vault.is_open:
            return
        with self.vault.session() as session:
            states = service.step_states(session, fellowship.id)
        self.progress.steps.set_states(states)
        found = summarise(states)
        text = self.tr("%1 of 12 steps done").replace("%1", str(found.done))
        if found.current is not None:
            text += self.tr(" · working on Step %1").replace("%1", str(found.current))
        self.summary.setText(text)

    def show_step(self, step: int, *, force: bool = False) -> None:
        fellowship = self.current_fellowship()
        if not force and fellowship is not None and step == self.form.step and \
                self.form.fellowship is not None and self.form.fellowship.id == fellowship.id:
            return
        if self.progress.current_step() != step or not self.progress.currentIndex().isValid():
            self.progress.blockSignals(True)
            self.progress.selectionModel().blockSignals(True)
            self.progress.select_step(step)
            self.progress.selectionModel().blockSignals(False)
            self.progress.blockSignals(False)
        self.form.show_step(fellowship, step)
        self.journal.show_step(fellowship.id if fellowship else None, step)
        self._show_tool(step, fellowship)

    def _show_tool(self, step: int, fellowship: FellowshipInfo | None) -> None:
        while self.tabs.count() > 2:
            self.tabs.removeTab(2)
        if step not in TOOL_STEPS or fellowship is None:
            return
        tool = self._tool(step)
        from recovery_desktop.ui.twelve_step.inventory_panel import InventoryPanel
        from recovery_desktop.ui.twelve_step.panels import AmendsPanel
        from recovery_desktop.ui.twelve_step.review_panel import ReviewPanel

        if isinstance(tool, InventoryPanel):
            tool.show_fellowship(fellowship.id, fellowship.inventory_private)
            title = self.tr("Inventory")
        elif isinstance(tool, AmendsPanel):
            tool.show_fellowship(fellowship.id)
            title = self.tr("Amends list")
        else:
            assert isinstance(tool, ReviewPanel)
            title = self.tr("Nightly review")
        self.tabs.addTab(self.tool_holders[step], title)

    def _tool(self, step: int) -> QWidget:
        if step not in self.tools:
            from recovery_desktop.ui.twelve_step.inventory_panel import InventoryPanel
            from recovery_desktop.ui.twelve_step.panels import AmendsPanel
            from recovery_desktop.ui.twelve_step.review_panel import ReviewPanel

            tool: QWidget
            if step == 4:
                tool = InventoryPanel(self.vault)
            elif step == 8:
                tool = AmendsPanel(self.vault)
            else:
                review = ReviewPanel(self.vault, self.today)
                review.start()
                tool = review
            if step != 4:  # the inventory's tabs bring their own margins
                tool.setContentsMargins(9, 9, 9, 9)
            holder = QScrollArea()
            holder.setWidgetResizable(True)
            holder.setFrameShape(QScrollArea.Shape.NoFrame)
            holder.setWidget(tool)
            self.tools[step] = tool
            self.tool_holders[step] = holder
        return self.tools[step]

    def open_detail(self) -> None:
        """Enter (or a double click) on a tile: on to that step's form."""
        self.tabs.setCurrentIndex(0)
        self.form.status.setFocus()

    # -- Page hooks ------------------------------------------------------------------------

    def save_drafts(self) -> None:
        if self.wiped:
            return
        from recovery_desktop.ui.twelve_step.inventory_panel import InventoryPanel
        from recovery_desktop.ui.twelve_step.panels import AmendsPanel
        from recovery_desktop.ui.twelve_step.review_panel import ReviewPanel

        self.form.save_draft()
        self.journal.save_draft()
        for tool in self.tools.values():
            if isinstance(tool, InventoryPanel):
                tool.save_drafts()
            elif isinstance(tool, AmendsPanel | ReviewPanel):
                tool.save_draft()

    def handle_request(self, request: dict[str, Any]) -> None:
        fellowship = request.get("fellowship")
        if isinstance(fellowship, int):
            index = self.chooser.findData(fellowship)
            if index >= 0:
                self.chooser.setCurrentIndex(index)
        step = request.get("step")
        if isinstance(step, int) and 1 <= step <= 12:
            self.show_step(step)
            self.tabs.setCurrentIndex(0)
            self.progress.setFocus()
        if request.get("nightly_review"):
            self.open_nightly_review()

    def open_nightly_review(self) -> None:
        """Step 10's nightly review for this evening; words typed and not saved yet stay."""
        from recovery_desktop.ui.twelve_step.review_panel import ReviewPanel

        self.show_step(10)
        tool = self.tools.get(10)
        if self.current_fellowship() is None or not isinstance(tool, ReviewPanel):
            return  # no fellowship yet: the page says how to add one
        if not tool.unsaved and tool.current_date() != self.today():
            tool.open_date(self.today())
        self.tabs.setCurrentWidget(self.tool_holders[10])
        tool.checks["resentful"].setFocus()


def visible_for(profile: Profile) -> bool:
    """Shown when the path includes the steps; family members (Role.SUPPORTING) on such a
    path see it too, worded for their own recovery."""
    return profile.path.shows_twelve_step


def _title() -> str:
    return QCoreApplication.translate("StepsPage", "Steps")


register_page(PageSpec("steps", _title, StepsPage, order=30, visible=visible_for))
