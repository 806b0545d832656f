"""The Settings section for the weekly review day, reminders and starting at login.

Everything here is a non-personal preference (a weekday, on/off switches) kept in
QSettings; the start-at-login entry is a file the OS reads (``recovery_desktop.autostart``).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QGroupBox, QWidget

from recovery_desktop import autostart
from recovery_desktop.charts.heatmap import weekday_names
from recovery_desktop.i18n import translate
from recovery_desktop.ui import settings_store as opts
from recovery_desktop.ui.context import AppContext
from recovery_desktop.ui.labels import hint_label
from recovery_desktop.ui.pages.page_layout import group
from recovery_desktop.ui.review.common import locale_review_weekday
from recovery_desktop.vault.errors import VaultError


def _t(text: str) -> str:
    return QCoreApplication.translate("review", text)


class ReviewSettings:
    """Builds the group box; holds its controls so tests can reach them."""

    def __init__(self, ctx: AppContext, host: QWidget) -> None:
        self.ctx = ctx
        self.host = host
        self.box, layout = group(translate("review", "Weekly review and reminders"))
        form = QFormLayout()
        self.review_day = QComboBox()
        self.review_day.setAccessibleName(translate("review", "Review day"))
        names = weekday_names()
        self.review_day.addItem(
            translate("review", "%1 (the end of your week here)").replace("%1",
                      names[locale_review_weekday()]),
            -1)
        for day, name in enumerate(names):
            self.review_day.addItem(name, day)
        self.review_day.setCurrentIndex(
            max(0, self.review_day.findData(ctx.settings.get(opts.REVIEW_WEEKDAY))))
        self.review_day.currentIndexChanged.connect(self._day_changed)
        form.addRow(translate("review", "Review day"), self.review_day)
        layout.addLayout(form)
        layout.addWidget(hint_label(translate(
            "review",
            "The review covers the seven days ending on this day, e.g. the day of your "
            "group. Reminders appear only while the app is running and never show anything "
            "you wrote; in privacy mode they do not name the app either.")))
        self.switches: dict[str, QCheckBox] = {}
        for key, option, text in (
                ("review", opts.REMIND_REVIEW, translate("review", "Remind me on my review day")),
                ("mood", opts.REMIND_MOOD,
                 translate("review", "Remind me of the daily mood check-in")),
                ("meetings", opts.REMIND_MEETINGS,
                 translate("review", "Remind me of a meeting I planned for the day"))):
            box = QCheckBox(text)
            box.setAccessibleName(text)
            box.setChecked(ctx.settings.get(option))
            box.toggled.connect(lambda on, o=option: self._switch(o, on))
            self.switches[key] = box
            layout.addWidget(box)
        self.autostart = QCheckBox(translate("review", "Start quietly when I log in"))
        self.autostart.setAccessibleName(self.autostart.text())
        self.autostart.setChecked(autostart.is_enabled())
        self.autostart.toggled.connect(self._autostart)
        layout.addWidget(self.autostart)
        self.status = hint_label()
        layout.addWidget(self.status)

    def _day_changed(self) -> None:
        chosen = self.review_day.currentData()
        if isinstance(chosen, int):  # None while the page is being wiped on lock
            self.ctx.settings.set(opts.REVIEW_WEEKDAY, chosen)

    def _switch(self, option: opts.Option[bool], on: bool) -> None:
        self.ctx.settings.set(option, on)
        if on:
            from recovery_desktop.ui.main_window import MainWindow
            from recovery_desktop.ui.review.reminders_setup import install_reminders

            window = self.host.window()
            if isinstance(window, MainWindow):
                install_reminders(window)

    def _autostart(self, on: bool) -> None:
        try:
            if on:
                autostart.enable(private=self.ctx.settings.get(opts.PRIVACY_MODE))
                self.status.setText(translate(
                    "review",
                    "The app will start minimised when you log in."))
            else:
                autostart.disable()
                self.status.setText(translate(
                    "review",
                    "The app will no longer start when you log in."))
        except (OSError, VaultError) as exc:
            message = exc.user_message if isinstance(exc, VaultError) else str(exc)
            self.status.setText(translate("review", "Could not change this: %1").replace("%1",
            message))

    def privacy_changed(self) -> None:
        """The login entry's name follows privacy mode."""
        if autostart.is_enabled():
            self._autostart(True)


def review_settings(ctx: AppContext, host: QWidget) -> tuple[QGroupBox, ReviewSettings]:
    section = ReviewSettings(ctx, host)
    return section.box, section
