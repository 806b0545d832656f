"""The weekly review page: the week's auto-draft, last week's plan, what the person writes,
earlier reviews to compare, and trend charts (each with a table view)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from recovery_desktop.domain.drafts import discard_draft, load_draft, save_draft
from recovery_desktop.domain.review import plans, sections
from recovery_desktop.domain.review.plans import InvalidReview
from recovery_desktop.domain.review.sections import WeekReview
from recovery_desktop.domain.review.trends import trends
from recovery_desktop.domain.review.week import ReviewWindow, current_window, window_ending
from recovery_desktop.ui.labels import hint_label, text_label
from recovery_desktop.ui.pages.page_layout import group, scrolling_column
from recovery_desktop.ui.pages.registry import Page, PageContext
from recovery_desktop.ui.review.common import review_weekday, week_text
from recovery_desktop.ui.review.review_compare import CompareView
from recovery_desktop.ui.review.review_form import ReviewForm
from recovery_desktop.ui.review.section_views import render
from recovery_desktop.ui.review.trend_charts import ChartCard, chart_cards
from recovery_desktop.ui.urges.common import WallClock
from recovery_desktop.vault.errors import VaultError

DRAFT_KIND = "review:week"
AUTOSAVE_MS = 2000


class ReviewPage(Page):
    def __init__(self, page_ctx: PageContext, clock: WallClock | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.page_ctx = page_ctx
        self.clock = clock or WallClock()
        self.dirty = False
        self.stale = False
        self.draft: WeekReview | None = None
        self.cards: list[ChartCard] = []
        self.autosave = QTimer(self)  # a crash loses at most two seconds of typing
        self.autosave.setSingleShot(True)
        self.autosave.setInterval(AUTOSAVE_MS)
        self.autosave.timeout.connect(self.save_drafts)
        column = scrolling_column(self, self.tr("Weekly review"))
        content = column.parentWidget()
        if content is not None:
            content.setMaximumWidth(860)  # room for the charts
        column.addWidget(hint_label(self.tr(
            "The seven days ending on your review day (you can change the day in Settings). "
            "The numbers are drafted from what you logged; the words are yours.")))
        nav = QHBoxLayout()
        self.earlier = QPushButton(self.tr("Earlier week"))
        self.earlier.setAccessibleName(self.tr("Earlier week"))
        self.earlier.clicked.connect(lambda: self.step(-1))
        self.week_label = QLabel()
        self.week_label.setAccessibleName(self.tr("Week"))
        self.later = QPushButton(self.tr("Later week"))
        self.later.setAccessibleName(self.tr("Later week"))
        self.later.clicked.connect(lambda: self.step(1))
        nav.addWidget(self.earlier)
        nav.addStretch(1)
        nav.addWidget(self.week_label)
        nav.addStretch(1)
        nav.addWidget(self.later)
        column.addLayout(nav)

        box, self.draft_layout = group(self.tr("The week at a glance"))
        column.addWidget(box)
        box, layout = group(self.tr("Your review"))
        self.form = ReviewForm()
        self.form.changed.connect(self._changed)
        layout.addWidget(self.form)
        row = QHBoxLayout()
        self.status = text_label("")
        self.status.setAccessibleName(self.tr("Review status"))
        self.save_button = QPushButton(self.tr("Save review"))
        self.save_button.setAccessibleName(self.tr("Save review"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        row.addWidget(self.status, 1)
        from recovery_desktop.ui.review.print_checkin import CheckInPrinting

        self.printing = CheckInPrinting(self)  # Print check-in… / Save as PDF…
        row.addWidget(self.printing.print_button)
        row.addWidget(self.printing.pdf_button)
        row.addWidget(self.save_button)
        layout.addLayout(row)
        column.addWidget(box)

        box, layout = group(self.tr("Compare with an earlier review"))
        self.compare = CompareView()
        self.compare.choice.currentIndexChanged.connect(self._compare)
        layout.addWidget(self.compare)
        self.open_other = QPushButton(self.tr("Open that week"))
        self.open_other.setAccessibleName(self.tr("Open that week"))
        self.open_other.setEnabled(False)
        self.open_other.clicked.connect(self._open_other)
        open_row = QHBoxLayout()
        open_row.addStretch(1)
        open_row.addWidget(self.open_other)
        layout.addLayout(open_row)
        column.addWidget(box)
        self.charts_box, self.charts_layout = group(self.tr("Trends over eight weeks"))
        column.addWidget(self.charts_box)
        column.addStretch(1)
        self.window_ = self._current()
        self.show_week(self.window_)

    # -- weeks ------------------------------------------------------------------------------

    def _current(self) -> ReviewWindow:
        return current_window(self.clock.now_utc(), self.clock.zone(),
                              review_weekday(self.page_ctx.app.settings))

    def step(self, weeks: int) -> None:
        target = self.window_.previous() if weeks < 0 else self.window_.following()
        self.safe_show(target)

    def safe_show(self, window: ReviewWindow) -> None:
        """Switch weeks from a click: a vault problem becomes a calm status line."""
        try:
            self.show_week(window)
        except VaultError as exc:
            self.status.setText(exc.user_message)

    def show_week(self, window: ReviewWindow) -> None:
        if not self.page_ctx.vault.is_open:
            return
        if self.dirty:
            self.save_drafts()  # switching weeks never loses what was typed
        current = self._current()
        window = window_ending(min(window.end, current.end), tz=current.tz,
                               now_utc=current.now_utc)
        self.window_ = window
        with self.page_ctx.vault.session() as session:
            self.draft = sections.assemble(session, window)
            saved = plans.load_review(session, window.end)
            draft = load_draft(session, DRAFT_KIND, window.end.isoformat())
            days = plans.review_days(session)
            found = trends(session, window)
        self.week_label.setText(week_text(window))
        self.later.setEnabled(window.end < current.end)
        self._fill_draft(self.draft)
        carried = self.draft.get(sections.LAST_PLAN)
        self.form.load(window, saved, carried)
        if draft is not None:
            self.form.restore_draft(draft.payload)
        self.dirty = draft is not None
        self.status.setText(
            self.tr("A draft you had not saved is back.") if draft is not None else
            self.tr("Saved %1.").replace("%1", saved.updated_at.strftime("%d %b %H:%M"))
            if saved is not None else self.tr("Not saved yet."))
        self.compare.fill_choices(days, window.end)
        self._fill_charts(chart_cards(found))

    def _fill_draft(self, review: WeekReview) -> None:
        while self.draft_layout.count():
            item = self.draft_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        for key, data in review.sections.items():
            if key == sections.LAST_PLAN:
                continue  # shown with tick boxes in the form
            shown = render(key, data)
            if shown is None or not shown[1]:
                continue
            title, lines = shown
            block = QWidget()
            block.setAccessibleName(title)
            inner = QVBoxLayout(block)
            inner.setContentsMargins(0, 0, 0, 4)
            inner.setSpacing(2)
            heading = text_label(title)
            font = heading.font()
            font.setBold(True)
            heading.setFont(font)
            inner.addWidget(heading)
            body = text_label("\n".join(lines), selectable=True)
            body.setAccessibleName(title)
            body.setAccessibleDescription("\n".join(lines))
            inner.addWidget(body)
            self.draft_layout.addWidget(block)

    def _fill_charts(self, cards: list[ChartCard]) -> None:
        for card in self.cards:
            card.setParent(None)
            card.deleteLater()
        self.cards = cards
        for card in cards:
            self.charts_layout.addWidget(card)

    def _open_other(self) -> None:
        other = self.compare.chosen()
        if other is not None:
            self.safe_show(window_ending(other, tz=self.window_.tz,
                                         now_utc=self.window_.now_utc))

    def _compare(self) -> None:
        other = self.compare.chosen()
        self.open_other.setEnabled(other is not None)
        if other is None:
            self.compare.clear()
            return
        try:
            with self.page_ctx.vault.session() as session:
                self.compare.show_pair(session, self.window_, other)
        except VaultError as exc:
            self.status.setText(exc.user_message)

    # -- saving -----------------------------------------------------------------------------

    def _changed(self) -> None:
        self.dirty = True
        self.status.setText(self.tr("Not saved yet."))
        if not self.autosave.isActive():
            self.autosave.start()

    def save(self) -> bool:
        entry = self.form.value()
        try:
            with self.page_ctx.vault.session() as session:
                plans.save_review(session, self.window_, entry, now_utc=self.clock.now_utc())
                discard_draft(session, DRAFT_KIND, self.window_.end.isoformat())
        except InvalidReview as exc:
            self.status.setText(" ".join(exc.messages))
            return False
        except VaultError as exc:  # the words stay in the form (and become a draft on lock)
            self.status.setText(exc.user_message)
            return False
        self.dirty = False
        self.autosave.stop()
        self.show_week(self.window_)
        self.status.setText(self.tr("Saved. Well done for taking the time."))
        return True

    def save_drafts(self) -> None:
        if not self.dirty or not self.page_ctx.vault.is_open:
            return
        with self.page_ctx.vault.session() as session:
            save_draft(session, DRAFT_KIND, self.form.draft_payload(),
                       self.window_.end.isoformat())
        self.dirty = False

    def handle_request(self, request: dict[str, Any]) -> None:
        if request.get("refresh"):
            self.stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.stale:
            self.stale = False
            QTimer.singleShot(0, lambda: self.safe_show(self.window_))
