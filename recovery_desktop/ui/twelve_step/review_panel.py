"""Step 10: the nightly review for a date, and the list of past reviews (one per date)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from recovery_desktop.domain.behaviours.service import InvalidInput
from recovery_desktop.domain.twelve_step import inventory as drafts
from recovery_desktop.domain.twelve_step import lists
from recovery_desktop.domain.twelve_step.lists import Review
from recovery_desktop.ui.labels import hint_label
from recovery_desktop.ui.twelve_step.common import (
    Autosaver,
    IdListModel,
    date_column_width,
    message_label,
    named,
    parse_date,
    text_box,
    to_date,
    to_qdate,
)
from recovery_desktop.vault.errors import VaultError

if TYPE_CHECKING:
    from recovery_desktop.vault.vault import Vault

DRAFT_KIND = "review"


class ReviewPanel(QWidget):
    def __init__(self, vault: Vault, today: Callable[[], date],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.today = today
        self._filling = False
        self.unsaved = False  # typed since the form was filled or saved
        self.autosaver = Autosaver(self._autosave, self)
        intro = hint_label(self.tr(
            "A few honest minutes at the end of the day. One review per evening; the list "
            "beside it keeps the ones you saved."))
        self.review_date = QDateEdit()
        self.review_date.setCalendarPopup(True)
        self.review_date.setDisplayFormat("yyyy-MM-dd")
        named(self.review_date, self.tr("Evening of"))
        self.checks = {
            "resentful": QCheckBox(self.tr("Resentful")),
            "selfish": QCheckBox(self.tr("Selfish")),
            "dishonest": QCheckBox(self.tr("Dishonest")),
            "afraid": QCheckBox(self.tr("Afraid")),
        }
        checks = QHBoxLayout()
        for box in self.checks.values():
            named(box, box.text())
            checks.addWidget(box)
            box.toggled.connect(self.changed)
        checks.addStretch(1)
        self.texts = {
            "owe_apology": text_box(self.tr("Who I owe an apology"), 44),
            "amends_done": text_box(self.tr("Amends I made"), 44),
            "went_well": text_box(self.tr("What went well"), 44),
        }
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Evening of"), self.review_date)
        form.addRow(self.tr("Today I was"), checks)
        for edit in self.texts.values():
            form.addRow(edit.accessibleName(), edit)
            edit.textChanged.connect(self.changed)
        buttons = QHBoxLayout()
        self.save_button = QPushButton(self.tr("Save review"))
        named(self.save_button, self.save_button.text())
        self.save_button.clicked.connect(lambda *_args: self.save())
        self.state = message_label(self.tr("Review save status"))
        self.state.setWordWrap(True)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.state, 1)
        self.model: IdListModel[Review] = IdListModel(self._fetch, [
            (self.tr("Evening"), lambda r: r.review_date.isoformat()),
            (self.tr("Today I was"), self._checked_text),
            (self.tr("What went well"), lambda r: r.went_well),
        ], self)
        self.table = QTableView()
        named(self.table, self.tr("Past reviews"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        header = self.table.horizontalHeader()
        # A width from the font, not ResizeToContents: that would read every row of the
        # lazy model to measure it.
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        self.table.setColumnWidth(0, date_column_width(self.table))
        self.table.setColumnWidth(1, 120)
        self.table.setWordWrap(False)
        self.table.setMinimumHeight(110)
        self.table.selectionModel().currentRowChanged.connect(
            lambda current, _prev: self._row_chosen(current.row()))
        self.review_date.setMaximumWidth(160)
        left = QVBoxLayout()
        left.addWidget(intro)
        left.addLayout(form)
        left.addLayout(buttons)
        left.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(left, 1)
        layout.addWidget(self.table, 1)
        self.review_date.dateChanged.connect(self._date_changed)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Ctrl+S that reached here unhandled (the shortcut needs an active window).
        if event.matches(QKeySequence.StandardKey.Save):
            self.save()
            return
        super().keyPressEvent(event)

    def _checked_text(self, review: Review) -> str:
        names = [box.text() for key, box in self.checks.items() if getattr(review, key)]
        return ", ".join(names) if names else self.tr("None of these")

    def _fetch(self, ids: list[int]) -> dict[int, Review]:
        with self.vault.session() as session:
            return lists.reviews(session, ids)

    def refresh(self) -> None:
        if not self.vault.is_open:
            return
        with self.vault.session() as session:
            self.model.set_ids(lists.review_ids(session))

    def start(self) -> None:
        """Called when the panel is first shown: the list, and today's review (or draft)."""
        self.refresh()
        draft: dict[str, Any] | None = None
        if self.vault.is_open:
            with self.vault.session() as session:
                draft = drafts.load_draft(session, DRAFT_KIND, "")
        if draft is not None:
            self._fill(draft)
            self.unsaved = True
            self.state.setText(self.tr("Unsaved changes brought back"))
        else:
            self.open_date(self.today())

    def _row_chosen(self, row: int) -> None:
        review = self.model.item(row)
        if review is not None and review.review_date != self.current_date():
            self.open_date(review.review_date)

    def current_date(self) -> date:
        return to_date(self.review_date.date())

    def _date_changed(self) -> None:
        if self._filling:
            return
        if not self.unsaved:
            self.open_date(self.current_date())
            return
        # Unsaved words stay in the form: the person is choosing the evening they are about.
        self.autosaver.touch()
        if not self.vault.is_open:
            return
        with self.vault.session() as session:
            existing = lists.load_review(session, self.current_date())
        self.state.setText(self.tr(
            "You already saved a review for this evening; saving replaces it.")
            if existing is not None else "")

    def open_date(self, day: date) -> None:
        self.save_draft()
        review: Review | None = None
        if self.vault.is_open:
            with self.vault.session() as session:
                review = lists.load_review(session, day)
        values = {"date": day.isoformat()}
        if review is not None:
            values.update({k: getattr(review, k) for k in (*lists.CHECKS, *lists.TEXTS)})
        self._fill(values)
        self.state.setText(self.tr("Saved earlier") if review is not None else "")

    def _fill(self, values: dict[str, Any]) -> None:
        self._filling = True
        try:
            self.review_date.setDate(to_qdate(parse_date(values.get("date")) or self.today()))
            for key, box in self.checks.items():
                box.setChecked(bool(values.get(key)))
            for key, edit in self.texts.items():
                edit.setPlainText(str(values.get(key, "")))
        finally:
            self._filling = False
        self.autosaver.clean()
        self.unsaved = False

    def values(self) -> dict[str, Any]:
        values: dict[str, Any] = {"date": self.current_date().isoformat()}
        values.update({key: box.isChecked() for key, box in self.checks.items()})
        values.update({key: edit.toPlainText() for key, edit in self.texts.items()})
        return values

    def changed(self, *_args: object) -> None:
        if not self._filling:
            self.unsaved = True
            self.autosaver.touch()

    def save_draft(self) -> None:
        if not self.autosaver.dirty or not self.vault.is_open:
            return
        with self.vault.session() as session:
            drafts.save_draft(session, DRAFT_KIND, "", self.values())
        self.autosaver.clean()

    def _autosave(self) -> None:
        try:
            self.save_draft()
        except VaultError as exc:
            self.state.setText(exc.user_message)

    def save(self) -> bool:
        values = self.values()
        review = Review(self.current_date(), resentful=bool(values["resentful"]),
                        selfish=bool(values["selfish"]), dishonest=bool(values["dishonest"]),
                        afraid=bool(values["afraid"]), owe_apology=str(values["owe_apology"]),
                        amends_done=str(values["amends_done"]),
                        went_well=str(values["went_well"]))
        try:
            with self.vault.session() as session:
                lists.save_review(session, review, today=self.today())
                drafts.discard_draft(session, DRAFT_KIND, "")
        except InvalidInput as exc:
            self.state.setText("\n".join(exc.messages))
            return False
        except VaultError as exc:
            self.state.setText(exc.user_message)
            return False
        self.autosaver.clean()
        self.unsaved = False
        self.refresh()
        self.state.setText(self.tr("Saved"))
        return True
