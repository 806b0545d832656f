"""The quick-log panel: behaviour, intensity and outcome, then Enter. Detail is one step away.

Recording a lapse needs no extra confirmation: saving is the confirmation, and the panel
then offers Undo (and "Do an ABC on this" after a lapse or a strong urge).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QDateTime, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from recovery_desktop.domain.behaviours import service as behaviours
from recovery_desktop.domain.behaviours.cleantime import to_local, to_utc
from recovery_desktop.domain.behaviours.models import GoalTier
from recovery_desktop.domain.behaviours.service import InvalidInput
from recovery_desktop.domain.drafts import discard_draft
from recovery_desktop.domain.links import Ref
from recovery_desktop.domain.urges import service
from recovery_desktop.domain.urges.models import Outcome
from recovery_desktop.domain.urges.service import UrgeInput
from recovery_desktop.ui.labels import heading
from recovery_desktop.ui.pages.registry import PageContext
from recovery_desktop.ui.urges.common import WallClock, named, outcome_label
from recovery_desktop.ui.urges.detail_form import DetailForm

ABSTINENT_OUTCOMES = (Outcome.RESISTED, Outcome.LAPSED)
PLAN_OUTCOMES = (Outcome.RESISTED, Outcome.WITHIN_PLAN, Outcome.OVER_PLAN, Outcome.LAPSED)


def _qt_from(local: datetime) -> QDateTime:
    return QDateTime(local.year, local.month, local.day, local.hour, local.minute, 0)


def _py_from(value: QDateTime) -> datetime:
    d, t = value.date(), value.time()
    return datetime(d.year(), d.month(), d.day(), t.hour(), t.minute())


class QuickLogDialog(QDialog):
    changed = Signal()  # an entry was saved, changed or undone

    def __init__(self, page_ctx: PageContext, clock: WallClock, entry_id: int | None = None,
                 parent: QWidget | None = None, *, draft_kind: str = "") -> None:
        super().__init__(parent)
        self.page_ctx = page_ctx
        self.draft_kind = draft_kind  # discarded in the same transaction as the save
        self.clock = clock
        self.entry_id = entry_id
        self.saved_id: int | None = None
        self.entry_tz = clock.zone()
        title = self.tr("Edit entry") if entry_id else self.tr("Log an urge")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setMinimumWidth(380)
        self.stack = QStackedWidget()
        self.form_page = self._form_page(title)
        self.stack.addWidget(self.form_page)
        self.stack.addWidget(self._done_page())
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack)
        self._load()

    # -- building -------------------------------------------------------------------------

    def _form_page(self, title: str) -> QWidget:
        page = QWidget()
        column = QVBoxLayout(page)
        column.addWidget(heading(title, 1.3))
        self.empty_hint = QLabel(self.tr(
            "First, add a behaviour you are working on, in your own words."))
        self.empty_hint.setWordWrap(True)
        self.add_behaviour_button = QPushButton(self.tr("Add a behaviour…"))
        named(self.add_behaviour_button, self.add_behaviour_button.text())
        self.add_behaviour_button.clicked.connect(self._go_to_behaviours)
        column.addWidget(self.empty_hint)
        column.addWidget(self.add_behaviour_button)

        form = QFormLayout()
        self.behaviour = QComboBox()
        self._row(form, self.tr("Which behaviour?"), self.behaviour)
        self.intensity = QSpinBox()
        self.intensity.setRange(0, 10)
        self.intensity.setValue(5)
        self._row(form, self.tr("How strong at its peak (0–10)?"), self.intensity)
        self.outcome = QComboBox()
        self._row(form, self.tr("What happened?"), self.outcome)
        when = QHBoxLayout()
        self.now = QCheckBox(self.tr("Now"))
        named(self.now, self.now.text())
        self.now.setChecked(True)
        self.when = QDateTimeEdit()
        self.when.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.when.setCalendarPopup(True)
        self.when.setMinimumDateTime(QDateTime(1900, 1, 1, 0, 0, 0))
        self.when.setEnabled(False)
        named(self.when, self.tr("When"))
        self.now.toggled.connect(lambda on: self.when.setEnabled(not on))
        when.addWidget(self.now)
        when.addWidget(self.when, 1)
        form.addRow(self.tr("When"), when)
        column.addLayout(form)

        self.more = QPushButton(self.tr("More detail"))
        self.more.setCheckable(True)
        self.more.setAutoDefault(False)
        named(self.more, self.more.text())
        self.detail = DetailForm()
        self.detail_scroll = QScrollArea()
        self.detail_scroll.setWidgetResizable(True)
        self.detail_scroll.setWidget(self.detail)
        self.detail_scroll.setVisible(False)
        self.detail_scroll.setMinimumHeight(360)
        # Scroll down, never sideways: the panel is as wide as the detail needs.
        self.detail_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.detail_scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.detail_scroll.setMinimumWidth(self.detail.minimumSizeHint().width() + 24)
        self.more.toggled.connect(self._show_detail)
        column.addWidget(self.more, 0, Qt.AlignmentFlag.AlignLeft)
        column.addWidget(self.detail_scroll, 1)

        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        named(self.message, self.tr("Quick log message"))
        column.addWidget(self.message)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        cancel = QPushButton(self.tr("Cancel"))
        named(cancel, cancel.text())
        cancel.setAutoDefault(False)
        cancel.clicked.connect(self.reject)
        self.save_button = QPushButton(self.tr("Save changes") if self.entry_id
                                       else self.tr("Save"))
        named(self.save_button, self.save_button.text())
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        buttons.addWidget(cancel)
        buttons.addWidget(self.save_button)
        column.addLayout(buttons)
        self.behaviour.currentIndexChanged.connect(self._behaviour_changed)
        return page

    def _row(self, form: QFormLayout, label: str, widget: QWidget) -> None:
        named(widget, label)
        form.addRow(label, widget)

    def _done_page(self) -> QWidget:
        page = QWidget()
        column = QVBoxLayout(page)
        self.done_text = QLabel()
        self.done_text.setWordWrap(True)
        named(self.done_text, self.tr("Saved"))
        column.addWidget(self.done_text)
        column.addStretch(1)
        row = QHBoxLayout()
        self.undo_button = QPushButton(self.tr("Undo"))
        self.abc_button = QPushButton(self.tr("Do an ABC on this"))
        self.close_button = QPushButton(self.tr("Close"))
        for button in (self.undo_button, self.abc_button, self.close_button):
            named(button, button.text())
            button.setAutoDefault(False)
            row.addWidget(button)
        row.insertStretch(2, 1)
        self.undo_button.clicked.connect(self.undo)
        self.abc_button.clicked.connect(self.open_abc)
        self.close_button.clicked.connect(self.accept)
        column.addLayout(row)
        return page

    # -- data -----------------------------------------------------------------------------

    def _load(self) -> None:
        with self.page_ctx.vault.session() as session:
            items = behaviours.list_behaviours(session, include_archived=self.entry_id is not None)
            self.tiers = {b.id: (g.tier if (g := behaviours.goal_for(session, b.id)) else None)
                          for b in items}
            entry = service.load_entry(session, self.entry_id) if self.entry_id else None
            last_behaviour = service.last_behaviour_id(session)
        for item in items:
            self.behaviour.addItem(item.name, item.id)
        has_any = bool(items)
        self.empty_hint.setVisible(not has_any)
        self.add_behaviour_button.setVisible(not has_any)
        self.save_button.setEnabled(has_any)
        now_local = to_local(self.clock.now_utc(), self.entry_tz).replace(tzinfo=None)
        self.when.setMaximumDateTime(_qt_from(now_local))
        self.when.setDateTime(_qt_from(now_local))
        chosen = entry.behaviour_id if entry else last_behaviour
        if chosen is not None and (index := self.behaviour.findData(chosen)) >= 0:
            self.behaviour.setCurrentIndex(index)
        self._behaviour_changed()
        if entry is not None:
            self.entry_tz = entry.tz
            self.intensity.setValue(entry.intensity)
            self.outcome.setCurrentIndex(max(0, self.outcome.findData(entry.outcome.value)))
            self.now.setChecked(False)
            local = to_local(entry.occurred_at, entry.tz).replace(tzinfo=None)
            self.when.setDateTime(_qt_from(local))
            self.detail.fill(entry)
        self.behaviour.setFocus()

    def _behaviour_changed(self) -> None:
        behaviour_id = self.behaviour.currentData()
        tier = self.tiers.get(behaviour_id) if behaviour_id is not None else None
        outcomes = (PLAN_OUTCOMES if tier in (GoalTier.CONTROL, GoalTier.MINIMISING)
                    else ABSTINENT_OUTCOMES)
        previous = self.outcome.currentData()
        self.outcome.clear()
        for outcome in outcomes:
            self.outcome.addItem(outcome_label(outcome), outcome.value)
        self.outcome.setCurrentIndex(max(0, self.outcome.findData(previous)))
        if behaviour_id is not None:
            with self.page_ctx.vault.session() as session:
                worked = service.coping_that_worked(session, behaviour_id)
            self.detail.offer_first(worked)

    def _show_detail(self, on: bool) -> None:
        self.detail_scroll.setVisible(on)
        self.more.setText(self.tr("Less detail") if on else self.tr("More detail"))
        named(self.more, self.more.text())
        self.adjustSize()
        if on:
            self.detail.where.setFocus()

    def _go_to_behaviours(self) -> None:
        if self.page_ctx.navigate("behaviours", {"add": True}):
            self.reject()

    def entry(self) -> UrgeInput:
        if self.now.isChecked():
            occurred = self.clock.now_utc()
        else:
            occurred = to_utc(_py_from(self.when.dateTime()), self.entry_tz)
        entry = UrgeInput(
            behaviour_id=int(self.behaviour.currentData()),
            intensity=self.intensity.value(),
            outcome=Outcome(self.outcome.currentData()),
            occurred_at=occurred,
            tz=self.entry_tz,
        )
        self.detail.apply(entry)
        return entry

    def save(self) -> None:
        if self.behaviour.currentData() is None:
            self.message.setText(self.tr("Please choose which behaviour this was about."))
            return
        entry = self.entry()
        try:
            with self.page_ctx.vault.session() as session:
                if self.entry_id is None:
                    self.saved_id = service.save_entry(session, entry,
                                                       now_utc=self.clock.now_utc())
                else:
                    service.update_entry(session, self.entry_id, entry,
                                         now_utc=self.clock.now_utc())
                    self.saved_id = self.entry_id
                if self.draft_kind:
                    discard_draft(session, self.draft_kind)
        except InvalidInput as problem:
            # Nothing is lost: the form keeps everything and says what to change.
            self.message.setText("\n".join(problem.messages))
            return
        self.changed.emit()
        if self.entry_id is not None:
            self.accept()
            return
        self._show_done(entry)

    def _show_done(self, entry: UrgeInput) -> None:
        tier = self.tiers.get(entry.behaviour_id)
        texts = {
            Outcome.RESISTED: self.tr("Saved. You noticed the urge and let it pass; "
                                      "that is worth something."),
            Outcome.WITHIN_PLAN: self.tr("Saved. You kept to your plan."),
            Outcome.OVER_PLAN: self.tr("Saved. Going over the plan is information, not "
                                       "failure; noticing it is part of the work."),
            Outcome.LAPSED: self.tr("Saved. A lapse is information, not failure. Your clean "
                                    "time starts again, and every clean day before it still "
                                    "counts.") if tier is GoalTier.ABSTINENT else
            self.tr("Saved. A lapse is information, not failure."),
        }
        self.done_text.setText(texts[entry.outcome])
        strong = entry.intensity >= service.STRONG_URGE
        self.abc_button.setVisible(strong or entry.outcome in (Outcome.LAPSED,
                                                               Outcome.OVER_PLAN))
        # Only the short "Saved" step sizes the panel now, not the long form behind it.
        self.form_page.setSizePolicy(QSizePolicy.Policy.Ignored,
                                           QSizePolicy.Policy.Ignored)
        self.stack.setCurrentIndex(1)
        self.adjustSize()
        self.close_button.setDefault(True)
        self.close_button.setFocus()

    def undo(self) -> None:
        if self.saved_id is None:
            return
        with self.page_ctx.vault.session() as session:
            service.delete_entry(session, self.saved_id)
        self.saved_id = None
        self.done_text.setText(self.tr("Undone: the entry was removed."))
        self.undo_button.setEnabled(False)
        self.abc_button.setVisible(False)
        self.changed.emit()

    def open_abc(self) -> None:
        if self.saved_id is None:
            return
        request: dict[str, Any] = {"new": "abc", "link": Ref("urge", self.saved_id)}
        if self.page_ctx.navigate("worksheets", request):
            self.accept()
        else:  # the worksheets are not part of this build (yet): no error, just unavailable
            self.abc_button.setEnabled(False)
            self.abc_button.setToolTip(self.tr("The ABC worksheet is not available yet."))

    # -- drafts (kept inside the vault when the app locks with the panel open) -------------

    def draft_payload(self) -> dict[str, Any] | None:
        if self.stack.currentIndex() != 0 or self.behaviour.currentData() is None:
            return None
        entry = self.entry()
        return {
            "entry_id": self.entry_id,
            "behaviour_id": entry.behaviour_id,
            "intensity": entry.intensity,
            "outcome": entry.outcome.value,
            "texts": {name: getattr(entry, name) for name in service.TEXT_FIELDS},
        }

    def restore_draft(self, payload: dict[str, Any]) -> None:
        index = self.behaviour.findData(payload.get("behaviour_id"))
        if index >= 0:
            self.behaviour.setCurrentIndex(index)
        self.intensity.setValue(int(payload.get("intensity", 5)))
        self.outcome.setCurrentIndex(max(0, self.outcome.findData(payload.get("outcome"))))
        texts = payload.get("texts", {})
        entry = self.entry()
        for name in service.TEXT_FIELDS:
            setattr(entry, name, str(texts.get(name, "")))
        self.detail.fill(entry)
        if self.detail.has_text():
            self.more.setChecked(True)
        self.behaviour.setFocus()
