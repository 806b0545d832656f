"""Two weekly reviews side by side: what was written and the week's key numbers."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QComboBox, QGridLayout, QLabel, QVBoxLayout, QWidget
from sqlalchemy.orm import Session

from recovery_desktop.domain.review import plans, sections
from recovery_desktop.domain.review.builtin import UrgeWeek
from recovery_desktop.domain.review.plans import PlanStatus
from recovery_desktop.domain.review.week import ReviewWindow, window_ending
from recovery_desktop.i18n import translate
from recovery_desktop.ui.labels import text_label
from recovery_desktop.ui.review.common import day_text, week_text
from recovery_desktop.ui.review.section_views import number, percent


def column_texts(session: Session, window: ReviewWindow) -> list[str]:
    saved = plans.load_review(session, window.end)
    found = sections.assemble(session, window, keys=[sections.URGES]).urges
    urges = found if isinstance(found, UrgeWeek) else None
    done = sum(1 for i in saved.plan if i.status is PlanStatus.DONE) if saved else 0
    return [
        week_text(window),
        saved.win if saved else "–",
        saved.challenge if saved else "–",
        saved.for_group if saved else "–",
        (translate("review", "%1 actions, %2 done").replace("%1",
        str(len(saved.plan))).replace("%2", str(done))
         if saved else "–"),
        str(urges.count) if urges else "0",
        percent(urges.share_resisted) if urges else "–",
        number(urges.mean_intensity) if urges else "–",
    ]


class CompareView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        self.choice = QComboBox()
        self.choice.setAccessibleName(translate("review", "Compare with an earlier review"))
        column.addWidget(self.choice)
        self.grid = QGridLayout()
        self.grid.setColumnStretch(1, 1)
        self.grid.setColumnStretch(2, 1)
        column.addLayout(self.grid)
        self.cells: list[QLabel] = []

    def fill_choices(self, days: list[date], current: date) -> None:
        self.choice.blockSignals(True)
        self.choice.clear()
        self.choice.addItem(translate("review", "Choose a saved review…"), None)
        for day in days:
            if day != current:
                self.choice.addItem(day_text(day, year=True), day.isoformat())
        self.choice.blockSignals(False)
        self.clear()

    def clear(self) -> None:
        for cell in self.cells:
            cell.setParent(None)
            cell.deleteLater()
        self.cells = []

    def chosen(self) -> date | None:
        value = self.choice.currentData()
        return date.fromisoformat(value) if isinstance(value, str) else None

    def show_pair(self, session: Session, current: ReviewWindow, other_end: date) -> None:
        self.clear()
        other = window_ending(other_end, tz=current.tz, now_utc=current.now_utc)
        labels = [translate("review", "Week"), translate("review", "Win"),
                  translate("review", "Challenge"), translate("review", "For the group"),
                  translate("review", "Plan"),
                  translate("review", "Urges"), translate("review", "Kept to goal"),
                  translate("review", "Mean intensity")]
        columns = [column_texts(session, other), column_texts(session, current)]
        for row, label in enumerate(labels):
            cells = [text_label(label)] + [text_label(texts[row], selectable=True)
                                          for texts in columns]
            for col, cell in enumerate(cells):
                cell.setAccessibleName(f"{label}: {cell.text()}" if col else label)
                self.grid.addWidget(cell, row, col)
                self.cells.append(cell)
