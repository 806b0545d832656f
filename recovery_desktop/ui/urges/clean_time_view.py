"""Clean time, every lapse with its note, and the history of goals: one small read-only
panel (the 12-step tracker can show the same)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QGroupBox, QLabel, QListWidget, QVBoxLayout, QWidget

from recovery_desktop.domain.behaviours.cleantime import CleanTime, to_local
from recovery_desktop.domain.behaviours.service import Goal
from recovery_desktop.ui.urges.common import fill, named, tier_label


class CleanTimeView(QGroupBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Clean time and lapses"), parent)
        named(self, self.title())
        column = QVBoxLayout(self)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        named(self.summary, self.tr("Clean time"))
        self.lapses = QListWidget()
        self.lapses.setMaximumHeight(120)
        named(self.lapses, self.tr("Lapses"))
        self.history = QLabel()
        self.history.setWordWrap(True)
        named(self.history, self.tr("Goal history"))
        column.addWidget(self.summary)
        column.addWidget(self.lapses)
        column.addWidget(self.history)

    def clear_all(self) -> None:
        self.summary.clear()
        self.lapses.clear()
        self.history.clear()

    def show_clean_time(self, clean: CleanTime | None) -> None:
        self.lapses.clear()
        if clean is None:
            self.summary.setText(self.tr(
                "Clean time is counted for goals of not doing it at all."))
            return
        self.summary.setText(fill(self.tr(
            "%1 days since %2. Longest stretch: %3 days. Clean days in all: %4. "
            "Lapses since you set this date: %5."), clean.days,
            clean.current_start.isoformat(), clean.longest_days, clean.total_clean_days,
            len(clean.lapses)))
        for lapse in reversed(clean.lapses):  # newest first; the notes are the learning
            when = to_local(lapse.at_utc, lapse.tz).strftime("%Y-%m-%d %H:%M")
            self.lapses.addItem(f"{when}  {lapse.note}".strip())

    def show_history(self, history: Sequence[Goal]) -> None:
        if not history:
            self.history.setText(self.tr("No goal set yet."))
            return
        self.history.setText(self.tr("Goals so far:") + "\n" + "\n".join(
            fill(self.tr("%1 from %2%3"), tier_label(g.tier), g.started_at.date().isoformat(),
                 fill(self.tr(" to %1"), g.ended_at.date().isoformat()) if g.ended_at else "")
            for g in history))
