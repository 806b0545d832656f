"""The daily mood check-in (optional): mood, anxiety, sleep, medication, a gentle question
about thoughts of self-harm, and a note. Lowest mood or thoughts of self-harm bring up the
crisis card, gently, once for that check-in."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from recovery_desktop.domain.review import mood
from recovery_desktop.domain.review.mood import Medication, MoodEntry, MoodInput
from recovery_desktop.ui.labels import heading, hint_label, text_label
from recovery_desktop.ui.pages.registry import PageContext
from recovery_desktop.ui.review.section_views import medication_label, mood_name
from recovery_desktop.ui.urges.common import WallClock
from recovery_desktop.vault.errors import VaultError


class MoodDialog(QDialog):
    saved = Signal(bool)  # whether the crisis card was offered

    def __init__(self, page_ctx: PageContext, clock: WallClock,
                 show_crisis: Callable[[], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.page_ctx = page_ctx
        self.clock = clock
        self.show_crisis = show_crisis
        self.crisis_shown = False
        self.setWindowTitle(self.tr("Mood check-in"))
        self.setAccessibleName(self.tr("Mood check-in"))
        column = QVBoxLayout(self)
        column.addWidget(heading(self.tr("How are you today?"), 1.3))
        column.addWidget(hint_label(self.tr(
            "A few seconds a day. Over weeks it shows patterns worth talking over with "
            "someone you trust or your clinician. Optional, and only in your vault.")))
        moods = QHBoxLayout()
        self.mood_group = QButtonGroup(self)
        self.mood_buttons: dict[int, QRadioButton] = {}
        for value in range(mood.MOOD_MIN, mood.MOOD_MAX + 1):
            button = QRadioButton(mood_name(value))
            button.setAccessibleName(mood_name(value))
            self.mood_group.addButton(button, value + 10)  # ids must not be -1
            self.mood_buttons[value] = button
            moods.addWidget(button)
        self.mood_buttons[0].setChecked(True)
        column.addWidget(text_label(self.tr("Mood, from very low to very high")))
        column.addLayout(moods)
        form = QFormLayout()
        self.anxiety = QSpinBox()
        self.anxiety.setRange(0, 10)
        self.anxiety.setAccessibleName(self.tr("Anxiety (0 to 10)"))
        form.addRow(self.tr("Anxiety (0 to 10)"), self.anxiety)
        self.sleep = QDoubleSpinBox()
        self.sleep.setRange(-0.5, 24)
        self.sleep.setSingleStep(0.5)
        self.sleep.setDecimals(1)
        self.sleep.setSpecialValueText(self.tr("Not recorded"))
        self.sleep.setValue(-0.5)
        self.sleep.setAccessibleName(self.tr("Hours of sleep"))
        form.addRow(self.tr("Hours of sleep"), self.sleep)
        self.medication = QComboBox()
        for med in Medication:
            self.medication.addItem(medication_label(med), med.value)
        self.medication.setAccessibleName(self.tr("Medication"))
        form.addRow(self.tr("Medication"), self.medication)
        for short in (self.anxiety, self.sleep, self.medication):
            short.setMaximumWidth(260 if short is self.medication else 140)
        column.addLayout(form)
        self.self_harm = QCheckBox(self.tr("I have had thoughts of harming myself"))
        self.self_harm.setAccessibleName(self.self_harm.text())
        column.addWidget(self.self_harm)
        column.addWidget(hint_label(self.tr(
            "Only if you want to say. It helps to notice it, and help is there if so.")))
        self.note = QPlainTextEdit()
        self.note.setPlaceholderText(self.tr("Anything else about today (optional)"))
        self.note.setAccessibleName(self.tr("Note"))
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(70)
        column.addWidget(self.note)
        self.status = text_label("")
        self.status.setAccessibleName(self.tr("Check-in status"))
        column.addWidget(self.status)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.cancel_button = QPushButton(self.tr("Not now"))
        self.cancel_button.setAccessibleName(self.tr("Not now"))
        self.cancel_button.clicked.connect(self.reject)
        self.save_button = QPushButton(self.tr("Save check-in"))
        self.save_button.setAccessibleName(self.tr("Save check-in"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)
        column.addLayout(buttons)
        self.resize(620, 460)

    def today(self) -> date:
        from recovery_desktop.domain.behaviours.cleantime import local_date

        return local_date(self.clock.now_utc(), self.clock.zone())

    def load(self, entry: MoodEntry | None) -> None:
        if entry is None:
            return
        self.mood_buttons[entry.mood].setChecked(True)
        self.anxiety.setValue(entry.anxiety)
        self.sleep.setValue(-0.5 if entry.sleep_hours is None else entry.sleep_hours)
        self.medication.setCurrentIndex(max(0, self.medication.findData(entry.medication.value)))
        self.self_harm.setChecked(entry.self_harm_thoughts)
        self.note.setPlainText(entry.note)

    def value(self) -> MoodInput:
        sleep = self.sleep.value()
        return MoodInput(self.today(), self.mood_group.checkedId() - 10, self.anxiety.value(),
                         None if sleep < 0 else sleep,
                         Medication(str(self.medication.currentData())),
                         self.self_harm.isChecked(), self.note.toPlainText())

    def save(self) -> None:
        entry = self.value()
        try:
            with self.page_ctx.vault.session() as session:
                mood.save_mood(session, entry, tz=self.clock.zone(), today=self.today(),
                               now_utc=self.clock.now_utc())
        except mood.InvalidMood as exc:
            self.status.setText(" ".join(exc.messages))
            return
        except VaultError as exc:  # nothing is lost: the dialog stays open with the answers
            self.status.setText(exc.user_message)
            return
        offer = mood.needs_crisis_card(entry) and not self.crisis_shown
        self.accept()
        if offer:
            self.crisis_shown = True  # once per check-in, however often it is saved
            self.show_crisis()
        self.saved.emit(offer)
