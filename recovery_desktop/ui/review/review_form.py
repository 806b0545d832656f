"""What the person writes in a weekly review: last week's plan ticked, a win, a challenge,
something for the group, and the plan for the next seven days (actions with days)."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from recovery_desktop.domain.review.plans import (
    MAX_ACTION,
    MAX_ITEMS,
    CarriedPlan,
    PlanItem,
    PlanStatus,
    ReviewInput,
    SavedReview,
)
from recovery_desktop.domain.review.week import ReviewWindow
from recovery_desktop.i18n import translate
from recovery_desktop.ui.flow_layout import FlowLayout, fit_placeholder
from recovery_desktop.ui.labels import hint_label, text_label
from recovery_desktop.ui.review.common import day_text


def status_label(status: PlanStatus) -> str:
    return {PlanStatus.OPEN: translate("review", "Not marked yet"),
            PlanStatus.DONE: translate("review", "Done"),
            PlanStatus.PARTLY: translate("review", "Partly"),
            PlanStatus.NOT_DONE: translate("review", "Not done")}[status]


def _named(widget: QWidget, name: str) -> QWidget:
    widget.setAccessibleName(name)
    return widget


class PlanRow(QWidget):
    """One planned action: what, which day, whether it is a meeting, remove."""

    removed = Signal(object)
    changed = Signal()

    def __init__(self, window: ReviewWindow, item: PlanItem | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.item_id = item.id if item else None
        self.status = item.status if item else PlanStatus.OPEN
        row = FlowLayout(self)  # wraps at large text sizes
        self.action = QLineEdit(item.action if item else "")
        self.action.setMaxLength(MAX_ACTION)
        self.action.setPlaceholderText(translate("review", "e.g. walk after work, call a friend"))
        fit_placeholder(self.action)
        _named(self.action, translate("review", "Action"))
        self.day = QComboBox()
        _named(self.day, translate("review", "Day"))
        self.day.addItem(translate("review", "Any day"), None)
        for day in ReviewWindow(window.next_start, window.next_end, window.tz,
                                window.now_utc).days:
            self.day.addItem(day_text(day), day.isoformat())  # strings: Qt keeps them as is
        if item is not None and item.day is not None:
            self.day.setCurrentIndex(max(0, self.day.findData(item.day.isoformat())))
        self.meeting = QCheckBox(translate("review", "A meeting"))
        _named(self.meeting, translate("review", "A meeting"))
        self.meeting.setChecked(bool(item and item.is_meeting))
        self.remove = QPushButton(translate("review", "Remove"))
        _named(self.remove, translate("review", "Remove this action"))
        self.remove.clicked.connect(lambda: self.removed.emit(self))
        row.addWidget(self.action)
        row.addWidget(self.day)
        row.addWidget(self.meeting)
        row.addWidget(self.remove)
        self.action.textChanged.connect(self.changed)
        self.day.currentIndexChanged.connect(self.changed)
        self.meeting.toggled.connect(self.changed)

    def value(self) -> PlanItem:
        day = self.day.currentData()
        return PlanItem(self.action.text(), date.fromisoformat(day) if day else None,
                        self.meeting.isChecked(), self.status, self.item_id)


class ReviewForm(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.window_: ReviewWindow | None = None
        self.carried: CarriedPlan | None = None
        self.status_combos: dict[int, QComboBox] = {}
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        self.last_plan_box = QWidget()
        self.last_plan_layout = QFormLayout(self.last_plan_box)
        self.last_plan_layout.setContentsMargins(0, 0, 0, 0)
        self.last_plan_title = text_label(translate("review", "Last week's plan: how did it go?"))
        column.addWidget(self.last_plan_title)
        column.addWidget(self.last_plan_box)
        form = QFormLayout()
        self.win = self._text(translate("review", "A win this week"),
                              translate("review", "Something that went well, however "
                                                       "small."))
        self.challenge = self._text(translate("review", "A challenge"),
                                    translate("review", "Something that was hard."))
        self.for_group = self._text(translate("review", "To bring to the group"),
                                    translate(
                                        "review",
                                        "A topic or question for your meeting or helper."))
        form.addRow(translate("review", "A win this week"), self.win)
        form.addRow(translate("review", "A challenge"), self.challenge)
        form.addRow(translate("review", "To bring to the group"), self.for_group)
        column.addLayout(form)
        column.addWidget(text_label(translate("review", "My plan for the next seven days")))
        self.plan_hint = hint_label()
        column.addWidget(self.plan_hint)
        self.rows_layout = QVBoxLayout()
        column.addLayout(self.rows_layout)
        self.rows: list[PlanRow] = []
        self.add_button = QPushButton(translate("review", "Add an action"))
        _named(self.add_button, translate("review", "Add an action"))
        self.add_button.clicked.connect(lambda: self.add_row(None, focus=True))
        add_row = QHBoxLayout()
        add_row.addWidget(self.add_button)
        add_row.addStretch(1)
        column.addLayout(add_row)

    def _text(self, name: str, placeholder: str) -> QPlainTextEdit:
        edit = QPlainTextEdit()
        edit.setPlaceholderText(placeholder)
        edit.setTabChangesFocus(True)
        edit.setFixedHeight(64)
        _named(edit, name)
        edit.textChanged.connect(self.changed)
        return edit

    # -- filling ----------------------------------------------------------------------------

    def load(self, window: ReviewWindow, saved: SavedReview | None,
             carried: CarriedPlan | None) -> None:
        self.window_ = window
        self.blockSignals(True)
        self.win.setPlainText(saved.win if saved else "")
        self.challenge.setPlainText(saved.challenge if saved else "")
        self.for_group.setPlainText(saved.for_group if saved else "")
        for row in list(self.rows):
            self._drop(row)
        for item in saved.plan if saved else ():
            self.add_row(item)
        if not self.rows:
            self.add_row(None)
        self.plan_hint.setText(translate(
            "review",
            "From %1 to %2. Give each action a day if you can.")
                               .replace("%1", day_text(window.next_start))
                               .replace("%2", day_text(window.next_end)))
        self._load_carried(carried)
        self.blockSignals(False)

    def _load_carried(self, carried: CarriedPlan | None) -> None:
        self.carried = carried
        while self.last_plan_layout.rowCount():
            self.last_plan_layout.removeRow(0)
        self.status_combos = {}
        visible = carried is not None and bool(carried.items)
        self.last_plan_title.setVisible(visible)
        self.last_plan_box.setVisible(visible)
        for item in carried.items if carried else ():
            if item.id is None:
                continue
            combo = QComboBox()
            for status in PlanStatus:
                combo.addItem(status_label(status), status.value)
            combo.setCurrentIndex(combo.findData(item.status.value))
            combo.setMaximumWidth(220)  # a short choice; the action's words get the room
            when = day_text(item.day) if item.day else translate("review", "any day")
            label = f"{item.action} ({when})"
            _named(combo, label)
            combo.currentIndexChanged.connect(self.changed)
            self.status_combos[item.id] = combo
            self.last_plan_layout.addRow(QLabel(label), combo)

    def add_row(self, item: PlanItem | None, *, focus: bool = False) -> PlanRow | None:
        if self.window_ is None or len(self.rows) >= MAX_ITEMS:
            return None
        row = PlanRow(self.window_, item)
        row.removed.connect(self._remove)
        row.changed.connect(self.changed)
        self.rows.append(row)
        self.rows_layout.addWidget(row)
        self.add_button.setEnabled(len(self.rows) < MAX_ITEMS)
        if focus:
            row.action.setFocus()
            self.changed.emit()
        return row

    def _remove(self, row: PlanRow) -> None:
        self._drop(row)
        self.changed.emit()

    def _drop(self, row: PlanRow) -> None:
        self.rows.remove(row)
        row.setParent(None)
        row.deleteLater()
        self.add_button.setEnabled(True)

    # -- reading ----------------------------------------------------------------------------

    def value(self) -> ReviewInput:
        return ReviewInput(
            win=self.win.toPlainText(), challenge=self.challenge.toPlainText(),
            for_group=self.for_group.toPlainText(),
            plan=tuple(row.value() for row in self.rows),
            last_plan_status={item_id: PlanStatus(str(combo.currentData()))
                              for item_id, combo in self.status_combos.items()})

    def draft_payload(self) -> dict[str, Any]:
        entry = self.value()
        return {"win": entry.win, "challenge": entry.challenge, "for_group": entry.for_group,
                "plan": [{"action": i.action, "day": i.day.isoformat() if i.day else None,
                          "meeting": i.is_meeting, "id": i.id}
                         for i in entry.plan],
                "ticks": {str(k): v.value for k, v in entry.last_plan_status.items()}}

    def restore_draft(self, payload: dict[str, Any]) -> None:
        if self.window_ is None:
            return
        self.win.setPlainText(str(payload.get("win", "")))
        self.challenge.setPlainText(str(payload.get("challenge", "")))
        self.for_group.setPlainText(str(payload.get("for_group", "")))
        for row in list(self.rows):
            self._drop(row)
        for raw in payload.get("plan", []):
            try:
                day = date.fromisoformat(raw["day"]) if raw.get("day") else None
                item_id = raw.get("id")
                self.add_row(PlanItem(str(raw.get("action", "")), day, bool(raw.get("meeting")),
                                      id=item_id if isinstance(item_id, int) else None))
            except (KeyError, TypeError, ValueError, AttributeError):
                continue
        if not self.rows:
            self.add_row(None)
        for key, value in dict(payload.get("ticks", {})).items():
            combo = self.status_combos.get(int(key)) if str(key).isdigit() else None
            if combo is not None and combo.findData(value) >= 0:
                combo.setCurrentIndex(combo.findData(value))
